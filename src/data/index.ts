// The site's dataset: the only module that gives code the data of data/. The rows come validated
// from "virtual:dataset" (src/build-steps/dataset-plugin.ts), so a malformed file stops `astro build` with
// its file, row and field named, and nothing is parsed or validated at request time.
import validated from "virtual:dataset";
import type { Locale } from "../locales.ts";
import { Dataset, type DataRows, rowsIn } from "./dataset.ts";
import type { DataPackage } from "./descriptor.ts";
import type { DataFile } from "./parse.ts";

// The plugin wrote these rows only after checking every field against the descriptor.
const data = validated as { descriptor: DataPackage; rows: DataRows; files: Record<string, DataFile> };

export const descriptor = data.descriptor;

/** The files of data/ as checked, keyed by resource name (served under /data/): their text
 * normalised, without a byte-order mark and with LF line endings. */
export const dataFiles = data.files;

/** Every row with every language's fields: what the data function and the raw files publish. */
export const dataset = new Dataset(data.rows);

const editions = new Map<Locale, Dataset>();
/** The dataset as an edition reads it: human-readable fields in its language (src/data/dataset.ts
 * rowsIn). Pages, charts, images and the rows a page ships to the browser use this. */
export function datasetIn(locale: Locale): Dataset {
  if (!editions.has(locale)) editions.set(locale, new Dataset(rowsIn(data.rows, locale)));
  return editions.get(locale)!;
}

export * from "./dataset.ts";
