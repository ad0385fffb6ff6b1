// The interactive layer, loaded on intent (by scrolly.ts on the story, embed-page.ts on embeds, and
// the script embed's loader, embed-chart.ts, in a shadow root of another site's page):
// redraws each visible chart state in the container at its exact width, with tips, and again
// when the state changes or the container resizes; a change of state within a chart is animated
// from the state before (morph.ts), unless the reader asks for reduced motion. The
// server-rendered SVG stays in place underneath as the fallback if anything here fails.
import { isChartId } from "../charts/catalog.ts";
import { drawChart } from "../charts/draw.ts";
import { loadChartLanguage } from "../i18n/load.ts";
import { localeOf } from "../locales.ts";
import { readStoryData } from "../site/story-data.ts";
import { morph } from "./morph.ts";

export async function startIsland(container: HTMLElement, changes?: Set<() => void>) {
  // The page's data and language, or the shadow root's (its root element stands for <html>).
  const data = readStoryData(container.getRootNode() as Document | ShadowRoot);
  if (!data) return;
  const language = await loadChartLanguage(localeOf(container.closest<HTMLElement>("[lang]")?.lang));
  const drawn = new WeakMap<HTMLElement, string>();
  // The state each chart showed last, to animate the next one from it.
  const lastShown = new WeakMap<Element, HTMLElement>();
  const still = matchMedia("(prefers-reduced-motion: reduce)");

  const draw = () => {
    for (const state of container.querySelectorAll<HTMLElement>(".chart-state:not([hidden])")) {
      if (state.parentElement?.closest("[hidden]")) continue; // in a chart block not shown now
      const id = state.closest<HTMLElement>("[data-chart]")?.dataset.chart;
      const drawing = state.querySelector<HTMLElement>(".chart-drawing");
      if (!id || !isChartId(id) || !drawing) continue;
      const width = Math.floor(drawing.getBoundingClientRect().width);
      // Where the page gives the chart a box of set height (the phone's sticky figure says so with
      // --fit-height), draw at that height, rather than let the browser shrink the drawing, text
      // and all; elsewhere the chart keeps its own proportions.
      const fit = getComputedStyle(drawing).getPropertyValue("--fit-height").trim() === "1";
      const height = fit ? Math.floor(drawing.clientHeight) : undefined;
      // A ResizeObserver fires once on observe, and steps can re-announce: skip unchanged draws.
      const key = `${width}x${height}`;
      if (width > 0 && height !== 0 && drawn.get(state) !== key) {
        drawn.set(state, key);
        const svg = drawChart(
          id,
          data,
          { width, height, theme: "auto", step: Number(state.dataset.state), language },
          { document, keepTips: true },
        );
        let live = drawing.querySelector<HTMLElement>(".chart-live");
        if (!live) {
          live = document.createElement("div");
          live.className = "chart-live";
          drawing.append(live);
        }
        live.replaceChildren(svg);
        state.classList.add("is-live");
      }
      // A new state of the same chart: animate it from the one it replaces.
      const chart = state.parentElement!;
      const before = lastShown.get(chart);
      lastShown.set(chart, state);
      if (before && before !== state && !still.matches) {
        const [from, to] = [before, state].map((s) => s.querySelector<SVGSVGElement>(".chart-live > svg"));
        if (from && to && from.viewBox.baseVal.width === to.viewBox.baseVal.width) morph(from, to);
      }
    }
  };

  changes?.add(draw);
  new ResizeObserver(draw).observe(container);
  draw();
}
