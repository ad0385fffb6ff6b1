// Context: people apprehended by the Border Patrol at the Southwest border, FY2016–FY2018. It is
// not HSI's work, and no source cited here ties it to HSI's cases, so nothing on it points at
// another chart's events; a note says it is context, on the chart itself, so the caveat travels
// with the embed and the images.
import * as Plot from "@observablehq/plot";
import type { ChartData, ChartModule, ChartScope, ChartTable, ChartTitles } from "./chart.ts";
import { type Bar, periodType, seriesBars } from "./bars.ts";
import { bandStep, baseline, countAxis, frame, valueLabels } from "./frame.ts";
import { periodTicks } from "./periods.ts";
import { chartTip } from "./tip.ts";

interface Words extends ChartTitles {
  yLabel: string;
  /** That the chart is context: whose figures, and that nothing here ties them to HSI's cases. */
  contextNote: string;
  contextNoteShort: string;
  tip: (period: string, value: string) => string;
  describe: (values: string[]) => string;
  /** "408,870 in FY2016" */
  valueIn: (value: string, period: string) => string;
  columns: [period: string, value: string, source: string];
}
type Scope = ChartScope<Words>;

const PADDING = 0.3;
const series = seriesBars;

function plot(data: ChartData, ctx: Scope): Plot.PlotOptions {
  const { colors, format, words } = ctx;
  const all = series(data, ctx);
  const max = Math.max(...all.map((d) => d.value));
  const options = { ...frame(ctx), marginLeft: 64 };
  const ticks = periodTicks(all, periodType(data, ctx), bandStep(ctx, options.marginLeft, all.length, PADDING), ctx);
  return {
    ...options,
    x: { domain: all.map((d) => d.label), label: null, padding: PADDING, tickFormat: ticks },
    y: countAxis(ctx, max * 1.2, words.yLabel),
    marks: [
      Plot.barY(all, { x: "label", y: "value", fill: colors.context }),
      valueLabels(all, ctx),
      baseline(ctx),
      chartTip(all, Plot.pointerX, { x: "label", y: "value", title: (d: Bar) => words.tip(d.label, format.number(d.value)) }, ctx),
    ],
  };
}

function describe(data: ChartData, ctx: Scope): string {
  return ctx.words.describe(series(data, ctx).map((d) => ctx.words.valueIn(ctx.format.observation(d), d.label)));
}

function table(data: ChartData, ctx: Scope): ChartTable {
  return {
    columns: [...ctx.words.columns],
    rows: series(data, ctx).map((d) => [d.label, ctx.format.observation(d), data.getSource(d.source_id).credit]),
  };
}

const notes = (_data: ChartData, ctx: Scope) => [{ text: ctx.words.contextNote, short: ctx.words.contextNoteShort }];

export default { plot, describe, table, notes, legend: () => [] } satisfies ChartModule<Words>;
