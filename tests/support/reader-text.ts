// The words a reader is shown by a built page or image, as an editor reads them: the text of each
// block (a paragraph, a heading, a list item, a table cell, an SVG <text>), the text a page puts in
// attributes (alt, title, aria-label, aria-description, placeholder), the page's <title> and the
// descriptions and titles its meta tags give to search engines and social feeds. Code samples and
// form fields that hold code are not reader text (ids and URLs belong there); nor is what a page
// marks as written in another language, when the caller names the edition's language.
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";

/** One piece of reader text, and where it is: the id of the nearest element that has one (and
 * whether it is in a table, a chart's notes or a drawing), so that a failure can be found. */
export interface Passage {
  text: string;
  where: string;
}

export interface ReadOptions {
  /** The edition's language: leave out elements marked as another one (lang="en" on /es/). */
  lang?: "en" | "es";
  /** Elements to leave out, with all they hold. */
  skip?: ReadonlySet<Element>;
}

/** Never reader text: scripts and styles, and code (samples, ids, the embed snippet's textarea). */
const NOT_TEXT = new Set(["script", "style", "template", "code", "pre", "textarea", "kbd", "samp"]);
/** Elements whose text is a passage of its own; anything else is inline and runs on. */
const BLOCKS = new Set(
  "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html label legend li main nav ol optgroup option p section select summary table tbody td tfoot th thead title tr ul svg text desc g".split(
    " ",
  ),
);
const ATTRIBUTES = ["alt", "title", "aria-label", "aria-description", "placeholder"];
/** The meta tags whose words a reader meets in a search result, a feed or a screen reader. */
const META =
  'meta[name="description"], meta[property="og:title"], meta[property="og:description"], meta[property="og:image:alt"], meta[name="twitter:title"], meta[name="twitter:description"], meta[name="twitter:image:alt"]';

const tag = (el: Element) => (el.localName ?? el.tagName).toLowerCase();
const tidy = (s: string) => s.replace(/\s+/g, " ").trim();

function whereOf(el: Element | null): string {
  const marks: string[] = [];
  let at = "";
  for (let e = el; e; e = e.parentElement) {
    // The nearest id; or the heading that names the section, dialog or figure the text is in; or
    // the chart the element belongs to.
    const labelled = ["section", "dialog", "figure"].includes(tag(e)) ? e.getAttribute("aria-labelledby") : null;
    if (!at && e.id) at = `#${e.id}`;
    else if (!at && labelled) at = `#${labelled}`;
    else if (!at && e.getAttribute("data-tools")) at = `[data-tools=${e.getAttribute("data-tools")}]`;
    else if (!at && e.getAttribute("data-chart")) at = `[data-chart=${e.getAttribute("data-chart")}]`;
    const name = tag(e);
    if (name === "table" && !marks.includes("table")) marks.push("table");
    if (e.classList?.contains("chart-notes")) marks.push("notes");
    if (name === "svg" && !marks.includes("drawing")) marks.push("drawing");
  }
  return [at || "(page)", ...marks.reverse()].join(" ");
}

/** Whether an element is written in another language than the edition's. */
function foreign(el: Element, lang: string | undefined): boolean {
  if (!lang || tag(el) === "html") return false;
  const own = el.getAttribute("lang");
  return own !== null && own !== "" && !own.toLowerCase().startsWith(lang);
}

/** The reader text under a node (a whole document, or one element of it). */
export function readerText(node: Document | Element, { lang, skip }: ReadOptions = {}): Passage[] {
  const out: Passage[] = [];
  let current = "";
  let currentAt: Element | null = null;
  const flush = () => {
    const text = tidy(current);
    if (text) out.push({ text, where: whereOf(currentAt) });
    current = "";
    currentAt = null;
  };
  // In <head>, only the <title> is read (the meta tags are read below).
  const walk = (el: Element, head: boolean) => {
    const name = tag(el);
    if (NOT_TEXT.has(name) || skip?.has(el) || foreign(el, lang)) return;
    const inHead = (head || name === "head") && name !== "title";
    if (!inHead)
      for (const a of ATTRIBUTES) {
        const value = el.getAttribute(a);
        if (value?.trim()) out.push({ text: tidy(value), where: `${whereOf(el)} [${a}]` });
      }
    const block = BLOCKS.has(name);
    if (block) flush();
    // An SVG text's lines (tspans) are one text wrapped: they read with a space between them.
    if (name === "tspan" && current && !/\s$/.test(current)) current += " ";
    if (name === "br") current += " ";
    for (const child of el.childNodes) {
      if (child.nodeType === 3) {
        if (!inHead) {
          current += child.textContent ?? "";
          currentAt ??= el;
        }
      } else if (child.nodeType === 1) walk(child as Element, inHead);
    }
    if (block) flush();
  };
  const start = "documentElement" in node ? node.documentElement : node;
  walk(start, start.closest("head") !== null);
  flush();
  const doc = "documentElement" in node ? node : null;
  if (doc)
    for (const m of doc.querySelectorAll(META)) {
      const content = m.getAttribute("content");
      if (content?.trim()) out.push({ text: tidy(content), where: `<${m.outerHTML.match(/(?:name|property)="([^"]+)"/)?.[1] ?? "meta"}>` });
    }
  return out;
}

const parsed = new Map<string, Document>();

/** A built HTML page or SVG image, parsed once for all the tests of a file. */
export function builtDocument(file: string): Document {
  let document = parsed.get(file);
  if (!document) {
    const source = readFileSync(file, "utf8");
    // An SVG image is read inside an HTML body, as the other build tests read them.
    document = parseHTML(file.endsWith(".svg") ? `<html><body>${source}</body></html>` : source).document;
    parsed.set(file, document);
  }
  return document;
}

/** An element and the siblings that follow it: "this heading and everything after it in its
 * section". */
export function fromHereOn(el: Element | null): Set<Element> {
  const set = new Set<Element>();
  for (let e = el; e; e = e.nextElementSibling) set.add(e);
  return set;
}
