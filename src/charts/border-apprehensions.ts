// Context: people apprehended by the Border Patrol at the Southwest border, FY2016–FY2018.
import * as Plot from "@observablehq/plot";
import type { ChartData, ChartModule, ChartScope, ChartTable, ChartTitles } from "./chart.ts";
import { bars, frame, type Bar } from "./common.ts";

interface Words extends ChartTitles {
  yLabel: string;
  tip: (period: string, value: string) => string;
  describe: (values: string[]) => string;
  /** "408,870 in FY2016" */
  valueIn: (value: string, period: string) => string;
  columns: [period: string, value: string, qualifier: string, source: string];
}
type Scope = ChartScope<Words>;

const series = (data: ChartData, ctx: Scope) => bars(data, ctx.meta.series[0]!, ctx.format);

function plot(data: ChartData, ctx: Scope): Plot.PlotOptions {
  const { colors, format, words } = ctx;
  const all = series(data, ctx);
  const max = Math.max(...all.map((d) => d.value));
  return {
    ...frame(ctx),
    marginLeft: 64,
    x: { domain: all.map((d) => d.label), label: null, padding: 0.3 },
    y: { domain: [0, max * 1.15], grid: true, label: words.yLabel, tickFormat: format.number, ticks: 4 },
    marks: [
      Plot.barY(all, { x: "label", y: "value", fill: colors.neutral }),
      Plot.text(all, { x: "label", y: "value", text: "text", dy: -10, fill: colors.text, fontWeight: 600 }),
      Plot.ruleY([0], { stroke: colors.text }),
      Plot.tip(all, Plot.pointerX({ x: "label", y: "value", title: (d: Bar) => words.tip(d.label, format.number(d.value)) })),
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
    rows: series(data, ctx).map((d) => [d.label, format.number(d.value), format.qualifier(d.qualifier), data.getSource(d.source_id).publisher]),
  };
}

export default { plot, describe, table } satisfies ChartModule<Words>;
