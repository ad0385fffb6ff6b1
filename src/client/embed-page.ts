// The embed page: shows the state asked for by ?step=, reports its height to the host page on load
// and on every change (ResizeObserver), and loads the interactive chart on intent. The height goes
// out in each protocol a host may speak: AMP's embed-size, our own namespaced message (/embed.js),
// pym.js's when a pym.js parent made the iframe (it passes ?childId=; pym.js itself is not loaded),
// and WordPress's when WordPress framed it (its secret is in the URL's hash). The only message it
// listens to is WordPress's "ready", which asks for the height again.
import {
  AMP_MESSAGE,
  isWordPressReady,
  OWN_MESSAGE_TYPE,
  type OwnSizeMessage,
  pymHeightMessage,
  type WordPressMessage,
  wordPressSecret,
} from "../embed/protocol.ts";
import { onChartIntent, showStep } from "./embed-state.ts";
import { loadIsland } from "./intent.ts";

export function startEmbed() {
  const figure = document.querySelector<HTMLElement>("[data-embed]");
  if (!figure) return;
  const chart = figure.dataset.embed!;
  const params = new URLSearchParams(location.search);

  showStep(figure, params.get("step"));

  if (window.parent !== window) {
    const pymId = params.get("childId");
    const secret = wordPressSecret(location.hash);
    // The host's origin is unknown (any page may embed us) and no message holds anything private.
    const toHost = (message: unknown) => window.parent.postMessage(message, "*");
    let last = 0;
    const post = (again = false) => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if ((height === last && !again) || height === 0) return;
      last = height;
      toHost({ ...AMP_MESSAGE, height });
      toHost({ type: OWN_MESSAGE_TYPE, chart, height } satisfies OwnSizeMessage);
      if (pymId) toHost(pymHeightMessage(pymId, height));
      if (secret) toHost({ message: "height", value: height, secret } satisfies WordPressMessage);
    };
    new ResizeObserver(() => post()).observe(document.documentElement);
    window.addEventListener("load", () => post());
    post();
    if (secret) {
      // WordPress's host script may start after this page has loaded: its "ready" asks again.
      window.addEventListener("message", (event) => {
        if (event.source === window.parent && isWordPressReady(event.data, secret)) post(true);
      });
      // WordPress frames the embed in a sandbox that lets no link leave the frame; its host script
      // follows a link to the frame's own host on request. Each link names that page of this site
      // (a source's entry in the chart's data page, for a source on another site).
      if (self.origin === "null")
        document.addEventListener("click", (event) => {
          const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-sandbox-path]");
          if (!link) return;
          event.preventDefault();
          toHost({ message: "link", value: new URL(link.dataset.sandboxPath!, location.href).href, secret } satisfies WordPressMessage);
        });
    }
  }

  onChartIntent(
    figure,
    () => document.documentElement.clientWidth,
    () => loadIsland(figure),
  );
}
