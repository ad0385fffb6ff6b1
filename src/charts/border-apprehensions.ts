// Context: people apprehended by the Border Patrol at the Southwest border, FY2016–FY2018.
import * as Plot from "@observablehq/plot";
import { formatNumber, formatObservation, QUALIFIER_WORDS } from "../lib/format.ts";
import { chartMeta } from "./catalog.ts";
import { defineChart } from "./chart.ts";
import { bars, frame, type Bar, tickFormat } from "./common.ts";

const SERIES = chartMeta("border-apprehensions").series[0]!;

export const borderApprehensions = defineChart("border-apprehensions", {
  plot(dataset, context) {
    const { options, colors } = frame(this, context);
    const data = bars(dataset, SERIES);
    const max = Math.max(...data.map((d) => d.value));
    return {
      ...options,
      marginLeft: 64,
      x: { domain: data.map((d) => d.label), label: null, padding: 0.3 },
      y: { domain: [0, max * 1.15], grid: true, label: "People apprehended", tickFormat, ticks: 4 },
      marks: [
        Plot.barY(data, { x: "label", y: "value", fill: colors.neutral }),
        Plot.text(data, { x: "label", y: "value", text: "text", dy: -10, fill: colors.text, fontWeight: 600 }),
        Plot.ruleY([0], { stroke: colors.text }),
        Plot.tip(data, Plot.pointerX({ x: "label", y: "value", title: (d: Bar) => `${d.label}: ${formatNumber(d.value)} people` })),
      ],
    };
  },

  describe(dataset) {
    const data = bars(dataset, SERIES);
    return `Bar chart of Southwest border apprehensions: ${data.map((d) => `${formatObservation(d)} in ${d.label}`).join(", ")}.`;
  },

  table(dataset) {
    return {
      columns: ["Fiscal year", "People apprehended", "Qualifier", "Source"],
      rows: bars(dataset, SERIES).map((d) => [d.label, formatNumber(d.value), QUALIFIER_WORDS[d.qualifier].label, dataset.getSource(d.source_id).publisher]),
    };
  },
});
