// GET /cards/story.png — the story's social card (og:image), rendered at build: the headline and
// the story's key number, with the chart it comes from.
import type { APIRoute } from "astro";
import { datasetIn } from "../../data/index.ts";
import { localeOf } from "../../locales.ts";
import { storyCardSvg } from "../../images/card.ts";
import { CARD } from "../../images/sizes.ts";
import { svgToPng } from "../../images/png.ts";

export const GET: APIRoute = ({ site, currentLocale }) => {
  const svg = storyCardSvg(datasetIn(localeOf(currentLocale)), { locale: localeOf(currentLocale), siteHost: site!.host });
  return new Response(new Uint8Array(svgToPng(svg, CARD.width)), { headers: { "Content-Type": "image/png" } });
};
