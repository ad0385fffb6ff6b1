// GET /charts/<chart-id>.csv — the chart's figures (prerendered): the same bytes as the data
// function's answer for the chart's series in the edition's language (src/site/chart-bundle.ts).
import type { APIRoute } from "astro";
import { CHART_IDS, type ChartId } from "../../charts/catalog.ts";
import { CSV_CONTENT_TYPE } from "../../http/headers.ts";
import { localeOf } from "../../locales.ts";
import { chartCsv } from "../../site/chart-bundle.ts";

export const getStaticPaths = () => CHART_IDS.map((chart) => ({ params: { chart }, props: { chart } }));

export const GET: APIRoute = ({ props, currentLocale }) =>
  new Response(chartCsv((props as { chart: ChartId }).chart, localeOf(currentLocale)), { headers: { "Content-Type": CSV_CONTENT_TYPE } });
