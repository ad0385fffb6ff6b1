// Chart images and social cards, as pure SVG at a set size (served as /charts/<id>.svg, turned
// into PNG by png.ts): a headline, the chart drawn by its own module, its legend and notes, and
// a credit line with the site's name and address. The chart is drawn at half size and scaled
// up, so every word on a card is at least 24 px: legible in a feed.
import { CATALOG, type ChartId } from "../charts/catalog.ts";
import type { ChartNote, LegendEntry } from "../charts/chart.ts";
import { chartLegend, chartNotes, describeChart } from "../charts/draw.ts";
import { swatchSvg } from "../charts/encoding.ts";
import { renderSvg } from "../charts/server.ts";
import { creditLine, creditsOf } from "../charts/sources.ts";
import { INFERRED_MARK } from "../charts/periods.ts";
import { PALETTES } from "../charts/theme.ts";
import type { Dataset } from "../data/dataset.ts";
import { chartLanguage, chartWords, dictionary, format } from "../i18n/index.ts";
import type { Locale } from "../locales.ts";
import { percentChange } from "../lib/format.ts";
import { textWidth, wrap } from "../lib/wrap.ts";
import { STORY_CARD } from "../site/story.ts";
import { CARD, type Size } from "./sizes.ts";

const PAD = 56;
/** The chart is drawn at 1/SCALE and scaled up: its smallest words (11 px) print at 24 px. */
const SCALE = 2.2;
const TEXT = 24;
/** A title's sizes, largest first. */
const TITLE_SIZES = [44, 40, 36];
/** The least height a chart keeps on a card, in the card's pixels. */
const MIN_CHART = 280;
const LINE = 1.25;
const colors = PALETTES.light;

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Lines of text at a size, from a top edge; returns the markup and the height used. */
function block(
  lines: string[],
  { x, top, size, weight = 400, fill = colors.text }: { x: number; top: number; size: number; weight?: number; fill?: string },
) {
  const step = Math.round(size * LINE);
  const tspans = lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : step}">${escapeXml(l)}</tspan>`).join("");
  return {
    svg: lines.length ? `<text x="${x}" y="${top + size}" font-size="${size}" font-weight="${weight}" fill="${fill}">${tspans}</text>` : "",
    height: lines.length * step,
  };
}

/** A legend entry's swatch, drawn as the charts draw the kind (src/charts/encoding.ts, as the
 * page's legend), at the scale this card draws its chart. */
function swatch(e: LegendEntry, x: number, y: number, id: string): string {
  return `<g transform="translate(${x}, ${y})">${swatchSvg(e.kind, colors[e.color], { width: 36, height: 22, scale: SCALE, id })}</g>`;
}

/** The legend, laid out in rows across the inner width; an entry wider than a row has its label
 * wrapped beside its swatch. */
function legendBlock(entries: LegendEntry[], top: number, inner: number, left = PAD) {
  let [x, y] = [left, top];
  const parts: string[] = [];
  const row = TEXT * 1.5;
  entries.forEach((e, i) => {
    const width = 36 + 12 + textWidth(e.label, TEXT) + 32;
    if (x > left && x + width > left + inner) [x, y] = [left, y + row];
    const lines = width > inner ? wrap(e.label, TEXT, inner - 48) : [e.label];
    const text = lines.map((l, k) => `<tspan x="${x + 48}" dy="${k === 0 ? 0 : Math.round(TEXT * LINE)}">${escapeXml(l)}</tspan>`).join("");
    parts.push(
      swatch(e, x, y + 4, `card-hatch-${i}`),
      `<text x="${x + 48}" y="${y + TEXT - 2}" font-size="${TEXT}" fill="${colors.muted}">${text}</text>`,
    );
    x += width;
    if (lines.length > 1) [x, y] = [left, y + (lines.length - 1) * Math.round(TEXT * LINE) + row];
  });
  const end = x === left ? y : y + row;
  return { svg: parts.join(""), height: entries.length ? end - top : 0 };
}

function frameSvg(size: Size, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family="Liberation Sans, sans-serif">
<rect width="100%" height="100%" fill="${colors.background}"/>
<rect width="100%" height="8" fill="${colors.accent}"/>
${body}
</svg>`;
}

/** A text's lines at a size, which must fit in `max` lines: a card never cuts a text short (a
 * longer title or credit stops the build, naming it). */
function linesOf(text: string, size: number, width: number, max: number, what: string): string[] {
  const lines = wrap(text, size, width);
  if (lines.length > max) throw new Error(`card: the ${what} takes ${lines.length} lines at ${size} px; ${max} fit. Shorten it: "${text}"`);
  return lines;
}

/** A card's title in two lines: at 44 px, or a little smaller for a longer one (never under 36 px,
 * so it stays the card's largest words); a title that does not fit even so stops the build. */
function titleBlock(text: string, inner: number, what: string) {
  const size = TITLE_SIZES.find((s) => wrap(text, s, inner).length <= 2) ?? TITLE_SIZES.at(-1)!;
  return block(linesOf(text, size, inner, 2, what), { x: PAD, top: PAD - 8, size, weight: 700 });
}

/** The credit at the foot of every card: the sources, then the site's name and its address. */
function footer(size: Size, credit: string, siteHost: string, locale: Locale) {
  const lines = [...linesOf(credit, TEXT, size.width - 2 * PAD, 2, "credit"), `${dictionary(locale).site.name} · ${siteHost}`];
  const top = size.height - PAD / 2 - lines.length * TEXT * LINE;
  return { ...block(lines, { x: PAD, top, size: TEXT, fill: colors.muted }), top };
}

export interface CardText {
  title: string;
  subtitle: string;
}

export interface CardOptions {
  size?: Size;
  /** The state to draw; the whole chart by default. */
  step?: number;
  locale: Locale;
  siteHost: string;
}

/** A note in the few words a tight card has room for. A note for a chart read alone (the acronyms
 * it spells out) has no short form on the page, where the story defines them; an image is always
 * read alone, so it keeps that note whole. */
const shortForm = (n: ChartNote) => (n.standalone ? n.text : n.short);

/** The share of the inner width a chart keeps when its legend and notes go beside it. */
const SIDE_SHARE = 0.62;
const SIDE_GAP = 32;

/** A chart on a card: title, subtitle, the chart at double size, its legend, notes and credit.
 * Legend and notes go under the chart; where that would leave the chart too short to read even
 * with the notes' short form, they go in a column beside it, and the chart keeps the full height. */
export function cardSvg(
  id: ChartId,
  data: Dataset,
  text: CardText,
  { size = CARD, step = CATALOG[id].states - 1, locale, siteHost }: CardOptions,
): string {
  const inner = size.width - 2 * PAD;
  const title = titleBlock(text.title, inner, "title");
  const subtitle = block(linesOf(text.subtitle, 26, inner, 1, "subtitle"), {
    x: PAD,
    top: PAD - 8 + title.height + 8,
    size: 26,
    fill: colors.muted,
  });
  const chartTop = PAD - 8 + title.height + 8 + subtitle.height + 20;
  const ctx = { width: inner / SCALE, theme: "light", step, language: chartLanguage(locale) } as const;
  const credit = footer(size, creditLine(creditsOf(data, CATALOG[id].series), dictionary(locale).chart), siteHost, locale);
  const entries = chartLegend(id, data, ctx);
  // The legend's height is known once laid out; lay it out at 0, then place it.
  const legendHeight = legendBlock(entries, 0, inner).height;
  const room = (notes: string[]) =>
    credit.top - 16 - notes.length * Math.round(TEXT * LINE) - legendHeight - chartTop - (notes.length || entries.length ? 12 : 0);
  // The notes in full where the chart keeps room to read; in their short form where it would not.
  const full = chartNotes(id, data, ctx).flatMap((n) => wrap(n.text, TEXT, inner));
  const notes = room(full) >= MIN_CHART ? full : chartNotes(id, data, ctx).flatMap((n) => wrap(shortForm(n), TEXT, inner));
  if (room(notes) < MIN_CHART) return sideBySide();
  const chartHeight = room(notes);
  const chart = renderSvg(id, data, { ...ctx, height: chartHeight / SCALE });
  const legend = legendBlock(entries, chartTop + chartHeight + 12, inner);
  const noteBlock = block(notes, { x: PAD, top: chartTop + chartHeight + 12 + legend.height, size: TEXT, fill: colors.muted });
  return card(chart, legend.svg, noteBlock.svg);

  /** The card's parts, in the order they are drawn, with the chart scaled up at its place. */
  function card(chartSvg: string, legendSvg: string, notesSvg: string): string {
    const placed = `<g transform="translate(${PAD}, ${chartTop}) scale(${SCALE})">${chartSvg}</g>`;
    return frameSvg(size, [title.svg, subtitle.svg, placed, legendSvg, notesSvg, credit.svg].join("\n"));
  }

  function sideBySide() {
    const width = Math.round(inner * SIDE_SHARE);
    const column = { x: PAD + width + SIDE_GAP, width: inner - width - SIDE_GAP };
    const height = credit.top - 16 - chartTop;
    const sideCtx = { ...ctx, width: width / SCALE };
    const legend = legendBlock(chartLegend(id, data, sideCtx), chartTop, column.width, column.x);
    const lines = (form: "text" | "short") =>
      chartNotes(id, data, sideCtx).flatMap((n) => wrap(form === "text" ? n.text : shortForm(n), TEXT, column.width));
    const full = lines("text");
    const notes = legend.height + full.length * Math.round(TEXT * LINE) <= height ? full : lines("short");
    const chart = renderSvg(id, data, { ...sideCtx, height: height / SCALE });
    const noteBlock = block(notes, { x: column.x, top: chartTop + legend.height, size: TEXT, fill: colors.muted });
    return card(chart, legend.svg, noteBlock.svg);
  }
}

/** A chart's own image and card text: its title and subtitle. */
export function chartCardText(id: ChartId, locale: Locale): CardText {
  const { title, subtitle } = chartWords(id, locale);
  return { title, subtitle };
}

/** The story card's text alternative, wherever a page shows it: its headline, then what its
 * chart shows. */
export function storyCardAlt(data: Dataset, locale: Locale): string {
  const id = STORY_CARD.chart;
  const described = describeChart(id, data, { width: 0, theme: "light", step: CATALOG[id].states - 1, language: chartLanguage(locale) });
  return `${dictionary(locale).site.title}. ${described}`;
}

/** The story's card: the headline, and the story's key number as its hero beside the chart it
 * comes from, with the chart's note and credit. */
export function storyCardSvg(data: Dataset, { locale, siteHost }: { locale: Locale; siteHost: string }): string {
  const size = CARD;
  const id = STORY_CARD.chart;
  const f = format(locale);
  const words = dictionary(locale).card;
  const [seriesId] = CATALOG[id].series;
  const [first, last] = [data.observationsOf(seriesId)[0]!, data.observationsOf(seriesId).at(-1)!];
  const type = data.getSeries(seriesId).period_type;
  const inner = size.width - 2 * PAD;
  const title = titleBlock(dictionary(locale).site.title, inner, "headline");
  const top = PAD - 8 + title.height + 24;
  const credit = footer(size, creditLine(creditsOf(data, CATALOG[id].series), dictionary(locale).chart), siteHost, locale);
  const half = inner / 2;
  const hero = block([f.percent(percentChange(first.value, last.value))], {
    x: PAD,
    top: top - 20,
    size: 150,
    weight: 700,
    fill: colors.accent,
  });
  const mark = first.period_basis === "inferred" ? INFERRED_MARK : "";
  const caption = block(
    wrap(
      words.heroCaption(f.number(first.value), `${f.period(first.period, type)}${mark}`, f.number(last.value), f.period(last.period, type)),
      28,
      half - 24,
    ),
    {
      x: PAD,
      top: top - 20 + hero.height + 4,
      size: 28,
    },
  );
  const ctx = { width: half / SCALE, theme: "light", step: CATALOG[id].states - 1, language: chartLanguage(locale) } as const;
  // The chart's own notes; not those for a chart read alone (the acronyms it spells out): the card
  // names the cases by who opened them, and its headline says ICE.
  const notes = chartNotes(id, data, ctx)
    .filter((n) => !n.standalone)
    .flatMap((n) => wrap(n.text, TEXT, inner));
  const noteBlock = block(notes, { x: PAD, top: credit.top - 12 - notes.length * Math.round(TEXT * LINE), size: TEXT, fill: colors.muted });
  const chartHeight = credit.top - 24 - notes.length * Math.round(TEXT * LINE) - top;
  const chart = renderSvg(id, data, { ...ctx, height: chartHeight / SCALE });
  return frameSvg(
    size,
    [
      title.svg,
      hero.svg,
      caption.svg,
      `<g transform="translate(${PAD + half}, ${top}) scale(${SCALE})">${chart}</g>`,
      noteBlock.svg,
      credit.svg,
    ].join("\n"),
  );
}
