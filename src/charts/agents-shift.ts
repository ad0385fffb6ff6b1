// The story's key picture: from FY2017 to FY2018, new smuggling cases fell while every measure of
// worksite enforcement multiplied. Each series is indexed to FY2017 = 100 so they share one axis;
// since that hides how different the counts are, every label gives the counts beside the change,
// and a note under the chart says the bases differ. The first series (the catalog's order) is the
// story's subject, drawn in the accent colour.
// States: 0 smuggling cases alone; 1 with worksite investigations; 2 all four worksite measures.
import * as Plot from "@observablehq/plot";
import type { PeriodBasis } from "../data/dataset.ts";
import { percentChange } from "../lib/format.ts";
import { NARROW_BELOW } from "./catalog.ts";
import type { ChartData, ChartModule, ChartScope, ChartTable, ChartTitles } from "./chart.ts";
import { footnotes, frame, INFERRED_MARK, inferredNote } from "./common.ts";

interface Words extends ChartTitles {
  yLabel: string;
  /** Each series' names: in labels, in the narrow layout's labels, and in running text. */
  lines: Record<string, { name: string; short: string; inText: string }>;
  basesNote: string;
  /** Names the unnamed year in the footnote: "the base year of the case counts". */
  inferredWhat: string;
  tip: (name: string, period: string, value: string, change: string | null) => string;
  describe: (parts: string[], caveat: string) => string;
  describePart: (name: string, from: string, to: string, change: string) => string;
  describeCaveat: (base: string) => string;
  /** A count whose year is our reading, in the table. */
  inferredValue: (value: string) => string;
  columns: [measure: string, change: string];
}
type Scope = ChartScope<Words>;

const [BASE, NEXT] = [2017, 2018];
/** How many of the catalog's series each state shows, in order. */
const SHOWN_IN_STATE = [1, 2, 5];

interface Point {
  id: string;
  name: string;
  /** For the narrow layout's end labels. */
  short: string;
  label: string;
  period: number;
  period_basis: PeriodBasis;
  value: number;
  index: number;
  change: string;
  /** "172 → 1,525, +787%": the counts beside the change, so small bases are seen as small. */
  counts: string;
}

function points(data: ChartData, ctx: Scope): Point[] {
  const { format } = ctx;
  return ctx.meta.series.flatMap((id) => {
    const { name, short } = ctx.words.lines[id]!;
    const base = data.observation(id, BASE);
    const next = data.observation(id, NEXT);
    const change = format.percent(percentChange(base.value, next.value));
    const counts = `${format.number(base.value)} \u2192 ${format.number(next.value)}, ${change}`;
    const type = data.getSeries(id).period_type;
    const mark = base.period_basis === "inferred" ? INFERRED_MARK : "";
    return [base, next].map((o) => ({
      id,
      name: `${name}${mark}`,
      short: `${short}${mark}`,
      label: format.period(o.period, type),
      period: o.period,
      period_basis: o.period_basis,
      value: o.value,
      index: (o.value / base.value) * 100,
      change,
      counts,
    }));
  });
}

const visible = (ctx: Scope) => new Set(ctx.meta.series.slice(0, SHOWN_IN_STATE[ctx.step]));

/** Moves end labels apart so that none overlap: a minimum gap in the y scale's units. */
function spread(ends: Point[], gap: number): Map<string, number> {
  const sorted = [...ends].sort((a, b) => a.index - b.index);
  const ys: number[] = [];
  for (const p of sorted) ys.push(ys.length === 0 ? p.index : Math.max(p.index, ys.at(-1)! + gap));
  return new Map(sorted.map((p, i) => [p.id, ys[i]!]));
}

function plot(data: ChartData, ctx: Scope): Plot.PlotOptions {
  const { colors, format, words } = ctx;
  const subject = ctx.meta.series[0];
  const narrow = ctx.width < NARROW_BELOW;
  const shown = visible(ctx);
  const all = points(data, ctx);
  const drawn = all.filter((p) => shown.has(p.id));
  const top = Math.max(...all.map((p) => p.index)) * 1.08;
  const marginLeft = 44;
  const notes = footnotes([words.basesNote, inferredNote(all.filter((p) => p.id === subject && p.period === BASE), words.inferredWhat, ctx)], {
    width: ctx.width,
    marginLeft,
    color: colors.muted,
  });
  const options = frame(ctx);
  const height = options.height - options.marginTop - notes.marginBottom;
  const ends = drawn.filter((p) => p.period === NEXT);
  // Two lines a label (name, then counts): keep their centres this far apart, in pixels.
  const labelY = spread(ends, (top / height) * 34);
  const color = (p: Point) => (p.id === subject ? colors.accent : colors.secondary);
  const type = data.getSeries(subject!).period_type;
  return {
    ...options,
    marginRight: narrow ? 160 : 270,
    marginLeft,
    marginBottom: notes.marginBottom,
    x: { domain: [format.period(BASE, type), format.period(NEXT, type)], label: null, padding: 0.1, inset: 10 },
    y: { domain: [0, top], grid: true, label: words.yLabel, ticks: 5 },
    marks: [
      Plot.ruleY([100], { stroke: colors.muted, strokeDasharray: "2,3" }),
      Plot.lineY(drawn, { x: "label", y: "index", z: "id", stroke: color, strokeWidth: (p: Point) => (p.id === subject ? 3.5 : 2) }),
      Plot.dot(drawn, { x: "label", y: "index", fill: color, r: 4 }),
      Plot.text(ends, {
        x: "label",
        y: (p: Point) => labelY.get(p.id),
        text: (p: Point) => `${narrow ? p.short : p.name}\n${p.counts}`,
        textAnchor: "start",
        dx: 10,
        fill: color,
        fontWeight: 600,
      }),
      notes.mark,
      Plot.tip(
        drawn,
        Plot.pointer({
          x: "label",
          y: "index",
          title: (p: Point) => words.tip(p.name, p.label, format.number(p.value), p.period === NEXT ? p.change : null),
        }),
      ),
    ],
  };
}

function describe(data: ChartData, ctx: Scope): string {
  const { format, words } = ctx;
  const shown = visible(ctx);
  const all = points(data, ctx);
  const parts = all
    .filter((p) => p.period === NEXT && shown.has(p.id))
    .map((p) => {
      const base = all.find((q) => q.id === p.id && q.period === BASE)!;
      return words.describePart(words.lines[p.id]!.inText, format.number(base.value), format.number(p.value), p.change);
    });
  const subject = all.find((p) => p.id === ctx.meta.series[0] && p.period === BASE)!;
  return words.describe(parts, subject.period_basis === "inferred" ? words.describeCaveat(subject.label) : "");
}

function table(data: ChartData, ctx: Scope): ChartTable {
  const { format, words } = ctx;
  const all = points(data, ctx);
  const type = data.getSeries(ctx.meta.series[0]!).period_type;
  return {
    columns: [words.columns[0], format.period(BASE, type), format.period(NEXT, type), words.columns[1]],
    rows: ctx.meta.series.map((id) => {
      const [a, b] = [all.find((p) => p.id === id && p.period === BASE)!, all.find((p) => p.id === id && p.period === NEXT)!];
      return [
        words.lines[id]!.name,
        a.period_basis === "inferred" ? words.inferredValue(format.number(a.value)) : format.number(a.value),
        format.number(b.value),
        b.change,
      ];
    }),
  };
}

export default { plot, describe, table } satisfies ChartModule<Words>;
