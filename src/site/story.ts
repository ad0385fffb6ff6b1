// The story's own words that more than one surface uses (page head, social card). The headline
// says what the charts show (timing, not cause); what the reporting found is attributed to it.
import type { ChartId } from "../charts/catalog.ts";

/** The site's own name (og:site_name, oEmbed's provider_name), as its address says it. */
export const SITE_NAME = "Smuggling Cases";

export const STORY = {
  title: "Smuggling cases fell as worksite enforcement surged",
  description:
    "ProPublica and The Atlantic reported in 2019 that Homeland Security shifted agents and money away from complex smuggling investigations. The sourced figures behind that reporting, in charts and as data.",
};

/** The chart that stands for the whole story (oEmbed of the story URL, the story card). */
export const LEAD_CHART: ChartId = "agents-shift";

/** The story's social card: its key number is the fall in new smuggling cases, from this chart. */
export const STORY_CARD: { chart: ChartId } = { chart: "smuggling-cases" };
