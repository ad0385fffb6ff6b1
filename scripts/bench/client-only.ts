// The comparison page's script (bench only, never shipped): the charts drawn the common way,
// entirely in the browser. Plot loads up front with the page and draws every chart, final state,
// at its container's width, with the same drawChart and the same embedded data as the story.
// Bundled for the browser by scripts/bench/client-page.mjs with esbuild.
import { CATALOG, CHART_IDS } from "../../src/charts/catalog.ts";
import { drawChart } from "../../src/charts/draw.ts";
import { chartLanguage } from "../../src/i18n/index.ts";
import { localeOf } from "../../src/locales.ts";
import { readStoryData } from "../../src/site/story-data.ts";

const data = readStoryData(document);
if (data) {
  for (const id of CHART_IDS) {
    const container = document.querySelector<HTMLElement>(`[data-client-chart="${id}"]`);
    if (!container) continue;
    const width = Math.floor(container.getBoundingClientRect().width);
    const ctx = {
      width,
      theme: "auto",
      step: CATALOG[id].states - 1,
      language: chartLanguage(localeOf(document.documentElement.lang)),
    } as const;
    container.replaceChildren(drawChart(id, data, ctx, { document, keepTips: true }));
  }
}
