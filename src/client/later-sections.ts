// The story's sections after the scrolly start out laid out only as the reader nears them, on a
// visit from the top (src/styles/global.css), so that the page's first layout is its first
// screens. Once the reader scrolls, each section is laid out in full, one per idle moment (short
// tasks, out of the reader's way): then every height is real before the reader may reload or come
// back through history, where Firefox restores the scroll position by its offset alone. Every
// jump (the End key, a link to a source, find in page) scrolls, so this starts before any.
import { onIntent, scrolled } from "./intent.ts";

/** The class that ends a section's deferred layout (in src/styles/global.css). */
const LAID_OUT = "laid-out";

export function layOutLaterSections() {
  if (!document.documentElement.classList.contains("from-top")) return;
  const waiting = [...document.querySelectorAll<HTMLElement>(".story-sections > section")];
  // WebKit has no requestIdleCallback, and no deferred layout either (no scroll anchoring).
  const idle = (run: () => void) => ("requestIdleCallback" in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 50));
  const next = () => {
    waiting.shift()?.classList.add(LAID_OUT);
    if (waiting.length) idle(next);
  };
  onIntent([[window, "scroll"]], () => idle(next), scrolled);
}
