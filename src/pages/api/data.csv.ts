// GET /api/data.csv — the dataset as one tidy CSV. Runs as the serverless function.
import type { APIRoute } from "astro";
import { dataset } from "../../data/index.ts";
import { createDataHandler } from "../../api/respond.ts";

export const prerender = false;

const handle = createDataHandler(dataset, "csv");

export const ALL: APIRoute = ({ request }) => handle(request);
