// The data function: a plain fetch-style handler (Request -> Response), so the Astro routes, the
// Vercel function, the local server and the tests all run the same code.
import { createHash } from "node:crypto";
import { CORS_HEADERS, COMMON_HEADERS, CSV_CONTENT_TYPE, DATA_CACHE_CONTROL, DATA_VERSION_HEADERS, DESCRIBEDBY_LINK, JSON_CONTENT_TYPE } from "../http/headers.ts";
import { FUNCTION_METHODS, methodNotAllowed, type PlainAnswer, plainAnswer, undecodableQuery } from "../http/refusals.ts";
import { exportRows, fileName, toCsv, toJson, type PublishedData } from "./export.ts";
import { parseQuery, QueryError, queryKey } from "./query.ts";

export type Format = "csv" | "json";

interface Rendered {
  body: Uint8Array;
  etag: string;
  headers: Record<string, string>;
}

// Every answer is a pure function of the (immutable) dataset and the normalised query, so each
// distinct filter is rendered and hashed once. Bounded, oldest first out, against a flood of
// distinct valid filters.
const MAX_CACHED = 256;

export function createDataHandler(data: PublishedData, format: Format) {
  const { dataset } = data;
  const cache = new Map<string, Rendered>();

  function render(url: URL): Rendered {
    const query = parseQuery(url.searchParams, dataset);
    const key = queryKey(query);
    const hit = cache.get(key);
    if (hit) return hit;
    const rows = exportRows(dataset, query);
    const text = format === "csv" ? toCsv(rows) : toJson(data, query, rows);
    const body = new TextEncoder().encode(text);
    const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
    const rendered: Rendered = {
      body,
      etag,
      headers: {
        ...COMMON_HEADERS,
        ...CORS_HEADERS,
        ...DATA_VERSION_HEADERS,
        "Content-Type": format === "csv" ? CSV_CONTENT_TYPE : JSON_CONTENT_TYPE,
        "Content-Disposition": `attachment; filename="${fileName(query, format)}"`,
        "Cache-Control": DATA_CACHE_CONTROL,
        ETag: etag,
        Link: DESCRIBEDBY_LINK,
      },
    };
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, rendered);
    return rendered;
  }

  return function handle(request: Request): Response {
    try {
      const method = request.method.toUpperCase();
      if (method === "OPTIONS") return preflight();
      if (method !== "GET" && method !== "HEAD") return text(methodNotAllowed(method));
      const url = new URL(request.url);
      // URLSearchParams would read "%ZZ" as itself and bad UTF-8 as U+FFFD: say so instead.
      const undecodable = undecodableQuery(url.search);
      if (undecodable) return text(undecodable);
      const rendered = render(url);
      if (matches(request.headers.get("If-None-Match"), rendered.etag)) {
        // A 304 repeats the headers a cache would update, without the body's.
        const { "Content-Type": _t, "Content-Disposition": _d, ...headers } = rendered.headers;
        return new Response(null, { status: 304, headers });
      }
      return new Response(method === "HEAD" ? null : (rendered.body as BodyInit), {
        status: 200,
        headers: { ...rendered.headers, "Content-Length": String(rendered.body.byteLength) },
      });
    } catch (error) {
      if (error instanceof QueryError) return text(plainAnswer(400, `Bad request: ${error.message}`));
      // Log for the operator; the client gets a plain sentence, never a stack trace.
      console.error("data function:", error);
      return text(plainAnswer(500, "Internal error: the data could not be served. Please try again later."));
    }
  };
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/"x" matches "x". */
function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...COMMON_HEADERS,
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": FUNCTION_METHODS,
      // Reading the data needs no custom header; a script may revalidate with If-None-Match.
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
      Allow: FUNCTION_METHODS,
      "Cache-Control": "public, max-age=86400",
    },
  });
}

const text = ({ status, headers, body }: PlainAnswer) => new Response(body, { status, headers });
