// The typed dataset: the three tables of data/ as typed rows, with the lookups the pages, charts
// and the data function need.
// This module has no validation code in it (that is in load.ts), so the browser can rebuild a
// Dataset from the rows a page embeds without shipping the validator.
import { DEFAULT_LOCALE, type Locale, TRANSLATED_LOCALES } from "../locales.ts";

/** The other editions' twins of human-readable fields: title -> title_es, for every locale but the
 * default (a new locale makes the type checker ask for its columns). */
export type Translated<Field extends string, Value = string> = { [L in Exclude<Locale, typeof DEFAULT_LOCALE> as `${Field}_${L}`]: Value };

export const QUALIFIERS = ["exact", "approximate", "upper_bound", "lower_bound", "index"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const PERIOD_TYPES = ["fiscal_year", "calendar_year"] as const;

/** The first and last day of a period, as ISO dates: a U.S. federal fiscal year runs from Oct. 1
 * of the year before the one it is named for to Sept. 30. */
export const periodDates = (period: number, type: PeriodType): { start: string; end: string } =>
  type === "fiscal_year" ? { start: `${period - 1}-10-01`, end: `${period}-09-30` } : { start: `${period}-01-01`, end: `${period}-12-31` };

/** What a series is about, for grouping on the data page (data/series.csv "topic"). */
export const TOPICS = ["hsi-smuggling", "worksite", "border", "prosecutions", "ice-enforcement", "hsi-size"] as const;
export type Topic = (typeof TOPICS)[number];
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** Whether the source names an observation's period ("stated") or the period is our reading of
 * a source that gives the figure without naming its year ("inferred"). */
export const PERIOD_BASES = ["stated", "inferred"] as const;
export type PeriodBasis = (typeof PERIOD_BASES)[number];

export interface Observation extends Translated<"note", string | null> {
  series_id: string;
  /** A fiscal year (Oct. 1 – Sept. 30, named for the year it ends) or a calendar year. */
  period: number;
  value: number;
  qualifier: Qualifier;
  unit: string;
  source_id: string;
  note: string | null;
  period_basis: PeriodBasis;
}

export interface Series extends Translated<"title" | "description" | "unit">, Translated<"credit", string | null> {
  id: string;
  title: string;
  unit: string;
  period_type: PeriodType;
  topic: Topic;
  description: string;
  /** How a credit line names this series' figures where its source's credit would misstate whose
   * figures they are (ICE's counts as a news report gives them); null: the source's credit. */
  credit: string | null;
}

export interface Source extends Translated<"credit" | "collection">, Translated<"note", string | null> {
  id: string;
  title: string;
  publisher: string;
  url: string;
  date: string | null;
  access: "primary" | "secondary";
  /** The language it is written in (ISO 639-1): a page in another language marks its title. */
  language: string;
  /** How its figures were collected or published. */
  collection: string;
  /** How a credit line names it: who stated the figures (and who republished them). */
  credit: string;
  note: string | null;
}

/** The three tables, as validated rows. */
export interface DataRows {
  observations: readonly Observation[];
  series: readonly Series[];
  sources: readonly Source[];
}

/** A human-readable field of a row in a locale: title, or its twin title_es. */
export function fieldIn<Row extends object>(row: Row, field: string & keyof Row, locale: Locale): string | null {
  const key = locale === DEFAULT_LOCALE ? field : `${field}_${locale}`;
  return (row as Record<string, string | null>)[key] ?? null;
}

/** The languages whose twins a row may have (series_id ends in "_id", which is no edition's). */

/** A row in a locale: its human-readable fields in that language (title_es read as title), and
 * the other languages' twins dropped. */
function rowIn<Row extends object>(row: Row, locale: Locale): Row {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const lang = TRANSLATED_LOCALES.find((l) => key.endsWith(`_${l}`));
    if (lang === undefined) out[key] ??= value;
    else if (lang === locale) out[key.slice(0, -lang.length - 1)] = value;
  }
  return out as Row;
}

/** The rows in a locale (see rowIn): what pages, charts and images of that edition read. */
export function rowsIn({ observations, series, sources }: DataRows, locale: Locale): DataRows {
  return {
    observations: observations.map((o) => rowIn(o, locale)),
    series: series.map((s) => rowIn(s, locale)),
    sources: sources.map((s) => rowIn(s, locale)),
  };
}

export class Dataset implements DataRows {
  /** In file order, which is series order then period order. */
  readonly observations: readonly Observation[];
  readonly series: readonly Series[];
  readonly sources: readonly Source[];
  readonly #series: Map<string, Series>;
  readonly #sources: Map<string, Source>;
  readonly #bySeries: Map<string, Observation[]>;

  constructor({ observations, series, sources }: DataRows) {
    this.observations = observations;
    this.series = series;
    this.sources = sources;
    this.#series = new Map(series.map((s) => [s.id, s]));
    this.#sources = new Map(sources.map((s) => [s.id, s]));
    this.#bySeries = new Map(series.map((s) => [s.id, []]));
    for (const o of observations) this.#bySeries.get(o.series_id)!.push(o);
    for (const list of this.#bySeries.values()) list.sort((a, b) => a.period - b.period);
  }

  get seriesIds(): string[] {
    return this.series.map((s) => s.id);
  }

  hasSeries(id: string): boolean {
    return this.#series.has(id);
  }

  getSeries(id: string): Series {
    const s = this.#series.get(id);
    if (!s) throw new Error(`Unknown series "${id}"`);
    return s;
  }

  getSource(id: string): Source {
    const s = this.#sources.get(id);
    if (!s) throw new Error(`Unknown source "${id}"`);
    return s;
  }

  /** A series' observations in period order. */
  observationsOf(seriesId: string): readonly Observation[] {
    this.getSeries(seriesId);
    return this.#bySeries.get(seriesId)!;
  }

  /** The observation for a series in one period; throws if there is none, so prose cannot
   * silently show a figure that is not in the data. */
  observation(seriesId: string, period: number): Observation {
    const o = this.observationsOf(seriesId).find((x) => x.period === period);
    if (!o) throw new Error(`No observation for series "${seriesId}" in ${period}`);
    return o;
  }

  /** The first and last period of any observation. */
  get periodRange(): [number, number] {
    const periods = this.observations.map((o) => o.period);
    return [Math.min(...periods), Math.max(...periods)];
  }
}
