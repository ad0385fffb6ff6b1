// How Plot draws the figures that are not exact, from the one encoding of each (encoding.ts), and
// the legend that names them in the same words on every chart.
import * as Plot from "@observablehq/plot";
import type { Qualifier } from "../data/dataset.ts";
import type { Bar } from "./bars.ts";
import type { ChartScope, LegendEntry } from "./chart.ts";
import { APPROXIMATE, dashArray, hatchAttributes, UPPER_BOUND } from "./encoding.ts";
import type { Palette } from "./theme.ts";

/** The legend of how a chart draws its qualifiers, in the same words on every chart; only when
 * encodings differ (a chart of exact bars alone needs none). */
export function qualifierLegend(
  drawn: readonly { qualifier: Qualifier }[],
  ctx: ChartScope,
  { color, noFigure = false }: { color: (q: Qualifier) => keyof Palette; noFigure?: boolean },
): LegendEntry[] {
  const kinds = [...new Set(drawn.map((d) => d.qualifier))];
  const entries: LegendEntry[] = kinds.map((kind) => ({ kind, label: ctx.common.legend[kind], color: color(kind) }));
  if (noFigure) entries.push({ kind: "no_figure", label: ctx.common.legend.no_figure, color: "muted" });
  return entries.length > 1 ? entries : [];
}

// Pattern ids must be unique in a document that holds many renderings (server-rendered and
// redrawn ones side by side); the prefix keeps the browser's apart from the server's.
let hatchCount = 0;
const hatchPrefix = typeof window === "undefined" ? "hatch-s" : "hatch-c";

/**
 * A hatched band from 0 up to a bound, for values known only as "less than": the reader sees a
 * region, not a bar, and the lightest of the encodings (encoding.ts). A function mark so the
 * <pattern> lives in the same SVG.
 */
export function hatchedBound(data: Bar[], options: { x: string; color: string }): Plot.Markish {
  const id = `${hatchPrefix}${++hatchCount}`;
  const pattern: Plot.Markish = (_index, _scales, _values, _dimensions, context) => {
    const doc = context.document;
    const ns = "http://www.w3.org/2000/svg";
    const hatch = hatchAttributes(options.color);
    const defs = doc.createElementNS(ns, "defs");
    const p = doc.createElementNS(ns, "pattern");
    p.setAttribute("id", id);
    for (const [name, value] of Object.entries(hatch.pattern)) p.setAttribute(name, String(value));
    const line = doc.createElementNS(ns, "line");
    for (const [name, value] of Object.entries(hatch.line)) line.setAttribute(name, String(value));
    p.append(line);
    defs.append(p);
    return defs as unknown as SVGElement;
  };
  return [
    pattern,
    Plot.barY(data, { x: options.x, y: "value", fill: `url(#${id})` }),
    // The bound itself: a dashed line, since the true value lies somewhere beneath it.
    Plot.tickY(data, {
      x: options.x,
      y: "value",
      stroke: options.color,
      strokeWidth: UPPER_BOUND.boundWidth,
      strokeDasharray: dashArray(UPPER_BOUND.dash),
    }),
  ];
}

/** How approximate bars are drawn on every chart: a lighter fill inside a dashed outline (encoding.ts). */
export const approximateBar = (color: string) => ({
  fill: color,
  fillOpacity: APPROXIMATE.fillOpacity,
  stroke: color,
  strokeWidth: APPROXIMATE.strokeWidth,
  strokeDasharray: dashArray(APPROXIMATE.dash),
});
