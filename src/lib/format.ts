// Number formatting for everything the site shows, in one place per locale: figures with their
// qualifiers, signed percent changes with a real minus sign (d3-format writes U+2212), multiples,
// periods, dates and file sizes. The words come from the locale's dictionary (src/i18n).
import { formatLocale, type FormatLocaleDefinition } from "d3";
import type { Observation, PeriodType, Qualifier } from "../data/dataset.ts";
import { dateFormatter, partialDateFormatter, type DateWords } from "./dates.ts";

/** The change from a to b in percent, unrounded. */
export function percentChange(a: number, b: number): number {
  if (a === 0) throw new RangeError("percent change from zero is undefined");
  return ((b - a) / a) * 100;
}

/** What a locale says around numbers. */
/** The short marks in chart labels ("~5,700", "<3,500", ">9,800"): symbols, the same in every
 * language. */
const QUALIFIER_MARKS: Record<Qualifier, string> = { exact: "", approximate: "~", upper_bound: "<", lower_bound: ">", index: "" };

export interface NumberWords {
  /** d3-format's locale definition: separators and grouping (and the minus sign). */
  numbers: FormatLocaleDefinition;
  /** How each qualifier reads in front of (or after) a figure, and its name in a table; a language
   * may put it differently in front of a percentage ("alrededor del 41%", not "unos 41%"). */
  qualifiers: Record<Qualifier, { before: string; beforePercent?: string; after: string; label: string }>;
  /** "FY2018" for a fiscal year, "2019" for a calendar year. */
  period: (year: number, type: PeriodType) => string;
  /** The same where room is short: "FY18", "’19". */
  periodShort: (year: number, type: PeriodType) => string;
  /** How a date is written: "Dec. 4, 2026", "4 de diciembre de 2026". */
  dates: DateWords;
  /** "812 bytes", "4.2 kB". */
  bytes: (n: string) => string;
  kilobytes: (n: string) => string;
  /** Whole numbers in words, as prose writes the small ones (AP: one to nine): index n is n. */
  smallNumbers: readonly string[];
  /** "more than four": a multiple known only to lie above a whole number. */
  moreThan: (n: string) => string;
}

type Figure = Pick<Observation, "value" | "qualifier"> & Partial<Pick<Observation, "unit">>;

export interface Format {
  /** A plain figure with thousands separators: 3920 -> "3,920". */
  number(n: number): string;
  /** A signed, whole percent: -57.37 -> "−57%", 41 -> "+41%", 0 -> "0%". */
  percent(p: number): string;
  /** A whole percent without its sign, for prose that says "fell" or "rose": -57.37 -> "57%". */
  percentAbs(p: number): string;
  /** b as a multiple of a, in the words prose uses: (1691, 6848) -> "more than four" (4.05);
   * a whole multiple is said as it is ("three"), anything else as "more than" the whole below. */
  multiple(a: number, b: number): string;
  /** A figure with its qualifier in words: "3,920", "about 5,700", "less than 50 (index)".
   * `indexSuffix: false` drops " (index)" where the sentence already says it is an index; the
   * words for bounds and approximations are never dropped. */
  observation(o: Figure, options?: { indexSuffix?: boolean }): string;
  /** The short form for chart labels: "~5,700", "<3,500", ">9,800". */
  observationShort(o: Figure): string;
  period(year: number, type: PeriodType): string;
  periodShort(year: number, type: PeriodType): string;
  qualifier(q: Qualifier): string;
  date(date: Date): string;
  /** A source's date, a day or a month as the data gives it: "2019-02" -> "February 2019". */
  sourceDate(iso: string): string;
  /** A file size (1 kB = 1,000 bytes). */
  bytes(n: number): string;
}

export function createFormat(words: NumberWords): Format {
  const locale = formatLocale(words.numbers);
  const grouped = locale.format(",.1~f");
  const whole = locale.format(".0f");
  const signed = locale.format("+.0f");
  const date = dateFormatter(words.dates);
  // In words up to the dictionary's last small number, in figures above it.
  const counted = (n: number) => words.smallNumbers[n] ?? grouped(n);
  const number = (n: number) => grouped(n);
  // Round first, so that a change that rounds to zero reads "0%", not "+0%" or "−0%".
  const percent = (p: number) => (Math.round(p) === 0 ? `${whole(0)}%` : `${signed(Math.round(p))}%`);
  return {
    number,
    percent,
    percentAbs: (p) => `${whole(Math.abs(Math.round(p)))}%`,
    multiple: (a, b) => (b % a === 0 ? counted(b / a) : words.moreThan(counted(Math.floor(b / a)))),
    observation(o, { indexSuffix = true } = {}) {
      const q = words.qualifiers[o.qualifier];
      const before = o.unit === "percent" ? (q.beforePercent ?? q.before) : q.before;
      return `${before}${number(o.value)}${indexSuffix ? q.after : ""}`;
    },
    observationShort: (o) => `${QUALIFIER_MARKS[o.qualifier]}${number(o.value)}`,
    period: words.period,
    periodShort: words.periodShort,
    qualifier: (q) => words.qualifiers[q].label,
    date,
    sourceDate: partialDateFormatter(words.dates),
    bytes: (n) => (n < 1000 ? words.bytes(whole(n)) : words.kilobytes(grouped(n / 1000))),
  };
}

/** The machine form for <time datetime>: "2026-11-28". */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
