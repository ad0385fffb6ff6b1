// Thousands of generated requests against the built Vercel function: random and hostile query
// strings, every method, odd headers, unknown paths. Never a 5xx or a stack trace; every 200
// parses and honours its filter; every 4xx says what was wrong. (FUZZ_RUNS raises the count.)
import { csvParse } from "d3";
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { dataset } from "../../src/data/index.ts";
import { type FetchFunction, importDataFunction } from "../support/vercel-function.ts";

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
let fn: FetchFunction;
beforeAll(async () => {
  fn = await importDataFunction();
});

const ids = dataset.seriesIds;
const hostile = [
  "",
  " ",
  ",",
  ",,",
  "%",
  "%%",
  "%2",
  "%zz",
  "%00",
  "%FF%FE",
  "%C0%AF",
  "%E0%A4%A",
  "..%2F..%2Fetc%2Fpasswd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "\u0000",
  "\uFFFF",
  "😀",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e4",
  "0x7E3",
  "２０１８",
  "2018.0",
  " 2018",
  "9999",
  "0000",
  "x".repeat(5000),
];
const value = fc.oneof(
  fc.constantFrom(...ids),
  fc.array(fc.constantFrom(...ids), { minLength: 1, maxLength: 4 }).map((a) => a.join(",")),
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc.constantFrom(...hostile),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);
const key = fc.oneof(
  fc.constantFrom("series", "from", "to"),
  fc.constantFrom("Series", "series[]", "fr%6Fm", "format", "callback", ""),
  fc.string({ maxLength: 12 }),
);
// Raw query text, with encodings a URL parser leaves alone as well as ones it decodes.
const query = fc
  .array(fc.tuple(key, value, fc.boolean()), { maxLength: 6 })
  .map((pairs) => pairs.map(([k, v, raw]) => (raw ? `${k}=${v}` : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)).join("&"));
const path = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("/api/data.csv", "/api/data.json") },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "/api/data.xml",
      "/api/data",
      "/api/data.csv/",
      "/API/DATA.CSV",
      "/api/../api/data.csv",
      "/api/data.csv%00",
      "/oembed",
      "/api/",
    ),
  },
  { weight: 1, arbitrary: fc.webPath() },
);
const method = fc.oneof(
  { weight: 5, arbitrary: fc.constant("GET") },
  { weight: 3, arbitrary: fc.constantFrom("HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "FOO") },
);
const headers = fc.dictionary(
  fc.constantFrom("If-None-Match", "Accept", "Accept-Encoding", "Origin", "Range", "X-Forwarded-Host", "Content-Type"),
  fc.oneof(
    fc.constantFrom('"abc"', "*", "W/", "", "bytes=0-10", "text/html", "gzip, br"),
    fc.string({ unit: "grapheme-ascii", maxLength: 200 }),
  ),
);

/** Whether every name and value of a query string is valid percent-encoded UTF-8. */
function decodes(search: string): boolean {
  try {
    for (const part of search.replace(/^\?/, "").split(/[&=]/)) decodeURIComponent(part.replace(/\+/g, " "));
    return true;
  } catch {
    return false;
  }
}

/** What a valid filter would keep, read the way the function documents it. */
function filterOf(search: string) {
  const params = new URLSearchParams(search);
  const series = params.getAll("series").flatMap((s) => s.split(",").map((x) => x.trim()));
  return { series: series.length ? new Set(series) : null, from: params.get("from"), to: params.get("to") };
}

const fullEtag = async () => (await fn.fetch(new Request("https://smuggling-cases.vercel.app/api/data.csv"))).headers.get("etag");

it(`survives ${RUNS} generated requests without a 5xx, and answers each sensibly`, async () => {
  const before = await fullEtag();
  await fc.assert(
    fc.asyncProperty(path, query, method, headers, async (p, q, m, h) => {
      let request: Request;
      try {
        request = new Request(`https://smuggling-cases.vercel.app${p}${q ? `?${q}` : ""}`, {
          method: m,
          headers: h,
          body: m === "POST" || m === "PUT" || m === "PATCH" ? "x=1" : undefined,
        });
      } catch {
        return; // not a request a client could send (e.g. a forbidden header value)
      }
      const res = await fn.fetch(request);
      const body = await res.text();
      const url = new URL(request.url);
      // oEmbed's one 5xx is its specified 501 for a format other than JSON.
      const notImplemented = url.pathname === "/oembed" && res.status === 501 && (url.searchParams.get("format") ?? "json") !== "json";
      if (!notImplemented) expect(res.status, `${m} ${request.url}`).toBeLessThan(500);
      expect(body).not.toMatch(/\n\s+at\s|node_modules|\.mjs:\d+/);
      const isData = /^\/api\/data\.(csv|json)$/.test(url.pathname);
      if (!isData) return;
      // A query that does not decode is refused as such, never read as something else.
      if (m === "GET" && !decodes(url.search)) {
        expect(res.status).toBe(400);
        expect(body).toContain("must be valid percent-encoding");
      }
      if (res.status >= 400) {
        expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
        if (m !== "HEAD") expect(body).toMatch(/Unknown|must|reversed|given|empty|not allowed/);
        return;
      }
      if (m === "HEAD" || res.status !== 200) return;
      const f = filterOf(url.search);
      const rows: { series_id: string; period: number }[] = url.pathname.endsWith(".csv")
        ? csvParse(body).map((r) => ({ series_id: r.series_id!, period: Number(r.period) }))
        : JSON.parse(body).rows;
      for (const r of rows) {
        if (f.series) expect(f.series.has(r.series_id)).toBe(true);
        if (f.from) expect(r.period).toBeGreaterThanOrEqual(Number(f.from));
        if (f.to) expect(r.period).toBeLessThanOrEqual(Number(f.to));
      }
    }),
    { numRuns: RUNS },
  );
  // Nothing a request sends changes what the function serves: it only reads the dataset.
  expect(await fullEtag()).toBe(before);
}, 120_000);
