// Context: harboring prosecutions (new federal prosecutions whose lead charge is under 8 U.S.C.
// 1324), as TRAC counts them by fiscal year. They are brought by the Justice Department, not
// opened by HSI, and a note on the chart says so. FY2015 is known only as an upper bound
// (hatched), FY2018 and FY2019 only approximately (outlined); years without a published figure
// keep their place on the axis, marked as such; a legend says which is which.
import * as Plot from "@observablehq/plot";
import type { ChartData, ChartModule, ChartScope, ChartTable, ChartTitles } from "./chart.ts";
import { type Bar, periodType, seriesBars } from "./bars.ts";
import { bandStep, baseline, countAxis, frame, valueLabels } from "./frame.ts";
import { periodTicks } from "./periods.ts";
import { approximateBar, hatchedBound, qualifierLegend } from "./qualifier-marks.ts";
import { chartTip } from "./tip.ts";

interface Words extends ChartTitles {
  yLabel: string;
  /** That the chart is context: whose prosecutions these are (not HSI's), and what TRAC links
   * their growth to. */
  contextNote: string;
  contextNoteShort: string;
  tip: (period: string, value: string, qualifier: string) => string;
  describe: (values: string[]) => string;
  /** "about 5,700 in FY2019" */
  valueIn: (value: string, period: string) => string;
  columns: [period: string, value: string, note: string];
}
type Scope = ChartScope<Words>;

const PADDING = 0.25;
const series = seriesBars;

function plot(data: ChartData, ctx: Scope): Plot.PlotOptions {
  const { colors, common, format, words } = ctx;
  const all = series(data, ctx);
  const type = periodType(data, ctx);
  const periods = all.map((d) => d.period);
  const years: number[] = [];
  for (let y = Math.min(...periods); y <= Math.max(...periods); y++) years.push(y);
  const domain = years.map((y) => format.period(y, type));
  const missing = domain.filter((label) => !all.some((d) => d.label === label));
  const max = Math.max(...all.map((d) => d.value));
  const top = max * 1.35;
  const options = frame(ctx);
  const step = bandStep(ctx, options.marginLeft, domain.length, PADDING);
  const ticks = periodTicks(all, type, step, ctx);
  const narrowBands = step < 62;
  return {
    ...options,
    x: { domain, label: null, padding: PADDING, tickFormat: ticks },
    y: countAxis(ctx, top, words.yLabel),
    marks: [
      Plot.barY(
        all.filter((d) => d.qualifier === "exact"),
        { x: "label", y: "value", fill: colors.context },
      ),
      Plot.barY(
        all.filter((d) => d.qualifier === "approximate"),
        { x: "label", y: "value", ...approximateBar(colors.context) },
      ),
      hatchedBound(
        all.filter((d) => d.qualifier === "upper_bound"),
        { x: "label", color: colors.context },
      ),
      // FY2018 and FY2019 are close in height: on a phone their labels would touch.
      valueLabels(all, ctx, "text", { domain, step, top }),
      // The same words at every width; on narrow bands, over two lines.
      Plot.text(missing, {
        x: (d: string) => d,
        y: 0,
        text: () => (narrowBands ? common.noFigure.replace(" ", "\n") : common.noFigure),
        lineAnchor: "bottom",
        dy: -6,
        fill: colors.muted,
        fontSize: 12,
      }),
      baseline(ctx),
      chartTip(
        all,
        Plot.pointerX,
        { x: "label", y: "value", title: (d: Bar) => words.tip(d.label, format.observation(d), format.qualifier(d.qualifier)) },
        ctx,
      ),
    ],
  };
}

function describe(data: ChartData, ctx: Scope): string {
  return ctx.words.describe(series(data, ctx).map((d) => ctx.words.valueIn(ctx.format.observation(d), d.label)));
}

function table(data: ChartData, ctx: Scope): ChartTable {
  return {
    columns: [...ctx.words.columns],
    rows: series(data, ctx).map((d) => [d.label, ctx.format.observation(d), d.note ?? ""]),
  };
}

const legend = (data: ChartData, ctx: Scope) => qualifierLegend(series(data, ctx), ctx, { color: () => "context", noFigure: true });

const notes = (_data: ChartData, ctx: Scope) => [{ text: ctx.words.contextNote, short: ctx.words.contextNoteShort }];

export default { plot, describe, table, notes, legend } satisfies ChartModule<Words>;
