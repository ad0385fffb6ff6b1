// Public paths, in one place: pages, the data function, images and the anchors other pages link
// to, with the parsers for the ones the oEmbed function reads back. Plain erasable TypeScript
// with no imports: scripts/serve.mjs reaches it through headers.ts.
export const STORY_PATH = "/";
/** Other paths that serve the story (a static host's own name for "/"). */
const STORY_ALIASES = ["/index.html"];
export const isStoryPath = (pathname: string) => pathname === STORY_PATH || STORY_ALIASES.includes(pathname);

export const DATAPACKAGE_PATH = "/datapackage.json";
/** Every chart's embed page lives under this prefix (framing rules key on it). */
export const EMBED_PREFIX = "/embed/";
/** The folder the repository's raw tables are published in, as /data/<resource>.csv. */
export const RAW_DATA_DIR = "data";
export const rawDataPath = (resource: string) => `/${RAW_DATA_DIR}/${resource}.csv`;

/** The data function's URL for some series. */
export function dataUrl(series: readonly string[], format: "csv" | "json" = "csv"): string {
  return `/api/data.${format}${series.length ? `?series=${series.join(",")}` : ""}`;
}

const CHART_ANCHOR_PREFIX = "chart-";
/** The id of a chart's place in the story: /#chart-<id>. */
export const chartAnchor = (chartId: string) => `${CHART_ANCHOR_PREFIX}${chartId}`;
/** The chart id in a story URL's fragment ("#chart-<id>"), or null. */
export const chartOfAnchor = (hash: string): string | null =>
  hash.startsWith(`#${CHART_ANCHOR_PREFIX}`) ? hash.slice(CHART_ANCHOR_PREFIX.length + 1) || null : null;

export const EMBED_SCRIPT_PATH = "/embed.js";
export const OEMBED_PATH = "/oembed";

/** The oEmbed discovery URL for a page of this site (its <link rel="alternate">). */
export const oembedUrlFor = (page: URL) => new URL(`${OEMBED_PATH}?url=${encodeURIComponent(page.href)}&format=json`, page);

/** The embed page of a chart, with the query the snippet carries (defaults are left out). */
export function embedPath(chartId: string, { theme = "auto", step }: { theme?: string; step?: number } = {}): string {
  const params = new URLSearchParams();
  if (theme !== "auto") params.set("theme", theme);
  if (step !== undefined) params.set("step", String(step));
  const query = params.toString();
  return `${EMBED_PREFIX}${chartId}${query ? `?${query}` : ""}`;
}

/** The chart id of an embed page's path ("/embed/<id>" or "/embed/<id>/"), or null. */
export function chartOfEmbedPath(pathname: string): string | null {
  if (!pathname.startsWith(EMBED_PREFIX)) return null;
  const id = pathname.slice(EMBED_PREFIX.length).replace(/\/$/, "");
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : null;
}

export const chartImagePath = (chartId: string, ext: "png" | "svg") => `/charts/${chartId}.${ext}`;
export const chartCardPath = (chartId: string) => `/cards/${chartId}.png`;
export const STORY_CARD_PATH = "/cards/story.png";

/** The id of a source's entry in the story's list of sources: every figure in the prose links to it. */
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;
