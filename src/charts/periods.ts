// Years on a chart's axis and in its notes: a label that fits its band, and the mark and note for
// a year the source does not name.
import type { PeriodBasis, PeriodType } from "../data/dataset.ts";
import { textWidth } from "../lib/wrap.ts";
import type { Bar } from "./bars.ts";
import type { ChartNote, ChartScope } from "./chart.ts";
import { isCompact } from "./frame.ts";

/** The mark after a period whose year the source does not name (see inferredNote). */
export const INFERRED_MARK = "*";

/**
 * Tick labels for the years on an x axis: "FY2018" where there is room, "FY18" where the bands are
 * narrow, and the inferred ones marked ("FY2017*"). `step` is the space a band has, in pixels.
 */
export function periodTicks(data: readonly Bar[], type: PeriodType, step: number, ctx: ChartScope): (label: string) => string {
  const inferred = new Set(data.filter((d) => d.period_basis === "inferred").map((d) => d.label));
  const years = new Map(data.map((d) => [d.label, d.period]));
  const fontSize = isCompact(ctx) ? 12 : 13;
  // Use the short form where the longest label ("FY2018*", in capitals and figures) would not fit.
  const short = step < textWidth(7, fontSize, "wide") + 6;
  return (label) => {
    const year = years.get(label) ?? Number(label.replace(/\D/g, ""));
    const text = short && Number.isFinite(year) ? ctx.format.periodShort(year, type) : label;
    return inferred.has(label) ? `${text}${INFERRED_MARK}` : text;
  };
}

/** The note for a period the source does not name ("what" names it, in the chart's words); none
 * when every period is stated. */
export function inferredNotes(data: readonly { label: string; period_basis: PeriodBasis }[], what: string, ctx: ChartScope): ChartNote[] {
  const inferred = data.filter((d) => d.period_basis === "inferred");
  if (inferred.length === 0) return [];
  const periods = ctx.common.list(inferred.map((d) => d.label));
  return [
    {
      text: `${INFERRED_MARK} ${ctx.common.inferredNote(what, periods)}`,
      short: `${INFERRED_MARK} ${ctx.common.inferredNoteShort(periods)}`,
    },
  ];
}
