// What search engines' crawlers read: /sitemap.xml (the sitemaps.org protocol, with each page's
// editions as hreflang alternates, as Google reads them) and /robots.txt, which names it. Both list
// only the pages that are places of their own (PAGE_PATHS, in every edition), at absolute URLs.
import { LOCALES, localizedPath } from "../locales.ts";
import { editionAlternates, PAGE_PATHS, SITEMAP_PATH } from "./urls.ts";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The sitemap of the site served at `site`; every page last changed on `lastmod` (YYYY-MM-DD). */
export function sitemapXml(site: URL, lastmod: string): string {
  const abs = (path: string) => escapeXml(new URL(path, site).href);
  const urls = PAGE_PATHS.flatMap((path) =>
    LOCALES.map((locale) =>
      [
        "  <url>",
        `    <loc>${abs(localizedPath(path, locale))}</loc>`,
        `    <lastmod>${lastmod}</lastmod>`,
        ...editionAlternates(path).map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${abs(a.path)}"/>`),
        "  </url>",
      ].join("\n"),
    ),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}

/** robots.txt: every crawler may read everything, and the sitemap is named by its absolute URL. */
export const robotsTxt = (site: URL) => `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_PATH, site).href}\n`;
