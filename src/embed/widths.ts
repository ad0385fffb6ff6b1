// The widths embeds are made for, shared by the snippet's height estimate, oEmbed and the embed page.

/** The narrowest phone the story and its embeds are laid out for: from here up the embed page
 * draws the interactive chart at its exact width. */
export const PHONE_WIDTH = 320;

/** The narrowest embed offered (oEmbed answers a smaller maxwidth with 404). Below PHONE_WIDTH the
 * page keeps the server's rendering of the chart, scaled to fit, whose layout holds at any width. */
export const MIN_EMBED_WIDTH = 200;
