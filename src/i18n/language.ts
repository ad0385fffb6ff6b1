// A dictionary made into what the charts are given: its chart words and the number format made
// from it. Imports no dictionary, so the island can pair it with the one it loads.
import type { ChartLanguage } from "../charts/chart.ts";
import { createFormat } from "../lib/format.ts";
import type { Locale } from "../locales.ts";
import type { Dictionary } from "./dictionary.ts";

export const languageOf = (locale: Locale, words: Dictionary): ChartLanguage => ({
  locale,
  common: words.chart,
  charts: words.charts,
  format: createFormat(words),
});
