// New human-smuggling cases opened by HSI, the earlier year against FY2018, with the change
// annotated. The reporting does not name the earlier year: the axis marks it and a note under the
// chart says so. States: 0 the earlier year alone; 1 both years and the change.
import * as Plot from "@observablehq/plot";
import { percentChange } from "../lib/format.ts";
import type { ChartData, ChartModule, ChartScope, ChartTable, ChartTitles } from "./chart.ts";
import { bars, footnotes, frame, inferredNote, periodTicks, type Bar } from "./common.ts";

interface Words extends ChartTitles {
  yLabel: string;
  /** Names the unnamed year in the footnote: "the earlier year". */
  inferredWhat: string;
  /** A period that is our reading, in running text and tables. */
  inferredPeriod: (period: string) => string;
  tip: (period: string, value: string) => string;
  describeFirst: (value: string, period: string) => string;
  describeBoth: (first: string, value: string, period: string, change: string) => string;
  columns: [period: string, value: string, qualifier: string, note: string];
}
type Scope = ChartScope<Words>;

const series = (data: ChartData, ctx: Scope) => bars(data, ctx.meta.series[0]!, ctx.format);
const periodWords = (d: Bar, ctx: Scope) => (d.period_basis === "inferred" ? ctx.words.inferredPeriod(d.label) : d.label);

function plot(data: ChartData, ctx: Scope): Plot.PlotOptions {
  const { colors, format, words } = ctx;
  const all = series(data, ctx);
  const [first, last] = [all[0]!, all.at(-1)!];
  const shown = ctx.step === 0 ? [first] : all;
  const change = format.percent(percentChange(first.value, last.value));
  const ticks = periodTicks(all);
  const options = frame(ctx);
  const notes = footnotes([inferredNote(all, words.inferredWhat, ctx)], { width: ctx.width, marginLeft: options.marginLeft, color: colors.muted });
  return {
    ...options,
    marginBottom: notes.marginBottom,
    x: { domain: all.map((d) => d.label), label: null, padding: 0.35, tickFormat: ticks },
    y: { domain: [0, first.value * 1.15], grid: true, label: words.yLabel, tickFormat: format.number, ticks: 4 },
    marks: [
      Plot.barY(shown, { x: "label", y: "value", fill: (d) => (d === first ? colors.neutral : colors.accent) }),
      Plot.text(shown, { x: "label", y: "value", text: "text", dy: -10, fill: colors.text, fontWeight: 600 }),
      ctx.step > 0 ? Plot.text([last], { x: "label", y: "value", text: () => change, dy: -30, fill: colors.accent, fontWeight: 700, fontSize: 18 }) : null,
      Plot.ruleY([0], { stroke: colors.text }),
      notes.mark,
      Plot.tip(shown, Plot.pointerX({ x: "label", y: "value", title: (d: Bar) => words.tip(ticks(d.label), format.number(d.value)) })),
    ],
  };
}

function describe(data: ChartData, ctx: Scope): string {
  const all = series(data, ctx);
  const [first, last] = [all[0]!, all.at(-1)!];
  const base = ctx.words.describeFirst(ctx.format.observation(first), periodWords(first, ctx));
  if (ctx.step === 0) return `${base}.`;
  return ctx.words.describeBoth(base, ctx.format.observation(last), last.label, ctx.format.percent(percentChange(first.value, last.value)));
}

function table(data: ChartData, ctx: Scope): ChartTable {
  const { format } = ctx;
  return {
    columns: [...ctx.words.columns],
    rows: series(data, ctx).map((d) => [periodWords(d, ctx), format.number(d.value), format.qualifier(d.qualifier), d.note ?? ""]),
  };
}

export default { plot, describe, table } satisfies ChartModule<Words>;
