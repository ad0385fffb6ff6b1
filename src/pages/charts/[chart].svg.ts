// GET /charts/<chart-id>.svg — the chart as a standalone SVG image (prerendered).
import type { APIRoute } from "astro";
import { CHARTS, type Chart } from "../../charts/index.ts";
import { dataset } from "../../data/index.ts";
import { chartImageSvg } from "../../images/chart-images.ts";

export const getStaticPaths = () => CHARTS.map((chart) => ({ params: { chart: chart.id }, props: { chart } }));

export const GET: APIRoute = ({ props, site }) =>
  new Response(chartImageSvg((props as { chart: Chart }).chart, dataset, site!), { headers: { "Content-Type": "image/svg+xml" } });
