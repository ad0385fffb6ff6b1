// Runs something once, on the reader's first sign of interest in the page: used to load Plot and
// the interactive charts only when they may be wanted, off the critical path.

/** Calls `run` once, on the first of these events; then stops listening to all of them. */
export function onIntent(events: readonly (readonly [EventTarget, string])[], run: () => void): void {
  const fire = () => {
    for (const [target, type] of events) target.removeEventListener(type, fire);
    run();
  };
  for (const [target, type] of events) target.addEventListener(type, fire, { once: true, passive: true });
}

/** Loads the island and starts it on a container (and on the changes the page announces). */
export function loadIsland(container: HTMLElement, changes?: Set<() => void>): void {
  import("./island.ts")
    .then((m) => m.startIsland(container, changes))
    .catch((error) => console.warn("Interactive charts unavailable:", error));
}
