// The site's languages: one typed dictionary per locale for interface and chart words, and the
// number format made from it. Prose lives in content (src/content); figures come from the data.
// A dictionary that lacks a word fails the type check.
import type { ChartId } from "../charts/catalog.ts";
import type { ChartTitles } from "../charts/chart.ts";
import type { Qualifier } from "../data/dataset.ts";
import type { ChartWords } from "../charts/index.ts";
import { createFormat, type Format, type NumberWords } from "../lib/format.ts";
import { en } from "./en.ts";

const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Words every chart may use. */
export interface CommonChartWords {
  /** The footnote for a year the source does not name: what is unnamed, and the year we take. */
  inferredNote: (what: string, periods: string) => string;
  /** The same in a few words, for a phone's sticky figure. */
  inferredNoteShort: (periods: string) => string;
  /** A list in running text: "FY2017 and FY2018". */
  list: (items: string[]) => string;
  /** A year on an axis that has no published figure. */
  noFigure: string;
  /** How each kind of figure is drawn, in the same words on every chart's legend. */
  legend: Record<Qualifier | "no_figure", string>;
}

/** Words of the embed snippet and page. */
interface EmbedWords {
  /** The iframe's title, which screen readers announce on the host page. */
  iframeTitle: (chartTitle: string) => string;
}

/** Words of the social cards. */
interface CardWords {
  /** Under the story card's key number: what fell, from what to what. */
  heroCaption: (from: string, fromPeriod: string, to: string, toPeriod: string) => string;
}

export interface Dictionary extends NumberWords {
  chart: CommonChartWords;
  card: CardWords;
  charts: ChartWords;
  embed: EmbedWords;
}

const DICTIONARIES = { en } satisfies Record<Locale, Dictionary>;

export const dictionary = (locale: Locale): Dictionary => DICTIONARIES[locale];

/** A chart's words in a locale: its title, subtitle and the rest of what it says. */
export const chartWords = (id: ChartId, locale: Locale): ChartTitles => DICTIONARIES[locale].charts[id];

const formats = new Map<Locale, Format>();
/** The locale's number and date format (made once). */
export function format(locale: Locale): Format {
  if (!formats.has(locale)) formats.set(locale, createFormat(DICTIONARIES[locale]));
  return formats.get(locale)!;
}

/** The locale of a page from its lang attribute ("en", "en-US"); the default for anything else. */
export function localeOf(lang: string | null | undefined): Locale {
  const primary = (lang ?? "").toLowerCase().split("-")[0];
  return (LOCALES as readonly string[]).includes(primary ?? "") ? (primary as Locale) : DEFAULT_LOCALE;
}
