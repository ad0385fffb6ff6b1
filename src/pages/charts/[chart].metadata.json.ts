// GET /charts/<chart-id>.metadata.json — what the chart's figures are (prerendered): title,
// subtitle, series, units, qualifiers, notes, sources, citation, license and data version.
import type { APIRoute } from "astro";
import { CHART_IDS, type ChartId } from "../../charts/catalog.ts";
import { JSON_CONTENT_TYPE } from "../../http/headers.ts";
import { localeOf } from "../../locales.ts";
import { chartMetadataJson } from "../../site/chart-bundle.ts";

export const getStaticPaths = () => CHART_IDS.map((chart) => ({ params: { chart }, props: { chart } }));

export const GET: APIRoute = ({ props, site, currentLocale }) =>
  new Response(chartMetadataJson((props as { chart: ChartId }).chart, localeOf(currentLocale), site!), {
    headers: { "Content-Type": JSON_CONTENT_TYPE },
  });
