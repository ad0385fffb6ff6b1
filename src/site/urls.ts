// Public paths, in one place: pages, the data function and the anchors other pages link to.
// Plain erasable TypeScript with no imports: scripts/serve.mjs reaches it through headers.ts.
export const STORY_PATH = "/";
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

export const chartAnchor = (chartId: string) => `chart-${chartId}`;

export const EMBED_SCRIPT_PATH = "/embed.js";
export const OEMBED_PATH = "/oembed";

/** The embed page of a chart, with the query the snippet carries (defaults are left out). */
export function embedPath(chartId: string, { theme = "auto", step }: { theme?: string; step?: number } = {}): string {
  const params = new URLSearchParams();
  if (theme !== "auto") params.set("theme", theme);
  if (step !== undefined) params.set("step", String(step));
  const query = params.toString();
  return `${EMBED_PREFIX}${chartId}${query ? `?${query}` : ""}`;
}

export const chartImagePath = (chartId: string, ext: "png" | "svg") => `/charts/${chartId}.${ext}`;
export const chartCardPath = (chartId: string) => `/cards/${chartId}.png`;

/** The id of a source's entry in the story's list of sources: every figure in the prose links to it. */
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;
