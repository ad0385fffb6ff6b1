// Generates the bench-only comparison page: the story's charts rendered the common way, entirely
// in the browser (client-only.ts, bundled with esbuild), with Plot loaded up front. It takes from
// the built story page (dist/local/client/index.html) its <head> (styles, colour variables, the
// hashed inline script the CSP allows), its header and its embedded chart data, so that the two
// pages differ in how the charts are drawn, not in what they say. Written to
// dist/local/client/bench/ and removed by the caller at the end of the run.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { CATALOG } from "../../src/charts/catalog.ts";
import { ROOT } from "./server.mjs";

export const CLIENT_PAGE_PATH = "/bench/client-only.html";
const BUNDLE_PATH = "/bench/client-only.js";

function pick(html, re, what) {
  const m = html.match(re);
  if (!m) throw new Error(`client-only page: could not find ${what} in the built story page`);
  return m[0];
}

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Builds the page into `${clientDir}/bench/`; returns its URL path and bundle size. */
export async function buildClientPage(clientDir = `${ROOT}dist/local/client`) {
  const story = readFileSync(`${clientDir}/index.html`, "utf8");
  let head = pick(story, /^[\s\S]*?<\/head>/, "<head>");
  // The story's own module script is what this page replaces; everything else in <head> stays.
  head = head.replace(/<script type="module"[^>]*><\/script>/g, "");
  head = head.replace(/<title>[^<]*<\/title>/, "<title>Client-only charts (benchmark comparison page)</title>");
  head = head.replace("</head>", `<script type="module" src="${BUNDLE_PATH}"></script></head>`);
  const header = pick(story, /<header class="wrap story-head">[\s\S]*?<\/header>/, "the story header");
  const data = pick(story, /<script type="application\/json" id="story-data">[\s\S]*?<\/script>/, "the story data");

  const figures = CATALOG.map(
    (c) => `<section class="wrap" aria-labelledby="c-${c.id}"><h2 id="c-${c.id}">${escapeHtml(c.title)}</h2><p>${escapeHtml(c.subtitle)}</p><div data-client-chart="${c.id}"></div></section>`,
  ).join("");
  const html = `${head}<body><main id="main">${header}${figures}</main>${data}</body></html>`;

  mkdirSync(`${clientDir}/bench`, { recursive: true });
  const result = await build({
    entryPoints: [`${ROOT}scripts/bench/client-only.ts`],
    outfile: `${clientDir}${BUNDLE_PATH}`,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    metafile: true,
  });
  writeFileSync(`${clientDir}${CLIENT_PAGE_PATH}`, html);
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  return { path: CLIENT_PAGE_PATH, bundlePath: BUNDLE_PATH, bundleBytes: bytes };
}
