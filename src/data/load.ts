// Validates the data files and builds the typed Dataset (at build time, in the Vite plugin).
import type { DataPackage } from "./descriptor.ts";
import { Dataset, type Observation, type Series, type Source } from "./dataset.ts";
import { normaliseCsv, parseDataset, type DataFile } from "./parse.ts";

/** The files of data/, keyed by the resource names the descriptor lists. */
export type DatasetFiles = Record<string, DataFile>;

export interface LoadedDataset {
  dataset: Dataset;
  /** The files as they are published under /data/: the text that was checked, normalised
   * (no byte-order mark, LF line endings, no blank lines at the end). */
  files: DatasetFiles;
}

/** Validates the files against the descriptor (throwing a DatasetError that names every problem)
 * and returns the typed dataset with the files to publish. */
export function loadDataset(descriptor: DataPackage, files: DatasetFiles): LoadedDataset {
  const published = Object.fromEntries(Object.entries(files).map(([name, file]) => [name, { ...file, text: normaliseCsv(file.text) }]));
  const tables = parseDataset(descriptor, published);
  // parseDataset has checked every field against the descriptor, whose fields these types mirror
  // (tests/unit/data/descriptor.test.ts holds the two together).
  const rows = <T>(name: string) => (tables.get(name)?.rows ?? []) as unknown as T[];
  const dataset = new Dataset({
    observations: rows<Observation>("observations"),
    series: rows<Series>("series"),
    sources: rows<Source>("sources"),
  });
  return { dataset, files: published };
}
