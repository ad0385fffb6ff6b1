// Every chart module, keyed by its id in the catalog: the compiler checks that each chart in the
// catalog has a module, and each module's words type the dictionaries (src/i18n).
import type { ChartId } from "./catalog.ts";
import type { ChartModule } from "./chart.ts";
import agentsShift from "./agents-shift.ts";
import borderApprehensions from "./border-apprehensions.ts";
import smugglingCases from "./smuggling-cases.ts";
import smugglingCellStaff from "./smuggling-cell-staff.ts";
import smugglingProsecutions from "./smuggling-prosecutions.ts";

export const CHART_MODULES = {
  "smuggling-cases": smugglingCases,
  "smuggling-cell-staff": smugglingCellStaff,
  "agents-shift": agentsShift,
  "border-apprehensions": borderApprehensions,
  "smuggling-prosecutions": smugglingProsecutions,
} satisfies { [Id in ChartId]: ChartModule<never> };

/** The words each chart needs, by id: what every locale's dictionary must give. */
export type ChartWords = {
  [Id in ChartId]: (typeof CHART_MODULES)[Id] extends ChartModule<infer Words> ? Words : never;
};
