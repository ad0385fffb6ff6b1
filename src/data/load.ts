// Validates the data files and builds the typed Dataset (at build time, in the Vite plugin).
import type { DataPackage } from "./descriptor.ts";
import { Dataset, type Observation, type Series, type Source } from "./dataset.ts";
import { parseDataset, type DataFile } from "./parse.ts";

/** The files of data/, keyed by the resource names the descriptor lists. */
export type DatasetFiles = Record<string, DataFile>;

/** Validates the files against the descriptor (throwing a DatasetError that names every problem)
 * and returns the typed dataset. */
export function loadDataset(descriptor: DataPackage, files: DatasetFiles): Dataset {
  const tables = parseDataset(descriptor, files);
  // parseDataset has checked every field against the descriptor, whose fields these types mirror
  // (tests/unit/data/descriptor.test.ts holds the two together).
  const rows = <T>(name: string) => (tables.get(name)?.rows ?? []) as unknown as T[];
  return new Dataset({ observations: rows<Observation>("observations"), series: rows<Series>("series"), sources: rows<Source>("sources") });
}
