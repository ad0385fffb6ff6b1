// What search engines' crawlers read, in both builds (Vercel's static files and the local server's):
// /sitemap.xml, parsed as XML and held to the sitemaps.org protocol and to Google's rules for
// hreflang alternates in a sitemap; and /robots.txt, read by robots-parser as a crawler reads it.
// Both are served as static files, with the headers of a page.
import { existsSync, readFileSync, statSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { parseHTML } from "linkedom";
import robotsParser from "robots-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "../support/paths.ts";
import { type RunningServer, startLocalServer } from "../support/server.ts";
import { VERCEL_OUTPUT } from "../support/vercel-function.ts";
import { loadRoutes, routeRequest } from "../support/vercel-routing.ts";

const SITE = "https://smuggling-cases.vercel.app";
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS = "http://www.w3.org/1999/xhtml";
const BUILDS = [
  { name: "Vercel", dir: `${VERCEL_OUTPUT}/static` },
  { name: "local", dir: root("dist/local/client") },
];
for (const { dir } of BUILDS)
  if (!existsSync(`${dir}/index.html`)) throw new Error(`No build in ${dir}: run \`npm run build\` and \`npm run build:local\`.`);

/** The built file a URL of the site is served from (a page's …/index.html), or null. */
function builtFile(dir: string, url: string): string | null {
  const { pathname } = new URL(url);
  const file = `${dir}${pathname}${pathname.endsWith("/") ? "index.html" : ""}`;
  return existsSync(file) ? file : null;
}

interface Entry {
  loc: string;
  lastmod: string | null;
  alternates: Record<string, string>;
}

/** The sitemap as a crawler reads it; a document that is not well-formed XML throws. */
function readSitemap(text: string): { root: Element; entries: Entry[] } {
  const document = new DOMParser({
    onError: (level, message) => {
      throw new Error(`sitemap.xml: ${level}: ${message}`);
    },
  }).parseFromString(text, "application/xml");
  const rootElement = document.documentElement!;
  const entries = [...rootElement.getElementsByTagNameNS(SITEMAP_NS, "url")].map((url) => {
    const locs = [...url.getElementsByTagNameNS(SITEMAP_NS, "loc")];
    if (locs.length !== 1) throw new Error(`a <url> with ${locs.length} <loc>`);
    const links = [...url.getElementsByTagNameNS(XHTML_NS, "link")].filter((l) => l.getAttribute("rel") === "alternate");
    return {
      loc: locs[0]!.textContent!.trim(),
      lastmod: url.getElementsByTagNameNS(SITEMAP_NS, "lastmod")[0]?.textContent?.trim() ?? null,
      alternates: Object.fromEntries(links.map((l) => [l.getAttribute("hreflang")!, l.getAttribute("href")!])),
    };
  });
  return { root: rootElement as unknown as Element, entries };
}

describe.each(BUILDS)("$name build", ({ dir }) => {
  const text = readFileSync(`${dir}/sitemap.xml`, "utf8");
  const { root: urlset, entries } = readSitemap(text);

  it("has a sitemap that follows the sitemaps.org protocol", () => {
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect([urlset.namespaceURI, urlset.localName]).toEqual([SITEMAP_NS, "urlset"]);
    // At most 50,000 URLs and 50 MB; each <loc> absolute, under 2,048 characters, on the site's origin.
    expect(entries.length).toBeLessThanOrEqual(50_000);
    expect(statSync(`${dir}/sitemap.xml`).size).toBeLessThanOrEqual(50 * 1024 * 1024);
    for (const { loc, lastmod } of entries) {
      expect(loc.length).toBeLessThan(2048);
      expect(new URL(loc).origin).toBe(SITE);
      expect(loc).toBe(new URL(loc).href);
      // W3C Datetime: a date is YYYY-MM-DD.
      expect(lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(entries.map((e) => e.loc)).size).toBe(entries.length);
  });

  it("lists both editions of the story and of the data page, and nothing else", () => {
    expect(entries.map((e) => e.loc).sort()).toEqual([`${SITE}/`, `${SITE}/data/`, `${SITE}/es/`, `${SITE}/es/data/`]);
  });

  it("lists only pages that exist in the build and name themselves as canonical (no embeds, no chart copies of the data page)", () => {
    for (const { loc } of entries) {
      const file = builtFile(dir, loc);
      expect(file, loc).not.toBeNull();
      const { document } = parseHTML(readFileSync(file!, "utf8"));
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href"), loc).toBe(loc);
    }
  });

  it("names each page's editions, reciprocally, with x-default, as the page's own head does", () => {
    const locs = new Set(entries.map((e) => e.loc));
    for (const { loc, alternates } of entries) {
      expect(Object.keys(alternates).sort()).toEqual(["en", "es", "x-default"]);
      // The page names itself among its alternates, and every alternate lists the same set back.
      expect(Object.values(alternates)).toContain(loc);
      for (const href of Object.values(alternates)) {
        expect(locs.has(href), href).toBe(true);
        expect(entries.find((e) => e.loc === href)?.alternates, `${href} from ${loc}`).toEqual(alternates);
      }
      const { document } = parseHTML(readFileSync(builtFile(dir, loc)!, "utf8"));
      const head = Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]),
      );
      expect(head, loc).toEqual(alternates);
      expect(alternates[document.documentElement.getAttribute("lang")!], loc).toBe(loc);
    }
  });

  it("has a robots.txt that names the sitemap and lets crawlers read every page it lists", () => {
    const robots = robotsParser(`${SITE}/robots.txt`, readFileSync(`${dir}/robots.txt`, "utf8"));
    expect(robots.getSitemaps()).toEqual([`${SITE}/sitemap.xml`]);
    for (const agent of ["Googlebot", "Bingbot", "*"])
      for (const url of [...entries.map((e) => e.loc), `${SITE}/sitemap.xml`, `${SITE}/embed/smuggling-cases`])
        expect(robots.isAllowed(url, agent), `${agent} ${url}`).toBe(true);
  });
});

describe("served", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startLocalServer();
  });
  afterAll(() => server?.stop());

  it.each([
    ["/sitemap.xml", /^(application|text)\/xml\b/],
    ["/robots.txt", /^text\/plain\b/],
  ])("%s, by the local server as a static file with a page's headers, and by Vercel's routes from the same file", async (path, type) => {
    const res = await fetch(`${server.origin}${path}`);
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(type);
    expect(res.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(body).toBe(readFileSync(root(`dist/local/client${path}`), "utf8"));
    const routed = routeRequest(loadRoutes(JSON.parse(readFileSync(`${VERCEL_OUTPUT}/config.json`, "utf8"))), VERCEL_OUTPUT, path);
    expect(routed.status).toBe(200);
    expect(routed.target).toEqual({ kind: "file", file: path });
    expect(routed.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
  });
});
