// Shared helpers for the browser suite: what the reader sees of the scrolly story, measured in the
// page (visibility is checkVisibility() plus a non-empty box, never just an attribute).
import { expect, type Page } from "@playwright/test";

export interface StepInfo {
  index: number;
  chart: string;
  state: string;
}

/** The story's steps in reading order, as the page declares them. */
export async function readSteps(page: Page): Promise<StepInfo[]> {
  const steps = await page
    .locator("[data-scrolly] .scrolly-steps .step[data-step]")
    .evaluateAll((els: HTMLElement[]) =>
      els.map((el) => ({ index: Number(el.dataset.step), chart: el.dataset.chart ?? "", state: el.dataset.state ?? "" })),
    );
  expect(steps.length, "the story has steps").toBeGreaterThan(1);
  expect(
    steps.map((step) => step.index),
    "steps are numbered 0, 1, 2… in reading order",
  ).toEqual(steps.map((_, i) => i));
  return steps;
}

export interface FigureView {
  /** data-active-step of the sticky figure. */
  activeStep: number;
  /** Chart blocks the reader can see. */
  charts: string[];
  /** Visible chart states within them. */
  states: string[];
  /** Drawn SVGs (server-rendered or live) with a non-empty box in the visible states. */
  drawn: number;
  /** Steps highlighted as active. */
  highlighted: number[];
}

/** What the sticky figure shows right now. */
export function figureView(page: Page): Promise<FigureView> {
  return page.evaluate(() => {
    const figure = document.querySelector<HTMLElement>("[data-scrolly] .scrolly-figure")!;
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return el.checkVisibility() && r.width > 0 && r.height > 0;
    };
    const blocks = [...figure.querySelectorAll<HTMLElement>("[data-chart-block]")].filter(shown);
    const states = blocks.flatMap((b) => [...b.querySelectorAll<HTMLElement>(".chart-state")].filter(shown));
    return {
      activeStep: Number(figure.dataset.activeStep),
      charts: blocks.map((b) => b.dataset.chartBlock ?? ""),
      states: states.map((s) => s.dataset.state ?? ""),
      drawn: states.flatMap((s) => [...s.querySelectorAll(".chart-drawing > div > svg")].filter(shown)).length,
      highlighted: [...document.querySelectorAll<HTMLElement>(".step.is-active")].map((s) => Number(s.dataset.step)),
    };
  });
}

/** The sticky figure shows exactly this step's chart state, and the step is the highlighted one. */
export async function expectFigureOn(page: Page, step: StepInfo, timeout = 5_000): Promise<void> {
  await expect
    .poll(() => figureView(page), {
      message: `the sticky figure should show step ${step.index} (${step.chart}, state ${step.state})`,
      timeout,
    })
    .toEqual({ activeStep: step.index, charts: [step.chart], states: [step.state], drawn: 1, highlighted: [step.index] });
}

/** Scrolls a step's centre to the middle line of what the reader sees, as a reader reading it
 * would. (Computed here rather than with scrollIntoView, which scroll-padding would move.) */
export async function centerStep(page: Page, index: number): Promise<void> {
  await page.locator(`#step-${index}`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const vv = window.visualViewport;
    const middle = vv ? vv.offsetTop + vv.height / 2 : window.innerHeight / 2;
    window.scrollBy({ top: r.top + r.height / 2 - middle, behavior: "instant" });
  });
}

/** The step under (or nearest to) the middle line of what the reader can see (the visual
 * viewport, which on a phone can be smaller than the layout viewport), measured here
 * independently of the page's own code. */
export function stepAtMiddle(page: Page): Promise<number> {
  return page.evaluate(() => {
    const vv = window.visualViewport;
    const middle = vv ? vv.offsetTop + vv.height / 2 : window.innerHeight / 2;
    let best = -1;
    let bestDistance = Infinity;
    for (const step of document.querySelectorAll<HTMLElement>("[data-scrolly] .step[data-step]")) {
      const r = step.getBoundingClientRect();
      const d = r.top <= middle && r.bottom >= middle ? 0 : Math.min(Math.abs(r.top - middle), Math.abs(r.bottom - middle));
      if (d < bestDistance) [best, bestDistance] = [Number(step.dataset.step), d];
    }
    return best;
  });
}

/** Starts recording every value data-active-step takes from now on. */
export async function recordActiveSteps(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const figure = document.querySelector<HTMLElement>("[data-scrolly] .scrolly-figure")!;
    const w = window as unknown as { __activeSteps: number[] };
    w.__activeSteps = [];
    new MutationObserver(() => w.__activeSteps.push(Number(figure.dataset.activeStep))).observe(figure, {
      attributes: true,
      attributeFilter: ["data-active-step"],
    });
  });
  return () => page.evaluate(() => (window as unknown as { __activeSteps: number[] }).__activeSteps);
}

/** Two animation frames: enough for observers and a paint to have run. A headless browser on a
 * loaded machine can hold frames back for seconds; a test then goes on after half a second (and
 * fails on what it finds, if the frames mattered) rather than hang until its timeout. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        setTimeout(resolve, 500);
      }),
  );
}

/** A small scroll, the reader's first sign of interest (works with touch emulation too, where
 * mouse.wheel does not scroll). */
export async function nudgeScroll(page: Page, dy = 40): Promise<void> {
  await page.evaluate((dy) => window.scrollBy(0, dy), dy);
}

/** Waits for the island (Plot) to have drawn the sticky figure's active state. */
export async function waitForIsland(page: Page): Promise<void> {
  await expect(
    page.locator("[data-scrolly] .scrolly-figure [data-chart-block]:not([hidden]) .chart-state:not([hidden]) .chart-live svg"),
  ).toBeVisible({
    timeout: 15_000,
  });
}

/** Console errors and warnings, and uncaught exceptions, from the moment this is called. */
export function collectPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") {
      const where = msg.location();
      problems.push(`console.${msg.type()}: ${msg.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ""}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** One edition of the site, with the words of it the tests look for. The words are typed here from
 * src/i18n/en.ts and src/i18n/es.ts as a specification, not read from the dictionaries under test. */
export interface Edition {
  locale: "en" | "es";
  /** The story's address. */
  story: string;
  /** A chart's embed page. */
  embed: (id: string) => string;
  /** The data page. */
  data: string;
  /** A missing page under this edition, and what its 404 page is titled. */
  missing: string;
  notFound: string;
  /** The name of each chart's "Get the data" link, and its address: this edition's data page for
   * the chart (its series ticked in the HTML), at its form. */
  getData: string;
  dataHref: RegExp;
  /** The other edition, and the words of the link that leads there ("Leer en español"). */
  other: { locale: "en" | "es"; story: string; readIn: string; code: string };
}

export const EDITIONS: readonly Edition[] = [
  {
    locale: "en",
    story: "/",
    embed: (id) => `/embed/${id}`,
    data: "/data/",
    missing: "/no-such-page",
    notFound: "Page not found",
    getData: "Get the data",
    dataHref: /^\/data\/[a-z0-9-]+\/#choose$/,
    other: { locale: "es", story: "/es/", readIn: "Leer en español", code: "ES" },
  },
  {
    locale: "es",
    story: "/es/",
    embed: (id) => `/es/embed/${id}`,
    data: "/es/data/",
    missing: "/es/no-such-page",
    notFound: "Página no encontrada",
    getData: "Obtener los datos",
    dataHref: /^\/es\/data\/[a-z0-9-]+\/#choose$/,
    other: { locale: "en", story: "/", readIn: "Read in English", code: "EN" },
  },
];
