// The interactive layer, loaded on intent (by scrolly.ts on the story, embed-page.ts on embeds):
// redraws each visible chart state in the container with Plot at its exact width, with tips, and
// again when the state changes or the container resizes. The server-rendered SVG stays in place
// underneath as the fallback if anything here fails.
import * as Plot from "@observablehq/plot";
import { prepareForReaders } from "../charts/accessibility.ts";
import { getChart } from "../charts/index.ts";
import { datasetFromStoryData, type StoryData } from "../charts/story-data.ts";

export function startIsland(container: HTMLElement, changes?: Set<() => void>) {
  const json = document.getElementById("story-data")?.textContent;
  if (!json) return;
  const dataset = datasetFromStoryData(JSON.parse(json) as StoryData);
  const drawn = new WeakMap<HTMLElement, string>();

  const draw = () => {
    for (const state of container.querySelectorAll<HTMLElement>(".chart-state:not([hidden])")) {
      if (state.parentElement?.closest("[hidden]")) continue; // in a chart block not shown now
      const chartId = state.closest<HTMLElement>("[data-chart]")?.dataset.chart;
      if (!chartId) continue;
      const width = Math.floor(state.getBoundingClientRect().width);
      // A ResizeObserver fires once on observe, and steps can re-announce: skip unchanged draws.
      const key = `${width}x${window.innerHeight}`;
      if (width === 0 || drawn.get(state) === key) continue;
      drawn.set(state, key);
      const chart = getChart(chartId);
      const step = Number(state.dataset.state);
      // Where CSS caps the chart's height (the phone's sticky figure), draw at that height rather
      // than let the browser shrink the whole drawing, text and all.
      const rendered = state.querySelector<SVGElement>(".chart-narrow svg, .chart-wide svg");
      const cap = rendered ? parseFloat(getComputedStyle(rendered).maxHeight) : NaN;
      const height = Number.isFinite(cap) && cap < chart.height(width) ? Math.floor(cap) : undefined;
      const svg = Plot.plot({
        ...chart.plot(dataset, { width, theme: "auto", step, height }),
        ariaLabel: chart.title,
        ariaDescription: chart.describe(dataset, step),
      });
      prepareForReaders(svg, { keepTips: true });
      let live = state.querySelector<HTMLElement>(".chart-live");
      if (!live) {
        live = document.createElement("div");
        live.className = "chart-live";
        state.append(live);
      }
      live.replaceChildren(svg);
      state.classList.add("is-live");
    }
  };

  changes?.add(draw);
  new ResizeObserver(draw).observe(container);
  draw();
}
