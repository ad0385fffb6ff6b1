// The site's dataset: the only module that reads data/. Importing it validates the files, so a
// malformed file stops `astro build` (prerendered pages import it) with file, row and field named.
import descriptorJson from "../../data/datapackage.json";
import observations from "../../data/observations.csv?raw";
import series from "../../data/series.csv?raw";
import sources from "../../data/sources.csv?raw";
import type { DataPackage } from "./descriptor.ts";
import { loadDataset } from "./load.ts";

export const descriptor = descriptorJson as DataPackage;

/** The files as they are in data/, keyed by resource name (served as-is under /data/). */
export const dataFiles = {
  observations: { path: "data/observations.csv", text: observations },
  series: { path: "data/series.csv", text: series },
  sources: { path: "data/sources.csv", text: sources },
};

export const dataset = loadDataset(descriptor, dataFiles);

export * from "./dataset.ts";
