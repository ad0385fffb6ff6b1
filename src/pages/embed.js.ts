// GET /embed.js — the host page's resizer (prerendered).
import type { APIRoute } from "astro";
import { hostScript } from "../embed/host-script.ts";

export const GET: APIRoute = () => new Response(hostScript(), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
