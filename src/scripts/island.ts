// The interactive layer, loaded on intent by scrolly.ts: redraws the sticky figure's chart with
// Plot at the container's exact width, with tips, and again on each step and resize. The
// server-rendered SVG stays underneath as the fallback if anything here fails.
import * as Plot from "@observablehq/plot";
import { prepareForReaders } from "../charts/accessibility.ts";
import { getChart } from "../charts/index.ts";
import { datasetFromStoryData, type StoryData } from "../charts/story-data.ts";
import type { ScrollyHandle } from "./scrolly.ts";

export function startIsland(handle: ScrollyHandle) {
  const json = document.getElementById("story-data")?.textContent;
  if (!json) return;
  const dataset = datasetFromStoryData(JSON.parse(json) as StoryData);
  const { figure } = handle;
  let drawn = "";

  const draw = () => {
    const chartId = figure.dataset.activeChart;
    const block = figure.querySelector<HTMLElement>(`[data-chart-block="${chartId}"]`);
    const state = block?.querySelector<HTMLElement>(".chart-state:not([hidden])");
    if (!chartId || !block || !state) return;
    const width = Math.floor(state.getBoundingClientRect().width);
    const key = `${chartId}|${state.dataset.state}|${width}`;
    // A ResizeObserver fires once on observe, and steps can re-announce: skip unchanged draws.
    if (width === 0 || key === drawn) return;
    drawn = key;
    const chart = getChart(chartId);
    const step = Number(state.dataset.state);
    const svg = Plot.plot({
      ...chart.plot(dataset, { width, theme: "auto", step }),
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
  };

  handle.onStep.add(draw);
  new ResizeObserver(draw).observe(figure);
  draw();
}
