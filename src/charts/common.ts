// Options and marks shared by the chart modules: the frame every chart starts from, bars from a
// series, period labels that fit their width, the legend of qualifiers, the marks for inferred
// periods, and the hatched "somewhere below this" area used for upper bounds.
import * as Plot from "@observablehq/plot";
import type { Observation, PeriodBasis, PeriodType, Qualifier } from "../data/dataset.ts";
import type { Format } from "../lib/format.ts";
import type { ChartData, ChartNote, ChartScope, LegendEntry } from "./chart.ts";
import { APPROXIMATE, dashArray, hatchAttributes, UPPER_BOUND } from "./encoding.ts";
import type { Palette } from "./theme.ts";

/** Below this height a chart is drawn compact (the phone's sticky figure): smaller type, fewer
 * ticks, no axis label (the subtitle names the unit), one-line labels. */
const COMPACT_BELOW = 260;
export const isCompact = (ctx: ChartScope) => ctx.height < COMPACT_BELOW;

/** The options every chart starts from: its size, margins and type. */
export function frame(ctx: ChartScope) {
  return {
    width: ctx.width,
    height: ctx.height,
    marginTop: isCompact(ctx) ? 18 : 28,
    marginLeft: 52,
    marginBottom: 30,
    style: { fontSize: isCompact(ctx) ? "12px" : "13px", color: ctx.colors.text, background: "transparent", overflow: "visible" },
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

/**
 * Tick labels for the years on an x axis: "FY2018" where there is room, "FY18" where the bands are
 * narrow, and the inferred ones marked ("FY2017*"). `step` is the space a band has, in pixels.
 */
export function periodTicks(data: readonly Bar[], type: PeriodType, step: number, ctx: ChartScope): (label: string) => string {
  const inferred = new Set(data.filter((d) => d.period_basis === "inferred").map((d) => d.label));
  const years = new Map(data.map((d) => [d.label, d.period]));
  const fontSize = isCompact(ctx) ? 12 : 13;
  // "FY2018*" is 7 characters of about 0.6 em: use the short form when it would not fit.
  const short = step < 7 * 0.6 * fontSize + 6;
  return (label) => {
    const year = years.get(label) ?? Number(label.replace(/\D/g, ""));
    const text = short && Number.isFinite(year) ? ctx.format.periodShort(year, type) : label;
    return inferred.has(label) ? `${text}${INFERRED_MARK}` : text;
  };
}

/** The space each band of a band scale gets across a plot of this inner width. */
export const bandStep = (innerWidth: number, bands: number, padding: number) => innerWidth / Math.max(1, bands - padding + 2 * padding);

/** The note for a period the source does not name ("what" names it, in the chart's words); none
 * when every period is stated. */
export function inferredNotes(data: readonly { label: string; period_basis: PeriodBasis }[], what: string, ctx: ChartScope): ChartNote[] {
  const inferred = data.filter((d) => d.period_basis === "inferred");
  if (inferred.length === 0) return [];
  const periods = ctx.common.list(inferred.map((d) => d.label));
  return [{ text: `${INFERRED_MARK} ${ctx.common.inferredNote(what, periods)}`, short: `${INFERRED_MARK} ${ctx.common.inferredNoteShort(periods)}` }];
}

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
    Plot.tickY(data, { x: options.x, y: "value", stroke: options.color, strokeWidth: UPPER_BOUND.boundWidth, strokeDasharray: dashArray(UPPER_BOUND.dash) }),
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

/** Plot's tip needs this much room beside the point besides its text: the pointer and padding. */
const TIP_CHROME = 12 + 2 * 8;

/**
 * The tip every chart shows on hover and touch, sized for the chart it sits in. Plot puts a tip on
 * whichever side of the point has room for it, but with nowhere wide enough it falls back to
 * centring it, and on a phone the default 20-em lines left no side wide enough: a tip ran off the
 * chart. So lines wrap at a little under half the chart's width, where one side always has room,
 * and a tip that still would not fit (a chart narrower than any line) is moved back inside.
 */
export function chartTip(
  data: Plot.Data,
  pointer: typeof Plot.pointerX,
  options: Plot.TipOptions & Plot.PointerOptions,
  ctx: ChartScope,
): Plot.Markish {
  const fontSize = Number.parseFloat(frame(ctx).style.fontSize);
  const lineWidth = Math.max(6, Math.min(20, Math.floor((ctx.width / 2 - TIP_CHROME) / fontSize)));
  return Plot.tip(data, { ...pointer({ ...options, render: keepTipInside }), lineWidth });
}

/** A render transform: after Plot has placed and measured the tip, shift it into the chart's width. */
function keepTipInside(
  index: number[],
  scales: Plot.ScaleFunctions,
  values: Plot.ChannelValues,
  dimensions: Plot.Dimensions,
  context: Plot.Context,
  next?: Plot.RenderFunction,
): SVGElement | null {
  const g = next!(index, scales, values, dimensions, context);
  if (!g || !index.length) return g;
  // Plot places the tip once it can measure text: in a microtask if the SVG is on the page, else
  // in the next frame. Scheduled after Plot's, this runs after it. (On the server, neither.)
  const shift = () => {
    for (const tip of g.children) {
      const [x, y] = (tip.getAttribute("transform")?.match(/-?[\d.]+/g) ?? ["0", "0"]).map(Number) as [number, number];
      const box = (tip as SVGGraphicsElement).getBBox();
      const left = x + box.x;
      const right = left + box.width;
      const dx = left < 0 ? -left : right > dimensions.width ? Math.max(-left, dimensions.width - right) : 0;
      if (dx) tip.setAttribute("transform", `translate(${Math.round(x + dx)},${y})`);
    }
  };
  if (context.ownerSVGElement.isConnected) queueMicrotask(shift);
  else if (typeof requestAnimationFrame !== "undefined") requestAnimationFrame(shift);
  return g;
}
