// The data function's answers compressed for the local server as Vercel's CDN compresses them:
// brotli or gzip as Accept-Encoding asks, `Vary: Accept-Encoding`, and an ETag of each coding
// (src/http/encodings.ts). Each answer is compressed once a coding and kept, so a repeated request
// costs no compression. A request for a byte range gets the identity bytes it names. Plain
// erasable TypeScript: scripts/serve.mjs imports this file with Node's type stripping.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { CODINGS, type Coding, chooseCoding, codedEtag, etagCoding } from "./encodings.ts";
import type { FetchHandler } from "./node.ts";

const MAX_KEPT = 256;

function compress(bytes: Uint8Array, coding: Coding): Buffer {
  if (coding === "br") return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  return gzipSync(bytes, { level: 9 });
}

/** If-None-Match as the function knows its validators: the tags of the chosen coding without their
 * suffix ("x-br" -> "x"); a tag of another coding cannot match this representation and is dropped. */
function identityTags(ifNoneMatch: string, coding: Coding): string {
  if (ifNoneMatch.trim() === "*") return ifNoneMatch;
  return ifNoneMatch
    .split(",")
    .map((tag) => etagCoding(tag.trim()))
    .flatMap((tag) => (tag.coding === coding ? [tag.etag] : []))
    .join(", ");
}

export function codedFunction(fn: FetchHandler): FetchHandler {
  const kept = new Map<string, Buffer>();
  return {
    async fetch(request) {
      // A byte range is of the identity bytes (and its If-Range of their ETag), as browsers ask for
      // it (Fetch sends "Accept-Encoding: identity" with a Range).
      const coding = request.headers.has("Range") ? "identity" : chooseCoding(request.headers.get("Accept-Encoding") ?? undefined, CODINGS);
      const headers = new Headers(request.headers);
      const ifNoneMatch = headers.get("If-None-Match");
      if (ifNoneMatch !== null) headers.set("If-None-Match", identityTags(ifNoneMatch, coding));
      // A HEAD is answered with the headers of the GET's coding, whose length needs its body; it
      // never takes a range.
      const head = request.method.toUpperCase() === "HEAD";
      if (head) headers.delete("Range");
      const response = await fn.fetch(new Request(request.url, { method: head ? "GET" : request.method, headers }));
      const out = new Headers(response.headers);
      out.append("Vary", "Accept-Encoding");
      const etag = response.headers.get("ETag");
      const ok = response.status === 200 || response.status === 304;
      if (coding === "identity" || !ok) {
        return new Response(head ? null : response.body, { status: response.status, headers: out });
      }
      if (etag) out.set("ETag", codedEtag(etag, coding));
      if (response.status === 304) return new Response(null, { status: 304, headers: out });
      const key = `${etag ?? request.url} ${coding}`;
      let body = kept.get(key);
      if (!body) {
        body = compress(new Uint8Array(await response.arrayBuffer()), coding);
        if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
        kept.set(key, body);
      } else await response.body?.cancel();
      out.set("Content-Encoding", coding);
      out.set("Content-Length", String(body.byteLength));
      return new Response(head ? null : new Uint8Array(body), { status: 200, headers: out });
    },
  };
}
