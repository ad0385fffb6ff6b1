// GET /cards/story.png — the story's social card (og:image), rendered at build. Its credit line is
// the lead chart's, made from that chart's sources.
import type { APIRoute } from "astro";
import { dataset } from "../../data/index.ts";
import { localeOf } from "../../i18n/index.ts";
import { cardSvg, chartCardText } from "../../images/card.ts";
import { CARD } from "../../images/sizes.ts";
import { svgToPng } from "../../images/png.ts";
import { STORY_CARD } from "../../site/story.ts";

export const GET: APIRoute = ({ site, currentLocale }) => {
  const locale = localeOf(currentLocale);
  const { credit } = chartCardText(STORY_CARD.chart, dataset, site!.host, locale);
  const svg = cardSvg(STORY_CARD.chart, dataset, { title: STORY_CARD.title, subtitle: STORY_CARD.subtitle, credit }, { locale });
  return new Response(new Uint8Array(svgToPng(svg, CARD.width)), { headers: { "Content-Type": "image/png" } });
};
