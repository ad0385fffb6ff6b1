// The site's dataset: the only module that gives code the data of data/. The rows come validated
// from "virtual:dataset" (src/data/vite-plugin.ts), so a malformed file stops `astro build` with
// its file, row and field named, and nothing is parsed or validated at request time.
import validated from "virtual:dataset";
import { Dataset, type DataRows } from "./dataset.ts";
import type { DataPackage } from "./descriptor.ts";
import type { DataFile } from "./parse.ts";

// The plugin wrote these rows only after checking every field against the descriptor.
const data = validated as { descriptor: DataPackage; rows: DataRows; files: Record<string, DataFile> };

export const descriptor = data.descriptor;

/** The files of data/ as checked, keyed by resource name (served under /data/): their text
 * normalised, without a byte-order mark and with LF line endings. */
export const dataFiles = data.files;

export const dataset = new Dataset(data.rows);

export * from "./dataset.ts";
