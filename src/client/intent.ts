// Runs something once, on the reader's first sign of interest in the page: used to load Plot and
// the interactive charts only when they may be wanted, off the critical path.

/** Calls `run` once, on the first of these events; then stops listening to all of them. Or at once,
 * if `already()` says the reader showed it before this script started: a page's script starts once
 * the page is parsed (the story's after its first paint: src/site/inline-scripts.ts), and a reader
 * may scroll, point or tab before it does. */
export function onIntent(events: readonly (readonly [EventTarget, string])[], run: () => void, already = () => false): void {
  if (already()) {
    run();
    return;
  }
  const fire = () => {
    for (const [target, type] of events) target.removeEventListener(type, fire);
    run();
  };
  for (const [target, type] of events) target.addEventListener(type, fire, { once: true, passive: true });
}

/** Signs of interest a reader may show before the page's script starts (for onIntent's `already`):
 * the page scrolled, or the pointer or focus on an element. */
export const scrolled = () => window.scrollY > 0;
export const pointedOrFocused = (element: Element) => element.matches(":hover, :focus-within");

/** Loads the island and starts it on a container (and on the changes the page announces). */
export function loadIsland(container: HTMLElement, changes?: Set<() => void>): void {
  import("./island.ts")
    .then((m) => m.startIsland(container, changes))
    .catch((error) => unlessLeaving(window, () => console.warn("Interactive charts unavailable:", error)));
}

/** The part of a window that unlessLeaving uses. */
type PageEvents = Pick<Window, "addEventListener" | "removeEventListener" | "setTimeout">;

/** Runs `report` after `graceMs`, unless the page is left before then (pagehide). A reader who
 * follows a link while the charts load cuts their import off, and Firefox rejects it then, while
 * the page is still there: that is no failure of the charts. */
export function unlessLeaving(page: PageEvents, report: () => void, graceMs = 1000): void {
  let leaving = false;
  const leave = () => {
    leaving = true;
  };
  page.addEventListener("pagehide", leave, { once: true });
  page.setTimeout(() => {
    page.removeEventListener("pagehide", leave);
    if (!leaving) report();
  }, graceMs);
}
