// The data function: a plain fetch-style handler (Request -> Response), so the Vercel function, the
// local server and the tests all run the same code (src/function/handler.ts routes to it).
import { createHash } from "node:crypto";
import {
  CORS_HEADERS,
  COMMON_HEADERS,
  CSV_CONTENT_TYPE,
  DATA_CACHE_CONTROL,
  DATA_VERSION_HEADERS,
  DESCRIBEDBY_LINK,
  JSON_CONTENT_TYPE,
  PREFLIGHT_HEADERS,
} from "../http/headers.ts";
import { dataUnavailable, methodNotAllowed, type PlainAnswer, plainAnswer, show, undecodableQuery } from "../http/refusals.ts";
import { DEFAULT_LOCALE } from "../locales.ts";
import type { DataFormat } from "../site/urls.ts";
import { exportRows, fileName, toCsv, toJson, type PublishedData } from "./export.ts";
import { type DataQuery, parseQuery, QueryError, queryKey } from "./query.ts";
import { chooseRange } from "./ranges.ts";

export type Format = DataFormat;

/** The answer to the query-less request (the whole dataset), rendered when the function is built:
 * its body and the ETag it was given. */
export interface Prerendered {
  text: string;
  etag: string;
}

interface Rendered {
  /** A Blob: each Response reads it without copying its bytes first. */
  body: Blob;
  etag: string;
  /** The 200's headers (with Content-Length), and the 304's: those a cache would update. */
  headers: Record<string, string>;
  notModified: Record<string, string>;
}

// Every answer is a pure function of the (immutable) dataset and the normalised query, so each
// distinct filter is rendered and hashed once. Bounded, oldest first out, against a flood of
// distinct valid filters.
const MAX_CACHED = 256;
const WHOLE: DataQuery = { series: null, from: null, to: null, locale: DEFAULT_LOCALE };

export function createDataHandler(data: PublishedData, format: Format, prerendered?: Prerendered) {
  const { dataset } = data;
  const cache = new Map<string, Rendered>();

  function answer(query: DataQuery, body: Uint8Array, etag: string): Rendered {
    // A 304 repeats the headers a cache would update, without the body's.
    const notModified = {
      ...COMMON_HEADERS,
      ...CORS_HEADERS,
      ...DATA_VERSION_HEADERS,
      "Cache-Control": DATA_CACHE_CONTROL,
      ETag: etag,
      Link: DESCRIBEDBY_LINK,
      "Accept-Ranges": "bytes",
    };
    const headers = {
      ...notModified,
      "Content-Type": format === "csv" ? CSV_CONTENT_TYPE : JSON_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${fileName(query, format)}"`,
      "Content-Length": String(body.byteLength),
    };
    return { body: new Blob([body as BlobPart]), etag, headers, notModified };
  }

  function render(query: DataQuery): Rendered {
    const rows = exportRows(dataset, query);
    const body = new TextEncoder().encode(format === "csv" ? toCsv(rows) : toJson(data, query, rows));
    return answer(query, body, `"${createHash("sha256").update(body).digest("base64url")}"`);
  }

  // The whole dataset is what most requests ask for: made once, at build time when it was.
  const wholeKey = queryKey(WHOLE);
  let whole = prerendered ? answer(WHOLE, new TextEncoder().encode(prerendered.text), prerendered.etag) : undefined;

  function lookup(url: URL): Rendered {
    const query = parseQuery(url.searchParams, dataset);
    const key = queryKey(query);
    if (key === wholeKey) {
      whole ??= render(query);
      return whole;
    }
    const hit = cache.get(key);
    if (hit) return hit;
    const rendered = render(query);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, rendered);
    return rendered;
  }

  /** Answers `request`; `url` is its URL, when the caller has parsed it already. */
  return function handle(request: Request, url = new URL(request.url)): Response {
    try {
      const method = request.method.toUpperCase();
      if (method === "OPTIONS") return preflight();
      if (method !== "GET" && method !== "HEAD") return text(methodNotAllowed(method));
      // URLSearchParams would read "%ZZ" as itself and bad UTF-8 as U+FFFD: say so instead.
      const undecodable = url.search === "" ? null : undecodableQuery(url.search);
      if (undecodable) return text(undecodable);
      const rendered = lookup(url);
      if (matches(request.headers.get("If-None-Match"), rendered.etag))
        return new Response(null, { status: 304, headers: rendered.notModified });
      if (method === "HEAD") return new Response(null, { status: 200, headers: rendered.headers });
      return partOf(rendered, request.headers);
    } catch (error) {
      if (error instanceof QueryError) return text(plainAnswer(400, `Bad request: ${error.message}`));
      // Log for the operator; the client gets a plain sentence, never a stack trace.
      console.error("data function:", error);
      return text(dataUnavailable());
    }
  };
}

/** The answer to a GET: whole, or the one byte range it asks for (src/function/ranges.ts). */
function partOf({ body, etag, headers }: Rendered, request: Headers): Response {
  const size = body.size;
  const range = chooseRange(request, size, etag);
  if (range.kind === "whole") return new Response(body, { status: 200, headers });
  if (range.kind === "unsatisfiable")
    return text(
      plainAnswer(
        416,
        `Range not satisfiable: ${show(request.get("Range") ?? "")} asks for no byte of this ${size}-byte answer (bytes 0-${size - 1}).`,
        {
          "Content-Range": `bytes */${size}`,
          "Accept-Ranges": "bytes",
        },
      ),
    );
  const { start, end } = range;
  return new Response(body.slice(start, end + 1), {
    status: 206,
    headers: { ...headers, "Content-Range": `bytes ${start}-${end}/${size}`, "Content-Length": String(end - start + 1) },
  });
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/"x" matches "x". */
function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...COMMON_HEADERS, ...PREFLIGHT_HEADERS } });
}

const text = ({ status, headers, body }: PlainAnswer) => new Response(body, { status, headers });
