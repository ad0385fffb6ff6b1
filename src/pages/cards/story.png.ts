// GET /cards/story.png — the story's social card (og:image), rendered at build. Its credit line is
// the lead chart's, made from that chart's sources.
import type { APIRoute } from "astro";
import { getChart } from "../../charts/index.ts";
import { dataset } from "../../data/index.ts";
import { cardSvg, chartCardText } from "../../images/card.ts";
import { CARD } from "../../images/sizes.ts";
import { svgToPng } from "../../images/png.ts";
import { STORY_CARD } from "../../site/story.ts";

export const GET: APIRoute = ({ site }) => {
  const chart = getChart(STORY_CARD.chart);
  const { credit } = chartCardText(chart, dataset, site!.host);
  const svg = cardSvg(chart, dataset, { title: STORY_CARD.title, subtitle: STORY_CARD.subtitle, credit });
  return new Response(new Uint8Array(svgToPng(svg, CARD.width)), { headers: { "Content-Type": "image/png" } });
};
