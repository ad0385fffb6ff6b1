// Dates as each edition writes them, with d3-time-format: "Dec. 4, 2026" (AP style: months with a
// day abbreviated, Jan., Feb., Aug., Sept., Oct., Nov., Dec.; March to July in full) or "4 de
// diciembre de 2026". The same few words serve the server and, for today's date in a citation,
// the browser (which gets them as JSON), so the two cannot disagree.
import { timeFormatLocale } from "d3";

/** How an edition writes a date: its month names in full (%B) and as written with a day (%b), a
 * d3 specifier for a day ("%b %-d, %Y") and one for a month alone ("%B %Y"). */
export interface DateWords {
  months: readonly string[];
  monthsWithDay: readonly string[];
  pattern: string;
  monthPattern: string;
}

type Twelve = [string, string, string, string, string, string, string, string, string, string, string, string];

function localeOf({ months, monthsWithDay, pattern }: DateWords) {
  return timeFormatLocale({
    dateTime: "%x",
    date: pattern,
    time: "%H:%M",
    periods: ["AM", "PM"],
    // No day names are written; d3 wants seven of each.
    days: ["", "", "", "", "", "", ""],
    shortDays: ["", "", "", "", "", "", ""],
    months: [...months] as Twelve,
    shortMonths: [...monthsWithDay] as Twelve,
  });
}

/** A date's formatter, in UTC (dates here are days, not instants). */
export function dateFormatter(words: DateWords): (date: Date) => string {
  return localeOf(words).utcFormat(words.pattern);
}

/** A source's date as the data gives it, a day (YYYY-MM-DD) or a month (YYYY-MM), as the edition
 * writes it: "Dec. 6, 2019", "February 2019". */
export function partialDateFormatter(words: DateWords): (iso: string) => string {
  const locale = localeOf(words);
  const [day, month] = [locale.utcFormat(words.pattern), locale.utcFormat(words.monthPattern)];
  return (iso) => (/^\d{4}-\d{2}$/.test(iso) ? month(new Date(`${iso}-01T00:00:00Z`)) : day(new Date(`${iso}T00:00:00Z`)));
}
