// The function's one handler in-process, as the Vercel function and the local server run it: the
// data contract, oEmbed at both its paths, the answers made at build time, and paths it has not.
import { describe, expect, it } from "vitest";
import { createFunction } from "../../../src/function/handler.ts";
import { describeDataApi } from "../../support/data-api-contract.ts";

const site = new URL("https://smuggling-cases.vercel.app/");
const fn = createFunction({ site });
const get = (path: string, init?: RequestInit) => fn.fetch(new Request(new URL(path, site), init));

describeDataApi("the function's handler, in-process", async (path, init) => get(path, init));

describe("the function's handler", () => {
  it("answers oEmbed at /oembed and /oembed/", async () => {
    const url = encodeURIComponent("https://smuggling-cases.vercel.app/embed/agents-shift");
    for (const path of [`/oembed?url=${url}`, `/oembed/?url=${url}`]) {
      const res = get(path);
      expect(res.status, path).toBe(200);
      expect((await res.json()).type).toBe("rich");
    }
  });

  it("answers any other path it is sent with a plain 404, never cached", async () => {
    for (const path of ["/", "/api/data", "/api/data.xml", "/API/DATA.CSV", "/_api", "/oembed/x"]) {
      const res = get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.text()).toContain("/api/data.csv");
    }
  });

  it("serves the whole dataset as made at build time, and renders only what a query asks for", async () => {
    const built = createFunction({ site, prerendered: { csv: { text: "made at build\n", etag: '"built"' } } });
    const whole = built.fetch(new Request(new URL("/api/data.csv", site)));
    expect(whole.headers.get("etag")).toBe('"built"');
    expect(whole.headers.get("content-length")).toBe("14");
    expect(await whole.text()).toBe("made at build\n");
    // An empty query is the same request; a filter is rendered.
    expect(built.fetch(new Request(new URL("/api/data.csv?", site))).headers.get("etag")).toBe('"built"');
    const filtered = built.fetch(new Request(new URL("/api/data.csv?from=2018", site)));
    expect(filtered.headers.get("etag")).toBe(get("/api/data.csv?from=2018").headers.get("etag"));
    expect(built.fetch(new Request(new URL("/api/data.csv", site), { headers: { "If-None-Match": '"built"' } })).status).toBe(304);
  });
});
