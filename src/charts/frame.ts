// The frame every chart is drawn in, and the parts of it every chart shares: size, margins and
// type, the axis of counts, the zero line and the value labels over bars. A change of look is
// made here once, for every chart.
import * as Plot from "@observablehq/plot";
import type { ChartScope } from "./chart.ts";

/** Below this height a chart is drawn compact (the phone's sticky figure): smaller type, fewer
 * ticks, no axis label (the subtitle names the unit), one-line labels. */
const COMPACT_BELOW = 260;
export const isCompact = (ctx: ChartScope) => ctx.height < COMPACT_BELOW;

/** Plot's own right margin, which the charts keep unless they need room for labels there. */
const PLOT_MARGIN_RIGHT = 20;

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

/** The space each band of a band scale gets across the plot of a chart with this left margin (and
 * Plot's right margin). */
export function bandStep(ctx: ChartScope, marginLeft: number, bands: number, padding: number): number {
  const inner = ctx.width - marginLeft - PLOT_MARGIN_RIGHT;
  return inner / Math.max(1, bands - padding + 2 * padding);
}

/** The least room, in pixels, between two tick labels of the axis of counts: on a very short
 * chart (a phone held sideways) it keeps fewer ticks rather than labels over one another. */
const MIN_TICK_GAP = 22;

/** The height of the plot itself, inside the frame's margins. */
const plotHeight = (ctx: ChartScope) => {
  const { height, marginTop, marginBottom } = frame(ctx);
  return height - marginTop - marginBottom;
};

/** The y axis of counts: from zero to `top`, with gridlines, the reader's number format, and on a
 * phone fewer ticks and no label (the subtitle names the unit). A null label leaves it out at any
 * size. */
export function countAxis(
  ctx: ChartScope,
  top: number,
  label: string | null,
  { numbers = true }: { numbers?: boolean } = {},
): Plot.ScaleOptions {
  return {
    domain: [0, top],
    grid: true,
    label: isCompact(ctx) ? null : label,
    ...(numbers ? { tickFormat: ctx.format.number } : {}),
    ticks: Math.min(isCompact(ctx) ? 3 : 4, Math.floor(plotHeight(ctx) / MIN_TICK_GAP)),
  };
}

/** The zero line every chart draws its counts from. */
export const baseline = (ctx: ChartScope) => Plot.ruleY([0], { stroke: ctx.colors.text });

/** The figure over each bar, in bold: its text is the bar's own ("text"), or another channel. */
export const valueLabels = <T>(data: readonly T[], ctx: ChartScope, text: Plot.TextOptions["text"] = "text") =>
  Plot.text(data, { x: "label", y: "value", text, dy: -10, fill: ctx.colors.text, fontWeight: 600 });
