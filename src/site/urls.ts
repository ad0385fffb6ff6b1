// Public paths, in one place: pages, the data function, images and the anchors other pages link
// to, with the parsers for the ones the oEmbed function reads back. Each edition's pages and images
// live under its prefix (src/locales.ts: "/" for English, "/es/" for Spanish). Plain
// erasable TypeScript: scripts/serve.mjs reaches it through headers.ts.
import {
  DEFAULT_LOCALE,
  LOCALES,
  type Locale,
  localeOfPath,
  localizedPath,
  localePrefix,
  TRANSLATED_LOCALES,
  unlocalizedPath,
} from "../locales.ts";

const STORY_PATH = "/";
/** The story's address in an edition: "/", "/es/". */
export const storyPath = (locale: Locale) => localizedPath(STORY_PATH, locale);
/** Other paths that serve the story (a static host's own name for "/"). */
const STORY_ALIASES = ["/index.html"];
/** Whether a path is the story, in any edition. */
export function isStoryPath(pathname: string): boolean {
  const path = unlocalizedPath(pathname);
  return path === STORY_PATH || STORY_ALIASES.includes(path);
}

export const DATAPACKAGE_PATH = "/datapackage.json";
/** Every chart's embed page lives under this prefix (framing rules key on it). */
export const EMBED_PREFIX = "/embed/";
/** The folder the repository's raw tables are published in, as /data/<resource>.csv. */
export const RAW_DATA_DIR = "data";
export const rawDataPath = (resource: string) => `/${RAW_DATA_DIR}/${resource}.csv`;

/** The data function's answers, by format. */
export const DATA_PATHS = { csv: "/api/data.csv", json: "/api/data.json" } as const;
export type DataFormat = keyof typeof DATA_PATHS;
export const OEMBED_PATH = "/oembed";
/** Every path the function answers, and none other: its handler's routes, Vercel's route to it,
 * the headers left to it and the local server's dispatch are all made from this list. */
export const FUNCTION_PATHS = [DATA_PATHS.csv, DATA_PATHS.json, OEMBED_PATH, `${OEMBED_PATH}/`] as const;

/** The data function's URL for some series; an edition other than the default asks for its
 * language's human-readable columns (?lang=). */
export function dataUrl(series: readonly string[], format: DataFormat = "csv", locale: Locale = DEFAULT_LOCALE): string {
  const params = [series.length ? `series=${series.join(",")}` : "", locale === DEFAULT_LOCALE ? "" : `lang=${locale}`].filter(Boolean);
  return `${DATA_PATHS[format]}${params.length ? `?${params.join("&")}` : ""}`;
}

/** The full address of the data function's answer for a selection, as the data page shows it and
 * its code samples load it (the form's parameters, in the order it sends them). */
export const selectionAddress = (origin: string, format: DataFormat, query: URLSearchParams) =>
  `${origin}${DATA_PATHS[format]}${query.size > 0 ? `?${query}` : ""}`;

const DATA_PAGE_PATH = "/data/";
/** The data page of an edition, with some series chosen (its form reads ?series= with JavaScript). */
export function dataPagePath(locale: Locale = DEFAULT_LOCALE, series: readonly string[] = []): string {
  const query = series.map((id) => `series=${id}`).join("&");
  return `${localizedPath(DATA_PAGE_PATH, locale)}${query ? `?${query}` : ""}`;
}
/** A chart's own data page (/data/<chart>/): the data page with that chart's series ticked in its
 * HTML, so that "Get the data" leads to the chart's data with or without JavaScript. */
export function chartDataPagePath(chart: string, locale: Locale = DEFAULT_LOCALE): string {
  return localizedPath(`/data/${chart}/`, locale);
}

/** The pages that are places of their own, each in every edition under its prefix: the sitemap
 * lists them. (A chart's copy of the data page names the data page as its canonical URL; embeds
 * name the story; the 404 page names none.) */
export const PAGE_PATHS = [STORY_PATH, DATA_PAGE_PATH] as const;

/** A page's address in every edition, by hreflang, and "x-default" (the default edition, for
 * readers of any other language): the page's alternates in its head and in the sitemap. */
export const editionAlternates = (path: string): { hreflang: string; path: string }[] => [
  ...LOCALES.map((l) => ({ hreflang: l, path: localizedPath(path, l) })),
  { hreflang: "x-default", path: localizedPath(path, DEFAULT_LOCALE) },
];

export const SITEMAP_PATH = "/sitemap.xml";

/** The id of the data page's form, which "Get the data" links point at. */
export const DATA_FORM_ID = "choose";

const CHART_ANCHOR_PREFIX = "chart-";
/** The id of a chart's place in the story: /#chart-<id>. */
export const chartAnchor = (chartId: string) => `${CHART_ANCHOR_PREFIX}${chartId}`;
/** The chart id in a story URL's fragment ("#chart-<id>"), or null. */
export const chartOfAnchor = (hash: string): string | null =>
  hash.startsWith(`#${CHART_ANCHOR_PREFIX}`) ? hash.slice(CHART_ANCHOR_PREFIX.length + 1) || null : null;

export const EMBED_SCRIPT_PATH = "/embed.js";
/** The script embed's loader: it draws a chart into the host page, in a shadow root. */
export const SCRIPT_EMBED_PATH = "/embed-chart.js";

/** The oEmbed discovery URL for a page of this site (its <link rel="alternate">). */
export const oembedUrlFor = (page: URL) => new URL(`${OEMBED_PATH}?url=${encodeURIComponent(page.href)}&format=json`, page);

/** The embed page of a chart in an edition, with the query the snippet carries (defaults are
 * left out). */
export function embedPath(
  chartId: string,
  { theme = "auto", step, locale = DEFAULT_LOCALE }: { theme?: string; step?: number; locale?: Locale } = {},
): string {
  const params = new URLSearchParams();
  if (theme !== "auto") params.set("theme", theme);
  if (step !== undefined) params.set("step", String(step));
  const query = params.toString();
  return `${localizedPath(EMBED_PREFIX, locale)}${chartId}${query ? `?${query}` : ""}`;
}

/** The chart id of an embed page's path in any edition ("/embed/<id>", "/es/embed/<id>/"), or null. */
export function chartOfEmbedPath(pathname: string): string | null {
  const path = unlocalizedPath(pathname);
  if (!path.startsWith(EMBED_PREFIX)) return null;
  // /embed/<id>, /embed/<id>/ and /embed/<id>/index.html all serve the page.
  const id = path.slice(EMBED_PREFIX.length).replace(/\/(index\.html)?$/, "");
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : null;
}

/** A chart's download images and social card, and the story's card, in an edition. */
export const chartImagePath = (chartId: string, ext: "png" | "svg", locale: Locale = DEFAULT_LOCALE) =>
  localizedPath(`/charts/${chartId}.${ext}`, locale);
export const chartCardPath = (chartId: string, locale: Locale = DEFAULT_LOCALE) => localizedPath(`/cards/${chartId}.png`, locale);
export const storyCardPath = (locale: Locale = DEFAULT_LOCALE) => localizedPath("/cards/story.png", locale);

/** A chart's data bundle in an edition, as Our World in Data gives each chart: its rows (.csv),
 * what they are (.metadata.json), and both with a README in one .zip. */
export const CHART_BUNDLE_FILES = ["csv", "metadata.json", "zip"] as const;
export type ChartBundleFile = (typeof CHART_BUNDLE_FILES)[number];
export const chartBundlePath = (chartId: string, file: ChartBundleFile, locale: Locale = DEFAULT_LOCALE) =>
  localizedPath(`/charts/${chartId}.${file}`, locale);
/** The whole data set as one zip (the Data Package, its tables and a README), in an edition: the
 * route is src/pages/data/<this name>.ts. */
const DATASET_BUNDLE_NAME = "smuggling-cases-data.zip";
export const datasetBundlePath = (locale: Locale = DEFAULT_LOCALE) => localizedPath(`/${RAW_DATA_DIR}/${DATASET_BUNDLE_NAME}`, locale);

/** The id of a source's entry in the story's list of sources: every figure in the prose links to it. */
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;

/** Each edition's 404 page, as built (Astro writes the default's as /404.html, the others' as
 * /<locale>/404/index.html), and the paths it answers: every missing path under the edition's
 * prefix. */
const notFoundPage = (locale: Locale) => (locale === DEFAULT_LOCALE ? "/404.html" : `${localePrefix(locale)}/404/index.html`);
export const NOT_FOUND_PAGES = TRANSLATED_LOCALES.map((l) => ({ src: `^${localePrefix(l)}(?:/.*)?$`, page: notFoundPage(l) }));
/** The 404 page for a missing path: its edition's. */
export const notFoundPageFor = (pathname: string) => notFoundPage(localeOfPath(pathname));
