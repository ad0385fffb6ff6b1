// New human-smuggling cases opened by HSI, the earlier year against FY2018, with the change
// annotated. The reporting does not name the earlier year: the axis marks it and a note under the
// chart says so. States: 0 the earlier year alone; 1 both years, and an arrow with the change.
import * as Plot from "@observablehq/plot";
import { percentChange } from "../lib/format.ts";
import type { ChartData, ChartModule, ChartScope, ChartTable, ChartTitles } from "./chart.ts";
import { type Bar, periodType, seriesBars } from "./bars.ts";
import { bandStep, baseline, countAxis, frame, isCompact, valueLabels } from "./frame.ts";
import { inferredNotes, periodTicks } from "./periods.ts";
import { chartTip } from "./tip.ts";

interface Words extends ChartTitles {
  yLabel: string;
  /** Names the unnamed year in the note: "the earlier year". */
  inferredWhat: string;
  /** A period that is our reading: in running text, and in a table (whose note column says why). */
  inferredPeriod: (period: string) => string;
  inferredPeriodShort: (period: string) => string;
  tip: (period: string, value: string) => string;
  describeFirst: (value: string, period: string) => string;
  /** With the later year: its value and the fall, unsigned ("57%"), since the words say it fell. */
  describeBoth: (first: string, value: string, period: string, fall: string) => string;
  columns: [period: string, value: string, note: string];
}
type Scope = ChartScope<Words>;

const PADDING = 0.35;
const series = seriesBars;
const periodWords = (d: Bar, ctx: Scope) => (d.period_basis === "inferred" ? ctx.words.inferredPeriod(d.label) : d.label);

function plot(data: ChartData, ctx: Scope): Plot.PlotOptions {
  const { colors, format, words } = ctx;
  const all = series(data, ctx);
  const [first, last] = [all[0]!, all.at(-1)!];
  const shown = ctx.step === 0 ? [first] : all;
  const change = format.percent(percentChange(first.value, last.value));
  const options = frame(ctx);
  const ticks = periodTicks(all, periodType(data, ctx), bandStep(ctx, options.marginLeft, all.length, PADDING), ctx);
  // The step's subject in the accent colour: the earlier year alone, then the year it fell to.
  const fill = (d: Bar) => (d === last || ctx.step === 0 ? colors.accent : colors.neutral);
  return {
    ...options,
    x: { domain: all.map((d) => d.label), label: null, padding: PADDING, tickFormat: ticks },
    y: countAxis(ctx, first.value * 1.2, words.yLabel),
    marks: [
      Plot.barY(shown, { x: "label", y: "value", fill }),
      valueLabels(shown, ctx),
      baseline(ctx),
      ...(ctx.step > 0
        ? [
            // The fall, from the top of one bar to the other, with the change: it arrives last.
            Plot.arrow([{ from: first, to: last }], {
              x1: (d) => d.from.label,
              y1: (d) => d.from.value,
              x2: (d) => d.to.label,
              y2: (d) => d.to.value,
              bend: true,
              // Clear of the value labels at the start, and of the change above the bar at the end.
              insetStart: 24,
              insetEnd: isCompact(ctx) ? 40 : 50,
              stroke: colors.accent,
              strokeWidth: 1.5,
              className: "annotation",
            }),
            Plot.text([last], {
              x: "label",
              y: "value",
              text: () => change,
              dy: -32,
              fill: colors.accent,
              fontWeight: 700,
              fontSize: isCompact(ctx) ? 15 : 18,
              className: "annotation",
            }),
          ]
        : []),
      chartTip(shown, Plot.pointerX, { x: "label", y: "value", title: (d: Bar) => words.tip(ticks(d.label), format.number(d.value)) }, ctx),
    ],
  };
}

function describe(data: ChartData, ctx: Scope): string {
  const all = series(data, ctx);
  const [first, last] = [all[0]!, all.at(-1)!];
  const base = ctx.words.describeFirst(ctx.format.observation(first), periodWords(first, ctx));
  if (ctx.step === 0) return `${base}.`;
  return ctx.words.describeBoth(
    base,
    ctx.format.observation(last),
    last.label,
    ctx.format.percentAbs(percentChange(first.value, last.value)),
  );
}

function table(data: ChartData, ctx: Scope): ChartTable {
  return {
    columns: [...ctx.words.columns],
    rows: series(data, ctx).map((d) => [
      d.period_basis === "inferred" ? ctx.words.inferredPeriodShort(d.label) : d.label,
      ctx.format.observation(d),
      d.note ?? "",
    ]),
  };
}

const notes = (data: ChartData, ctx: Scope) => inferredNotes(series(data, ctx), ctx.words.inferredWhat, ctx);

export default { plot, describe, table, notes, legend: () => [] } satisfies ChartModule<Words>;
