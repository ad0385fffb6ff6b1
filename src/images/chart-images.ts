// The images made for each chart at build: its download SVG and PNG (1200×675) and its social
// card (1200×630), all from the chart's own module.
import type { ChartId } from "../charts/catalog.ts";
import type { Dataset } from "../data/dataset.ts";
import type { Locale } from "../locales.ts";
import { cardSvg, chartCardText } from "./card.ts";
import { svgToPng } from "./png.ts";
import { CARD, IMAGE, type Size } from "./sizes.ts";

export function chartImageSvg(id: ChartId, dataset: Dataset, site: URL, locale: Locale, size: Size = IMAGE): string {
  return cardSvg(id, dataset, chartCardText(id, locale), { size, locale, siteHost: site.host });
}

export function chartImagePng(id: ChartId, dataset: Dataset, site: URL, locale: Locale, size: Size = IMAGE): Uint8Array<ArrayBuffer> {
  return new Uint8Array(svgToPng(chartImageSvg(id, dataset, site, locale, size), size.width));
}

export const chartCardPng = (id: ChartId, dataset: Dataset, site: URL, locale: Locale) => chartImagePng(id, dataset, site, locale, CARD);
