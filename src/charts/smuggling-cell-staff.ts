// ICE's Human Smuggling Cell: its 2016 staff set to 100, against "less than half" as of the
// reporting. No head count is published, so the later value is drawn as a hatched region under a
// dashed bound, never as a measured bar. States: 0 the 2016 level; 1 with the bound.
import * as Plot from "@observablehq/plot";
import { formatNumber, formatObservation, QUALIFIER_WORDS } from "../lib/format.ts";
import { chartMeta } from "./catalog.ts";
import { defineChart } from "./chart.ts";
import { bars, frame, type Bar, hatchedBound } from "./common.ts";

const SERIES = chartMeta("smuggling-cell-staff").series[0]!;

export const smugglingCellStaff = defineChart("smuggling-cell-staff", {
  plot(dataset, context) {
    const { options, colors } = frame(this, context);
    const data = bars(dataset, SERIES);
    const measured = data.filter((d) => d.qualifier !== "upper_bound");
    const bounds = context.step === 0 ? [] : data.filter((d) => d.qualifier === "upper_bound");
    const words = (d: Bar) => (d.qualifier === "upper_bound" ? `less than ${formatNumber(d.value)}` : formatNumber(d.value));
    return {
      ...options,
      x: { domain: data.map((d) => d.label), label: null, padding: 0.35 },
      y: { domain: [0, 115], grid: true, label: "Staff (2016 = 100)", ticks: 4 },
      marks: [
        Plot.barY(measured, { x: "label", y: "value", fill: colors.neutral }),
        hatchedBound(bounds, { x: "label", color: colors.accent }),
        Plot.text([...measured, ...bounds], { x: "label", y: "value", text: words, dy: -10, fill: colors.text, fontWeight: 600 }),
        Plot.ruleY([0], { stroke: colors.text }),
        Plot.tip(
          [...measured, ...bounds],
          Plot.pointerX({ x: "label", y: "value", title: (d: Bar) => `${d.label}: ${words(d)} (${QUALIFIER_WORDS[d.qualifier].label})` }),
        ),
      ],
    };
  },

  describe(dataset, step) {
    const data = bars(dataset, SERIES);
    const base = data.find((d) => d.qualifier === "index")!;
    const bound = data.find((d) => d.qualifier === "upper_bound")!;
    const first = `Chart of the Human Smuggling Cell's staff as an index: ${base.label} is set to ${formatNumber(base.value)}`;
    if (step === 0) return `${first}.`;
    return `${first}. As of the reporting in ${bound.label}, the unit stood at ${formatObservation(bound, { indexSuffix: false })} on that index, drawn as a hatched region below a dashed line because only the upper bound is known.`;
  },

  table(dataset) {
    return {
      columns: ["Year", "Staff (2016 = 100)", "Qualifier", "Note"],
      rows: bars(dataset, SERIES).map((d) => [d.label, formatObservation(d, { indexSuffix: false }), QUALIFIER_WORDS[d.qualifier].label, d.note ?? ""]),
    };
  },
});
