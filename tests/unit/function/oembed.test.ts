// oEmbed: the contract a CMS relies on, called as the function is.
import { describe, expect, it } from "vitest";
import { handleOEmbed } from "../../../src/function/oembed.ts";
import { CHART_IDS } from "../../../src/charts/catalog.ts";
import { embedHeight, initialEmbedHeight } from "../../../src/embed/snippet.ts";

const SITE = new URL("https://smuggling-cases.vercel.app/");
const call = (query: string, init?: RequestInit) => handleOEmbed(new Request(`http://localhost:4321/oembed${query}`, init), { site: SITE });
const q = (url: string, extra = "") => `?url=${encodeURIComponent(url)}&format=json${extra}`;

describe("oEmbed", () => {
  it("answers an embed URL with a rich response holding the snippet", async () => {
    const res = call(q("https://smuggling-cases.vercel.app/embed/smuggling-cases"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = await res.json();
    expect(body).toMatchObject({
      version: "1.0",
      type: "rich",
      title: "New smuggling cases fell by more than half",
      provider_name: "Smuggling Cases",
      provider_url: "https://smuggling-cases.vercel.app/",
      width: 640,
      height: initialEmbedHeight("smuggling-cases"),
      cache_age: expect.any(Number),
      thumbnail_url: "https://smuggling-cases.vercel.app/charts/smuggling-cases.png",
      thumbnail_width: 1200,
      thumbnail_height: 675,
    });
    expect(body.html).toContain('<iframe src="https://smuggling-cases.vercel.app/embed/smuggling-cases"');
    expect(body.html).toContain('<script async src="https://smuggling-cases.vercel.app/embed.js"></script>');
  });

  it("answers the story URL with its lead chart, or the chart its anchor names", async () => {
    expect((await (call(q("https://smuggling-cases.vercel.app/"))).json()).html).toContain("/embed/agents-shift");
    expect((await (call(q("https://smuggling-cases.vercel.app/#chart-border-apprehensions"))).json()).html).toContain("/embed/border-apprehensions");
  });

  it("accepts the URLs of the origin it is served from (local serving)", async () => {
    expect((call(q("http://localhost:4321/embed/agents-shift"))).status).toBe(200);
  });

  it("keeps the theme an embed URL asks for", async () => {
    const body = await (call(q("https://smuggling-cases.vercel.app/embed/agents-shift?theme=dark"))).json();
    expect(body.html).toContain("/embed/agents-shift?theme=dark");
  });

  it("respects maxwidth and maxheight", async () => {
    const narrow = await (call(q("https://smuggling-cases.vercel.app/embed/agents-shift", "&maxwidth=400"))).json();
    expect(narrow.width).toBe(400);
    expect(narrow.height).toBe(embedHeight("agents-shift", 400));
    expect(narrow.html).toContain('width="400"');
    const wide = await (call(q("https://smuggling-cases.vercel.app/embed/agents-shift", "&maxwidth=2000"))).json();
    expect(wide.width).toBeLessThanOrEqual(2000);
    const short = await (call(q("https://smuggling-cases.vercel.app/embed/agents-shift", "&maxheight=300"))).json();
    expect(short.height).toBe(300);
    expect(short.html).toContain('height="300"');
  });

  it("gives every chart an embed", async () => {
    for (const id of CHART_IDS) expect((call(q(`https://smuggling-cases.vercel.app/embed/${id}`))).status, id).toBe(200);
  });

  it("answers 404 for a URL that is not ours or not a chart", async () => {
    for (const url of ["https://example.org/embed/smuggling-cases", "https://smuggling-cases.vercel.app/embed/nope", "https://smuggling-cases.vercel.app/datapackage.json", "not a url"]) {
      const res = call(q(url));
      expect(res.status, url).toBe(404);
      expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    }
  });

  it("answers 400 without a url or with a bad size, and 501 for XML", async () => {
    expect((call("?format=json")).status).toBe(400);
    expect(await (call("?format=json")).text()).toContain('Missing "url"');
    expect((call(q("https://smuggling-cases.vercel.app/", "&maxwidth=wide"))).status).toBe(400);
    const xml = call(`?url=${encodeURIComponent("https://smuggling-cases.vercel.app/")}&format=xml`);
    expect(xml.status).toBe(501);
    expect(await xml.text()).toContain("format=json");
  });

  it("answers a query that is not valid percent-encoding with 400, naming the parameter", async () => {
    for (const [query, name] of [["?url=%ZZ&format=json", '"url"'], [`${q("https://smuggling-cases.vercel.app/")}&maxwidth=%C0%AE`, '"maxwidth"']]) {
      const res = call(query!);
      expect(res.status, query).toBe(400);
      expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(await res.text()).toContain(`${name} must be valid percent-encoding`);
    }
  });

  it("refuses other methods with 405 and Allow", async () => {
    const res = call(q("https://smuggling-cases.vercel.app/"), { method: "POST", body: "x" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});
