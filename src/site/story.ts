// The story's own words that more than one surface uses (page head, social card).
export const STORY = {
  title: "Smuggling cases fell as agents were moved",
  description:
    "How the “zero tolerance” push drew Homeland Security investigators away from human-smuggling networks, in charts of the sourced figures.",
};

export const STORY_CARD = {
  chart: "agents-shift",
  title: STORY.title,
  subtitle: "HSI activity in FY2018 against FY2017: smuggling cases down, worksite enforcement up",
  credit: "Reporting: ProPublica and The Atlantic, February 2019 · Data: ICE, CBP, TRAC, with sources",
};

export const STORY_CARD_PATH = "/cards/story.png";

/** The chart that stands for the whole story (oEmbed of the story URL, the story card). */
export const LEAD_CHART = STORY_CARD.chart;
