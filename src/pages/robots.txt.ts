// GET /robots.txt — prerendered: a static file on the CDN (src/site/crawlers.ts).
import type { APIRoute } from "astro";
import { robotsTxt } from "../site/crawlers.ts";

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site!), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
