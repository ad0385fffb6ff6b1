// One HTTP request with the path exactly as given: fetch() (like a browser) normalises dot-segments
// and some encodings before sending, while a hostile client sends what it likes.
import { request } from "node:http";

export interface RawResponse {
  status: number;
  /** Lower-cased names; a header sent twice is joined with ", ". */
  headers: Record<string, string>;
  /** How many times each header came (lower-cased). */
  counts: Record<string, number>;
  body: string;
  /** The body's bytes as sent (not decoded, whatever its Content-Encoding). */
  bytes: Buffer;
}

export function rawRequest(origin: string, method: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const counts: Record<string, number> = {};
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i]!.toLowerCase();
          counts[name] = (counts[name] ?? 0) + 1;
        }
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers))
          if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: flat, counts, body: bytes.toString("utf8"), bytes });
      });
    });
    req.on("error", reject);
    req.end();
  });
}
