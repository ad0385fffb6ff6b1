// GET /cards/story.png — the story's social card (og:image), rendered at build.
import type { APIRoute } from "astro";
import { getChart } from "../../charts/index.ts";
import { dataset } from "../../data/index.ts";
import { cardSvg } from "../../images/card.ts";
import { CARD } from "../../images/sizes.ts";
import { svgToPng } from "../../images/png.ts";
import { STORY_CARD } from "../../site/story.ts";

export const GET: APIRoute = () => {
  const svg = cardSvg(getChart(STORY_CARD.chart), dataset, STORY_CARD);
  return new Response(new Uint8Array(svgToPng(svg, CARD.width)), { headers: { "Content-Type": "image/png" } });
};
