// The words an embed falls back on where its frame is not shown: a blockquote with the chart's
// title (linked to its place in the story), its subtitle, its acronyms spelled out, the site
// (linked) and its sources, linked. WordPress shows it until the frame speaks its protocol (and for
// good to a reader without JavaScript); it is what tells WordPress to load its host script at all.
// Other consumers keep it hidden.
import { CATALOG, type ChartId } from "../charts/catalog.ts";
import { spelledOut } from "../charts/acronyms.ts";
import { creditsOf } from "../charts/sources.ts";
import { datasetIn } from "../data/index.ts";
import { chartWords, dictionary } from "../i18n/index.ts";
import type { Locale } from "../locales.ts";
import { chartAnchor, storyPath } from "../site/urls.ts";

const text = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const attr = (s: string) => text(s).replace(/"/g, "&quot;");

/** WordPress keeps only the links and the text of a blockquote (wp_filter_oembed_result), so the
 * paragraphs are parted by their own punctuation and spaces, not by their tags. */
export function embedFallback(id: ChartId, { origin, locale }: { origin: string; locale: Locale }): string {
  const { title, subtitle } = chartWords(id, locale);
  const words = dictionary(locale);
  const credits = creditsOf(datasetIn(locale), CATALOG[id].series);
  const story = new URL(storyPath(locale), origin).href;
  const sources = credits.map((c) => `<a href="${attr(c.url)}">${text(c.credit)}</a>`).join("; ");
  // Read without the story, it spells out its acronyms as the embed's own note does.
  const acronyms = spelledOut([title, subtitle, ...credits.map((c) => c.credit)].join(" "), words.chart.acronyms);
  return (
    `<blockquote class="wp-embedded-content" hidden><p><a href="${attr(`${story}#${chartAnchor(id)}`)}">${text(title)}</a>. ${text(subtitle)}.</p> ` +
    (acronyms ? `<p>${text(acronyms)}</p> ` : "") +
    `<p>${text(words.embed.chartBy)}: <a href="${attr(story)}">${text(words.site.name)}</a>. ` +
    `${text(words.chart.sources(credits.length))}: ${sources}.</p></blockquote>`
  );
}
