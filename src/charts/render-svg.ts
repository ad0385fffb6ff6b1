// Server rendering: a chart module drawn by Plot into linkedom's DOM and serialised as SVG, so the
// page shows every chart before (and without) any script.
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { Dataset } from "../data/dataset.ts";
import { prepareForReaders } from "./accessibility.ts";
import { clampStep, type Chart, type ChartContext } from "./chart.ts";

export function renderSvg(chart: Chart, dataset: Dataset, context: ChartContext): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const step = clampStep(chart, context.step);
  const svg = Plot.plot({
    ...chart.plot(dataset, { ...context, step }),
    document: document as unknown as Document,
    ariaLabel: chart.title,
    ariaDescription: chart.describe(dataset, step),
  }) as unknown as Element;
  prepareForReaders(svg, { keepTips: false });
  return svg.outerHTML;
}
