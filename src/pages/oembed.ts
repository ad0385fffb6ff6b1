// GET /oembed?url=…&format=json[&maxwidth=&maxheight=] — runs as a function (it reads the query).
import type { APIRoute } from "astro";
import { handleOEmbed } from "../function/oembed.ts";

export const prerender = false;

export const ALL: APIRoute = ({ request, site }) => handleOEmbed(request, { site: site! });
