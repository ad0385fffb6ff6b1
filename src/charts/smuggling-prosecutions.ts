// Context: harboring prosecutions (federal cases whose lead charge is under 8 U.S.C. 1324), as
// counted by TRAC. They are brought by the Justice Department, not opened by HSI. FY2015 is known
// only as an upper bound (hatched), FY2019 only approximately (outlined); years without a
// published figure keep their place on the axis, marked as such.
import * as Plot from "@observablehq/plot";
import { NARROW_BELOW } from "./catalog.ts";
import type { ChartData, ChartModule, ChartScope, ChartTable, ChartTitles } from "./chart.ts";
import { bars, frame, hatchedBound, type Bar } from "./common.ts";

interface Words extends ChartTitles {
  yLabel: string;
  tip: (period: string, value: string, qualifier: string) => string;
  describe: (values: string[]) => string;
  /** "about 5,700 in FY2019" */
  valueIn: (value: string, period: string) => string;
  columns: [period: string, value: string, qualifier: string, note: string];
}
type Scope = ChartScope<Words>;

const series = (data: ChartData, ctx: Scope) => bars(data, ctx.meta.series[0]!, ctx.format);

function plot(data: ChartData, ctx: Scope): Plot.PlotOptions {
  const { colors, common, format, words } = ctx;
  const all = series(data, ctx);
  const type = data.getSeries(ctx.meta.series[0]!).period_type;
  const periods = all.map((d) => d.period);
  const domain: string[] = [];
  for (let y = Math.min(...periods); y <= Math.max(...periods); y++) domain.push(format.period(y, type));
  const missing = domain.filter((label) => !all.some((d) => d.label === label));
  const max = Math.max(...all.map((d) => d.value));
  const exact = all.filter((d) => d.qualifier === "exact");
  const approximate = all.filter((d) => d.qualifier === "approximate");
  const upper = all.filter((d) => d.qualifier === "upper_bound");
  return {
    ...frame(ctx),
    x: { domain, label: null, padding: 0.25 },
    y: { domain: [0, max * 1.18], grid: true, label: words.yLabel, tickFormat: format.number, ticks: 4 },
    marks: [
      Plot.barY(exact, { x: "label", y: "value", fill: colors.neutral }),
      // Approximate: a lighter bar with a dashed outline, labelled with "~".
      Plot.barY(approximate, { x: "label", y: "value", fill: colors.neutral, fillOpacity: 0.35, stroke: colors.neutral, strokeDasharray: "4,2" }),
      hatchedBound(upper, { x: "label", color: colors.neutral }),
      Plot.text(all, { x: "label", y: "value", text: "text", dy: -10, fill: colors.text, fontWeight: 600 }),
      Plot.text(missing, {
        x: (d: string) => d,
        y: 0,
        text: () => (ctx.width < NARROW_BELOW ? common.noFigureShort : common.noFigure),
        dy: -10,
        fill: colors.muted,
        fontSize: 11,
      }),
      Plot.ruleY([0], { stroke: colors.text }),
      Plot.tip(all, Plot.pointerX({ x: "label", y: "value", title: (d: Bar) => words.tip(d.label, format.observation(d), format.qualifier(d.qualifier)) })),
    ],
  };
}

function describe(data: ChartData, ctx: Scope): string {
  return ctx.words.describe(series(data, ctx).map((d) => ctx.words.valueIn(ctx.format.observation(d), d.label)));
}

function table(data: ChartData, ctx: Scope): ChartTable {
  const { format } = ctx;
  return {
    columns: [...ctx.words.columns],
    rows: series(data, ctx).map((d) => [d.label, format.observation(d), format.qualifier(d.qualifier), d.note ?? ""]),
  };
}

export default { plot, describe, table } satisfies ChartModule<Words>;
