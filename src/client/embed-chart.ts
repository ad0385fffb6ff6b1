// /embed-chart.js, the script embed's loader, built on its own (src/build-steps/script-embed.ts) to
// run on any host page. The snippet is an element holding the iframe snippet, then this script:
// for each such element whose iframe is one of this site's embeds, it fetches that embed page and
// draws its chart (the server-rendered SVG, its footer and its data table) in a shadow root of the
// element, styled by the embed page's own stylesheet rewritten for a shadow root; the island loads
// on the reader's first sign of interest, as in the iframe. The iframe stays until the chart is
// ready, and for good where the browser or the host page's Content-Security-Policy refuses a step
// (no shadow DOM or container queries, the fetch, the stylesheet, inline styles): it is then sized
// by /embed.js. It loads nothing but from the origin it came from.
import { parseTheme } from "../charts/theme.ts";
import { BODY_CLASS, HOST_ATTRIBUTE, READY_PROPERTY, REM_PROPERTY, ROOT_CLASS, STATUS_ATTRIBUTE } from "../embed/script-embed.ts";
import { STORY_DATA_ID } from "../site/story-data.ts";
import { chartOfEmbedPath, EMBED_SCRIPT_PATH } from "../site/urls.ts";
import { onChartIntent, showStep } from "./embed-state.ts";

// The stylesheet and the island's module, as paths on this site: set when the loader is built.
declare const SCRIPT_EMBED_STYLESHEET: string;
declare const SCRIPT_EMBED_ISLAND: string;

const script = document.currentScript as HTMLScriptElement | null;
const origin = script?.src ? new URL(script.src).origin : null;
const supported =
  "attachShadow" in Element.prototype &&
  typeof fetch === "function" &&
  typeof DOMParser === "function" &&
  typeof ResizeObserver === "function" &&
  !!window.CSS?.supports?.("container-type", "inline-size");

/** The iframe stays, sized by /embed.js (which starts once however many copies are loaded). */
function keepIframe(host: HTMLElement) {
  host.setAttribute(STATUS_ATTRIBUTE, "iframe");
  const resizer = document.createElement("script");
  resizer.async = true;
  resizer.src = new URL(EMBED_SCRIPT_PATH, origin!).href;
  document.head.append(resizer);
}

/** Waits for a stylesheet, which the host page's policy may refuse. */
const loaded = (link: HTMLLinkElement) =>
  new Promise<void>((resolve, reject) => {
    link.addEventListener("load", () => resolve());
    link.addEventListener("error", () => reject(new Error(`the stylesheet ${link.href} was refused`)));
  });

/** The elements that stand for the embed page's <html> and <body>, with its stylesheet, once the
 * host page's policy is known to let it apply, and Plot's style attributes (a policy without
 * 'unsafe-inline' refuses them: a probe tells). */
async function frame(root: ShadowRoot, src: URL): Promise<HTMLElement> {
  const wrapper = document.createElement("div");
  wrapper.className = `${ROOT_CLASS} embed`;
  wrapper.dataset.theme = parseTheme(src.searchParams.get("theme"));
  wrapper.hidden = true;
  const body = document.createElement("div");
  body.className = BODY_CLASS;
  const probe = document.createElement("i");
  probe.setAttribute("style", "order:7");
  body.append(probe);
  wrapper.append(body);
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL(SCRIPT_EMBED_STYLESHEET, origin!).href;
  root.append(link, wrapper);
  await loaded(link);
  if (getComputedStyle(wrapper).getPropertyValue(READY_PROPERTY).trim() !== "1") throw new Error("the stylesheet did not apply");
  if (getComputedStyle(probe).order !== "7") throw new Error("inline styles were refused");
  probe.remove();
  return body;
}

async function fetchPage(page: URL): Promise<string> {
  const response = await fetch(page, { credentials: "omit" });
  if (!response.ok) throw new Error(`${page.href} answered ${response.status}`);
  return response.text();
}

/** The embed page's chart and data, made to live in the host page. */
function chart(html: string, page: URL): { doc: Document; box: HTMLElement; data: HTMLElement } {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const main = doc.querySelector<HTMLElement>("main[data-embed]");
  const data = doc.getElementById(STORY_DATA_ID);
  if (!main || !data) throw new Error(`${page.href} holds no chart`);
  // The embed page's <main> becomes a <div>: the host page has its own main landmark. Its links
  // are made absolute (they are relative to the embed page) and open as the host page's own do.
  const box = doc.createElement("div");
  for (const { name, value } of main.attributes) box.setAttribute(name, value);
  box.append(...main.childNodes);
  for (const el of box.querySelectorAll("[href]")) el.setAttribute("href", new URL(el.getAttribute("href")!, page).href);
  for (const el of box.querySelectorAll("[src]")) el.setAttribute("src", new URL(el.getAttribute("src")!, page).href);
  for (const a of box.querySelectorAll("a[target]")) a.removeAttribute("target");
  // The title is the embed page's <h1>; in the host page it is a heading below the article's own.
  box.querySelector("h1")?.setAttribute("aria-level", "2");
  return { doc, box, data };
}

async function draw(host: HTMLElement, root: ShadowRoot, src: URL): Promise<void> {
  // The page and the stylesheet load side by side; the page is read only once the stylesheet is
  // known to apply (a refused fetch shows once, when the stylesheet has been checked).
  const page = new URL(src.pathname, origin!);
  const html = fetchPage(page);
  html.catch(() => {});
  const body = await frame(root, src);
  const { doc, box, data } = chart(await html, page);
  body.append(document.adoptNode(box), document.adoptNode(data));
  const wrapper = body.parentElement!;
  wrapper.lang = doc.documentElement.lang;
  // The one inherited property all: initial leaves to the host page: a right-to-left page's.
  wrapper.dir = doc.documentElement.dir || "ltr";
  // The embed page's rem is its root's font size, not the host page's: on the root itself, the
  // reader's default font size (the host element's, which the stylesheet resets); inside it, the
  // size the root then takes.
  wrapper.style.setProperty(REM_PROPERTY, getComputedStyle(host).fontSize);
  body.style.setProperty(REM_PROPERTY, getComputedStyle(wrapper).fontSize);
  showStep(box, src.searchParams.get("step"));
  wrapper.hidden = false;
  root.querySelector("slot")?.remove();
  onChartIntent(
    box,
    () => wrapper.clientWidth,
    () => {
      import(/* @vite-ignore */ new URL(SCRIPT_EMBED_ISLAND, origin!).href)
        .then((island: typeof import("./island.ts")) => island.startIsland(box))
        .catch((error) => console.warn("Interactive chart unavailable:", error));
    },
  );
}

function mount(host: HTMLElement) {
  const iframe = host.querySelector("iframe");
  const src = iframe?.src ? new URL(iframe.src) : null;
  // Only this site's embeds, and each element once (every copy of the snippet runs this script).
  if (!iframe || !src || src.origin !== origin || !chartOfEmbedPath(src.pathname) || host.hasAttribute(STATUS_ATTRIBUTE)) return;
  // An element that cannot hold a shadow root (a CMS may have changed the <div>, or given it one).
  if (!supported || host.shadowRoot) return keepIframe(host);
  let root: ShadowRoot;
  try {
    root = host.attachShadow({ mode: "open" });
  } catch {
    return keepIframe(host);
  }
  host.setAttribute(STATUS_ATTRIBUTE, "loading");
  // The iframe shows through this slot until the chart is ready.
  root.append(document.createElement("slot"));
  draw(host, root, src).then(
    () => {
      iframe.remove();
      host.setAttribute(STATUS_ATTRIBUTE, "chart");
    },
    (error: Error) => {
      console.warn("Chart embed: keeping the iframe:", error.message);
      for (const child of [...root.children]) if (child.localName !== "slot") child.remove();
      keepIframe(host);
    },
  );
}

if (origin) for (const host of document.querySelectorAll<HTMLElement>(`[${HOST_ATTRIBUTE}]`)) mount(host);
