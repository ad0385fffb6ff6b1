// Validates the data files and builds the typed Dataset (build time and the data function).
import type { DataPackage } from "./descriptor.ts";
import { Dataset, type Observation, type Series, type Source } from "./dataset.ts";
import { parseDataset, type DataFile } from "./parse.ts";

export interface DatasetFiles {
  observations: DataFile;
  series: DataFile;
  sources: DataFile;
}

/** Validates the files against the descriptor (throwing a DatasetError that names every problem)
 * and returns the typed dataset. */
export function loadDataset(descriptor: DataPackage, files: DatasetFiles): Dataset {
  const tables = parseDataset(descriptor, { ...files });
  // parseDataset has checked every field against the descriptor, whose fields these types mirror
  // (tests/unit/data/descriptor.test.ts holds the two together).
  const rows = <T>(name: keyof DatasetFiles) => tables.get(name)!.rows as unknown as T[];
  return new Dataset(descriptor, rows<Observation>("observations"), rows<Series>("series"), rows<Source>("sources"));
}
