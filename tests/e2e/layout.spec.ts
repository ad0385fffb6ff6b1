// Where things are on screen: at desktop size the steps read on the left and the figure sticks at
// the top right; at phone size the figure sticks to the bottom of the screen, under the step being
// read. And nothing makes the page scroll sideways. In both editions (the Spanish words are longer).
import { expect, test, type Page } from "@playwright/test";
import { centerStep, EDITIONS, expectFigureOn, nextFrames, readSteps, waitForIsland } from "./helpers.ts";

/** Boxes in CSS pixels (layout viewport coordinates), and the part of the page the reader sees. */
function boxes(page: Page, index: number) {
  return page.evaluate((index) => {
    const box = (el: Element | null) => {
      const r = el!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
    };
    const figure = document.querySelector("[data-scrolly] .scrolly-figure")!;
    // The drawing the reader sees: the server's (narrow or wide) or the island's.
    const chart = [
      ...figure.querySelectorAll("[data-chart-block]:not([hidden]) .chart-state:not([hidden]) .chart-drawing > div > svg"),
    ].find((svg) => svg.checkVisibility() && svg.getBoundingClientRect().height > 0)!;
    return {
      // What the reader sees: the visual viewport, in the same (layout viewport) coordinates as the boxes.
      screen: {
        top: window.visualViewport?.offsetTop ?? 0,
        width: window.visualViewport?.width ?? window.innerWidth,
        height: window.visualViewport?.height ?? window.innerHeight,
        bottom: (window.visualViewport?.offsetTop ?? 0) + (window.visualViewport?.height ?? window.innerHeight),
      },
      layoutHeight: window.innerHeight,
      position: getComputedStyle(figure).position,
      figure: box(figure),
      chart: box(chart),
      step: box(document.getElementById(`step-${index}`)),
    };
  }, index);
}

/** Elements that stick out past the right edge of the screen, outermost first. */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const describe = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement)
        parts.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : "") + [...e.classList].map((c) => `.${c}`).join(""));
      return `${parts.join(" > ")} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`;
    };
    // Inside a box that scrolls or clips sideways, sticking out of that box is fine.
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== "visible" && a.getBoundingClientRect().right <= limit + 1) return true;
      return false;
    };
    const found = [...document.body.querySelectorAll("*")].filter(
      (el) =>
        el.getBoundingClientRect().right > limit + 1 &&
        !(el.parentElement!.getBoundingClientRect().right > limit + 1) &&
        el.checkVisibility() &&
        !clipped(el),
    );
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: limit, found: found.map(describe) };
  });
}

for (const edition of EDITIONS) {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 768, height: 1024 },
  ]) {
    test(`${edition.locale}: ${size.width}×${size.height}: steps on the left, the figure sticks at the top right while the story scrolls`, async ({
      page,
    }, testInfo) => {
      test.skip(testInfo.project.name !== "desktop", "desktop and tablet layout");
      await page.setViewportSize(size);
      await page.goto(edition.story);
      const steps = await readSteps(page);
      for (const step of steps.slice(1)) {
        await centerStep(page, step.index);
        await expectFigureOn(page, step);
        const b = await boxes(page, step.index);
        const where = `at step ${step.index}`;
        expect(b.position, where).toBe("sticky");
        expect(b.step.right, `${where}: the step is left of the figure`).toBeLessThanOrEqual(b.figure.left);
        expect(Math.abs(b.figure.top), `${where}: the figure is stuck to the top`).toBeLessThanOrEqual(1);
        expect(b.chart.top, `${where}: the chart is on screen`).toBeGreaterThanOrEqual(b.screen.top);
        expect(b.chart.bottom, `${where}: the chart is on screen`).toBeLessThanOrEqual(b.screen.bottom + 1);
      }
    });
  }

  test(`${edition.locale}: phone: the figure sticks to the bottom of the screen, under the step being read`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "phone layout");
    await page.goto(edition.story);
    const steps = await readSteps(page);
    const problems: string[] = [];
    for (const step of steps) {
      await centerStep(page, step.index);
      await expectFigureOn(page, step);
      await nextFrames(page);
      const b = await boxes(page, step.index);
      const where = `step ${step.index} (screen ${b.screen.width}×${b.screen.height}, at ${Math.round(b.screen.top)}–${Math.round(b.screen.bottom)} of a ${b.layoutHeight} px layout viewport)`;
      const middle = (b.screen.top + b.screen.bottom) / 2;
      if (b.position !== "sticky") problems.push(`${where}: the figure is position: ${b.position}`);
      if (Math.abs(b.figure.bottom - b.screen.bottom) > 1)
        problems.push(`${where}: the figure's bottom is at ${Math.round(b.figure.bottom)} px, not at the bottom of the screen`);
      if (b.chart.bottom > b.screen.bottom + 1)
        problems.push(`${where}: the chart's bottom ${Math.round(b.chart.bottom - b.screen.bottom)} px are below the screen`);
      if (b.chart.top < b.screen.top - 1)
        problems.push(`${where}: the chart's top ${Math.round(b.screen.top - b.chart.top)} px are above the screen`);
      if (b.figure.top < middle)
        problems.push(
          `${where}: the figure (top ${Math.round(b.figure.top)}) covers the middle line (${Math.round(middle)}), where the step is read`,
        );
      if (b.step.top > middle || b.step.bottom < middle - 40)
        problems.push(
          `${where}: the step is not at the middle of the screen (top ${Math.round(b.step.top)}, bottom ${Math.round(b.step.bottom)})`,
        );
    }
    expect(problems).toEqual([]);
  });

  test(`${edition.locale}: the page does not scroll sideways`, async ({ page }) => {
    await page.goto(edition.story);
    const o = await overflowing(page);
    expect(
      o.scrollWidth,
      `page is ${o.scrollWidth} px wide on a ${o.clientWidth} px screen; sticking out: ${o.found.join("; ")}`,
    ).toBeLessThanOrEqual(o.clientWidth);
  });

  test(`${edition.locale}: opening the data tables does not make the page scroll sideways`, async ({ page }) => {
    await page.goto(edition.story);
    // Open every table a reader can reach at this size (the others are display: none).
    const summaries = page.locator("details.chart-table > summary").filter({ visible: true });
    const count = await summaries.count();
    expect(count, "data tables a reader can open").toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await summaries.nth(i).evaluate((s) => ((s.parentElement as HTMLDetailsElement).open = true));
    // Only what the tables add counts here (the test above covers the rest).
    const o = await overflowing(page);
    const tables = o.found.filter((f) => f.includes("details.chart-table"));
    expect(tables, `sticking out past the ${o.clientWidth} px screen once opened`).toEqual([]);
  });

  test(`${edition.locale}: text keeps a margin from the edges of the screen`, async ({ page }) => {
    await page.goto(edition.story);
    const touching = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll("main h1, main h2, main h3, main p, main li, main .step")]
        .filter((el) => el.checkVisibility() && !el.closest(".scrolly-figure"))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.left < 8 || r.right > width - 8))
        .map(
          ({ el, r }) =>
            `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join("")} "${(el.textContent ?? "").trim().slice(0, 30)}…" spans ${Math.round(r.left)}–${Math.round(r.right)} px of ${width}`,
        );
    });
    expect(touching, "text blocks closer than 8 px to a screen edge").toEqual([]);
  });

  // A section after the story paints nothing outside its own box (content-visibility contains its
  // paint), so a link or button at its edge must leave room for the focus ring around it.
  test(`${edition.locale}: in the sections after the story, each focus ring is drawn whole`, async ({ page }) => {
    await page.goto(edition.story);
    await page.keyboard.press("Tab"); // focus rings are drawn for the keyboard
    const { checked, cut } = await page.evaluate(() => {
      const cut: string[] = [];
      let checked = 0;
      for (const section of document.querySelectorAll<HTMLElement>(".story-sections > section")) {
        for (const el of section.querySelectorAll<HTMLElement>("a[href], button, [tabindex]")) {
          if (!el.checkVisibility()) continue;
          el.focus();
          const name = `"${(el.textContent ?? "").trim().slice(0, 30)}"`;
          if (!el.matches(":focus-visible")) {
            cut.push(`${name}: no focus ring`);
            continue;
          }
          const style = getComputedStyle(el);
          const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
          const box = section.getBoundingClientRect();
          for (const r of el.getClientRects()) {
            if (r.width === 0) continue;
            checked++;
            const out = [box.left - (r.left - ring), r.right + ring - box.right, box.top - (r.top - ring), r.bottom + ring - box.bottom];
            if (Math.max(...out) > 0.5)
              cut.push(`${name}: ring ${out.map((o) => Math.round(o)).join("/")} px past the section (left/right/top/bottom)`);
          }
        }
      }
      return { checked, cut };
    });
    expect(checked, "links and buttons in the sections").toBeGreaterThan(20);
    expect(cut).toEqual([]);
  });

  test(`${edition.locale}: the island's chart is shown at the size it was drawn, so its text is not scaled down`, async ({ page }) => {
    await page.goto(edition.story);
    const steps = await readSteps(page);
    const scaled: string[] = [];
    for (const step of steps) {
      await centerStep(page, step.index);
      await expectFigureOn(page, step);
      await waitForIsland(page);
      const m = await page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>(
          ".scrolly-figure [data-chart-block]:not([hidden]) .chart-state:not([hidden]) .chart-live > svg",
        )!;
        return {
          shown: svg.getBoundingClientRect().width,
          drawn: svg.viewBox.baseVal.width,
          shownHeight: svg.getBoundingClientRect().height,
          drawnHeight: svg.viewBox.baseVal.height,
        };
      });
      if (Math.abs(m.shown - m.drawn) > 2)
        scaled.push(
          `step ${step.index} (${step.chart}): drawn ${m.drawn}×${m.drawnHeight}, shown ${Math.round(m.shown)}×${Math.round(m.shownHeight)} (×${(m.shown / m.drawn).toFixed(2)})`,
        );
    }
    expect(scaled, "live charts scaled by CSS").toEqual([]);
  });
}
