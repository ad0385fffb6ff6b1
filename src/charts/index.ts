// Every chart, in story order: the one list of chart ids (they are public, in URLs).
import type { Chart } from "./chart.ts";
import { agentsShift } from "./agents-shift.ts";
import { borderApprehensions } from "./border-apprehensions.ts";
import { smugglingCases } from "./smuggling-cases.ts";
import { smugglingCellStaff } from "./smuggling-cell-staff.ts";
import { smugglingProsecutions } from "./smuggling-prosecutions.ts";

export const CHARTS: readonly Chart[] = [smugglingCases, smugglingCellStaff, agentsShift, borderApprehensions, smugglingProsecutions];

export function getChart(id: string): Chart {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart "${id}". Charts: ${CHARTS.map((c) => c.id).join(", ")}`);
  return chart;
}

export type { Chart, ChartContext, Theme } from "./chart.ts";
