// GET /api/data.json — the same rows and filters as /api/data.csv, with series and sources.
import type { APIRoute } from "astro";
import { dataset } from "../../data/index.ts";
import { createDataHandler } from "../../api/respond.ts";

export const prerender = false;

const handle = createDataHandler(dataset, "json");

export const ALL: APIRoute = ({ request }) => handle(request);
