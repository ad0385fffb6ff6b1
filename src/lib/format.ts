// Number formatting for everything the site shows, in one place: figures with their qualifiers,
// signed percent changes with a real minus sign, periods, and file sizes.
import type { Observation, PeriodType, Qualifier } from "../data/dataset.ts";

const MINUS = "\u2212";

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0, signDisplay: "exceptZero" });
const kilobytes = new Intl.NumberFormat("en-US", { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 });
const bytes = new Intl.NumberFormat("en-US", { style: "unit", unit: "byte", unitDisplay: "long" });

/** A plain figure with thousands separators: 3920 -> "3,920"; negatives take a real minus sign. */
export function formatNumber(n: number): string {
  return grouped.format(n).replace("-", MINUS);
}

/** The change from a to b in percent, unrounded. */
export function percentChange(a: number, b: number): number {
  if (a === 0) throw new RangeError("percent change from zero is undefined");
  return ((b - a) / a) * 100;
}

/** A signed, whole percent: -57.37 -> "−57%", 41 -> "+41%". */
export function formatPercent(p: number): string {
  return `${percent.format(p).replace("-", MINUS)}%`;
}

/** b as a multiple of a, to one decimal: (1691, 6848) -> "4.0". */
export function formatMultiple(a: number, b: number): string {
  return (b / a).toFixed(1);
}

/** How each qualifier reads in front of (or after) a figure, so it is never dropped. */
export const QUALIFIER_WORDS: Record<Qualifier, { before: string; after: string; label: string }> = {
  exact: { before: "", after: "", label: "as published" },
  approximate: { before: "about ", after: "", label: "approximate" },
  upper_bound: { before: "less than ", after: "", label: "upper bound" },
  lower_bound: { before: "more than ", after: "", label: "lower bound" },
  index: { before: "", after: " (index)", label: "index" },
};

/** A figure with its qualifier in words: "3,920", "about 5,700", "less than 50 (index)".
 * `indexSuffix: false` drops " (index)" where the sentence already says it is an index; the
 * words for bounds and approximations are never dropped. */
export function formatObservation(o: Pick<Observation, "value" | "qualifier">, { indexSuffix = true } = {}): string {
  const q = QUALIFIER_WORDS[o.qualifier];
  const after = indexSuffix ? q.after : "";
  return `${q.before}${formatNumber(o.value)}${after}`;
}

/** The short form for chart labels: "~5,700", "<3,500", ">9,800". */
export function formatObservationShort(o: Pick<Observation, "value" | "qualifier">): string {
  const mark = { exact: "", approximate: "~", upper_bound: "<", lower_bound: ">", index: "" }[o.qualifier];
  return `${mark}${formatNumber(o.value)}`;
}

/** "FY2018" for fiscal years, "2019" for calendar years. */
export function formatPeriod(period: number, type: PeriodType): string {
  return type === "fiscal_year" ? `FY${period}` : String(period);
}

/** A file size as a reader expects it: "812 bytes", "4.2 kB" (1 kB = 1,000 bytes). */
export function formatBytes(n: number): string {
  return n < 1000 ? bytes.format(n) : kilobytes.format(n / 1000);
}

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A calendar date as the story writes dates: "28 November 2026". */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** The machine form for <time datetime>: "2026-11-28". */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
