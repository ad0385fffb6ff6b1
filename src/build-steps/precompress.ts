// The local build's text files compressed once, at build, as brotli and gzip beside each file
// (index.html.br, index.html.gz): the local server sends them as they are, with no compression per
// request (scripts/serve.mjs). The Vercel build needs none: its CDN compresses.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { compressibleType, MIN_COMPRESSIBLE_BYTES, PRECOMPRESSED } from "../http/encodings.ts";

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

const COMPRESS: Record<(typeof PRECOMPRESSED)[number]["encoding"], (bytes: Buffer) => Buffer> = {
  br: (bytes) =>
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }),
  gzip: (bytes) => gzipSync(bytes, { level: 9 }),
};

/** Writes every coding of every compressible file under `dir` that saves bytes; returns the count
 * of files compressed and their bytes before and after (brotli). */
export function precompress(dir: string): { files: number; bytes: number; brotli: number } {
  const totals = { files: 0, bytes: 0, brotli: 0 };
  for (const file of filesUnder(dir)) {
    if (!compressibleType(file)) continue;
    const bytes = readFileSync(file);
    if (bytes.byteLength < MIN_COMPRESSIBLE_BYTES) continue;
    totals.files++;
    totals.bytes += bytes.byteLength;
    for (const { encoding, suffix } of PRECOMPRESSED) {
      const coded = COMPRESS[encoding](bytes);
      if (coded.byteLength >= bytes.byteLength) continue;
      writeFileSync(`${file}${suffix}`, coded);
      if (encoding === "br") totals.brotli += coded.byteLength;
    }
  }
  return totals;
}
