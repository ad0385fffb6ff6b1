// The frame every chart is drawn in, and the parts of it every chart shares: size, margins and
// type, the axis of counts, the zero line and the value labels over bars. A change of look is
// made here once, for every chart.
import * as Plot from "@observablehq/plot";
import { textWidth } from "../lib/wrap.ts";
import type { ChartScope } from "./chart.ts";

/** Below this height a chart is drawn compact (the phone's sticky figure): smaller type, fewer
 * ticks, no axis label (the subtitle names the unit), one-line labels. */
const COMPACT_BELOW = 260;
export const isCompact = (ctx: ChartScope) => ctx.height < COMPACT_BELOW;
/** The charts' type size, in pixels. */
const fontSizeOf = (ctx: ChartScope) => (isCompact(ctx) ? 12 : 13);

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
    style: { fontSize: `${fontSizeOf(ctx)}px`, color: ctx.colors.text, background: "transparent", overflow: "visible" },
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

/** The room a value label keeps from its neighbour's, across and down, beyond its estimated
 * width and its type size: WebKit and Gecko set text a little wider and taller than Chromium. */
const LABEL_GAP = 6;
const LABEL_LEADING = 4;

interface Labelled {
  label: string;
  value: number;
}

/** The figure over each bar, in bold: its text is the bar's own ("text"), or a function of the bar.
 * With `bands` (the x domain, its band step in pixels, and the y domain's top), a label that would
 * run into its neighbour's (bars close in height, in bands narrower than both labels) is lifted
 * clear of it; estimated from the text's length, so the server's drawing and the island's agree. */
export function valueLabels<T extends Labelled>(
  data: readonly T[],
  ctx: ChartScope,
  text: string | ((d: T) => string) = "text",
  bands?: { domain: readonly string[]; step: number; top: number },
) {
  const words = (d: T) => (typeof text === "function" ? text(d) : String((d as unknown as Record<string, unknown>)[text] ?? ""));
  const lift = new Map<T, number>();
  if (bands) {
    const perPixel = bands.top / plotHeight(ctx);
    const fontSize = fontSizeOf(ctx);
    const line = fontSize + LABEL_LEADING;
    const placed: { x: number; y: number; half: number }[] = [];
    const ordered = [...data].sort((a, b) => bands.domain.indexOf(a.label) - bands.domain.indexOf(b.label));
    for (const d of ordered) {
      const x = bands.domain.indexOf(d.label) * bands.step;
      const half = textWidth(words(d), fontSize, "wide") / 2;
      let y = d.value / perPixel;
      for (const other of placed)
        if (Math.abs(other.x - x) < other.half + half + LABEL_GAP && Math.abs(other.y - y) < line && y >= other.y) y = other.y + line;
      placed.push({ x, y, half });
      lift.set(d, y * perPixel - d.value);
    }
  }
  return Plot.text(data, {
    x: "label",
    y: (d: T) => d.value + (lift.get(d) ?? 0),
    text,
    dy: -10,
    fill: ctx.colors.text,
    fontWeight: 600,
  });
}
