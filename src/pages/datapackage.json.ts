// GET /datapackage.json — prerendered: a static file on the CDN.
import type { APIRoute } from "astro";
import { dataset, descriptor } from "../data/index.ts";
import { publishedDescriptor } from "../function/datapackage.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(publishedDescriptor({ dataset, descriptor }, site), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
