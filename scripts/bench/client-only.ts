// The comparison page's script (bench only, never shipped): the charts drawn the common way,
// entirely in the browser. Plot loads up front with the page and draws every chart, final state,
// at its container's width, from the same chart modules and the same embedded data as the story.
// Bundled for the browser by scripts/bench/client-page.mjs with esbuild.
import * as Plot from "@observablehq/plot";
import { prepareForReaders } from "../../src/charts/accessibility.ts";
import { CHARTS } from "../../src/charts/index.ts";
import { datasetFromStoryData, type StoryData } from "../../src/charts/story-data.ts";

const json = document.getElementById("story-data")?.textContent;
if (json) {
  const dataset = datasetFromStoryData(JSON.parse(json) as StoryData);
  for (const chart of CHARTS) {
    const container = document.querySelector<HTMLElement>(`[data-client-chart="${chart.id}"]`);
    if (!container) continue;
    const width = Math.floor(container.getBoundingClientRect().width);
    const step = chart.states - 1;
    const svg = Plot.plot({
      ...chart.plot(dataset, { width, theme: "auto", step }),
      ariaLabel: chart.title,
      ariaDescription: chart.describe(dataset, step),
    });
    prepareForReaders(svg, { keepTips: true });
    container.replaceChildren(svg);
  }
}
