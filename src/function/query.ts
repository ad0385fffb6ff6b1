// The data function's query string: ?series=a,b&from=YYYY&to=YYYY&lang=es. Parsing is strict so
// that a script with a typo gets told, instead of silently receiving the wrong rows.
import type { Dataset } from "../data/dataset.ts";
import { show } from "../http/refusals.ts";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "../locales.ts";

export interface DataQuery {
  /** Series ids in dataset order, or null for all. */
  series: string[] | null;
  /** Inclusive window of periods (years); null for open. */
  from: number | null;
  to: number | null;
  /** The language of the human-readable columns (series_title, note); ids and codes are the same
   * in every language. */
  locale: Locale;
}

const QUERY_PARAMETERS = ["series", "from", "to", "lang"] as const;

export class QueryError extends Error {
  override name = "QueryError";
}

const YEAR = /^\d{4}$/;

function parseYear(params: URLSearchParams, name: "from" | "to", range: [number, number]): number | null {
  const values = params.getAll(name);
  if (values.length === 0) return null;
  if (values.length > 1) {
    throw new QueryError(`"${name}" was given ${values.length} times (${values.map(show).join(", ")}); give it once.`);
  }
  const value = values[0]!.trim();
  if (!YEAR.test(value)) {
    throw new QueryError(
      `"${name}" must be a four-digit year such as ${range[0]}; got ${show(values[0]!)}. The data covers ${range[0]}–${range[1]}.`,
    );
  }
  return Number(value);
}

/**
 * Reads and checks the query. `series` may be repeated (?series=a&series=b is ?series=a,b);
 * `from` and `to` may not, since two windows have no single meaning.
 */
export function parseQuery(params: URLSearchParams, dataset: Dataset): DataQuery {
  const unknown = [...new Set(params.keys())].filter((k) => !(QUERY_PARAMETERS as readonly string[]).includes(k));
  if (unknown.length > 0) {
    throw new QueryError(
      `Unknown parameter${unknown.length > 1 ? "s" : ""} ${unknown.map(show).join(", ")}. Valid parameters: series (comma-separated series ids), from and to (four-digit years), lang (${LOCALES.join(" or ")}).`,
    );
  }

  let series: string[] | null = null;
  const lists = params.getAll("series");
  if (lists.length > 0) {
    const wanted = new Set<string>();
    for (const list of lists) {
      for (const item of list.split(",")) {
        const id = item.trim();
        if (id === "") throw new QueryError(`"series" has an empty item (${show(list)}). ${validSeries(dataset)}`);
        if (!dataset.hasSeries(id)) throw new QueryError(`Unknown series ${show(id)}. ${validSeries(dataset)}`);
        wanted.add(id);
      }
    }
    series = dataset.seriesIds.filter((id) => wanted.has(id));
  }

  const range = dataset.periodRange;
  const from = parseYear(params, "from", range);
  const to = parseYear(params, "to", range);
  if (from !== null && to !== null && from > to) {
    throw new QueryError(`"from" (${from}) is after "to" (${to}): the window is reversed. The data covers ${range[0]}–${range[1]}.`);
  }
  return { series, from, to, locale: parseLang(params) };
}

function parseLang(params: URLSearchParams): Locale {
  const values = params.getAll("lang");
  if (values.length === 0) return DEFAULT_LOCALE;
  if (values.length > 1) throw new QueryError(`"lang" was given ${values.length} times (${values.map(show).join(", ")}); give it once.`);
  const value = values[0]!.trim().toLowerCase();
  if (!isLocale(value)) throw new QueryError(`Unknown language ${show(values[0]!)} for "lang". Valid languages: ${LOCALES.join(", ")}.`);
  return value;
}

function validSeries(dataset: Dataset): string {
  return `Valid series: ${dataset.seriesIds.join(", ")}.`;
}

/** A stable key for a query: equal filters give equal keys, whatever order they were written in. */
export function queryKey(q: DataQuery): string {
  return `${q.series?.join(",") ?? "*"}|${q.from ?? ""}|${q.to ?? ""}|${q.locale}`;
}
