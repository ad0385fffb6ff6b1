// The story's key picture: from FY2017 to FY2018, new smuggling cases fell while every measure of
// worksite enforcement multiplied. Each series is indexed to FY2017 = 100 so they share one axis;
// since that hides how different the counts are, every label gives the counts beside the change,
// and a note under the chart says the bases differ.
// States: 0 smuggling cases alone; 1 with worksite investigations; 2 all four worksite measures.
import * as Plot from "@observablehq/plot";
import type { Dataset } from "../data/dataset.ts";
import { formatNumber, formatPercent, formatPeriod, percentChange } from "../lib/format.ts";
import { chartMeta } from "./catalog.ts";
import { defineChart, NARROW_BELOW } from "./chart.ts";
import { footnotes, frame, INFERRED_MARK, inferredNote } from "./common.ts";

const SMUGGLING = "hsi-smuggling-cases-opened";
// In the order they join the chart, with the short names the labels use.
const LINES = [
  { id: SMUGGLING, name: "Smuggling cases opened", short: "Smuggling cases", from: 0 },
  { id: "hsi-worksite-investigations-opened", name: "Worksite investigations opened", short: "Worksite probes", from: 1 },
  { id: "hsi-i9-audits-initiated", name: "I-9 audits of employers", short: "I-9 audits", from: 2 },
  { id: "hsi-worksite-criminal-arrests", name: "Criminal worksite arrests", short: "Criminal arrests", from: 2 },
  { id: "hsi-worksite-administrative-arrests", name: "Administrative worksite arrests", short: "Admin. arrests", from: 2 },
] as const;
const [BASE, NEXT] = [2017, 2018];
if (chartMeta("agents-shift").series.join() !== LINES.map((l) => l.id).join()) {
  throw new Error("agents-shift: the lines drawn must be the catalog's series, in the same order");
}

interface Point {
  id: string;
  name: string;
  /** For the narrow layout's end labels. */
  short: string;
  label: string;
  period: number;
  period_basis: "stated" | "inferred";
  value: number;
  index: number;
  change: string;
  /** "172 → 1,525, +787%": the counts beside the change, so small bases are seen as small. */
  counts: string;
}

function points(dataset: Dataset): Point[] {
  return LINES.flatMap(({ id, name, short }) => {
    const base = dataset.observation(id, BASE);
    const next = dataset.observation(id, NEXT);
    const change = formatPercent(percentChange(base.value, next.value));
    const counts = `${formatNumber(base.value)} \u2192 ${formatNumber(next.value)}, ${change}`;
    const type = dataset.getSeries(id).period_type;
    return [base, next].map((o) => ({
      id,
      name: base.period_basis === "inferred" ? `${name}${INFERRED_MARK}` : name,
      short: base.period_basis === "inferred" ? `${short}${INFERRED_MARK}` : short,
      label: formatPeriod(o.period, type),
      period: o.period,
      period_basis: o.period_basis,
      value: o.value,
      index: (o.value / base.value) * 100,
      change,
      counts,
    }));
  });
}

/** Moves end labels apart so that none overlap: a minimum gap in the y scale's units. */
function spread(ends: Point[], gap: number): Map<string, number> {
  const sorted = [...ends].sort((a, b) => a.index - b.index);
  const ys: number[] = [];
  sorted.forEach((p, i) => ys.push(i === 0 ? p.index : Math.max(p.index, ys[i - 1]! + gap)));
  return new Map(sorted.map((p, i) => [p.id, ys[i]!]));
}

export const agentsShift = defineChart("agents-shift", {
  plot(dataset, context) {
    const { options, colors } = frame(this, context);
    const narrow = context.width < NARROW_BELOW;
    const visible = new Set<string>(LINES.filter((l) => l.from <= context.step).map((l) => l.id));
    const all = points(dataset);
    const data = all.filter((p) => visible.has(p.id));
    const top = Math.max(...all.map((p) => p.index)) * 1.08;
    const marginLeft = 44;
    const notes = footnotes(
      [
        "Each line sets its own FY2017 count to 100, and those counts differ greatly in size: the labels give them.",
        inferredNote(all.filter((p) => p.id === SMUGGLING && p.period === BASE), "the base year of the case counts"),
      ],
      { width: context.width, marginLeft, color: colors.muted },
    );
    const height = options.height - options.marginTop - notes.marginBottom;
    const ends = data.filter((p) => p.period === NEXT);
    // Two lines a label (name, then counts): keep their centres this far apart, in pixels.
    const labelY = spread(ends, (top / height) * 34);
    const color = (p: Point) => (p.id === SMUGGLING ? colors.accent : colors.secondary);
    return {
      ...options,
      marginRight: narrow ? 160 : 270,
      marginLeft,
      marginBottom: notes.marginBottom,
      x: { domain: [`FY${BASE}`, `FY${NEXT}`], label: null, padding: 0.1, inset: 10 },
      y: { domain: [0, top], grid: true, label: "Index, FY2017 = 100", ticks: 5 },
      marks: [
        Plot.ruleY([100], { stroke: colors.muted, strokeDasharray: "2,3" }),
        Plot.lineY(data, { x: "label", y: "index", z: "id", stroke: color, strokeWidth: (p: Point) => (p.id === SMUGGLING ? 3.5 : 2) }),
        Plot.dot(data, { x: "label", y: "index", fill: color, r: 4 }),
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
          data,
          Plot.pointer({
            x: "label",
            y: "index",
            title: (p: Point) => `${p.name}, ${p.label}: ${formatNumber(p.value)}${p.period === NEXT ? ` (${p.change} on FY${BASE})` : ""}`,
          }),
        ),
      ],
    };
  },

  describe(dataset, step) {
    const visible = LINES.filter((l) => l.from <= step);
    const ends = points(dataset).filter((p) => p.period === NEXT && visible.some((l) => l.id === p.id));
    // Lower-case the name's first letter for running text, but not in a name such as "I-9".
    const lower = (name: string) => name.replace(INFERRED_MARK, "").replace(/^[A-Z](?![-\d])/, (c) => c.toLowerCase());
    const parts = ends.map((p) => {
      const base = points(dataset).find((q) => q.id === p.id && q.period === BASE)!;
      return `${lower(p.name)} from ${formatNumber(base.value)} to ${formatNumber(p.value)} (${p.change})`;
    });
    const caveat = ends.some((p) => p.id === SMUGGLING)
      ? ` The reporting does not name the base year of the smuggling case counts; it is taken to be FY${BASE}.`
      : "";
    return `Line chart of each measure indexed to its own FY${BASE} count (= 100), comparing FY${BASE} with FY${NEXT}; the counts differ greatly in size: ${parts.join("; ")}.${caveat}`;
  },

  table(dataset) {
    const byId = new Map<string, Point[]>();
    for (const p of points(dataset)) byId.set(p.id, [...(byId.get(p.id) ?? []), p]);
    return {
      columns: ["Measure", `FY${BASE}`, `FY${NEXT}`, "Change"],
      rows: [...byId.values()].map(([a, b]) => [
        a!.name.replace(INFERRED_MARK, ""),
        `${formatNumber(a!.value)}${a!.period_basis === "inferred" ? " (year inferred: the reporting does not name it)" : ""}`,
        formatNumber(b!.value),
        b!.change,
      ]),
    };
  },
});
