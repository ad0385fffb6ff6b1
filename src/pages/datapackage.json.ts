// GET /datapackage.json — prerendered: a static file on the CDN.
import type { APIRoute } from "astro";
import { dataset, descriptor } from "../data/index.ts";
import { publishedDescriptorText } from "../site/datapackage.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(publishedDescriptorText({ dataset, descriptor }, site), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
