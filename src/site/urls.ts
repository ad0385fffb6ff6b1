// Public paths, in one place: pages, the data function and the anchors other pages link to.
export const STORY_PATH = "/";
export const DATAPACKAGE_PATH = "/datapackage.json";

/** The data function's URL for some series. */
export function dataUrl(series: readonly string[], format: "csv" | "json" = "csv"): string {
  return `/api/data.${format}${series.length ? `?series=${series.join(",")}` : ""}`;
}

export const chartAnchor = (chartId: string) => `chart-${chartId}`;
