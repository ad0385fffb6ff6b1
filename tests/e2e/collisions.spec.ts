// No chart's words collide, from 320 px up: for every chart and state, at every width, in the
// story and in the embed, drawn by the server (before the island) and by the island, every SVG
// text box is measured in the browser. Two boxes must not overlap, and none may leave its SVG.
// In both editions: the Spanish words are longer, and must fit as well as the English.
// Many states are measured per page load; each width sets the viewport of a fresh page before it
// loads. (Desktop project only: the widths are set here.)
import { expect, test, type Page } from "@playwright/test";
import { CATALOG, CHART_IDS } from "../../src/charts/catalog.ts";
import { EDITIONS, nudgeScroll, readSteps, waitForIsland } from "./helpers.ts";

const WIDTHS = [320, 375, 414, 768, 1024, 1280, 1440];
// What a reader reads is the state at rest: labels may pass each other while a change animates.
test.use({ reducedMotion: "reduce" });
const HEIGHT = 900;

/** In the page: the collisions in every SVG under `root` that a reader can see. */
function collisions(page: Page, root: string, where: string): Promise<string[]> {
  return page.evaluate(
    ([root, where]) => {
      const TOLERANCE = 0.5; // px: text boxes that only touch are fine
      const shown = (el: Element) => el.checkVisibility() && el.getBoundingClientRect().width > 0;
      const problems: string[] = [];
      for (const svg of document.querySelectorAll<SVGSVGElement>(`${root} svg[role="img"]`)) {
        if (!shown(svg)) continue;
        const frame = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll("text")]
          // Tips are drawn over the chart on purpose, under the reader's pointer.
          .filter((t) => (t.textContent ?? "").trim() !== "" && shown(t) && !t.closest('[data-mark="tip"]'))
          .map((t) => ({ text: (t.textContent ?? "").trim().slice(0, 40), r: t.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.height > 0);
        const name = `${where} ${svg.getAttribute("aria-label")?.slice(0, 30)}`;
        for (const { text, r } of texts) {
          if (
            r.left < frame.left - TOLERANCE ||
            r.right > frame.right + TOLERANCE ||
            r.top < frame.top - TOLERANCE ||
            r.bottom > frame.bottom + TOLERANCE
          )
            problems.push(
              `${name}: “${text}” leaves the chart (${Math.round(r.left - frame.left)},${Math.round(r.top - frame.top)} to ${Math.round(r.right - frame.left)},${Math.round(r.bottom - frame.top)} in ${Math.round(frame.width)}×${Math.round(frame.height)})`,
            );
        }
        for (let i = 0; i < texts.length; i++)
          for (let j = i + 1; j < texts.length; j++) {
            const [a, b] = [texts[i]!.r, texts[j]!.r];
            const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (x > TOLERANCE && y > TOLERANCE)
              problems.push(`${name}: “${texts[i]!.text}” overlaps “${texts[j]!.text}” by ${Math.round(x)}×${Math.round(y)} px`);
          }
      }
      return problems;
    },
    [root, where] as const,
  );
}

/** Shows one state of one chart block in the story's sticky figure, as the scrolly would. */
function showInFigure(page: Page, chart: string, state: number) {
  return page.evaluate(
    ([chart, state]) => {
      for (const block of document.querySelectorAll<HTMLElement>("[data-chart-block]")) {
        block.hidden = block.dataset.chartBlock !== chart;
        for (const s of block.querySelectorAll<HTMLElement>(".chart-state")) s.hidden = block.hidden || s.dataset.state !== String(state);
      }
    },
    [chart, state] as const,
  );
}

for (const edition of EDITIONS)
  for (const width of WIDTHS) {
    test(`${edition.locale}: story at ${width} px: the server's drawings of every state, then the island's at every step`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: HEIGHT });
      await page.goto(edition.story);
      const problems: string[] = [];
      // Before any interaction the island is not loaded: these are the server's drawings.
      for (const chart of CHART_IDS)
        for (let state = 0; state < CATALOG[chart].states; state++) {
          await showInFigure(page, chart, state);
          problems.push(...(await collisions(page, ".scrolly-figure", `server, ${chart} state ${state}:`)));
        }
      // Then as a reader scrolls (on a fresh load): the island draws each step's state at the
      // figure's exact size.
      await page.reload();
      const steps = await readSteps(page);
      await nudgeScroll(page, 1);
      for (const step of steps) {
        await page.locator(`#step-${step.index}`).evaluate((el) => el.scrollIntoView({ block: "center", behavior: "instant" }));
        await expect(page.locator(".scrolly-figure")).toHaveAttribute("data-active-step", String(step.index));
        await waitForIsland(page);
        await page.waitForTimeout(50);
        problems.push(...(await collisions(page, ".scrolly-figure", `island, step ${step.index} (${step.chart} state ${step.state}):`)));
      }
      expect(problems).toEqual([]);
    });

    test(`${edition.locale}: embeds at ${width} px: every state, before and after the island draws`, async ({ page }) => {
      await page.setViewportSize({ width, height: HEIGHT });
      const problems: string[] = [];
      for (const chart of CHART_IDS)
        for (let state = 0; state < CATALOG[chart].states; state++) {
          await page.goto(`${edition.embed(chart)}?step=${state}`);
          problems.push(...(await collisions(page, "[data-embed]", `embed server, ${chart} state ${state}:`)));
          await page.locator("[data-embed]").hover();
          await page.mouse.move(0, 0);
          await expect(page.locator("[data-embed] .chart-state:not([hidden]) .chart-live svg")).toBeVisible({ timeout: 15_000 });
          problems.push(...(await collisions(page, "[data-embed]", `embed island, ${chart} state ${state}:`)));
        }
      expect(problems).toEqual([]);
    });
  }
