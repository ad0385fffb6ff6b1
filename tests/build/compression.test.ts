// The local server compresses as a CDN does (issue: `npm start` served 255 kB of HTML uncompressed):
// the build's brotli and gzip copies of the text files, and the function's answers compressed once,
// chosen by Accept-Encoding as RFC 9110 §12.5.3 defines it, each coding with its own ETag and
// `Vary: Accept-Encoding`. Bodies are read as sent and decoded here with Node's zlib.
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRequest } from "../support/raw-http.ts";
import { startServer } from "../../scripts/lib/server.mjs";
import { type RunningServer, startLocalServer } from "../support/server.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await startLocalServer();
}, 60_000);
afterAll(() => server?.stop());

const decode = { br: brotliDecompressSync, gzip: gunzipSync } as const;
const get = (path: string, headers: Record<string, string> = {}) => rawRequest(server.origin, "GET", path, headers);

describe.each([
  ["the story", "/", "text/html; charset=utf-8"],
  ["a Spanish embed", "/es/embed/agents-shift", "text/html; charset=utf-8"],
  ["the data function's CSV", "/api/data.csv?lang=es", "text/csv; charset=utf-8; header=present"],
  ["the data function's JSON", "/api/data.json?series=hsi-smuggling-cases-opened", "application/json; charset=utf-8"],
])("%s (%s)", (_, path, type) => {
  it("is sent in the coding the client prefers, whose bytes decode to the identity bytes", async () => {
    const identity = await get(path);
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(identity.headers.vary).toMatch(/accept-encoding/i);
    for (const [accept, coding] of [
      ["br", "br"],
      ["gzip", "gzip"],
      ["gzip, deflate, br", "br"],
      ["gzip;q=1.0, br;q=0.5", "gzip"],
      ["*", "br"],
      ["br;q=0, gzip;q=0", undefined],
      ["identity", undefined],
      ["compress", undefined],
    ] as const) {
      const res = await get(path, { "Accept-Encoding": accept });
      expect(res.status, accept).toBe(200);
      expect(res.headers["content-encoding"], accept).toBe(coding);
      expect(res.headers["content-type"], accept).toBe(type);
      expect(res.headers.vary, accept).toMatch(/accept-encoding/i);
      expect(Number(res.headers["content-length"]), accept).toBe(res.bytes.byteLength);
      const body = coding ? decode[coding](res.bytes) : res.bytes;
      expect(body.equals(identity.bytes), accept).toBe(true);
      if (coding) expect(res.bytes.byteLength, accept).toBeLessThan(identity.bytes.byteLength / 2);
    }
  });

  it("gives each coding its own ETag, and revalidates each by it", async () => {
    const tags = new Map<string, string>();
    for (const coding of ["identity", "br", "gzip"]) tags.set(coding, (await get(path, { "Accept-Encoding": coding })).headers.etag!);
    expect(new Set(tags.values()).size).toBe(3);
    for (const [coding, tag] of tags) {
      const again = await get(path, { "Accept-Encoding": coding, "If-None-Match": tag });
      expect(again.status, coding).toBe(304);
      expect(again.headers.etag, coding).toBe(tag);
    }
    // A tag of another coding names other bytes: the answer is sent again.
    const other = await get(path, { "Accept-Encoding": "gzip", "If-None-Match": tags.get("br")! });
    expect(other.status).toBe(200);
    expect(other.headers["content-encoding"]).toBe("gzip");
  });

  it("sends a byte range of the identity bytes", async () => {
    const identity = await get(path);
    const part = await get(path, { "Accept-Encoding": "br", Range: "bytes=0-99" });
    expect(part.status).toBe(206);
    expect(part.headers["content-encoding"]).toBeUndefined();
    expect(part.bytes.equals(identity.bytes.subarray(0, 100))).toBe(true);
  });
});

it("serves the build's compressed copies only under their file's own path", async () => {
  for (const path of ["/index.html.br", "/index.html.gz", "/es/data/index.html.br"]) {
    const res = await get(path, { "Accept-Encoding": "br" });
    expect(res.status, path).toBe(404);
    expect(res.body, path).toContain("Page not found");
  }
});

it("leaves a file too small to gain as it is", async () => {
  const robots = await get("/robots.txt", { "Accept-Encoding": "br" });
  expect(robots.status).toBe(200);
  expect(robots.headers["content-encoding"]).toBeUndefined();
});

describe("with --identity (a proxy in front compresses, or the bench measures without)", () => {
  let plain: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    plain = await startServer({ args: ["--identity"] });
  }, 60_000);
  afterAll(() => plain?.stop());

  it.each(["/", "/es/embed/agents-shift", "/api/data.csv?lang=es"])("sends %s uncompressed, the same bytes", async (path) => {
    const compressed = await get(path);
    const res = await rawRequest(plain.origin, "GET", path, { "Accept-Encoding": "gzip, deflate, br" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.bytes.equals(compressed.bytes)).toBe(true);
  });
});
