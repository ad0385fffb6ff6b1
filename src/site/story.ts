// The story's own words that more than one surface uses (page head, social card). The headline
// says what the charts show (timing, not cause); what the reporting found is attributed to it.
export const STORY = {
  title: "Smuggling cases fell as worksite enforcement surged",
  description:
    "ProPublica and The Atlantic reported in 2019 that Homeland Security shifted agents and money away from complex smuggling investigations. The sourced figures behind that reporting, in charts and as data.",
};

export const STORY_CARD = {
  chart: "agents-shift",
  title: STORY.title,
  subtitle: "HSI activity in FY2018 against FY2017: smuggling cases down, worksite enforcement up",
};

export const STORY_CARD_PATH = "/cards/story.png";

/** The chart that stands for the whole story (oEmbed of the story URL, the story card). */
export const LEAD_CHART = STORY_CARD.chart;
