// GET /charts/<chart-id>.png — the chart as a 1200×675 PNG (prerendered).
import type { APIRoute } from "astro";
import { CHART_IDS, type ChartId } from "../../charts/catalog.ts";
import { datasetIn } from "../../data/index.ts";
import { localeOf } from "../../locales.ts";
import { chartImagePng } from "../../images/chart-images.ts";

export const getStaticPaths = () => CHART_IDS.map((chart) => ({ params: { chart }, props: { chart } }));

export const GET: APIRoute = ({ props, site, currentLocale }) =>
  new Response(chartImagePng((props as { chart: ChartId }).chart, datasetIn(localeOf(currentLocale)), site!, localeOf(currentLocale)), {
    headers: { "Content-Type": "image/png" },
  });
