// The embed codes for a chart. The iframe snippet: an iframe that shows the whole chart even if the
// host strips the script, followed by the optional /embed.js that then sizes it exactly. The script
// embed: the same iframe in an element, followed by /embed-chart.js, which draws the chart in the
// element itself (src/client/embed-chart.ts) and keeps the iframe where it cannot.
import { CATALOG, chartHeight, NARROW_BELOW, type ChartId } from "../charts/catalog.ts";
import type { Theme } from "../charts/theme.ts";
import { chartWords, dictionary } from "../i18n/index.ts";
import type { Locale } from "../locales.ts";
import { EMBED_MAX_WIDTH, EMBED_PADDING } from "../site/layout.ts";
import { EMBED_SCRIPT_PATH, embedPath, SCRIPT_EMBED_PATH } from "../site/urls.ts";
import { HOST_ATTRIBUTE } from "./script-embed.ts";
import { PHONE_WIDTH } from "./widths.ts";
/** Room for the title, subtitle, source line, links, the closed table and the credit (measured
 * on the embeds, with a margin: their text wraps to more lines on a phone, and to more again on
 * each pixel narrower than a phone, down to 200 px). */
const FURNITURE = { narrow: 470, wide: 330, perPixelBelowPhone: 1.3 };
/** The widths an iframe's starting height must fit: a phone and a wide article column. */
const FIT_WIDTHS = [PHONE_WIDTH, 375, EMBED_MAX_WIDTH];

/** The height of the embed page for an iframe of this width (an estimate on the safe side). */
export function embedHeight(id: ChartId, width: number): number {
  const inner = Math.min(width, EMBED_MAX_WIDTH) - 2 * EMBED_PADDING;
  const belowPhone = Math.max(0, PHONE_WIDTH - width);
  const furniture = inner < NARROW_BELOW ? FURNITURE.narrow + Math.ceil(belowPhone * FURNITURE.perPixelBelowPhone) : FURNITURE.wide;
  return chartHeight(CATALOG[id], inner) + furniture;
}

/** One starting height that holds the whole chart at phone and desktop widths. */
export function initialEmbedHeight(id: ChartId): number {
  return Math.max(...FIT_WIDTHS.map((w) => embedHeight(id, w)));
}

/** The kinds of embed code the Embed dialog offers, the iframe first (it works on any page). */
export const EMBED_KINDS = ["iframe", "script"] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export interface SnippetOptions {
  /** The site's origin, e.g. https://smuggling-cases.vercel.app */
  origin: string;
  /** light (the default: most host pages are light, whatever the reader's system says), dark, or
   * auto (follows the reader's colour scheme). */
  theme?: Theme;
  /** One state of a scrolly chart (the embed page's ?step=); the final state when left out. */
  step?: number;
  locale: Locale;
  /** A fixed pixel width instead of 100% (oEmbed's maxwidth). */
  width?: number;
  height?: number;
  /** A height the iframe must never exceed, even once /embed.js sizes it (oEmbed's maxheight):
   * past it the embed scrolls. */
  maxHeight?: number;
  /** Include the resizer script (the default). */
  script?: boolean;
  /** Add the obsolete frameborder="0": the one border control a CMS that strips style keeps
   * (WordPress, for oEmbed's answer). */
  frameBorder?: boolean;
}

export function embedSnippet(
  id: ChartId,
  { origin, theme = "light", step, width, height, maxHeight, script = true, frameBorder = false, locale }: SnippetOptions,
): string {
  const src = new URL(embedPath(id, { theme, step, locale }), origin).href;
  const natural = height ?? (width ? embedHeight(id, width) : initialEmbedHeight(id));
  const h = maxHeight === undefined ? natural : Math.min(natural, maxHeight);
  const title = dictionary(locale).embed.iframeTitle(chartWords(id, locale).title);
  const style = `border:0;width:${width ? `${width}px` : "100%"};max-width:100%${maxHeight === undefined ? "" : `;max-height:${maxHeight}px`}`;
  const iframe =
    `<iframe src="${attr(src)}" title="${attr(title)}" width="${width ?? "100%"}" height="${h}"${frameBorder ? ' frameborder="0"' : ""} ` +
    `loading="lazy" style="${style}" data-smuggling-cases-embed="${id}"></iframe>`;
  return script ? `${iframe}\n<script async src="${new URL(EMBED_SCRIPT_PATH, origin).href}"></script>` : iframe;
}

/** The script embed: the iframe (without its script) in the element /embed-chart.js draws into. The
 * iframe has frameborder="0": it shows where the host's policy refuses scripts or inline styles,
 * and a policy that refuses the style attribute would leave the frame's border. */
export function scriptEmbedSnippet(id: ChartId, options: Omit<SnippetOptions, "script">): string {
  const iframe = embedSnippet(id, { ...options, script: false, frameBorder: true });
  return `<div ${HOST_ATTRIBUTE}="${id}">${iframe}</div>\n<script async src="${new URL(SCRIPT_EMBED_PATH, options.origin).href}"></script>`;
}
