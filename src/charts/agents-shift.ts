// The story's key picture: from FY2017 to FY2018, HSI opened fewer new smuggling cases and far
// more worksite investigations, and its other worksite measures multiplied. Raw counts on one axis:
// the smuggling cases and the worksite investigations both count investigations HSI opened, and
// the two lines cross. The axis is the same in every state, so a line never changes its slope
// from one step to the next; it is framed by the largest count of the last state. Every label
// gives its two counts. The first series (the catalog's order) is the story's subject, in the
// accent colour. Nothing but the data is drawn (the directive of October 2017 is the story's to
// tell, with its own source); a note says the counts come from two different publications of ICE's
// figures, and, with the last state, which worksite counts did not multiply (managers indicted and
// convicted, not drawn).
// States: 0 smuggling cases alone; 1 with worksite investigations; 2 with audits and arrests.
import * as Plot from "@observablehq/plot";
import type { PeriodBasis } from "../data/dataset.ts";
import { percentChange } from "../lib/format.ts";
import { textWidth } from "../lib/wrap.ts";
import { NARROW_BELOW } from "./catalog.ts";
import type { ChartData, ChartModule, ChartNote, ChartScope, ChartTable, ChartTitles } from "./chart.ts";
import { periodType } from "./bars.ts";
import { baseline, countAxis, frame, isCompact } from "./frame.ts";
import { INFERRED_MARK, inferredNotes } from "./periods.ts";
import { chartTip } from "./tip.ts";

interface Words extends ChartTitles {
  yLabel: string;
  /** Each series' names: in labels, narrow labels, the compact layout's one-line labels, and in
   * running text. */
  lines: Record<string, { name: string; short: string; tiny: string; inText: string }>;
  /** Where the counts come from: the reporting's ICE figures and ICE's own year-end figures. */
  sourcesNote: string;
  sourcesNoteShort: string;
  /** The worksite measures that did not rise, with their counts (FY2017, FY2018), not drawn. */
  steadyNote: (indicted: [string, string], convicted: [string, string]) => string;
  steadyNoteShort: (indicted: [string, string], convicted: [string, string]) => string;
  /** Names the unnamed year in the note: "the base year of the case counts". */
  inferredWhat: string;
  tip: (name: string, period: string, value: string, change: string | null) => string;
  describe: (parts: string[], caveat: string) => string;
  /** A line in the description, in words: "… fell 57%, from 3,920 to 1,671" (the change unsigned). */
  describePart: (name: string, from: string, to: string, change: string, rose: boolean) => string;
  describeCaveat: (base: string) => string;
  /** A count whose year is our reading, in the table. */
  inferredValue: (value: string) => string;
  columns: [measure: string, change: string];
}
type Scope = ChartScope<Words>;

const [BASE, NEXT] = [2017, 2018];
/** How many of the catalog's series each state shows, in order. */
const SHOWN_IN_STATE = [1, 2, 5];
/** The state in which the worksite counts come in, and with them the note on their sources. */
const WORKSITE_FROM = 1;
/** The worksite measures ICE counted that did not multiply: named in a note, not drawn. */
const STEADY = { indicted: "hsi-worksite-managers-indicted", convicted: "hsi-worksite-managers-convicted" } as const;
/** The state whose note names them: the one that shows the other worksite measures. */
const STEADY_FROM = 2;

interface Point {
  id: string;
  name: string;
  /** For narrow labels. */
  short: string;
  /** For the compact layout's one-line labels. */
  tiny: string;
  label: string;
  period: number;
  period_basis: PeriodBasis;
  value: number;
  /** The change from FY2017, signed ("−57%"), and in words' form ("57%", and whether it rose). */
  change: string;
  changeAbs: string;
  rose: boolean;
  /** "1,691 → 6,848": both counts, at the line's end. */
  counts: string;
  /** "6,848": the later count alone, for the compact layout's one-line labels (the axis gives the
   * earlier one). */
  latest: string;
}

function points(data: ChartData, ctx: Scope): Point[] {
  const { format } = ctx;
  return ctx.meta.series.flatMap((id) => {
    const { name, short, tiny } = ctx.words.lines[id]!;
    const base = data.observation(id, BASE);
    const next = data.observation(id, NEXT);
    const p = percentChange(base.value, next.value);
    const change = format.percent(p);
    const tight = isCompact(ctx) || ctx.width < NARROW_BELOW;
    const counts = `${format.number(base.value)}${tight ? "\u2192" : " \u2192 "}${format.number(next.value)}`;
    const type = data.getSeries(id).period_type;
    const mark = base.period_basis === "inferred" ? INFERRED_MARK : "";
    return [base, next].map((o) => ({
      id,
      name: `${name}${mark}`,
      short: `${short}${mark}`,
      tiny: `${tiny}${mark}`,
      label: format.period(o.period, type),
      period: o.period,
      period_basis: o.period_basis,
      value: o.value,
      change,
      changeAbs: format.percentAbs(p),
      rose: p > 0,
      counts,
      latest: format.number(next.value),
    }));
  });
}

const visible = (ctx: Scope) => new Set(ctx.meta.series.slice(0, SHOWN_IN_STATE[ctx.step]));

/** Moves end labels apart so that none overlap and none leave the plot: a minimum gap, a floor
 * (a label never sinks into the axis below) and a ceiling, in the y scale's units. */
function spread(ends: Point[], gap: number, floor: number, ceiling: number): Map<string, number> {
  const sorted = [...ends].sort((a, b) => a.value - b.value);
  const ys: number[] = [];
  for (const p of sorted) ys.push(Math.max(p.value, floor, ys.length === 0 ? floor : ys.at(-1)! + gap));
  // Pushed past the top: slide the stack down, keeping the gaps.
  for (let i = ys.length - 1; i >= 0; i--) ys[i] = Math.min(ys[i]!, i === ys.length - 1 ? ceiling : ys[i + 1]! - gap);
  return new Map(sorted.map((p, i) => [p.id, ys[i]!]));
}

function plot(data: ChartData, ctx: Scope): Plot.PlotOptions {
  const { colors, format, words } = ctx;
  const subject = ctx.meta.series[0]!;
  const lead = ctx.meta.series[1]!;
  const compact = isCompact(ctx);
  const narrow = ctx.width < NARROW_BELOW;
  const shown = visible(ctx);
  const all = points(data, ctx);
  const drawn = all.filter((p) => shown.has(p.id));
  // One axis for every state: framed by the largest count the chart ever shows.
  const top = Math.max(...all.map((p) => p.value)) * 1.1;
  const options = frame(ctx);
  // Room for the y axis's widest tick label ("6,000") with its tick, in either layout.
  const marginLeft = compact ? 46 : 52;
  const fontSize = compact ? 11 : 13;
  const plotHeight = options.height - options.marginTop - options.marginBottom;
  const ends = drawn.filter((p) => p.period === NEXT);
  // A label is two lines (name, then counts), or one in the compact layout: keep them this far
  // apart, in pixels, and under the top of the plot.
  const lineHeight = fontSize * 1.15;
  const labelHeight = compact ? lineHeight : 2 * lineHeight;
  const perPixel = top / plotHeight;
  const labelY = spread(ends, (labelHeight + 4) * perPixel, (labelHeight / 2) * perPixel, top - (labelHeight / 2) * perPixel);
  const text = (p: Point) => (compact ? `${p.tiny} ${p.latest}` : `${narrow ? p.short : p.name}\n${p.counts}`);
  const color = (p: Point) => (p.id === subject ? colors.accent : colors.secondary);
  // The two kinds of investigation HSI opened are drawn bold; audits and arrests thinner.
  const strokeWidth = (p: Point) => (p.id === subject ? 3.5 : p.id === lead ? 3 : 1.5);
  const type = periodType(data, ctx);
  const [from, to] = [format.period(BASE, type), format.period(NEXT, type)];
  const short = compact || narrow;
  // The labels' column: wide enough for the longest label of the last state (an estimate from its
  // length, in bold), so it does not move between states, but leaving the lines some room.
  const dx = compact ? 7 : 10;
  const longest = Math.max(
    ...all
      .filter((p) => p.period === NEXT)
      .flatMap((p) =>
        text(p)
          .split("\n")
          .map((line) => line.length),
      ),
  );
  const marginRight = Math.min(
    ctx.width - marginLeft - 60,
    Math.max(compact ? 150 : narrow ? 150 : 220, Math.ceil(textWidth(longest, fontSize, "wide") + dx)),
  );
  return {
    ...options,
    marginRight,
    marginLeft,
    x: {
      domain: [from, to],
      label: null,
      padding: 0.1,
      inset: 10,
      tickFormat: short ? (l: string) => format.periodShort(l === from ? BASE : NEXT, type) : undefined,
    },
    y: countAxis(ctx, top, narrow ? null : words.yLabel),
    marks: [
      baseline(ctx),
      Plot.lineY(drawn, { x: "label", y: "value", z: "id", stroke: color, strokeWidth }),
      Plot.dot(drawn, { x: "label", y: "value", fill: color, r: compact ? 3 : 4 }),
      Plot.text(ends, {
        x: "label",
        y: (p: Point) => labelY.get(p.id),
        text,
        textAnchor: "start",
        dx,
        fill: color,
        fontWeight: 600,
        fontSize,
        lineHeight: 1.15,
      }),
      chartTip(
        drawn,
        Plot.pointer,
        {
          x: "label",
          y: "value",
          title: (p: Point) => words.tip(p.name, p.label, format.number(p.value), p.period === NEXT ? p.change : null),
        },
        ctx,
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
      return words.describePart(words.lines[p.id]!.inText, format.number(base.value), format.number(p.value), p.changeAbs, p.rose);
    });
  const subject = all.find((p) => p.id === ctx.meta.series[0] && p.period === BASE)!;
  return words.describe(parts, subject.period_basis === "inferred" ? words.describeCaveat(subject.label) : "");
}

function table(data: ChartData, ctx: Scope): ChartTable {
  const { format, words } = ctx;
  const all = points(data, ctx);
  const type = periodType(data, ctx);
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

function notes(data: ChartData, ctx: Scope): ChartNote[] {
  const { format, words } = ctx;
  const subject = points(data, ctx).filter((p) => p.id === ctx.meta.series[0] && p.period === BASE);
  const counts = (id: string): [string, string] => [
    format.number(data.observation(id, BASE).value),
    format.number(data.observation(id, NEXT).value),
  ];
  const steady =
    ctx.step >= STEADY_FROM
      ? [
          {
            text: words.steadyNote(counts(STEADY.indicted), counts(STEADY.convicted)),
            short: words.steadyNoteShort(counts(STEADY.indicted), counts(STEADY.convicted)),
          },
        ]
      : [];
  const sources = ctx.step >= WORKSITE_FROM ? [{ text: words.sourcesNote, short: words.sourcesNoteShort }] : [];
  return [...sources, ...steady, ...inferredNotes(subject, words.inferredWhat, ctx)];
}

export default { plot, describe, table, notes, legend: () => [] } satisfies ChartModule<Words>;
