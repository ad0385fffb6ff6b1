// The data function's public contract, as one table of checks that runs against every way the
// function is served: the handler in-process, the built Vercel function, and the local server over
// HTTP. `send` makes one request for a path ("/api/data.csv?…") and returns the Response.
import { readFileSync } from "node:fs";
import { csvParse } from "d3";
import { describe, expect, it } from "vitest";
import { root } from "./paths.ts";

export type Send = (path: string, init?: RequestInit) => Promise<Response>;

const EXPORT_HEADER =
  "series_id,series_title,period_type,period,value,qualifier,unit,source_id,source_title,source_publisher,source_url,source_access,note,period_basis";

// What the downloaded file must agree with: the repository's own tables, read independently.
const read = (name: string) => csvParse(readFileSync(root("data", `${name}.csv`), "utf8"));
const observations = read("observations");
const series = read("series");
const sources = read("sources");
const seriesIds = series.map((s) => s.id!);
const { version } = JSON.parse(readFileSync(root("data", "datapackage.json"), "utf8")) as { version: string };

function expectDataHeaders(res: Response, type: "csv" | "json") {
  expect(res.headers.get("content-type")).toBe(
    type === "csv" ? "text/csv; charset=utf-8; header=present" : "application/json; charset=utf-8",
  );
  expect(res.headers.get("access-control-allow-origin")).toBe("*");
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("link")).toBe('</datapackage.json>; rel="describedby"');
  // Which version of data/ the answer came from, readable by a script on another origin.
  expect(res.headers.get("data-version")).toBe(version);
  expect(res.headers.get("access-control-expose-headers")).toContain("Data-Version");
  expect(res.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{20,}"$/); // strong: no W/
  const cache = res.headers.get("cache-control") ?? "";
  expect(cache).toMatch(/(^|, )max-age=\d+/);
  expect(cache).toMatch(/s-maxage=\d+/);
  expect(cache).toMatch(/stale-while-revalidate=\d+/);
}

async function expectBadRequest(res: Response, ...mentions: string[]) {
  expect(res.status).toBe(400);
  expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  expect(res.headers.get("access-control-allow-origin")).toBe("*");
  const body = await res.text();
  for (const m of mentions) expect(body).toContain(m);
  expect(body).not.toMatch(/\n\s+at\s/); // never a stack trace
  return body;
}

export function describeDataApi(name: string, send: Send) {
  describe(`data function contract: ${name}`, () => {
    it("serves the whole dataset as a tidy CSV that matches data/ row for row", async () => {
      const res = await send("/api/data.csv");
      expect(res.status).toBe(200);
      expectDataHeaders(res, "csv");
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="smuggling-data.csv"');
      const text = await res.text();
      expect(text.split("\n")[0]).toBe(EXPORT_HEADER);
      const rows = csvParse(text);
      expect(rows).toHaveLength(observations.length);
      // Every observation is there, with its value, qualifier and note exactly as in data/ ...
      const key = (r: { series_id?: string; period?: string }) => `${r.series_id}|${r.period}`;
      const byKey = new Map(rows.map((r) => [key(r), r]));
      for (const o of observations) {
        const row = byKey.get(key(o));
        expect(row, key(o)).toBeDefined();
        expect([row!.value, row!.qualifier, row!.unit, row!.source_id, row!.note, row!.period_basis]).toEqual([
          o.value,
          o.qualifier,
          o.unit,
          o.source_id,
          o.note,
          o.period_basis,
        ]);
        // ... and stands on its own: series title and the source's URL on every row.
        expect(row!.series_title).toBe(series.find((s) => s.id === o.series_id)!.title);
        expect(row!.source_url).toBe(sources.find((s) => s.id === o.source_id)!.url);
      }
      // RFC 4180 quoting: the comparison above covers fields with commas (the notes quote in curly
      // quotation marks, so no field holds a straight one).
      expect(rows.some((r) => r.source_title!.includes(","))).toBe(true);
    });

    it("gives the human-readable columns in Spanish with ?lang=es, ids and codes unchanged", async () => {
      const [en, es] = [await send("/api/data.csv"), await send("/api/data.csv?lang=es")];
      expect(es.status).toBe(200);
      expect(es.headers.get("content-disposition")).toBe('attachment; filename="smuggling-data_es.csv"');
      expect(es.headers.get("etag")).not.toBe(en.headers.get("etag"));
      const [english, spanish] = [csvParse(await en.text()), csvParse(await es.text())];
      expect(spanish.columns).toEqual(english.columns);
      expect(spanish).toHaveLength(english.length);
      spanish.forEach((row, i) => {
        const o = observations.find((x) => x.series_id === row.series_id && x.period === row.period)!;
        // The Spanish columns of data/ (title_es, note_es), the codes as in English.
        expect(row.series_title).toBe(series.find((s) => s.id === o.series_id)!.title_es);
        expect(row.note).toBe(o.note_es);
        for (const field of [
          "series_id",
          "period_type",
          "period",
          "value",
          "qualifier",
          "unit",
          "source_id",
          "source_title",
          "source_url",
          "period_basis",
        ])
          expect(row[field], field).toBe(english[i]![field]);
      });
      expect(spanish.some((r) => r.series_title!.includes("tráfico de migrantes"))).toBe(true);
      const json = await (await send("/api/data.json?series=hsi-smuggling-cases-opened&lang=es")).json();
      expect(json.query.lang).toBe("es");
      expect(json.rows[0].series_title).toBe("Casos nuevos de tráfico de migrantes abiertos por HSI");
      await expectBadRequest(await send("/api/data.csv?lang=fr"), '"fr"', "en, es");
    });

    it("keeps only the series asked for, in ?series=a,b or repeated ?series=", async () => {
      const [a, b] = ["hsi-smuggling-cases-opened", "hsi-worksite-investigations-opened"];
      const comma = await send(`/api/data.csv?series=${b},${a}`);
      expect(comma.status).toBe(200);
      expect(comma.headers.get("content-disposition")).toBe(`attachment; filename="smuggling-data_${a}+${b}.csv"`);
      const repeated = await send(`/api/data.csv?series=${a}&series=${b}`);
      expect(repeated.headers.get("etag")).toBe(comma.headers.get("etag"));
      const rows = csvParse(await comma.text());
      expect(new Set(rows.map((r) => r.series_id))).toEqual(new Set([a, b]));
      expect(rows).toHaveLength(observations.filter((o) => o.series_id === a || o.series_id === b).length);
      expect(await repeated.text()).toBe(await (await send(`/api/data.csv?series=${a},${b}`)).text());
    });

    it("keeps a window of years with ?from= and ?to=, inclusive", async () => {
      const res = await send("/api/data.csv?from=2018&to=2018");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="smuggling-data_2018-2018.csv"');
      const rows = csvParse(await res.text());
      expect(rows.length).toBe(observations.filter((o) => o.period === "2018").length);
      expect(rows.every((r) => r.period === "2018")).toBe(true);
      const from = csvParse(await (await send("/api/data.csv?from=2019")).text());
      expect(from.length).toBe(observations.filter((o) => Number(o.period) >= 2019).length);
      expect(from.length).toBeGreaterThan(0);
    });

    it("answers a bad query with 400 and plain text naming the bad value and what is valid", async () => {
      const unknown = await expectBadRequest(await send("/api/data.csv?series=hsi-smuggling-cases"), '"hsi-smuggling-cases"');
      for (const id of seriesIds) expect(unknown).toContain(id);
      await expectBadRequest(await send("/api/data.csv?series=hsi-smuggling-cases-opened,,ice-ero-removals"), "empty", seriesIds[0]!);
      await expectBadRequest(await send("/api/data.csv?from=18"), '"18"', "four-digit year");
      await expectBadRequest(await send("/api/data.csv?to=2018-10-01"), '"2018-10-01"');
      await expectBadRequest(await send("/api/data.csv?from=2019&to=2017"), "reversed", "2019", "2017");
      await expectBadRequest(await send("/api/data.csv?format=xml"), '"format"', "series", "from", "to");
      await expectBadRequest(await send("/api/data.csv?from=2017&from=2018"), '"from" was given 2 times');
      await expectBadRequest(await send("/api/data.json?series=nope"), '"nope"');
    });

    it("answers a query that is not valid percent-encoding with the same 400, naming the parameter", async () => {
      const encoding = "must be valid percent-encoding";
      await expectBadRequest(await send("/api/data.csv?series=%ZZ"), `"series" ${encoding}`, '"%ZZ"');
      await expectBadRequest(await send("/api/data.csv?series=%C0%AE"), `"series" ${encoding}`, '"%C0%AE"');
      await expectBadRequest(await send("/api/data.json?from=2017&to=%"), `"to" ${encoding}`);
      await expectBadRequest(await send("/api/data.csv?%ZZ=1"), `A parameter name ${encoding}`);
    });

    it("revalidates: If-None-Match with the ETag gives 304 without a body", async () => {
      const first = await send("/api/data.csv?series=ice-ero-removals");
      const etag = first.headers.get("etag")!;
      await first.arrayBuffer();
      for (const header of [etag, `W/${etag}`, `"other", ${etag}`]) {
        const res = await send("/api/data.csv?series=ice-ero-removals", { headers: { "If-None-Match": header } });
        expect(res.status).toBe(304);
        expect(res.headers.get("etag")).toBe(etag);
        expect(await res.text()).toBe("");
      }
      const changed = await send("/api/data.csv?series=ice-ero-removals", { headers: { "If-None-Match": '"stale"' } });
      expect(changed.status).toBe(200);
      await changed.arrayBuffer();
      // A different filter is a different file, with a different tag.
      const other = await send("/api/data.csv?series=usbp-sw-apprehensions");
      expect(other.headers.get("etag")).not.toBe(etag);
      await other.arrayBuffer();
    });

    it("answers HEAD like GET, without a body, in each content coding", async () => {
      for (const coding of ["identity", "br", "gzip"]) {
        const init = { headers: { "Accept-Encoding": coding } };
        const get = await send("/api/data.csv", init);
        const getBody = await get.arrayBuffer();
        const head = await send("/api/data.csv", { ...init, method: "HEAD" });
        expect(head.status).toBe(200);
        for (const h of [
          "content-type",
          "content-disposition",
          "etag",
          "cache-control",
          "link",
          "access-control-allow-origin",
          "content-encoding",
          "content-length",
        ])
          expect(head.headers.get(h), `${coding}: ${h}`).toBe(get.headers.get(h));
        if (coding === "identity") expect(Number(head.headers.get("content-length"))).toBe(getBody.byteLength);
        expect((await head.arrayBuffer()).byteLength).toBe(0);
      }
    });

    // Byte ranges as RFC 9110 §14 defines them, so that lazy readers can read an answer in parts.
    describe("byte ranges", () => {
      const path = "/api/data.csv?series=hsi-smuggling-cases-opened,hsi-worksite-investigations-opened&lang=es";
      // Ranges are of the identity bytes, whose ETag an If-Range names (a browser asks for a range
      // so: Fetch sends "Accept-Encoding: identity" with it).
      const whole = async () => {
        const res = await send(path, { headers: { "Accept-Encoding": "identity" } });
        return { bytes: new Uint8Array(await res.arrayBuffer()), etag: res.headers.get("etag")! };
      };
      const ranged = (range: string, extra: Record<string, string> = {}) => send(path, { headers: { Range: range, ...extra } });

      it("says it takes ranges, and lets a script on another origin read the part it got", async () => {
        const res = await send(path);
        expect(res.headers.get("accept-ranges")).toBe("bytes");
        const exposed = (res.headers.get("access-control-expose-headers") ?? "").toLowerCase().split(/,\s*/);
        expect(exposed).toContain("content-range");
      });

      it("serves the first, a middle, the last and an open-ended range with 206 and Content-Range", async () => {
        const { bytes } = await whole();
        const size = bytes.byteLength;
        for (const [range, start, end] of [
          ["bytes=0-99", 0, 99],
          ["bytes=100-299", 100, 299],
          ["bytes=-50", size - 50, size - 1],
          [`bytes=${size - 10}-`, size - 10, size - 1],
          // A last byte past the end means the end (§14.1.1).
          [`bytes=${size - 5}-${size + 1000}`, size - 5, size - 1],
        ] as const) {
          const res = await ranged(range);
          expect(res.status, range).toBe(206);
          expect(res.headers.get("content-range"), range).toBe(`bytes ${start}-${end}/${size}`);
          expect(Number(res.headers.get("content-length")), range).toBe(end - start + 1);
          expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
          expect(new Uint8Array(await res.arrayBuffer()), range).toEqual(bytes.slice(start, end + 1));
        }
      });

      it("answers a range that starts past the end with 416, the size in Content-Range, and a sentence", async () => {
        const { bytes } = await whole();
        for (const range of [`bytes=${bytes.byteLength}-`, "bytes=999999-1000000", "bytes=-0"]) {
          const res = await ranged(range);
          expect(res.status, range).toBe(416);
          expect(res.headers.get("content-range"), range).toBe(`bytes */${bytes.byteLength}`);
          expect(res.headers.get("access-control-allow-origin")).toBe("*");
          const body = await res.text();
          expect(body).toContain("Range not satisfiable");
          expect(body).toContain(`${bytes.byteLength}-byte`);
        }
      });

      it("sends the whole answer for a Range it must ignore, several ranges, or an If-Range that no longer matches", async () => {
        const { bytes, etag } = await whole();
        for (const [range, extra] of [
          ["items=0-9", {}], // another unit (§14.2: ignored)
          ["bytes=abc", {}], // bad syntax: ignored
          ["bytes=0-9,200-209", {}], // several ranges: a server may send the whole
          ["bytes=0-9", { "If-Range": '"an-older-version"' }],
          ["bytes=0-9", { "If-Range": "Wed, 21 Oct 2015 07:28:00 GMT" }], // no Last-Modified to match
        ] as const) {
          const res = await ranged(range, extra);
          expect(res.status, range).toBe(200);
          expect(res.headers.get("content-range"), range).toBeNull();
          expect(new Uint8Array(await res.arrayBuffer()), range).toEqual(bytes);
        }
        const current = await ranged("bytes=0-9", { "If-Range": etag });
        expect(current.status).toBe(206);
        expect(new Uint8Array(await current.arrayBuffer())).toEqual(bytes.slice(0, 10));
      });

      it("ranges the JSON answer too, and never a HEAD", async () => {
        const json = await send("/api/data.json", { headers: { Range: "bytes=0-0" } });
        expect(json.status).toBe(206);
        expect(await json.text()).toBe("{");
        const head = await send(path, { method: "HEAD", headers: { Range: "bytes=0-9" } });
        expect(head.status).toBe(200);
      });

      it("lets a preflight ask for Range and If-Range", async () => {
        const pre = await send(path, {
          method: "OPTIONS",
          headers: {
            Origin: "https://example.org",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "range,if-range",
          },
        });
        expect(pre.status).toBe(204);
        const allowed = (pre.headers.get("access-control-allow-headers") ?? "").toLowerCase().split(/,\s*/);
        expect(allowed).toEqual(expect.arrayContaining(["range", "if-range", "if-none-match"]));
      });
    });

    it("answers a CORS preflight, and refuses other methods with 405 and Allow", async () => {
      const pre = await send("/api/data.csv", {
        method: "OPTIONS",
        headers: {
          Origin: "https://example.org",
          "Access-Control-Request-Method": "GET",
          "Access-Control-Request-Headers": "if-none-match",
        },
      });
      expect(pre.status).toBe(204);
      expect(pre.headers.get("access-control-allow-origin")).toBe("*");
      expect(pre.headers.get("access-control-allow-methods")).toContain("GET");
      expect(pre.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("if-none-match");
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        const res = await send("/api/data.csv", { method, body: method === "DELETE" ? undefined : "x" });
        expect(res.status, method).toBe(405);
        expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
        expect(await res.text()).toContain(`${method} is not allowed`);
      }
    });

    it("serves the same rows as JSON, with the series and sources they use", async () => {
      const res = await send("/api/data.json?series=prosecutions-8-usc-1324");
      expect(res.status).toBe(200);
      expectDataHeaders(res, "json");
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="smuggling-data_prosecutions-8-usc-1324.json"');
      const body = await res.json();
      const expected = observations.filter((o) => o.series_id === "prosecutions-8-usc-1324");
      expect(body.rows.map((r: { period: number; value: number; qualifier: string }) => [r.period, r.value, r.qualifier])).toEqual(
        expected.map((o) => [Number(o.period), Number(o.value), o.qualifier]),
      );
      expect(body.series.map((s: { id: string }) => s.id)).toEqual(["prosecutions-8-usc-1324"]);
      expect(body.sources.map((s: { id: string }) => s.id).sort()).toEqual([...new Set(expected.map((o) => o.source_id))].sort());
      expect(body.describedBy).toBe("/datapackage.json");
      expect(body.version).toBe(version);
      expect(body.license.name).toBeTruthy();
      const all = await (await send("/api/data.json")).json();
      expect(all.rows).toHaveLength(observations.length);
    });
  });
}
