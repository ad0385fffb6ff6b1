// The floor a page's first paint is measured against: a page of its headline and dek alone (the
// words a reader sees first, as the built page has them), with no stylesheet, image or script (only
// the page's icon link, which a browser fetches either way), sent by the same server. The page's
// first screen cannot paint sooner than these words alone.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { escapeHtml } from "./client-page.mjs";

/** Where the floor of `page` ("/", "/es/", "/embed/x") is served from. */
export const floorPath = (page) => `/bench/floor/${page.replace(/^\/|\/$/g, "").replace(/\//g, "-") || "story"}.html`;

/** Writes the floor of `page` from its built HTML into `clientDir`; returns its path. */
export function writeFloorPage(page, clientDir) {
  const file = path.join(clientDir, page.endsWith(".html") ? page : path.join(page, "index.html"));
  const { document } = parseHTML(readFileSync(file, "utf8"));
  const [h1, dek] = [document.querySelector("h1"), document.querySelector(".dek, .chart-subtitle")];
  if (!h1 || !dek) throw new Error(`floor page: ${page} has no ${h1 ? "dek (.dek, .chart-subtitle)" : "<h1>"}`);
  const lang = document.documentElement.getAttribute("lang") ?? "en";
  const viewport = document.querySelector('meta[name="viewport"]')?.getAttribute("content") ?? "width=device-width";
  // The page's own icon, which the browser asks for either way (without one it asks for /favicon.ico).
  const icon = document.querySelector('link[rel="icon"]')?.outerHTML ?? "";
  const words = (el) => escapeHtml(el.textContent.replace(/\s+/g, " ").trim());
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="${viewport}"><title>${words(h1)}</title>${icon}<meta name="description" content="${words(dek)}"></head><body><h1>${words(h1)}</h1><p>${words(dek)}</p></body></html>\n`;
  const out = floorPath(page);
  mkdirSync(path.dirname(path.join(clientDir, out)), { recursive: true });
  writeFileSync(path.join(clientDir, out), html);
  return out;
}
