// Context: people apprehended by the Border Patrol at the Southwest border, FY2016–FY2018. The
// year the worksite push began (FY2018, from the directive of October 2017) is marked: a date to
// read the other charts by, not a cause.
import * as Plot from "@observablehq/plot";
import type { ChartData, ChartModule, ChartScope, ChartTable, ChartTitles } from "./chart.ts";
import { wrap } from "../lib/wrap.ts";
import { bandStep, bars, chartTip, frame, isCompact, periodTicks, type Bar } from "./common.ts";

interface Words extends ChartTitles {
  yLabel: string;
  /** Marks the year the worksite push began. */
  pushNote: string;
  tip: (period: string, value: string) => string;
  describe: (values: string[]) => string;
  /** "408,870 in FY2016" */
  valueIn: (value: string, period: string) => string;
  columns: [period: string, value: string, source: string];
}
type Scope = ChartScope<Words>;

const PADDING = 0.3;
/** The year the worksite push began: its directive came in October 2017, the start of FY2018. */
const PUSH_YEAR = 2018;
const series = (data: ChartData, ctx: Scope) => bars(data, ctx.meta.series[0]!, ctx.format);
/** The push note: its size, the width it wraps to, and how far above its bar it starts. */
const NOTE = { fontSize: 11, width: 84, lineHeight: 1, offset: 28 };

function plot(data: ChartData, ctx: Scope): Plot.PlotOptions {
  const { colors, format, words } = ctx;
  const all = series(data, ctx);
  const max = Math.max(...all.map((d) => d.value));
  const options = { ...frame(ctx), marginLeft: 64 };
  const type = data.getSeries(ctx.meta.series[0]!).period_type;
  const ticks = periodTicks(all, type, bandStep(ctx.width - options.marginLeft - 20, all.length, PADDING), ctx);
  const push = all.filter((d) => d.period === PUSH_YEAR);
  // The note above the bar is broken into lines here, so its height is known: the scale leaves it
  // room under the top margin, however short the chart and however long the language's words.
  const note = wrap(words.pushNote, NOTE.fontSize, NOTE.width);
  const plotHeight = options.height - options.marginTop - options.marginBottom;
  const above = NOTE.offset + note.length * NOTE.fontSize * NOTE.lineHeight - options.marginTop;
  const top = Math.max(max * 1.45, max / Math.max(0.1, 1 - above / plotHeight));
  return {
    ...options,
    x: { domain: all.map((d) => d.label), label: null, padding: PADDING, tickFormat: ticks },
    y: { domain: [0, top], grid: true, label: isCompact(ctx) ? null : words.yLabel, tickFormat: format.number, ticks: isCompact(ctx) ? 3 : 4 },
    marks: [
      Plot.barY(all, { x: "label", y: "value", fill: (d: Bar) => (d.period === PUSH_YEAR ? colors.context : colors.neutral) }),
      Plot.text(all, { x: "label", y: "value", text: "text", dy: -10, fill: colors.text, fontWeight: 600 }),
      Plot.text(push, {
        x: "label",
        y: "value",
        text: () => note.join("\n"),
        dy: -NOTE.offset,
        lineAnchor: "bottom",
        lineHeight: NOTE.lineHeight,
        fontSize: NOTE.fontSize,
        fill: colors.context,
        fontWeight: 600,
        className: "annotation",
      }),
      Plot.ruleY([0], { stroke: colors.text }),
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

export default { plot, describe, table, notes: () => [], legend: () => [] } satisfies ChartModule<Words>;
