// The site's dataset: the only module that gives code the data of data/. The rows come validated
// from "virtual:dataset" (src/data/vite-plugin.ts), so a malformed file stops `astro build` with
// its file, row and field named, and nothing is parsed or validated at request time.
import validated from "virtual:dataset";
import observations from "../../data/observations.csv?raw";
import series from "../../data/series.csv?raw";
import sources from "../../data/sources.csv?raw";
import { Dataset, type Observation, type Series, type Source } from "./dataset.ts";
import type { DataPackage } from "./descriptor.ts";

// The plugin wrote these rows only after checking every field against the descriptor.
const data = validated as { descriptor: DataPackage; observations: Observation[]; series: Series[]; sources: Source[] };

export const descriptor = data.descriptor;

/** The files as they are in data/, keyed by resource name (served as-is under /data/). */
export const dataFiles = {
  observations: { path: "data/observations.csv", text: observations },
  series: { path: "data/series.csv", text: series },
  sources: { path: "data/sources.csv", text: sources },
};

export const dataset = new Dataset(data.descriptor, data.observations, data.series, data.sources);

export * from "./dataset.ts";
