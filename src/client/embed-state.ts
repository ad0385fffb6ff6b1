// What an embedded chart does the same way in its iframe page (embed-page.ts) and in a host page's
// shadow root (embed-chart.ts): show the state its URL asks for, and load the interactive chart on
// the reader's first sign of interest.
import { clampStep } from "../charts/catalog.ts";
import { PHONE_WIDTH } from "../embed/widths.ts";
import { onIntent, pointedOrFocused } from "./intent.ts";

/** Shows one state of the figure: ?step=n of a scrolly chart; the final state for anything else. */
export function showStep(figure: HTMLElement, raw: string | null): void {
  const states = [...figure.querySelectorAll<HTMLElement>(".chart-state")];
  const step = clampStep({ states: states.length }, raw !== null && /^\d+$/.test(raw) ? Number(raw) : Number.NaN);
  for (const s of states) s.hidden = Number(s.dataset.state) !== step;
  figure.dataset.activeState = String(step);
}

/** Calls `load` on the first pointer, touch or focus on the figure. Narrower than a phone, the
 * server's rendering (scaled to fit) keeps its layout where a redraw at the exact width would crowd
 * its labels: the interactive chart waits for a wider embed (`width()`). */
export function onChartIntent(figure: HTMLElement, width: () => number, load: () => void): void {
  const events = ["pointerover", "focusin", "touchstart"].map((type) => [figure, type] as const);
  const intent = () => {
    if (width() >= PHONE_WIDTH) load();
    else onIntent(events, intent);
  };
  onIntent(events, intent, () => pointedOrFocused(figure));
}
