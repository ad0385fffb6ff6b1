// Which charts stand for the story. Its headline and description are words of each edition
// (src/i18n: site.title, site.description): they say what the charts show (timing, not cause),
// and what the reporting found is attributed to it.
import type { ChartId } from "../charts/catalog.ts";

/** The chart that stands for the whole story (oEmbed of the story URL): the one its headline is
 * about. */
export const LEAD_CHART: ChartId = "smuggling-cases";

/** The story's social card: its key number is the fall in new smuggling cases, from this chart. */
export const STORY_CARD: { chart: ChartId } = { chart: "smuggling-cases" };

/** The reporting the story retells (its id in data/sources.csv): the story's structured data names
 * it as what the story is based on. */
export const ORIGINAL_REPORTING = "propublica-2019-smugglers";
