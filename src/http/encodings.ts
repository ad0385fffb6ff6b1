// Content codings, as a CDN serves them and the local server (scripts/serve.mjs) now does too:
// which files are compressed at build (src/build-steps/precompress.ts), which coding an answer
// gets (Accept-Encoding, negotiated by `negotiator`, the parser Express uses), and the ETag of each
// coding (RFC 9110 §8.8.3: a representation's validator must differ when its bytes do). Plain
// erasable TypeScript: serve.mjs imports this file with Node's type stripping.
import Negotiator from "negotiator";

/** The codings the build writes beside each compressible file, best first, and their suffixes. */
export const PRECOMPRESSED = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;
export type Coding = (typeof PRECOMPRESSED)[number]["encoding"] | "identity";

/** The types of the files worth compressing, by extension: text, of every kind the site serves. */
const COMPRESSIBLE_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

/** Below this, a compressed file saves less than its headers cost. */
export const MIN_COMPRESSIBLE_BYTES = 1024;

/** The compressible type of a file name, or undefined. */
export function compressibleType(file: string): string | undefined {
  const dot = file.lastIndexOf(".");
  return dot < 0 ? undefined : COMPRESSIBLE_TYPES[file.slice(dot).toLowerCase()];
}

/** The coding an answer gets, from those it has: the client's preference by q-value, ties broken
 * by ours (br first, as CDNs do: browsers list gzip first); "identity" where the client accepts
 * none of them. */
export function chooseCoding(acceptEncoding: string | undefined, available: readonly Coding[]): Coding {
  const offered = [...available.filter((c) => c !== "identity"), "identity"];
  const preferred = [...PRECOMPRESSED.map((p) => p.encoding), "identity"];
  const chosen = new Negotiator({ headers: { "accept-encoding": acceptEncoding } }).encoding(offered, { preferred });
  return (chosen as Coding | undefined) ?? "identity";
}

/** The codings the site compresses into, in the order it prefers them. */
export const CODINGS: readonly Coding[] = PRECOMPRESSED.map((p) => p.encoding);

/** The ETag of a coding of a representation whose identity ETag is `etag` ("x" -> "x-br"). */
export function codedEtag(etag: string, coding: Coding): string {
  return coding === "identity" ? etag : etag.replace(/"$/, `-${coding}"`);
}

const CODED_ETAG = new RegExp(`-(${CODINGS.join("|")})"$`);

/** codedEtag undone: the identity ETag and the coding a tag names ("x-br" -> "x", br). */
export function etagCoding(tag: string): { etag: string; coding: Coding } {
  const m = CODED_ETAG.exec(tag);
  return m ? { etag: tag.replace(CODED_ETAG, '"'), coding: m[1] as Coding } : { etag: tag, coding: "identity" };
}
