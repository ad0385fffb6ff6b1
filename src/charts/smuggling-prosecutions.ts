// Context: harboring prosecutions (federal cases whose lead charge is under 8 U.S.C. 1324), as
// counted by TRAC. They are brought by the Justice Department, not opened by HSI. FY2015 is known only as an upper bound (hatched), FY2019 only approximately (outlined);
// years without a published figure keep their place on the axis, marked as such.
import * as Plot from "@observablehq/plot";
import { formatObservation, formatPeriod, QUALIFIER_WORDS } from "../lib/format.ts";
import { chartMeta } from "./catalog.ts";
import { defineChart, NARROW_BELOW } from "./chart.ts";
import { bars, frame, type Bar, hatchedBound, tickFormat } from "./common.ts";

const SERIES = chartMeta("smuggling-prosecutions").series[0]!;

export const smugglingProsecutions = defineChart("smuggling-prosecutions", {
  plot(dataset, context) {
    const { options, colors } = frame(this, context);
    const data = bars(dataset, SERIES);
    const type = dataset.getSeries(SERIES).period_type;
    const periods = data.map((d) => d.period);
    const domain: string[] = [];
    for (let y = Math.min(...periods); y <= Math.max(...periods); y++) domain.push(formatPeriod(y, type));
    const missing = domain.filter((label) => !data.some((d) => d.label === label));
    const max = Math.max(...data.map((d) => d.value));
    const exact = data.filter((d) => d.qualifier === "exact");
    const approximate = data.filter((d) => d.qualifier === "approximate");
    const upper = data.filter((d) => d.qualifier === "upper_bound");
    return {
      ...options,
      x: { domain, label: null, padding: 0.25 },
      y: { domain: [0, max * 1.18], grid: true, label: "Prosecutions", tickFormat, ticks: 4 },
      marks: [
        Plot.barY(exact, { x: "label", y: "value", fill: colors.neutral }),
        // Approximate: a lighter bar with a dashed outline, labelled with "~".
        Plot.barY(approximate, { x: "label", y: "value", fill: colors.neutral, fillOpacity: 0.35, stroke: colors.neutral, strokeDasharray: "4,2" }),
        hatchedBound(upper, { x: "label", color: colors.neutral }),
        Plot.text(data, { x: "label", y: "value", text: "text", dy: -10, fill: colors.text, fontWeight: 600 }),
        Plot.text(missing, { x: (d: string) => d, y: 0, text: () => (context.width < NARROW_BELOW ? "n/a" : "no figure"), dy: -10, fill: colors.muted, fontSize: 11 }),
        Plot.ruleY([0], { stroke: colors.text }),
        Plot.tip(data, Plot.pointerX({ x: "label", y: "value", title: (d: Bar) => `${d.label}: ${formatObservation(d)} prosecutions (${QUALIFIER_WORDS[d.qualifier].label})` })),
      ],
    };
  },

  describe(dataset) {
    const data = bars(dataset, SERIES);
    return `Bar chart of harboring prosecutions (federal cases whose lead charge is under 8 U.S.C. 1324), as counted by TRAC: ${data.map((d) => `${formatObservation(d)} in ${d.label}`).join(", ")}. Bounds and approximations are drawn hatched or outlined.`;
  },

  table(dataset) {
    return {
      columns: ["Fiscal year", "Prosecutions", "Qualifier", "Note"],
      rows: bars(dataset, SERIES).map((d) => [d.label, formatObservation(d), QUALIFIER_WORDS[d.qualifier].label, d.note ?? ""]),
    };
  },
});
