// What the cross-engine specs measure, as functions run inside the page (each is sent to the
// engine as source, so each is self-contained). Measured in the page, not read from the page's
// own code: boxes from getBoundingClientRect, visibility from checkVisibility and a non-empty box.
// (expectMotion alone runs in Node, on what framesAfterChange returns.)
import { expect } from "@playwright/test";

/** Text boxes may differ by an engine's 1–2 px (WebKit's and Gecko's SVG text boxes include more
 * of the font's line height than Chromium's): two labels collide when they overlap by more than
 * this across and down; a real collision overlaps by more than this in both directions. */
export const TEXT_SLACK = 2;

/** Collisions and text leaving its chart in every SVG chart the reader can see under `root`. */
export function chartTextProblems({ root, where, slack }: { root: string; where: string; slack: number }): string[] {
  const shown = (el: Element) => el.checkVisibility() && el.getBoundingClientRect().width > 0;
  const problems: string[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>(`${root} svg[role="img"]`)) {
    if (!shown(svg)) continue;
    const frame = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll("text")]
      .filter((t) => (t.textContent ?? "").trim() !== "" && shown(t) && !t.closest('[data-mark="tip"]'))
      .map((t) => ({ text: (t.textContent ?? "").trim().slice(0, 40), r: t.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    const name = `${where} ${svg.getAttribute("aria-label")?.slice(0, 30)}`;
    for (const { text, r } of texts)
      if (r.left < frame.left - slack || r.right > frame.right + slack || r.top < frame.top - slack || r.bottom > frame.bottom + slack)
        problems.push(
          `${name}: “${text}” leaves the chart (${Math.round(r.left - frame.left)},${Math.round(r.top - frame.top)} to ${Math.round(r.right - frame.left)},${Math.round(r.bottom - frame.top)} in ${Math.round(frame.width)}×${Math.round(frame.height)})`,
        );
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++) {
        const [a, b] = [texts[i]!.r, texts[j]!.r];
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > slack && y > slack)
          problems.push(`${name}: “${texts[i]!.text}” overlaps “${texts[j]!.text}” by ${Math.round(x)}×${Math.round(y)} px`);
      }
  }
  return problems;
}

export interface StorySweep {
  /** Every value the figure's active step took, in order, without repeats. */
  order: number[];
  /** Steps whose text could be read in full above the stuck chart while active. */
  readable: number[];
  /** Where the stuck figure's top edge sat (rounded px), by the chart it showed. */
  tops: Record<string, number[]>;
  /** The figure's tallest share of the screen. */
  tallestShare: number;
  /** Where the drawn chart's top edge sat while stuck (rounded px, relative to the screen). */
  plotTops: number[];
  /** The plot (the drawn SVG) at its shortest while stuck, px. */
  shortestPlot: number;
  /** Text problems in the figure, measured once the island drew each step. */
  text: string[];
  /** Steps at which the island had not drawn within the wait. */
  undrawn: number[];
  /** Whether the sticky figure was used at all (short screens read each step's chart inline). */
  sticky: boolean;
}

/** Scrolls the story from its first step coming into view to its last leaving, `increment` px at a
 * time, as a reader would, and measures what the reader sees at each position. Once each step is
 * active, waits (up to `drawWait` ms) for the island's drawing and measures its text. */
export async function sweepStory({
  increment,
  drawWait,
  slack,
}: {
  increment: number;
  drawWait: number;
  slack: number;
}): Promise<StorySweep> {
  const frame = () =>
    new Promise<void>((resolve) => {
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      setTimeout(resolve, 500);
    });
  const shown = (el: Element) => el.checkVisibility() && el.getBoundingClientRect().width > 0;
  const figure = document.querySelector<HTMLElement>("[data-scrolly] .scrolly-figure")!;
  const steps = [...document.querySelectorAll<HTMLElement>("[data-scrolly] .step[data-step]")];
  const sticky = shown(figure);
  const order: number[] = [];
  const readable = new Set<number>();
  const tops: Record<string, Set<number>> = {};
  const measured = new Set<number>();
  const undrawn: number[] = [];
  const text: string[] = [];
  let tallest = 0;
  let shortestPlot = Infinity;
  const plotTops = new Set<number>();
  const scrolly = document.querySelector("[data-scrolly]")!.getBoundingClientRect();
  const [start, end] = [Math.max(0, scrolly.top + scrollY - innerHeight), scrolly.bottom + scrollY];
  for (let y = start; y <= end + increment; y += increment) {
    window.scrollTo(0, Math.min(y, end));
    await frame();
    if (!sticky) continue;
    const f = figure.getBoundingClientRect();
    const active = Number(figure.dataset.activeStep);
    if (order.at(-1) !== active) order.push(active);
    tallest = Math.max(tallest, f.height);
    // Stuck: on a phone to the screen's bottom (the figure shorter than the screen), beside the
    // steps to its top.
    const stuck = f.height < innerHeight - 1 ? Math.abs(f.bottom - innerHeight) < 1 : Math.abs(f.top) < 1;
    const chart = steps[active]?.dataset.chart ?? "";
    if (stuck) {
      tops[chart] = (tops[chart] ?? new Set()).add(Math.round(f.top));
      for (const svg of figure.querySelectorAll(".chart-state svg[role='img']"))
        if (shown(svg)) {
          shortestPlot = Math.min(shortestPlot, svg.getBoundingClientRect().height);
          plotTops.add(Math.round(svg.getBoundingClientRect().top));
        }
    }
    const above = Math.min(f.top, innerHeight);
    const t = steps[active]?.querySelector(".step-text")?.getBoundingClientRect();
    if (t && t.top >= 0 && t.bottom <= above) readable.add(active);
    if (stuck && !measured.has(active)) {
      measured.add(active);
      const live = () =>
        [...figure.querySelectorAll("[data-chart-block]:not([hidden]) .chart-state:not([hidden]) .chart-live svg")].some(shown);
      const until = performance.now() + drawWait;
      while (!live() && performance.now() < until) await new Promise((r) => setTimeout(r, 50));
      if (!live()) undrawn.push(active);
      await frame();
      const where = `step ${active} (${chart} ${steps[active]?.dataset.state}):`;
      // The same measure as chartTextProblems (repeated: in-page functions cannot share code).
      for (const svg of figure.querySelectorAll<SVGSVGElement>('svg[role="img"]')) {
        if (!shown(svg)) continue;
        const box = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll("text")]
          .filter((el) => (el.textContent ?? "").trim() !== "" && shown(el) && !el.closest('[data-mark="tip"]'))
          .map((el) => ({ s: (el.textContent ?? "").trim().slice(0, 40), r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.height > 0);
        for (const { s, r } of texts)
          if (r.left < box.left - slack || r.right > box.right + slack || r.top < box.top - slack || r.bottom > box.bottom + slack)
            text.push(`${where} “${s}” leaves the chart`);
        for (let i = 0; i < texts.length; i++)
          for (let j = i + 1; j < texts.length; j++) {
            const [a, b] = [texts[i]!.r, texts[j]!.r];
            const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const yy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (x > slack && yy > slack)
              text.push(`${where} “${texts[i]!.s}” overlaps “${texts[j]!.s}” by ${Math.round(x)}×${Math.round(yy)} px`);
          }
      }
    }
  }
  return {
    order,
    readable: [...readable].sort((a, b) => a - b),
    tops: Object.fromEntries(Object.entries(tops).map(([k, v]) => [k, [...v]])),
    tallestShare: tallest / innerHeight,
    plotTops: [...plotTops].sort((a, b) => a - b),
    shortestPlot,
    text,
    undrawn,
    sticky,
  };
}

/** The sticky figure's drawn chart right now (the live drawing once the island drew, else the
 * server's), as a box on the screen; null when none shows. */
export function figureChartBox(): { x: number; y: number; width: number; height: number } | null {
  const shown = (el: Element) => el.checkVisibility() && el.getBoundingClientRect().width > 0;
  const svg = [...document.querySelectorAll("[data-scrolly] .scrolly-figure .chart-state svg[role='img']")].find(shown);
  if (!svg) return null;
  const r = svg.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

/** The tip the pointer shows now, as a box on the screen, after a frame; null when none. */
export function tipBox(): Promise<{ left: number; right: number; top: number; bottom: number; text: string } | null> {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const g = [...document.querySelectorAll('.chart-live g[aria-label="tip"] > g')].find((el) => el.getBoundingClientRect().width > 0);
        if (!g) return resolve(null);
        const r = g.getBoundingClientRect();
        resolve({ left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: (g.textContent ?? "").slice(0, 60) });
      }),
    ),
  );
}

/** Scrolls so that step `index` is at the middle of the screen, and waits until the island has
 * drawn its state in the sticky figure (true), or gives up after `wait` ms (false). */
export async function showStep({ index, wait }: { index: number; wait: number }): Promise<boolean> {
  const step = document.getElementById(`step-${index}`)!;
  const r = step.getBoundingClientRect();
  window.scrollBy({ top: r.top + r.height / 2 - innerHeight / 2, behavior: "instant" });
  const figure = document.querySelector<HTMLElement>("[data-scrolly] .scrolly-figure")!;
  const until = performance.now() + wait;
  const drawn = () =>
    figure.dataset.activeStep === String(index) &&
    [...figure.querySelectorAll("[data-chart-block]:not([hidden]) .chart-state:not([hidden]) .chart-live svg")].some(
      (el) => el.getBoundingClientRect().width > 0,
    );
  while (!drawn() && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
  return drawn();
}

export interface MotionFrame {
  /** When, in ms after the step became the active one. */
  at: number;
  /** Heights of the bars in the live drawing of the figure's visible state. */
  bars: number[];
  /** Where the y axis's tick labels are. */
  ticks: string[];
  /** The annotation's opacity ("" when fully shown; null when there is none). */
  annotation: string | null;
}

/** Scrolls step `index` to the middle of the screen and reads the figure's live drawing in every
 * animation frame from the moment the step becomes the active one until `ms` later. Every frame,
 * not a few at set times: on a busy machine a frame can come late, and the motion is judged by
 * what the reader saw in whichever frames there were. */
export function framesAfterChange({ index, ms }: { index: number; ms: number }): Promise<MotionFrame[]> {
  return new Promise((resolve, reject) => {
    const figure = document.querySelector<HTMLElement>("[data-scrolly] .scrolly-figure")!;
    const read = (at: number): MotionFrame => {
      const svg = figure.querySelector("[data-chart-block]:not([hidden]) .chart-state:not([hidden]) .chart-live svg");
      const annotation = svg?.querySelector<SVGElement>("g.annotation");
      return {
        at: Math.round(at),
        bars: [...(svg?.querySelectorAll('g[data-mark="bar"] rect') ?? [])].map((r) => Math.round(Number(r.getAttribute("height")))),
        ticks: [...(svg?.querySelectorAll('g[text-anchor="end"] text') ?? [])].map((t) => t.getAttribute("transform") ?? ""),
        annotation: annotation ? annotation.style.opacity : null,
      };
    };
    const timer = setTimeout(() => reject(new Error(`step ${index} never became active`)), 5_000);
    new MutationObserver((_, observer) => {
      if (figure.dataset.activeStep !== String(index)) return;
      observer.disconnect();
      clearTimeout(timer);
      const start = performance.now();
      const frames: MotionFrame[] = [];
      const sample = () => {
        const at = performance.now() - start;
        frames.push(read(at));
        if (at >= ms) resolve(frames);
        else requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    }).observe(figure, { attributes: true, attributeFilter: ["data-active-step"] });
    const r = document.getElementById(`step-${index}`)!.getBoundingClientRect();
    window.scrollBy({ top: r.top + r.height / 2 - innerHeight / 2, behavior: "instant" });
  });
}

/** The frames of a change, sorted for judging: the last one (the state at rest), the frames that
 * show the new state (as many bars as at rest: before the island draws it, the old one shows), and
 * those of them in which the new (last) bar is still short, under 80% of its height at rest. */
function motionOf(frames: MotionFrame[]) {
  const done = frames.at(-1)!;
  const drawn = frames.filter((f) => f.bars.length === done.bars.length);
  const growing = drawn.filter((f) => f.bars.at(-1)! < done.bars.at(-1)! * 0.8);
  return { done, drawn, growing };
}

/** What a reader sees of the change to both years' bars, judged over every frame (run in Node, on
 * framesAfterChange's frames): with motion, the new bar grows from short, the old bar and the y
 * axis stay still, and the annotation waits for the bars; under reduced motion, the state at rest
 * at once. Either way both bars end drawn and the annotation shows in full. */
export function expectMotion(frames: MotionFrame[], { reduced }: { reduced: boolean }): void {
  const { done, drawn, growing } = motionOf(frames);
  expect(done.bars.length, "both bars are drawn").toBe(2);
  expect(done.annotation, "the annotation shows in full at rest").toBe("");
  const look = ({ at, ...frame }: MotionFrame) => frame;
  if (reduced) {
    expect(drawn.map(look), "every frame that shows the new state shows it at rest").toEqual(drawn.map(() => look(done)));
    return;
  }
  expect(growing.length, `the new bar starts short (frames at ${frames.map((f) => f.at).join(", ")} ms)`).toBeGreaterThan(0);
  const heights = drawn.map((f) => f.bars[1]!);
  expect(heights, "and grows").toEqual(heights.toSorted((a, b) => a - b));
  expect(new Set(drawn.map((f) => f.bars[0])), "the bar that was there does not grow again").toEqual(new Set([done.bars[0]]));
  expect(
    drawn.filter((f) => f.ticks.join() !== done.ticks.join()),
    "the y axis, which does not change, stays where it was",
  ).toEqual([]);
  const early = growing.filter((f) => f.annotation === "" || Number(f.annotation) >= 0.5);
  expect(early, "the annotation waits for the bars").toEqual([]);
}

/** WCAG relative luminance of a computed CSS colour (rgb() or rgba()). */
export function luminanceOf(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? ["0", "0", "0"]).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The visible buttons of the page that would do nothing without a script: neither a form's submit
 * button nor a popover's. */
export function buttonsNeedingScript(): string[] {
  return [...document.querySelectorAll("button")]
    .filter((b) => b.checkVisibility() && b.getBoundingClientRect().width > 0)
    .filter((b) => !(b.type === "submit" && b.form) && !b.hasAttribute("popovertarget"))
    .map((b) => b.textContent?.trim() || b.outerHTML.slice(0, 80));
}
