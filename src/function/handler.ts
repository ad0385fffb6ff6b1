// The data function and oEmbed as one Web-standard handler (Request -> Response), with no Astro in
// it: src/build-steps/function-bundle.ts bundles it with esbuild into the Vercel function and into the local
// build, where scripts/serve.mjs answers the same paths with it. Whatever does not depend on the
// query (the whole dataset, as CSV and as JSON) comes rendered from the build.
import { dataset, descriptor } from "../data/index.ts";
import { plainAnswer } from "../http/refusals.ts";
import { DATA_PATHS, FUNCTION_PATHS, OEMBED_PATH } from "../site/urls.ts";
import { createDataHandler, type Format, type Prerendered } from "./data.ts";
import { handleOEmbed } from "./oembed.ts";

export interface FunctionOptions {
  /** The site's public origin (oEmbed's snippets and provider URL are made from it). */
  site: URL;
  /** The answers that do not depend on the query, made at build time (src/build-steps/function-bundle.ts):
   * the whole dataset in each format. */
  prerendered?: Partial<Record<Format, Prerendered>>;
}

type Handle = (request: Request, url: URL) => Response;

/** The function: `fetch(request)` answers every path it is routed (src/http/headers.ts,
 * isFunctionPath), and any other path with a plain 404. */
export function createFunction({ site, prerendered = {} }: FunctionOptions): { fetch(request: Request): Response } {
  const data = { dataset, descriptor };
  const oembed: Handle = (request) => handleOEmbed(request, { site });
  const routes = new Map<string, Handle>([
    [DATA_PATHS.csv, createDataHandler(data, "csv", prerendered.csv)],
    [DATA_PATHS.json, createDataHandler(data, "json", prerendered.json)],
    [OEMBED_PATH, oembed],
    [`${OEMBED_PATH}/`, oembed],
  ]);
  // Vercel routes every path of the list here, and nothing else: each must have its answer.
  for (const path of FUNCTION_PATHS) if (!routes.has(path)) throw new Error(`the function is routed ${path} but has no answer for it`);
  return {
    fetch(request) {
      const url = new URL(request.url);
      const route = routes.get(url.pathname);
      if (route) return route(request, url);
      const { status, headers, body } = plainAnswer(
        404,
        `Not found: ${url.pathname.slice(0, 100)} is none of this function's paths (${[...routes.keys()].join(", ")}).`,
      );
      return new Response(body, { status, headers });
    },
  };
}
