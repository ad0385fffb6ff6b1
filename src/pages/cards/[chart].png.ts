// GET /cards/<chart-id>.png — a chart's 1200×630 social card, the og:image of its embed page.
import type { APIRoute } from "astro";
import { CHART_IDS, type ChartId } from "../../charts/catalog.ts";
import { datasetIn } from "../../data/index.ts";
import { localeOf } from "../../locales.ts";
import { chartCardPng } from "../../images/chart-images.ts";

export const getStaticPaths = () => CHART_IDS.map((chart) => ({ params: { chart }, props: { chart } }));

export const GET: APIRoute = ({ props, site, currentLocale }) =>
  new Response(chartCardPng((props as { chart: ChartId }).chart, datasetIn(localeOf(currentLocale)), site!, localeOf(currentLocale)), {
    headers: { "Content-Type": "image/png" },
  });
