// GET /charts/<chart-id>.zip — the chart's bundle (prerendered): its CSV, its metadata and a README.
import type { APIRoute } from "astro";
import { CHART_IDS, type ChartId } from "../../charts/catalog.ts";
import { localeOf } from "../../locales.ts";
import { chartZip } from "../../site/chart-bundle.ts";

export const getStaticPaths = () => CHART_IDS.map((chart) => ({ params: { chart }, props: { chart } }));

export const GET: APIRoute = ({ props, site, currentLocale }) =>
  new Response(chartZip((props as { chart: ChartId }).chart, localeOf(currentLocale), site!), {
    headers: { "Content-Type": "application/zip" },
  });
