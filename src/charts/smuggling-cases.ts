// New human-smuggling cases opened by HSI, FY2017 against FY2018, with the change annotated. The
// reporting does not name the earlier year: the axis marks it and a note under the chart says so.
// States: 0 the earlier year alone; 1 both years and the change.
import * as Plot from "@observablehq/plot";
import { formatNumber, formatObservation, formatPercent, percentChange, QUALIFIER_WORDS } from "../lib/format.ts";
import { chartMeta } from "./catalog.ts";
import { defineChart } from "./chart.ts";
import { bars, footnotes, frame, inferredNote, periodTicks, type Bar, tickFormat } from "./common.ts";

const SERIES = chartMeta("smuggling-cases").series[0]!;

/** "FY2017 (inferred: …)" in running text and tables. */
const periodWords = (d: Bar) => (d.period_basis === "inferred" ? `${d.label} (inferred: the reporting does not name the earlier year)` : d.label);

export const smugglingCases = defineChart("smuggling-cases", {
  plot(dataset, context) {
    const { options, colors } = frame(this, context);
    const data = bars(dataset, SERIES);
    const [first, last] = [data[0]!, data.at(-1)!];
    const shown = context.step === 0 ? [first] : data;
    const change = formatPercent(percentChange(first.value, last.value));
    const ticks = periodTicks(data);
    const notes = footnotes([inferredNote(data)], { width: context.width, marginLeft: options.marginLeft, color: colors.muted });
    return {
      ...options,
      marginBottom: notes.marginBottom,
      x: { domain: data.map((d) => d.label), label: null, padding: 0.35, tickFormat: ticks },
      y: { domain: [0, first.value * 1.15], grid: true, label: "New cases", tickFormat, ticks: 4 },
      marks: [
        Plot.barY(shown, { x: "label", y: "value", fill: (d) => (d === first ? colors.neutral : colors.accent) }),
        Plot.text(shown, { x: "label", y: "value", text: "text", dy: -10, fill: colors.text, fontWeight: 600 }),
        context.step > 0
          ? Plot.text([last], { x: "label", y: "value", text: () => change, dy: -30, fill: colors.accent, fontWeight: 700, fontSize: 18 })
          : null,
        Plot.ruleY([0], { stroke: colors.text }),
        notes.mark,
        Plot.tip(shown, Plot.pointerX({ x: "label", y: "value", title: (d: Bar) => `${ticks(d.label)}: ${formatNumber(d.value)} new cases` })),
      ],
    };
  },

  describe(dataset, step) {
    const data = bars(dataset, SERIES);
    const [first, last] = [data[0]!, data.at(-1)!];
    const base = `Bar chart. Homeland Security Investigations opened ${formatObservation(first)} new human-smuggling cases in ${periodWords(first)}`;
    if (step === 0) return `${base}.`;
    return `${base}, and ${formatObservation(last)} in ${last.label}: a change of ${formatPercent(percentChange(first.value, last.value))}.`;
  },

  table(dataset) {
    return {
      columns: ["Fiscal year", "New cases", "Qualifier", "Note"],
      rows: bars(dataset, SERIES).map((d) => [periodWords(d), formatNumber(d.value), QUALIFIER_WORDS[d.qualifier].label, d.note ?? ""]),
    };
  },
});
