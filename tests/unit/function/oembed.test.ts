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
      title: "HSI's smuggling cases fell by more than half in FY2018",
      provider_name: "Smuggling Cases",
      provider_url: "https://smuggling-cases.vercel.app/",
      width: 640,
      height: initialEmbedHeight("smuggling-cases"),
      cache_age: expect.any(Number),
      thumbnail_url: "https://smuggling-cases.vercel.app/charts/smuggling-cases.png",
      thumbnail_width: 1200,
      thumbnail_height: 675,
    });
    expect(body.html).toContain('<iframe src="https://smuggling-cases.vercel.app/embed/smuggling-cases?theme=light"');
    expect(body.html).toContain('<script async src="https://smuggling-cases.vercel.app/embed.js"></script>');
  });

  it("puts before the iframe a hidden quote of the chart, for consumers that show it instead (WordPress, until the frame speaks), with frameborder for those that strip style", async () => {
    const en = (await call(q("https://smuggling-cases.vercel.app/embed/border-apprehensions")).json()).html as string;
    expect(en).toMatch(/^<blockquote class="wp-embedded-content" hidden>.*<\/blockquote><iframe /s);
    expect(en).toContain(
      '<a href="https://smuggling-cases.vercel.app/#chart-border-apprehensions">Border apprehensions fell in FY2017, then rose in FY2018</a>',
    );
    expect(en).toMatch(/<iframe [^>]*frameborder="0"/);
    const es = (await call(q("https://smuggling-cases.vercel.app/es/embed/border-apprehensions")).json()).html as string;
    expect(es).toContain('<a href="https://smuggling-cases.vercel.app/es/#chart-border-apprehensions">');
    expect(es).toContain('Gráfico: <a href="https://smuggling-cases.vercel.app/es/">Casos de tráfico de migrantes</a>. Fuentes: ');
    // Read on its own, the quote spells out the acronyms it uses, as the embed's note does.
    expect(en).toContain("<p>CBP: U.S. Customs and Border Protection.</p>");
  });

  it("answers an embed page's URL under each form that serves it, with its options", async () => {
    for (const path of ["/embed/agents-shift/", "/embed/agents-shift/index.html", "/es/embed/agents-shift/index.html"]) {
      const res = call(q(`https://smuggling-cases.vercel.app${path}?theme=dark`));
      expect(res.status, path).toBe(200);
      expect((await res.json()).html, path).toContain(`/embed/agents-shift?theme=dark"`);
    }
  });

  it("answers the story URL with its lead chart under the story's headline, or the chart its anchor names", async () => {
    const story = await call(q("https://smuggling-cases.vercel.app/")).json();
    expect(story.html).toContain("/embed/smuggling-cases");
    expect(story.title).toBe("In fiscal 2018, ICE opened less than half as many human-smuggling cases as the year before");
    expect((await call(q("https://smuggling-cases.vercel.app/#chart-border-apprehensions")).json()).title).toBe(
      "Border apprehensions fell in FY2017, then rose in FY2018",
    );
    expect((await call(q("https://smuggling-cases.vercel.app/#chart-border-apprehensions")).json()).html).toContain(
      "/embed/border-apprehensions",
    );
  });

  it("accepts the URLs of the origin it is served from (local serving)", async () => {
    expect(call(q("http://localhost:4321/embed/agents-shift")).status).toBe(200);
  });

  it("names the site as the provider, not the story's headline", async () => {
    const body = await call(q("https://smuggling-cases.vercel.app/")).json();
    expect(body.provider_name).toBe("Smuggling Cases");
    expect(body.provider_name).not.toBe(body.title);
  });

  it("answers a Spanish URL with the Spanish title, provider and embed", async () => {
    const body = await call(q("https://smuggling-cases.vercel.app/es/embed/smuggling-cases?theme=dark")).json();
    expect(body).toMatchObject({
      title: "Los casos de HSI por tráfico de migrantes cayeron más de la mitad en el AF2018",
      provider_name: "Casos de tráfico de migrantes",
      provider_url: "https://smuggling-cases.vercel.app/es/",
      thumbnail_url: "https://smuggling-cases.vercel.app/es/charts/smuggling-cases.png",
    });
    expect(body.html).toContain(
      '<iframe src="https://smuggling-cases.vercel.app/es/embed/smuggling-cases?theme=dark" title="Gráfico: Los casos de HSI por tráfico de migrantes cayeron más de la mitad en el AF2018"',
    );
    // The Spanish story: its lead chart, or the chart its anchor names, in Spanish.
    expect((await call(q("https://smuggling-cases.vercel.app/es/")).json()).html).toContain("/es/embed/smuggling-cases");
    expect((await call(q("https://smuggling-cases.vercel.app/es/#chart-border-apprehensions")).json()).html).toContain(
      "/es/embed/border-apprehensions",
    );
    expect(call(q("https://smuggling-cases.vercel.app/es/embed/nope")).status).toBe(404);
  });

  it("keeps the options an embed URL asks for: theme and step", async () => {
    const src = async (url: string) => (await call(q(url)).json()).html.match(/src="([^"]+)"/)[1].replace(/&amp;/g, "&");
    const base = "https://smuggling-cases.vercel.app/embed/agents-shift";
    expect(await src(`${base}?theme=dark`)).toBe(`${base}?theme=dark`);
    expect(await src(`${base}?theme=dark&step=1`)).toBe(`${base}?theme=dark&step=1`);
    expect(await src(`${base}?step=0`)).toBe(`${base}?theme=light&step=0`);
    expect(await src(`${base}?theme=auto`)).toBe(base);
    // The embed page's own fallbacks: a bad theme is auto, a bad step the final state.
    expect(await src(`${base}?theme=purple&step=99`)).toBe(base);
    expect(await src(`${base}?step=1.5`)).toBe(`${base}?theme=light`);
    // Light unless asked, like the snippet, whatever page is asked about.
    expect(await src("https://smuggling-cases.vercel.app/")).toBe("https://smuggling-cases.vercel.app/embed/smuggling-cases?theme=light");
  });

  it("respects maxwidth and maxheight", async () => {
    const narrow = await call(q("https://smuggling-cases.vercel.app/embed/agents-shift", "&maxwidth=400")).json();
    expect(narrow.width).toBe(400);
    expect(narrow.height).toBe(embedHeight("agents-shift", 400));
    expect(narrow.html).toContain('width="400"');
    const wide = await call(q("https://smuggling-cases.vercel.app/embed/agents-shift", "&maxwidth=2000")).json();
    expect(wide.width).toBeLessThanOrEqual(2000);
    const short = await call(q("https://smuggling-cases.vercel.app/embed/agents-shift", "&maxheight=300")).json();
    expect(short.height).toBe(300);
    expect(short.html).toContain('height="300"');
    // /embed.js reads the cap from the iframe's style (tests/e2e/embeds.spec.ts).
    expect(short.html).toContain("max-height:300px");
  });

  it("offers its 1200×675 thumbnail only within maxwidth and maxheight, its three fields together", async () => {
    const url = "https://smuggling-cases.vercel.app/embed/agents-shift";
    const thumb = (body: Record<string, unknown>) => [body.thumbnail_url, body.thumbnail_width, body.thumbnail_height];
    for (const extra of ["&maxwidth=400", "&maxheight=600", "&maxwidth=1199&maxheight=2000"])
      expect(thumb(await call(q(url, extra)).json()), extra).toEqual([undefined, undefined, undefined]);
    for (const extra of ["", "&maxwidth=1200&maxheight=675", "&maxwidth=2000"])
      expect(thumb(await call(q(url, extra)).json()), extra).toEqual([
        "https://smuggling-cases.vercel.app/charts/agents-shift.png",
        1200,
        675,
      ]);
  });

  it("respects a maxwidth down to 200 px, and has no embed narrower", async () => {
    const narrow = await call(q("https://smuggling-cases.vercel.app/embed/agents-shift", "&maxwidth=200")).json();
    expect(narrow.width).toBe(200);
    expect(narrow.height).toBe(embedHeight("agents-shift", 200));
    expect(narrow.html).toContain('width="200"');
    const tooNarrow = call(q("https://smuggling-cases.vercel.app/embed/agents-shift", "&maxwidth=199"));
    expect(tooNarrow.status).toBe(404);
    expect(await tooNarrow.text()).toContain("the narrowest is 200 px");
  });

  it("gives every chart an embed", async () => {
    for (const id of CHART_IDS) expect(call(q(`https://smuggling-cases.vercel.app/embed/${id}`)).status, id).toBe(200);
  });

  it("answers 404 for a URL that is not ours or not a chart", async () => {
    for (const url of [
      "https://example.org/embed/smuggling-cases",
      "https://smuggling-cases.vercel.app/embed/nope",
      "https://smuggling-cases.vercel.app/datapackage.json",
      "not a url",
    ]) {
      const res = call(q(url));
      expect(res.status, url).toBe(404);
      expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    }
  });

  it("answers 400 without a url or with a bad size, and 501 for XML", async () => {
    expect(call("?format=json").status).toBe(400);
    expect(await call("?format=json").text()).toContain('Missing "url"');
    expect(call(q("https://smuggling-cases.vercel.app/", "&maxwidth=wide")).status).toBe(400);
    const xml = call(`?url=${encodeURIComponent("https://smuggling-cases.vercel.app/")}&format=xml`);
    expect(xml.status).toBe(501);
    expect(await xml.text()).toContain("format=json");
  });

  it("answers a query that is not valid percent-encoding with 400, naming the parameter", async () => {
    for (const [query, name] of [
      ["?url=%ZZ&format=json", '"url"'],
      [`${q("https://smuggling-cases.vercel.app/")}&maxwidth=%C0%AE`, '"maxwidth"'],
    ]) {
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
