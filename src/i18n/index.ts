// Each edition's words, by locale, for pages, images and the function. The browser's island does
// not come through here: it loads only its reader's dictionary (./load.ts). Prose lives in content
// (src/content); figures come from the data.
import type { ChartId } from "../charts/catalog.ts";
import type { ChartLanguage, ChartTitles } from "../charts/chart.ts";
import type { Format } from "../lib/format.ts";
import type { Locale } from "../locales.ts";
import type { Dictionary } from "./dictionary.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { languageOf } from "./language.ts";

export type { Dictionary } from "./dictionary.ts";

const DICTIONARIES = { en, es } satisfies Record<Locale, Dictionary>;

export const dictionary = (locale: Locale): Dictionary => DICTIONARIES[locale];

/** A chart's words in a locale: its title, subtitle and the rest of what it says. */
export const chartWords = (id: ChartId, locale: Locale): ChartTitles => DICTIONARIES[locale].charts[id];

const languages = new Map<Locale, ChartLanguage>();
/** What the charts need of a locale: its chart words and its number format (made once). */
export function chartLanguage(locale: Locale): ChartLanguage {
  if (!languages.has(locale)) languages.set(locale, languageOf(locale, DICTIONARIES[locale]));
  return languages.get(locale)!;
}

/** The locale's number and date format. */
export const format = (locale: Locale): Format => chartLanguage(locale).format;
