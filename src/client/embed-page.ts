// The embed page: shows the state asked for by ?step=, reports its height to the host page on load
// and on every change (ResizeObserver), and loads the interactive chart on intent. It posts
// messages but never listens to its parent. The height goes out in each protocol a host may speak:
// AMP's embed-size, our own namespaced message (/embed.js), and pym.js's when a pym.js parent
// made the iframe (it passes ?childId=); pym.js itself is not loaded.
import { clampStep } from "../charts/catalog.ts";
import { AMP_MESSAGE, OWN_MESSAGE_TYPE, type OwnSizeMessage, pymHeightMessage } from "../embed/protocol.ts";
import { PHONE_WIDTH } from "../embed/widths.ts";
import { loadIsland, onIntent } from "./intent.ts";

export function startEmbed() {
  const figure = document.querySelector<HTMLElement>("[data-embed]");
  if (!figure) return;
  const chart = figure.dataset.embed!;
  const params = new URLSearchParams(location.search);

  // ?step=n picks one state of a scrolly chart; anything else keeps the final state.
  const states = [...figure.querySelectorAll<HTMLElement>(".chart-state")];
  const raw = params.get("step");
  const step = clampStep({ states: states.length }, raw !== null && /^\d+$/.test(raw) ? Number(raw) : Number.NaN);
  for (const s of states) s.hidden = Number(s.dataset.state) !== step;
  figure.dataset.activeState = String(step);

  if (window.parent !== window) {
    const pymId = params.get("childId");
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last || height === 0) return;
      last = height;
      // The host's origin is unknown (any page may embed us) and the message holds nothing private.
      window.parent.postMessage({ ...AMP_MESSAGE, height }, "*");
      window.parent.postMessage({ type: OWN_MESSAGE_TYPE, chart, height } satisfies OwnSizeMessage, "*");
      if (pymId) window.parent.postMessage(pymHeightMessage(pymId, height), "*");
    };
    new ResizeObserver(post).observe(document.documentElement);
    window.addEventListener("load", post);
    post();
  }

  // Narrower than a phone, the server's rendering (scaled to fit) keeps its layout where a redraw
  // at the exact width would crowd its labels: the interactive chart waits for a wider frame.
  const events = ["pointerover", "focusin", "touchstart"].map((type) => [figure, type] as const);
  const intent = () => {
    if (document.documentElement.clientWidth >= PHONE_WIDTH) loadIsland(figure);
    else onIntent(events, intent);
  };
  onIntent(events, intent);
}
