// Layout numbers that both the code and the stylesheet use, in one place: the CSS that depends on
// them is written from here (served as "virtual:layout.css" by layout-css.ts), not typed again.
import { NARROW_BELOW } from "../charts/catalog.ts";

/** The widths the server renders each chart state at: one for each layout. */
export const RENDER_WIDTHS = { narrow: 360, wide: 640 } as const;

/** The embed page's padding on each side, in CSS pixels (the snippet's height estimate uses it). */
export const EMBED_PADDING = 16;

/** The widest the embed page lays its chart out: in a wider column it stays at this width, centred,
 * so that the bare iframe's starting height (made for widths up to this one) holds at any width. */
export const EMBED_MAX_WIDTH = 768;

/** Each chart shows the server rendering that fits its container; the embed's padding and its
 * widest layout, centred in a wider iframe. */
export const LAYOUT_CSS =
  `.chart-wide{display:none}` +
  `@container (min-width: ${NARROW_BELOW}px){.chart-narrow{display:none}.chart-wide{display:block}}` +
  `.embed-main{padding:12px ${EMBED_PADDING}px 8px;max-width:${EMBED_MAX_WIDTH}px;margin:0 auto}`;
