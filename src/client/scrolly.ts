// The scrollytelling controller: keeps the sticky figure on the step at the viewport's middle.
// Small on purpose (it loads with the page); Plot and the interactive charts come later, from
// island.ts, only once the reader scrolls, points at or focuses the figure, or resizes the window.
import { loadIsland, onIntent, pointedOrFocused, scrolled } from "./intent.ts";

export interface ScrollyHandle {
  figure: HTMLElement;
  steps: HTMLElement[];
  /** Called after each change of step. */
  onStep: Set<() => void>;
}

export function startScrolly(root: HTMLElement | null = document.querySelector<HTMLElement>("[data-scrolly]")): ScrollyHandle | null {
  const figure = root?.querySelector<HTMLElement>(".scrolly-figure");
  if (!root || !figure) return null;
  const steps = [...root.querySelectorAll<HTMLElement>(".step[data-step]")];
  const handle: ScrollyHandle = { figure, steps, onStep: new Set() };
  let active = -1;

  // The step under the viewport's middle line, or the nearest one to it: exact after fast
  // scrolling and anchor jumps, because it is measured, not counted from observer events.
  const middleStep = (): number => {
    const middle = window.innerHeight / 2;
    let best = 0;
    let bestDistance = Infinity;
    steps.forEach((step, i) => {
      const r = step.getBoundingClientRect();
      const distance = r.top <= middle && r.bottom >= middle ? 0 : Math.min(Math.abs(r.top - middle), Math.abs(r.bottom - middle));
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    });
    return best;
  };

  const activate = (i: number) => {
    if (i === active) return;
    active = i;
    const step = steps[i]!;
    const chartId = step.dataset.chart!;
    const state = step.dataset.state!;
    figure.dataset.activeStep = String(i);
    figure.dataset.activeChart = chartId;
    for (const block of figure.querySelectorAll<HTMLElement>("[data-chart-block]")) block.hidden = block.dataset.chartBlock !== chartId;
    const block = figure.querySelector<HTMLElement>(`[data-chart-block="${chartId}"]`);
    for (const s of block?.querySelectorAll<HTMLElement>(".chart-state") ?? []) {
      s.hidden = s.dataset.state !== state;
    }
    for (const [j, s] of steps.entries()) s.classList.toggle("is-active", j === i);
    for (const listener of handle.onStep) listener();
  };

  // One mechanism: measure on every scroll, at most once a frame. (An IntersectionObserver on the
  // middle line would miss a jump from one gap between steps to another, such as a dragged
  // scrollbar, a fling or the Home key, which crosses no line.)
  const update = () => activate(middleStep());
  let frame = 0;
  window.addEventListener(
    "scroll",
    () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    },
    { passive: true },
  );
  // A change of width reflows the steps: keep the reader on the step they were reading. A change
  // of height alone (a phone's address bar) moves nothing.
  let width = window.innerWidth;
  window.addEventListener(
    "resize",
    () => {
      if (window.innerWidth !== width && active >= 0) {
        width = window.innerWidth;
        steps[active]!.scrollIntoView({ block: "center", behavior: "instant" });
      }
      update();
    },
    { passive: true },
  );

  // Keyboard: a focused step becomes the active one; arrow keys move from step to step.
  steps.forEach((step, i) => {
    step.addEventListener("focus", () => activate(i));
    step.addEventListener("keydown", (e) => {
      if (e.target !== step) return;
      const next = e.key === "ArrowDown" || e.key === "PageDown" ? i + 1 : e.key === "ArrowUp" || e.key === "PageUp" ? i - 1 : -1;
      if (next < 0 || next >= steps.length || next === i) return;
      e.preventDefault();
      steps[next]!.focus();
      steps[next]!.scrollIntoView({
        block: "center",
        behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth",
      });
    });
  });

  update(); // a reload in the middle of the story starts on the right step
  // Plot's browser code is loaded only on the reader's first sign of interest.
  onIntent(
    [[window, "scroll"], [window, "resize"], ...["pointerover", "focusin", "touchstart"].map((type) => [figure, type] as const)],
    () => loadIsland(figure, handle.onStep),
    () => scrolled() || pointedOrFocused(figure),
  );
  return handle;
}
