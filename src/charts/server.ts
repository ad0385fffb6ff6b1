// Server rendering: drawChart in linkedom's DOM, serialised, so that pages, embeds and images
// show every chart before (and without) any script.
import { parseHTML } from "linkedom";
import type { ChartId } from "./catalog.ts";
import type { ChartContext, ChartData } from "./chart.ts";
import { drawChart } from "./draw.ts";

export function renderSvg(id: ChartId, data: ChartData, ctx: ChartContext): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return drawChart(id, data, ctx, { document: document as unknown as Document }).outerHTML;
}
