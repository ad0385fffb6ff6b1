// The slice of the dataset a page ships to the browser for its charts: only the series they draw
// (with their sources), as plain rows in a JSON script element, rebuilt into a Dataset by the
// island without validation.
import { CATALOG, type ChartId } from "../charts/catalog.ts";
import { sourcesOf } from "../charts/sources.ts";
import { Dataset, type DataRows } from "../data/dataset.ts";

/** The id of the <script type="application/json"> that holds the rows. */
export const STORY_DATA_ID = "story-data";

export function storyData(dataset: Dataset, charts: readonly ChartId[]): DataRows {
  const ids = new Set<string>(charts.flatMap((id) => CATALOG[id].series));
  const sources = new Set(sourcesOf(dataset, [...ids]).map((s) => s.id));
  return {
    observations: dataset.observations.filter((o) => ids.has(o.series_id)),
    series: dataset.series.filter((s) => ids.has(s.id)),
    sources: dataset.sources.filter((s) => sources.has(s.id)),
  };
}

/** The rows of a page (or of a script embed's shadow root) as a Dataset, or null if it has none. */
export function readStoryData(root: Document | ShadowRoot): Dataset | null {
  const json = root.getElementById(STORY_DATA_ID)?.textContent;
  return json ? new Dataset(JSON.parse(json) as DataRows) : null;
}
