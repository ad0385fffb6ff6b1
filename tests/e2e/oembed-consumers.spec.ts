// oEmbed consumers that follow a page's discovery link as given, run on the URLs a reader pastes:
// @extractus/oembed-extractor (npm) and PHP's embed/embed (Debian's php-embed, through
// tests/oembed-consumers/embed-php.php). Each must get the embed that the URL's options ask for,
// the same answer as oEmbed gives when asked about that URL directly. No browser: the pages are
// fetched as these libraries fetch them, from the local server (the discovery link names the
// public origin; each consumer's HTTP is pointed at this server instead).
import { spawnSync } from "node:child_process";
import { extract } from "@extractus/oembed-extractor";
import { expect, test } from "@playwright/test";

const PUBLIC = "https://smuggling-cases.vercel.app";
let site = "";
// biome-ignore lint/correctness/noEmptyPattern: Playwright reads the first argument's fixtures from the pattern
test.beforeAll(async ({}, testInfo) => {
  site = new URL(testInfo.project.use.baseURL!).origin;
});

/** The URLs a reader may paste: an embed's address with a theme, a state, both, junk, or neither. */
const PASTED = [
  "/embed/agents-shift?theme=dark&step=0",
  "/embed/agents-shift/?step=1",
  "/es/embed/smuggling-cases?step=0",
  "/es/embed/smuggling-cell-staff/index.html?theme=dark",
  "/embed/border-apprehensions?theme=auto",
  "/embed/smuggling-prosecutions?theme=light",
  "/embed/smuggling-cases?step=9",
  "/embed/smuggling-cell-staff",
];

/** What oEmbed answers when asked about the URL itself. */
async function direct(path: string) {
  const res = await fetch(`${site}/oembed?url=${encodeURIComponent(`${PUBLIC}${path}`)}&format=json`);
  expect(res.status, path).toBe(200);
  return res.json();
}

const toLocal = (url: string) => url.replace(PUBLIC, site);
const src = (html: unknown) => /<iframe src="([^"]+)"/.exec(String(html))?.[1]?.replaceAll("&amp;", "&").replace(PUBLIC, "");

test("@extractus/oembed-extractor (npm) gets each pasted URL's options through the page's discovery link", async () => {
  for (const path of PASTED) {
    const got = await extract(`${site}${path}`, {}, (url: string) => fetch(toLocal(url)));
    expect(got.method, `${path}: found by the page's discovery link`).toBe("auto-discovery");
    expect(got.html, path).toBe((await direct(path)).html);
  }
  // The options, spelled out for two of them.
  expect(src((await extract(`${site}/embed/agents-shift?theme=dark&step=0`, {}, (url: string) => fetch(toLocal(url)))).html)).toBe(
    "/embed/agents-shift?theme=dark&step=0",
  );
  expect(src((await extract(`${site}/es/embed/smuggling-cases?step=0`, {}, (url: string) => fetch(toLocal(url)))).html)).toBe(
    "/es/embed/smuggling-cases?theme=light&step=0",
  );
});

test("PHP's embed/embed (Debian's php-embed) gets each pasted URL's options through the page's discovery link", async () => {
  for (const path of PASTED) {
    const run = spawnSync("php", ["-d", "error_reporting=E_ALL", "tests/oembed-consumers/embed-php.php", `${site}${path}`, PUBLIC, site], {
      encoding: "utf8",
    });
    expect(run.stderr, path).toBe("");
    expect(run.status, path).toBe(0);
    const { endpoint, oembed } = JSON.parse(run.stdout) as { endpoint: string; oembed: { html: string } };
    expect(endpoint, `${path}: the page's discovery link`).toMatch(/^https:\/\/smuggling-cases\.vercel\.app\/oembed\?/);
    expect(oembed.html, path).toBe((await direct(path)).html);
  }
});
