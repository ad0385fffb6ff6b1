// The island (Plot) redraws the sticky figure's chart at the container's exact width, keeping the
// chart's aspect, so neither its first draw nor a resize moves anything. Desktop size.
import { expect, test, type Page } from "@playwright/test";
import { centerStep, expectFigureOn, nudgeScroll, readSteps, waitForIsland } from "./helpers.ts";

interface Measure {
  chart: string;
  /** The box the visible chart state's drawing sits in. */
  box: { width: number; height: number };
  /** The visible drawing in it: server-rendered (narrow/wide) or live. */
  svg: { kind: string; width: number; height: number; viewBoxWidth: number; viewBoxHeight: number };
  /** height ÷ width of the chart at wide layout, as the server rendered it (chart.height(w) / w). */
  wideAspect: number;
}

function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const figure = document.querySelector<HTMLElement>("[data-scrolly] .scrolly-figure")!;
    const state = figure.querySelector<HTMLElement>("[data-chart-block]:not([hidden]) .chart-state:not([hidden])")!;
    const svg = [...state.querySelectorAll<SVGSVGElement>(".chart-drawing > div > svg")].find(
      (s) => s.checkVisibility() && s.getBoundingClientRect().width > 0,
    )!;
    const wide = state.querySelector<SVGSVGElement>(".chart-wide > svg")!.viewBox.baseVal;
    const b = state.querySelector(".chart-drawing")!.getBoundingClientRect();
    const s = svg.getBoundingClientRect();
    return {
      chart: figure.dataset.activeChart ?? "",
      box: { width: b.width, height: b.height },
      svg: {
        kind: svg.parentElement!.className,
        width: s.width,
        height: s.height,
        viewBoxWidth: svg.viewBox.baseVal.width,
        viewBoxHeight: svg.viewBox.baseVal.height,
      },
      wideAspect: wide.height / wide.width,
    };
  });
}

/** The live drawing fits its box: drawn at the box's width, with the chart's own aspect, and the
 * box is exactly as tall as the drawing. */
function expectLiveFits(m: Measure, where: string) {
  expect(m.svg.kind, `${where}: the live chart shows`).toBe("chart-live");
  expect(Math.abs(m.svg.width - m.box.width), `${where}: drawing width ${m.svg.width} vs box ${m.box.width}`).toBeLessThanOrEqual(2);
  expect(
    Math.abs(m.svg.viewBoxWidth - m.box.width),
    `${where}: drawn at the box's width (viewBox ${m.svg.viewBoxWidth}, box ${m.box.width})`,
  ).toBeLessThanOrEqual(2);
  expect(
    Math.abs(m.svg.height - m.box.width * m.wideAspect),
    `${where}: height ${m.svg.height} vs the chart's aspect at ${m.box.width} px (${m.box.width * m.wideAspect})`,
  ).toBeLessThanOrEqual(2);
  expect(Math.abs(m.box.height - m.svg.height), `${where}: the box is as tall as the drawing`).toBeLessThanOrEqual(2);
}

test("the island's first draw and its redraw on resize keep the chart's box", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  const steps = await readSteps(page);
  await expect(page.locator(".chart-live")).toHaveCount(0);
  const ssr = await measure(page);
  expect(ssr.svg.kind, "before the island, the server's wide drawing shows").toBe("chart-wide");

  await nudgeScroll(page, 1);
  await waitForIsland(page);
  const live = await measure(page);
  expect(live.chart).toBe(ssr.chart);
  expect(live.box.width, "same width as before the island").toBeCloseTo(ssr.box.width, 0);
  expect(
    Math.abs(live.svg.height - ssr.svg.height),
    `the live drawing (${live.svg.height} px) is as tall as the server's (${ssr.svg.height} px)`,
  ).toBeLessThanOrEqual(2);
  expect(Math.abs(live.box.height - ssr.box.height), "the chart's box does not jump when the island draws").toBeLessThanOrEqual(2);
  expectLiveFits(live, "first draw at 1280 px");

  await page.setViewportSize({ width: 1200, height: 800 });
  await expect
    .poll(async () => (await measure(page)).box.width, { message: "the figure narrows with the window" })
    .toBeLessThan(live.box.width - 10);
  await expect
    .poll(
      async () => {
        const m = await measure(page);
        return Math.abs(m.svg.viewBoxWidth - m.box.width) <= 2;
      },
      { message: "the island redraws at the new width" },
    )
    .toBe(true);
  expectLiveFits(await measure(page), "after resizing to 1200 px");

  // A step with another chart, after the resize, is drawn at the current width too.
  const other = steps.find((s) => s.chart !== live.chart)!;
  await centerStep(page, other.index);
  await expectFigureOn(page, other);
  await waitForIsland(page);
  await expect.poll(async () => (await measure(page)).chart).toBe(other.chart);
  expectLiveFits(await measure(page), `step ${other.index} (${other.chart}) at 1200 px`);
});

// A reader downloads the charts' words of their own edition only: the live charts speak the page's
// language, and no script the page loads holds the other edition's chart titles.
for (const [path, other] of [
  ["/", "/es/"],
  ["/es/", "/"],
] as const) {
  test(`the island on ${path} loads only its own edition's words`, async ({ page }) => {
    const scripts: Promise<string>[] = [];
    page.on("response", (r) => {
      if (r.request().resourceType() === "script") scripts.push(r.text());
    });
    const otherHtml = await (await page.request.get(other)).text();
    const otherTitles = [...otherHtml.matchAll(/class="chart-title"[^>]*>([^<]+)</g)].map((m) => m[1]!.trim());
    expect(otherTitles.length, `chart titles found on ${other}`).toBeGreaterThan(0);

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    const ownTitle = (await page
      .locator("[data-scrolly] .scrolly-figure [data-chart-block]:not([hidden]) .chart-title")
      .first()
      .textContent())!.trim();
    await nudgeScroll(page, 1);
    await waitForIsland(page);
    const live = page.locator("[data-scrolly] .scrolly-figure [data-chart-block]:not([hidden]) .chart-state:not([hidden]) .chart-live svg");
    await expect(live, "the live chart is labelled in the page's language").toHaveAttribute("aria-label", ownTitle);

    const code = (await Promise.all(scripts)).join("\n");
    expect(code.length, "scripts were loaded").toBeGreaterThan(0);
    for (const title of new Set(otherTitles))
      expect(code.includes(title), `a script on ${path} holds "${title}" from ${other}`).toBe(false);
  });
}
