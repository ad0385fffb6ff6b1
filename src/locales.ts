// The site's languages and where each edition lives, in one place: Astro's i18n routing
// (astro.config.mjs), the page paths (src/site/urls.ts), the data function's ?lang=, the island
// and the local server all read them from here. Plain erasable TypeScript with no imports.

/** Every edition, the default first. Adding one here makes the type checker ask for its words. */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Every edition but the default: each lives under its prefix, and its words in the data are the
 * `_<locale>` twins of the English fields. */
export const TRANSLATED_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** The locale of a page from its lang attribute or Astro.currentLocale ("es", "es-US"); the
 * default for anything else. */
export function localeOf(lang: string | null | undefined): Locale {
  const primary = (lang ?? "").toLowerCase().split("-")[0] ?? "";
  return isLocale(primary) ? primary : DEFAULT_LOCALE;
}

/** The path prefix of an edition: the default edition has none ("/"), the others "/<locale>". */
export const localePrefix = (locale: Locale) => (locale === DEFAULT_LOCALE ? "" : `/${locale}`);

/** The edition a path belongs to, by its first segment ("/es/embed/x" -> "es"). */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split("/")[1] ?? "";
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** A path without its edition's prefix ("/es/embed/x" -> "/embed/x", "/es" -> "/"). */
export function unlocalizedPath(pathname: string): string {
  const locale = localeOfPath(pathname);
  if (locale === DEFAULT_LOCALE) return pathname;
  const rest = pathname.slice(localePrefix(locale).length);
  return rest === "" ? "/" : rest;
}

/** A path in an edition ("/embed/x", "es" -> "/es/embed/x"; "/", "es" -> "/es/"). */
export const localizedPath = (path: string, locale: Locale) => `${localePrefix(locale)}${path}`;
