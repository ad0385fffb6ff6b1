// The images made for each chart at build: its download SVG and PNG (1200×675) and its social
// card (1200×630), all from the chart's own module.
import type { Chart } from "../charts/chart.ts";
import type { Dataset } from "../data/dataset.ts";
import { cardSvg, chartCardText } from "./card.ts";
import { CARD, IMAGE, type Size } from "./sizes.ts";
import { svgToPng } from "./png.ts";

export function chartImageSvg(chart: Chart, dataset: Dataset, site: URL, size: Size = IMAGE): string {
  return cardSvg(chart, dataset, chartCardText(chart, dataset, site.host), size);
}

export function chartImagePng(chart: Chart, dataset: Dataset, site: URL, size: Size = IMAGE): Uint8Array<ArrayBuffer> {
  return new Uint8Array(svgToPng(chartImageSvg(chart, dataset, site, size), size.width));
}

export const chartCardPng = (chart: Chart, dataset: Dataset, site: URL) => chartImagePng(chart, dataset, site, CARD);
