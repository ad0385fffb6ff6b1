// Runs of words shared with a text that may not be copied. A "shingle" is eight consecutive words,
// normalised (case, accents kept, apostrophes dropped, punctuation ignored), and kept only as a
// short SHA-256 hash: the fixture holds the hashes of the original's shingles, never its words.
import { createHash } from "node:crypto";

const SHINGLE_WORDS = 8;

function words(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/['’‘`´]/g, "")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

const hashShingle = (shingle: string) => createHash("sha256").update(shingle).digest("hex").slice(0, 16);

/** Every run of SHINGLE_WORDS words in the text, as [words, hash]. */
export function shingles(text: string): [string, string][] {
  const w = words(text);
  const out: [string, string][] = [];
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) {
    const s = w.slice(i, i + SHINGLE_WORDS).join(" ");
    out.push([s, hashShingle(s)]);
  }
  return out;
}
