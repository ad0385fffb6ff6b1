// GET /api/data.csv — the dataset as one tidy CSV. Runs as the serverless function.
import type { APIRoute } from "astro";
import { dataset, descriptor } from "../../data/index.ts";
import { createDataHandler } from "../../function/data.ts";

export const prerender = false;

const handle = createDataHandler({ dataset, descriptor }, "csv");

export const ALL: APIRoute = ({ request }) => handle(request);
