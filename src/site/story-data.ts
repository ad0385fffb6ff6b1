// The slice of the dataset a page ships to the browser for its charts: only the series it shows
// (with their sources), as plain rows, rebuilt into a Dataset by the island without validation.
import { Dataset, type Observation, type Series, type Source } from "../data/dataset.ts";
import type { DataPackage } from "../data/descriptor.ts";
import type { Chart } from "./chart.ts";

export interface StoryData {
  observations: Observation[];
  series: Series[];
  sources: Source[];
}

export function storyData(dataset: Dataset, charts: readonly Chart[]): StoryData {
  const ids = new Set(charts.flatMap((c) => c.series));
  const observations = dataset.observations.filter((o) => ids.has(o.series_id));
  const sourceIds = new Set(observations.map((o) => o.source_id));
  return {
    observations,
    series: dataset.series.filter((s) => ids.has(s.id)),
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
  };
}

export function datasetFromStoryData(data: StoryData): Dataset {
  // The charts do not read the descriptor; the island has no use for the full one.
  const descriptor = { name: "", title: "", description: "", version: "", last_modified: "", licenses: [], resources: [] } satisfies DataPackage;
  return new Dataset(descriptor, data.observations, data.series, data.sources);
}
