// GET /sitemap.xml — prerendered: a static file on the CDN (src/site/crawlers.ts). Every page is
// dated by the newest update, which the build holds equal to the data's last change.
import type { APIRoute } from "astro";
import { descriptor } from "../data/index.ts";
import { sitemapXml } from "../site/crawlers.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(sitemapXml(site!, descriptor.last_modified), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
