// The reader's dictionary alone, for the browser: each edition's words are their own chunk, so a
// reader of one edition never downloads the other's.
import type { ChartLanguage } from "../charts/chart.ts";
import type { Locale } from "../locales.ts";
import type { Dictionary } from "./dictionary.ts";
import { languageOf } from "./language.ts";

const LOADERS: Record<Locale, () => Promise<Dictionary>> = {
  en: () => import("./en.ts").then((m) => m.en),
  es: () => import("./es.ts").then((m) => m.es),
};

export const loadChartLanguage = async (locale: Locale): Promise<ChartLanguage> => languageOf(locale, await LOADERS[locale]());
