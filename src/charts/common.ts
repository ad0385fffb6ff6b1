// Options and marks shared by the chart modules: the frame every chart starts from, and the
// hatched "somewhere below this" area used for upper bounds.
import * as Plot from "@observablehq/plot";
import type { Observation } from "../data/dataset.ts";
import { formatNumber, formatObservationShort, formatPeriod } from "../lib/format.ts";
import type { Dataset } from "../data/dataset.ts";
import type { ChartContext } from "./chart.ts";
import { chartHeight, type ChartMeta } from "./catalog.ts";
import { palette } from "./theme.ts";

export function frame(chart: ChartMeta, context: ChartContext) {
  const colors = palette(context.theme);
  return {
    colors,
    options: {
      width: context.width,
      height: context.height ?? chartHeight(chart, context.width),
      marginTop: 28,
      marginLeft: 52,
      style: { fontSize: "13px", color: colors.text, background: "transparent", overflow: "visible" },
    } satisfies Plot.PlotOptions,
  };
}

/** A bar's data row: the observation with its period label and display text. */
export interface Bar extends Observation {
  label: string;
  text: string;
}

export function bars(dataset: Dataset, seriesId: string): Bar[] {
  const type = dataset.getSeries(seriesId).period_type;
  return dataset.observationsOf(seriesId).map((o) => ({ ...o, label: formatPeriod(o.period, type), text: formatObservationShort(o) }));
}

/** Tick labels with thousands separators. */
export const tickFormat = (n: number) => formatNumber(n);

// Pattern ids must be unique in a document that holds many renderings (server-rendered and
// redrawn ones side by side); the prefix keeps the browser's apart from the server's.
let hatchCount = 0;
const hatchPrefix = typeof window === "undefined" ? "hatch-s" : "hatch-c";

/**
 * A hatched band from 0 up to a bound, for values known only as "less than": the reader sees a
 * region, not a bar. A function mark so the <pattern> lives in the same SVG.
 */
export function hatchedBound(data: Bar[], options: { x: string; color: string }): Plot.Markish {
  const id = `${hatchPrefix}${++hatchCount}`;
  const pattern: Plot.Markish = (_index, _scales, _values, _dimensions, context) => {
    const doc = context.document;
    const ns = "http://www.w3.org/2000/svg";
    const defs = doc.createElementNS(ns, "defs");
    const p = doc.createElementNS(ns, "pattern");
    p.setAttribute("id", id);
    p.setAttribute("width", "6");
    p.setAttribute("height", "6");
    p.setAttribute("patternUnits", "userSpaceOnUse");
    p.setAttribute("patternTransform", "rotate(45)");
    const line = doc.createElementNS(ns, "line");
    line.setAttribute("x1", "0");
    line.setAttribute("y1", "0");
    line.setAttribute("x2", "0");
    line.setAttribute("y2", "6");
    line.setAttribute("stroke", options.color);
    line.setAttribute("stroke-width", "2");
    p.append(line);
    defs.append(p);
    return defs as unknown as SVGElement;
  };
  return [
    pattern,
    Plot.barY(data, { x: options.x, y: "value", fill: `url(#${id})`, fillOpacity: 0.55 }),
    // The bound itself: a dashed line, since the true value lies somewhere beneath it.
    Plot.tickY(data, { x: options.x, y: "value", stroke: options.color, strokeWidth: 2, strokeDasharray: "5,3" }),
  ];
}
