// The embed page: shows the state asked for by ?step=, reports its height to the host page on load
// and on every change (ResizeObserver), and loads the interactive chart on intent. It posts
// messages but never listens to its parent.
import { clampStep } from "../charts/catalog.ts";
import { AMP_MESSAGE, OWN_MESSAGE_TYPE, type OwnSizeMessage } from "../embed/protocol.ts";
import { loadIsland, onIntent } from "./intent.ts";

export function startEmbed() {
  const figure = document.querySelector<HTMLElement>("[data-embed]");
  if (!figure) return;
  const chart = figure.dataset.embed!;

  // ?step=n picks one state of a scrolly chart; anything else keeps the final state.
  const states = [...figure.querySelectorAll<HTMLElement>(".chart-state")];
  const raw = new URLSearchParams(location.search).get("step");
  const step = clampStep({ states: states.length }, raw !== null && /^\d+$/.test(raw) ? Number(raw) : Number.NaN);
  for (const s of states) s.hidden = Number(s.dataset.state) !== step;
  figure.dataset.activeState = String(step);

  if (window.parent !== window) {
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last || height === 0) return;
      last = height;
      // The host's origin is unknown (any page may embed us) and the message holds nothing private.
      window.parent.postMessage({ ...AMP_MESSAGE, height }, "*");
      window.parent.postMessage({ type: OWN_MESSAGE_TYPE, chart, height } satisfies OwnSizeMessage, "*");
    };
    new ResizeObserver(post).observe(document.documentElement);
    window.addEventListener("load", post);
    post();
  }

  onIntent(
    ["pointerover", "focusin", "touchstart"].map((type) => [figure, type] as const),
    () => loadIsland(figure),
  );
}
