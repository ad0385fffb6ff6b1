// Every chart module, in the catalog's order (catalog.ts holds the ids, which are public).
import { CATALOG } from "./catalog.ts";
import type { Chart } from "./chart.ts";
import { agentsShift } from "./agents-shift.ts";
import { borderApprehensions } from "./border-apprehensions.ts";
import { smugglingCases } from "./smuggling-cases.ts";
import { smugglingCellStaff } from "./smuggling-cell-staff.ts";
import { smugglingProsecutions } from "./smuggling-prosecutions.ts";

const MODULES: readonly Chart[] = [smugglingCases, smugglingCellStaff, agentsShift, borderApprehensions, smugglingProsecutions];

/** The charts in the catalog's (story) order. */
export const CHARTS: readonly Chart[] = CATALOG.map((meta) => MODULES.find((m) => m.id === meta.id)!);

export function getChart(id: string): Chart {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart "${id}". Charts: ${CHARTS.map((c) => c.id).join(", ")}`);
  return chart;
}

export type { Chart, ChartContext, Theme } from "./chart.ts";
