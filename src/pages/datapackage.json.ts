// GET /datapackage.json — prerendered: a static file on the CDN.
import type { APIRoute } from "astro";
import { dataset } from "../data/index.ts";
import { publishedDescriptor } from "../api/datapackage.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(publishedDescriptor(dataset, site), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
