// The sitemap and robots.txt are made for the origin the site is deployed at (SITE_URL), whatever
// it is: every address in them is absolute on that origin.
import { DOMParser } from "@xmldom/xmldom";
import robotsParser from "robots-parser";
import { expect, it } from "vitest";
import { robotsTxt, sitemapXml } from "../../../src/site/crawlers.ts";

const ORIGIN = "https://example.org";

it("lists the pages of both editions, and their alternates, at the given origin", () => {
  const document = new DOMParser().parseFromString(sitemapXml(new URL(ORIGIN), "2026-01-02"), "application/xml");
  const locs = [...document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc")].map((l) => l.textContent);
  expect(locs).toEqual([`${ORIGIN}/`, `${ORIGIN}/es/`, `${ORIGIN}/data/`, `${ORIGIN}/es/data/`]);
  const hrefs = [...document.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link")].map((l) => l.getAttribute("href"));
  expect(hrefs).toHaveLength(12);
  expect(hrefs.filter((h) => !h?.startsWith(`${ORIGIN}/`))).toEqual([]);
  const lastmods = [...document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "lastmod")].map((l) => l.textContent);
  expect(new Set(lastmods)).toEqual(new Set(["2026-01-02"]));
});

it("names the sitemap of the same origin in robots.txt", () => {
  const robots = robotsParser(`${ORIGIN}/robots.txt`, robotsTxt(new URL(ORIGIN)));
  expect(robots.getSitemaps()).toEqual([`${ORIGIN}/sitemap.xml`]);
  expect(robots.isAllowed(`${ORIGIN}/es/data/`, "Googlebot")).toBe(true);
});
