// GET /api/data.json — the same rows and filters as /api/data.csv, with series and sources.
import type { APIRoute } from "astro";
import { dataset, descriptor } from "../../data/index.ts";
import { createDataHandler } from "../../function/data.ts";

export const prerender = false;

const handle = createDataHandler({ dataset, descriptor }, "json");

export const ALL: APIRoute = ({ request }) => handle(request);
