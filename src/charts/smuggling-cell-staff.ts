// ICE's Human Smuggling Cell: its 2016 staff set to 100, against "less than half" as of the
// reporting. No head count is published, so the later value is drawn as a hatched region under a
// dashed bound, never as a measured bar. States: 0 the 2016 level; 1 with the bound.
import * as Plot from "@observablehq/plot";
import type { ChartData, ChartModule, ChartScope, ChartTable, ChartTitles } from "./chart.ts";
import { type Bar, seriesBars } from "./bars.ts";
import { baseline, countAxis, frame, valueLabels } from "./frame.ts";
import { hatchedBound, qualifierLegend } from "./qualifier-marks.ts";
import { chartTip } from "./tip.ts";

interface Words extends ChartTitles {
  yLabel: string;
  tip: (period: string, value: string, qualifier: string) => string;
  describeBase: (period: string, value: string) => string;
  describeBound: (base: string, period: string, value: string) => string;
  /** What the index is, and why there is one. */
  indexNote: string;
  indexNoteShort: string;
  /** How the bound is drawn, once it is. */
  boundNote: string;
  boundNoteShort: string;
  columns: [period: string, value: string, note: string];
}
type Scope = ChartScope<Words>;

const series = seriesBars;
const drawn = (all: Bar[], ctx: Scope) => (ctx.step === 0 ? all.filter((d) => d.qualifier !== "upper_bound") : all);

function plot(data: ChartData, ctx: Scope): Plot.PlotOptions {
  const { colors, format, words } = ctx;
  const all = series(data, ctx);
  const measured = all.filter((d) => d.qualifier !== "upper_bound");
  const bounds = ctx.step === 0 ? [] : all.filter((d) => d.qualifier === "upper_bound");
  const label = (d: Bar) => format.observation(d, { indexSuffix: false });
  return {
    ...frame(ctx),
    x: { domain: all.map((d) => d.label), label: null, padding: 0.35 },
    y: countAxis(ctx, 125, words.yLabel, { numbers: false }),
    marks: [
      // The 2016 level is the subject until the bound arrives; then the bound is.
      Plot.barY(measured, { x: "label", y: "value", fill: ctx.step === 0 ? colors.accent : colors.neutral }),
      hatchedBound(bounds, { x: "label", color: colors.accent }),
      valueLabels([...measured, ...bounds], ctx, label),
      baseline(ctx),
      chartTip(
        [...measured, ...bounds],
        Plot.pointerX,
        { x: "label", y: "value", title: (d: Bar) => words.tip(d.label, label(d), format.qualifier(d.qualifier)) },
        ctx,
      ),
    ],
  };
}

function describe(data: ChartData, ctx: Scope): string {
  const all = series(data, ctx);
  const base = all.find((d) => d.qualifier === "index")!;
  const bound = all.find((d) => d.qualifier === "upper_bound")!;
  const first = ctx.words.describeBase(base.label, ctx.format.number(base.value));
  if (ctx.step === 0) return `${first}.`;
  return ctx.words.describeBound(first, bound.label, ctx.format.observation(bound, { indexSuffix: false }));
}

function table(data: ChartData, ctx: Scope): ChartTable {
  return {
    columns: [...ctx.words.columns],
    rows: series(data, ctx).map((d) => [d.label, ctx.format.observation(d, { indexSuffix: false }), d.note ?? ""]),
  };
}

const legend = (data: ChartData, ctx: Scope) =>
  qualifierLegend(drawn(series(data, ctx), ctx), ctx, { color: (q) => (q === "upper_bound" ? "accent" : "neutral") });

// How to read the chart (the index, then the bound) is said here rather than in the story's words.
const notes = (_data: ChartData, ctx: Scope) => [
  { text: ctx.words.indexNote, short: ctx.words.indexNoteShort },
  ...(ctx.step === 0 ? [] : [{ text: ctx.words.boundNote, short: ctx.words.boundNoteShort }]),
];

export default { plot, describe, table, notes, legend } satisfies ChartModule<Words>;
