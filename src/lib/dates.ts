// Dates as each edition writes them, with d3-time-format: "Dec. 4, 2026" (AP style: months with a
// day abbreviated, Jan., Feb., Aug., Sept., Oct., Nov., Dec.; March to July in full) or "4 de
// diciembre de 2026". The same few words serve the server and, for today's date in a citation,
// the browser (which gets them as JSON), so the two cannot disagree.
import { timeFormatLocale } from "d3";

/** How an edition writes a date: its month names as written with a day, and a d3 specifier
 * that uses them as %B ("%B %-d, %Y"). */
export interface DateWords {
  months: readonly string[];
  pattern: string;
}

/** A date's formatter, in UTC (dates here are days, not instants). */
export function dateFormatter({ months, pattern }: DateWords): (date: Date) => string {
  const names = [...months] as [string, string, string, string, string, string, string, string, string, string, string, string];
  const locale = timeFormatLocale({
    dateTime: "%x",
    date: pattern,
    time: "%H:%M",
    periods: ["AM", "PM"],
    // No day names are written; d3 wants seven of each.
    days: ["", "", "", "", "", "", ""],
    shortDays: ["", "", "", "", "", "", ""],
    months: names,
    shortMonths: names,
  });
  return locale.utcFormat(pattern);
}
