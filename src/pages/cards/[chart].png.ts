// GET /cards/<chart-id>.png — a chart's 1200×630 social card, the og:image of its embed page.
import type { APIRoute } from "astro";
import { CHARTS, type Chart } from "../../charts/index.ts";
import { dataset } from "../../data/index.ts";
import { chartCardPng } from "../../images/chart-images.ts";

export const getStaticPaths = () => CHARTS.map((chart) => ({ params: { chart: chart.id }, props: { chart } }));

export const GET: APIRoute = ({ props, site }) =>
  new Response(chartCardPng((props as { chart: Chart }).chart, dataset, site!), { headers: { "Content-Type": "image/png" } });
