// Chart images and social cards: a headline, a chart drawn by its own module, and the credits, at
// a set size. Pure SVG (served as /charts/<id>.svg), turned into PNG by png.ts.
import { CATALOG, type ChartId } from "../charts/catalog.ts";
import type { ChartData } from "../charts/chart.ts";
import { renderSvg } from "../charts/server.ts";
import { creditLine, sourcesOf } from "../charts/sources.ts";
import { PALETTES } from "../charts/theme.ts";
import type { Dataset } from "../data/dataset.ts";
import { chartWords, type Locale } from "../i18n/index.ts";
import { wrap } from "../lib/wrap.ts";
import { CARD, type Size } from "./sizes.ts";

const PAD = 56;

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface CardText {
  title: string;
  subtitle: string;
  credit: string;
}

export interface CardOptions {
  size?: Size;
  /** The state to draw; the whole chart by default. */
  step?: number;
  locale: Locale;
}

export function cardSvg(id: ChartId, data: ChartData, text: CardText, { size = CARD, step = CATALOG[id].states - 1, locale }: CardOptions): string {
  const colors = PALETTES.light;
  const inner = size.width - 2 * PAD;
  const titleLines = wrap(text.title, 44, inner).slice(0, 2);
  const titleBottom = PAD + 44 * titleLines.length * 1.15;
  const chartTop = titleBottom + 44;
  const chartHeight = size.height - chartTop - 56;
  const svg = renderSvg(id, data, { width: inner, theme: "light", step, height: chartHeight, locale });
  const tspans = titleLines.map((l, i) => `<tspan x="${PAD}" dy="${i === 0 ? 0 : 50.6}">${escapeXml(l)}</tspan>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family="Liberation Sans, sans-serif">
<rect width="100%" height="100%" fill="${colors.background}"/>
<rect width="100%" height="8" fill="${colors.accent}"/>
<text x="${PAD}" y="${PAD + 38}" font-size="44" font-weight="700" fill="${colors.text}">${tspans}</text>
<text x="${PAD}" y="${titleBottom + 22}" font-size="22" fill="${colors.muted}">${escapeXml(text.subtitle)}</text>
<g transform="translate(${PAD}, ${chartTop})">${svg}</g>
<text x="${PAD}" y="${size.height - 24}" font-size="18" fill="${colors.muted}">${escapeXml(text.credit)}</text>
</svg>`;
}

/** A chart's own image and card text: its title and subtitle, and its sources. */
export function chartCardText(id: ChartId, dataset: Dataset, siteHost: string, locale: Locale): CardText {
  const { title, subtitle } = chartWords(id, locale);
  return { title, subtitle, credit: `${creditLine(sourcesOf(dataset, CATALOG[id].series))} · ${siteHost}` };
}
