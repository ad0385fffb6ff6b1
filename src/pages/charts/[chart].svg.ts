// GET /charts/<chart-id>.svg — the chart as a standalone SVG image (prerendered).
import type { APIRoute } from "astro";
import { CHART_IDS, type ChartId } from "../../charts/catalog.ts";
import { datasetIn } from "../../data/index.ts";
import { localeOf } from "../../locales.ts";
import { chartImageSvg } from "../../images/chart-images.ts";

export const getStaticPaths = () => CHART_IDS.map((chart) => ({ params: { chart }, props: { chart } }));

export const GET: APIRoute = ({ props, site, currentLocale }) =>
  new Response(chartImageSvg((props as { chart: ChartId }).chart, datasetIn(localeOf(currentLocale)), site!, localeOf(currentLocale)), {
    headers: { "Content-Type": "image/svg+xml" },
  });
