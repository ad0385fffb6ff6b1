// Options and marks shared by the chart modules: the frame every chart starts from, bars from a
// series, the marks for inferred periods and footnotes, and the hatched "somewhere below this"
// area used for upper bounds.
import * as Plot from "@observablehq/plot";
import type { Observation, PeriodBasis } from "../data/dataset.ts";
import type { Format } from "../lib/format.ts";
import { wrap } from "../lib/wrap.ts";
import type { ChartData, ChartScope } from "./chart.ts";

/** The options every chart starts from: its size, margins and type. */
export function frame(ctx: ChartScope) {
  return {
    width: ctx.width,
    height: ctx.height,
    marginTop: 28,
    marginLeft: 52,
    style: { fontSize: "13px", color: ctx.colors.text, background: "transparent", overflow: "visible" },
  } satisfies Plot.PlotOptions;
}

/** A bar's data row: the observation with its period label and display text. */
export interface Bar extends Observation {
  label: string;
  text: string;
}

export function bars(data: ChartData, seriesId: string, format: Format): Bar[] {
  const type = data.getSeries(seriesId).period_type;
  return data.observationsOf(seriesId).map((o) => ({ ...o, label: format.period(o.period, type), text: format.observationShort(o) }));
}

/** The mark after a period whose year the source does not name (see inferredNote). */
export const INFERRED_MARK = "*";

/** Period labels with the inferred ones marked: "FY2017*". For an x axis's tickFormat. */
export function periodTicks(data: readonly Bar[]): (label: string) => string {
  const inferred = new Set(data.filter((d) => d.period_basis === "inferred").map((d) => d.label));
  return (label) => (inferred.has(label) ? `${label}${INFERRED_MARK}` : label);
}

/** The footnote for a period the source does not name ("what" names it, in the chart's words);
 * null when every period is stated. */
export function inferredNote(data: readonly { label: string; period_basis: PeriodBasis }[], what: string, ctx: ChartScope): string | null {
  const inferred = data.filter((d) => d.period_basis === "inferred");
  if (inferred.length === 0) return null;
  return `${INFERRED_MARK} ${ctx.common.inferredNote(what, ctx.common.list(inferred.map((d) => d.label)))}`;
}

const NOTE_SIZE = 12;
const NOTE_LINE_HEIGHT = 1.25;
/** Room under the plot for the x axis's ticks and labels, above any notes. */
const AXIS_ROOM = 30;

/**
 * Notes printed under a chart's x axis, inside its SVG, so that every copy of the chart (the
 * story, embeds, images and cards) carries its caveats. Returns the mark and the bottom margin
 * that makes room for it.
 */
export function footnotes(notes: readonly (string | null)[], frame: { width: number; marginLeft: number; color: string }) {
  const lines = notes.filter((n): n is string => n !== null).flatMap((n) => wrap(n, NOTE_SIZE, frame.width - 8));
  if (lines.length === 0) return { marginBottom: AXIS_ROOM, mark: null };
  return {
    marginBottom: AXIS_ROOM + Math.ceil(lines.length * NOTE_SIZE * NOTE_LINE_HEIGHT) + 6,
    mark: Plot.text([lines.join("\n")], {
      text: (d: string) => d,
      frameAnchor: "bottom-left",
      dx: -frame.marginLeft,
      dy: AXIS_ROOM - 2,
      textAnchor: "start",
      lineAnchor: "top",
      lineHeight: NOTE_LINE_HEIGHT,
      fontSize: NOTE_SIZE,
      fill: frame.color,
    }),
  };
}

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
