// GET /charts/<chart-id>.png — the chart as a 1200×675 PNG (prerendered).
import type { APIRoute } from "astro";
import { CHARTS, type Chart } from "../../charts/index.ts";
import { dataset } from "../../data/index.ts";
import { chartImagePng } from "../../images/chart-images.ts";

export const getStaticPaths = () => CHARTS.map((chart) => ({ params: { chart: chart.id }, props: { chart } }));

export const GET: APIRoute = ({ props, site }) =>
  new Response(chartImagePng((props as { chart: Chart }).chart, dataset, site!), { headers: { "Content-Type": "image/png" } });
