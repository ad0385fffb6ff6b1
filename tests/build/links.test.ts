// Crawls the built site over HTTP from the story pages and the embeds of both editions: every internal link, anchor and asset
// answers, and every #fragment names an element on its page.
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CHART_IDS } from "../../src/charts/catalog.ts";
import { embedPath } from "../../src/site/urls.ts";
import { startLocalServer, type RunningServer } from "../support/server.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server?.stop());

it("has no broken internal link, anchor or asset", async () => {
  const origin = server.origin;
  const pages = new Map<string, Set<string>>(); // page path -> ids on it
  const checked = new Map<string, number>(); // url without fragment -> status
  const anchors: { from: string; page: string; id: string }[] = [];
  // The story, and the pages nothing on the site links to: the embeds (reached from other sites).
  const queue = ["/", "/es/", ...(["en", "es"] as const).flatMap((locale) => CHART_IDS.map((id) => embedPath(id, { locale })))];
  const broken: string[] = [];

  while (queue.length) {
    const path = queue.shift()!;
    if (checked.has(path)) continue;
    const res = await fetch(`${origin}${path}`);
    checked.set(path, res.status);
    if (res.status !== 200) {
      broken.push(`${path}: ${res.status}`);
      await res.arrayBuffer();
      continue;
    }
    if (!(res.headers.get("content-type") ?? "").startsWith("text/html")) {
      await res.arrayBuffer();
      continue;
    }
    const { document } = parseHTML(await res.text());
    pages.set(path, new Set([...document.querySelectorAll("[id]")].map((e) => e.id)));
    const refs = [
      ...[...document.querySelectorAll("a[href], link[href]")].map((e) => e.getAttribute("href")!),
      ...[...document.querySelectorAll("script[src], img[src], iframe[src]")].map((e) => e.getAttribute("src")!),
      ...[...document.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]')].map((e) => e.getAttribute("content")!),
    ];
    for (const ref of refs) {
      const url = new URL(ref, `${origin}${path}`);
      // The configured public origin stands for this server in canonical and card URLs.
      const local = url.origin === origin || url.hostname === "smuggling-cases.vercel.app";
      if (!local) continue;
      const target = `${url.pathname}${url.search}`;
      if (url.hash) anchors.push({ from: path, page: url.pathname, id: decodeURIComponent(url.hash.slice(1)) });
      if (!checked.has(target) && !queue.includes(target)) queue.push(target);
    }
  }
  for (const a of anchors) {
    const ids = pages.get(a.page);
    if (ids && !ids.has(a.id)) broken.push(`${a.from}: #${a.id} is not on ${a.page}`);
  }
  expect(checked.size).toBeGreaterThan(20);
  // Each edition reaches the other: the language switcher and the hreflang alternates.
  for (const path of ["/es/", "/es/charts/agents-shift.png", "/es/cards/story.png", "/api/data.csv?lang=es"])
    expect(checked.get(path), path).toBe(200);
  expect(broken).toEqual([]);
});
