// The dataset as the data function serves it: one tidy row an observation, joined with its series
// and source so that a downloaded file stands on its own.
import { csvFormat } from "d3";
import { type Dataset, fieldIn, type Observation } from "../data/dataset.ts";
import type { DataPackage } from "../data/descriptor.ts";
import { DEFAULT_LOCALE } from "../locales.ts";
import type { DataQuery } from "./query.ts";
import { DATAPACKAGE_PATH, type DataFormat } from "../site/urls.ts";

export const EXPORT_FIELDS = [
  "series_id",
  "series_title",
  "period_type",
  "period",
  "value",
  "qualifier",
  "unit",
  "source_id",
  "source_title",
  "source_publisher",
  "source_url",
  "source_access",
  "note",
  "period_basis",
] as const;

/** What the function publishes: the rows, and the descriptor that says what they are. */
export interface PublishedData {
  dataset: Dataset;
  descriptor: DataPackage;
}

export type ExportRow = Record<(typeof EXPORT_FIELDS)[number], string | number | null>;

function selectObservations(dataset: Dataset, q: DataQuery): Observation[] {
  const ids = q.series ?? dataset.seriesIds;
  return ids
    .flatMap((id) => dataset.observationsOf(id))
    .filter((o) => (q.from === null || o.period >= q.from) && (q.to === null || o.period <= q.to));
}

/** One row an observation. The human-readable columns (series_title, note) are in the query's
 * language; the others are codes, ids and published titles, the same in every language. */
export function exportRows(dataset: Dataset, q: DataQuery): ExportRow[] {
  return selectObservations(dataset, q).map((o) => {
    const series = dataset.getSeries(o.series_id);
    const source = dataset.getSource(o.source_id);
    return {
      series_id: o.series_id,
      series_title: fieldIn(series, "title", q.locale),
      period_type: series.period_type,
      period: o.period,
      value: o.value,
      qualifier: o.qualifier,
      unit: o.unit,
      source_id: o.source_id,
      source_title: source.title,
      source_publisher: source.publisher,
      source_url: source.url,
      source_access: source.access,
      note: fieldIn(o, "note", q.locale),
      period_basis: o.period_basis,
    };
  });
}

/** RFC 4180 quoting by d3-dsv, a header row, and a final newline. */
export function toCsv(rows: ExportRow[]): string {
  return `${csvFormat(rows, [...EXPORT_FIELDS])}\n`;
}

/** The same rows as JSON, with the metadata of just the series and sources they use. */
export function toJson({ dataset, descriptor }: PublishedData, q: DataQuery, rows: ExportRow[]): string {
  const seriesIds = new Set(rows.map((r) => r.series_id));
  const sourceIds = new Set(rows.map((r) => r.source_id));
  const body = {
    title: descriptor.title,
    description: descriptor.description,
    version: descriptor.version,
    last_modified: descriptor.last_modified,
    license: descriptor.licenses[0],
    describedBy: DATAPACKAGE_PATH,
    query: { series: q.series, from: q.from, to: q.to, lang: q.locale },
    fields: EXPORT_FIELDS,
    rows,
    series: dataset.series.filter((s) => seriesIds.has(s.id)),
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** A download name that says what the file holds, e.g.
 * smuggling-data_hsi-smuggling-cases-opened_2017-2018.csv */
export function fileName(q: DataQuery, extension: DataFormat): string {
  const parts = ["smuggling-data"];
  // A few series are named; more would make an unwieldy name, so they are counted.
  if (q.series) parts.push(q.series.length <= 3 ? q.series.join("+") : `${q.series.length}-series`);
  if (q.from !== null && q.to !== null) parts.push(`${q.from}-${q.to}`);
  else if (q.from !== null) parts.push(`from-${q.from}`);
  else if (q.to !== null) parts.push(`to-${q.to}`);
  if (q.locale !== DEFAULT_LOCALE) parts.push(q.locale);
  return `${parts.join("_")}.${extension}`;
}
