// `npm run bench` (`-- --skip-build` measures the builds on disk): builds both outputs, serves
// dist/local as `npm start` serves it (compressed as a CDN would) and, beside it, uncompressed
// (`serve.mjs --identity`, as a plain file server sends it), measures the whole site in one run,
// and prints one table of figures against their targets, which it also writes between its markers
// in docs/performance.md. Each page's first paint is also measured against its floor: a page of its
// headline and dek alone (scripts/bench/floor-page.mjs), sent by the same server.
// A missed target is reported, not failed: it exits 1, and leaves the doc alone, only when
// something could not be measured.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { CHART_IDS } from "../src/charts/catalog.ts";
import { bytesBeforeInteraction, CHROME_FLAGS, connect, launchChromium, lighthousePage, START_URL } from "./bench/browser.mjs";
import { CHROMIUM } from "./lib/chromium.mjs";
import { buildClientPage, CLIENT_PAGE } from "./bench/client-page.mjs";
import { floorPath, writeFloorPage } from "./bench/floor-page.mjs";
import { coldStart, compare, functionDir, functionSize, load } from "./bench/function.mjs";
import { precompress } from "../src/build-steps/precompress.ts";
import { run, stopAllOnExit } from "./lib/processes.mjs";
import { ROOT, startServer } from "./lib/server.mjs";

const RUNS = 3; // Lighthouse runs a page (odd counts, for plain medians)
const COLD_STARTS = 5;
const COMPARE = { connections: 50, warmup: 3, duration: 10, slices: 4 }; // the function vs its static copy
const LOAD = { connections: 100, duration: 30 };
const [API, COPY] = ["/api/data.csv", "/bench/data-copy.csv"];
const CLIENT_DIR = `${ROOT}dist/local/client`;
const STORY = "/";
// Pages held to the story's bars: the story in each edition, and the data page in each.
const FULL_PAGES = [STORY, "/es/", "/data/", "/es/data/"];
const LABELS = { [STORY]: "story", "/es/": "story (es)", "/data/": "data page", "/es/data/": "data page (es)" };
const EMBEDS = [...CHART_IDS.map((id) => `/embed/${id}`), "/es/embed/agents-shift"];
// Pages measured against their floor, through both servers; the target is on the story's.
const FLOORED = [STORY, "/es/", "/data/", `/embed/${CHART_IDS[0]}`];
const FLOOR_TARGET = 1.25; // the story's LCP as a multiple of its floor's
const SERVERS = { compressed: "npm start", identity: "uncompressed" };
const KB = 1000; // as Vite and Astro count them
const TARGETS = {
  story: {
    performance: 100,
    accessibility: 100,
    "best-practices": 100,
    seo: 100,
    lcp: 1500,
    cls: 0,
    tbt: 50,
    js: 15 * KB,
    total: 120 * KB,
  },
  embed: { performance: 98, accessibility: 100, total: 40 * KB },
  // The host page's scripts, gzip: the iframe snippet's resizer and the script embed's loader.
  hostScripts: { "/embed.js": 1 * KB, "/embed-chart.js": 3 * KB },
  functionBytes: 250 * KB,
  importAndAnswer: 40, // ms: a fresh process importing the function and answering GET /api/data.csv
  apiRatio: 0.9, // the function's throughput as a share of the static copy's
  apiP99: 20, // ms, at COMPARE.connections
};
const NAMES = { performance: "Performance", accessibility: "Accessibility", "best-practices": "Best Practices", seo: "SEO" };

const t0 = Date.now();
const log = (message) => console.error(`[bench ${String(Math.round((Date.now() - t0) / 1000)).padStart(4)} s] ${message}`);
const reports = mkdtempSync(path.join(os.tmpdir(), "bench-lighthouse-"));
const loadAverage = [os.loadavg()[0]];
stopAllOnExit();

// The comparison page and the copy of the function's answer live in the build's /bench/ (which the
// site does not use) during the run, so that the same server sends them. A rebuild of dist/local
// wipes them: they are written again (and compressed, once) before a use that finds them gone, and
// removed at the end.
let apiBody;
async function benchFiles() {
  const files = [CLIENT_PAGE, COPY, ...FLOORED.map(floorPath)].map((f) => CLIENT_DIR + f);
  // All there, and compressed (a rebuild removes the folder whole): nothing to do.
  if (files.every((f) => existsSync(f)) && existsSync(`${CLIENT_DIR}${CLIENT_PAGE}.br`)) return;
  if (!existsSync(CLIENT_DIR + CLIENT_PAGE)) await buildClientPage(readFileSync(`${CLIENT_DIR}/index.html`, "utf8"), CLIENT_DIR);
  mkdirSync(`${CLIENT_DIR}/bench`, { recursive: true });
  writeFileSync(CLIENT_DIR + COPY, apiBody);
  for (const page of FLOORED) writeFloorPage(page, CLIENT_DIR);
  // Compressed as the build compresses the site's own files, so that `npm start` sends these as
  // it sends those (the build's copies are made before the bench writes its files).
  precompress(`${CLIENT_DIR}/bench`);
}
process.once("exit", () => rmSync(`${CLIENT_DIR}/bench`, { recursive: true, force: true }));
const retried = (fn) =>
  fn().catch(async (error) => {
    log(`${error.message}; trying once more`);
    await benchFiles();
    return fn();
  });

const problems = [];
const attempt = (what, fn) =>
  fn().catch((error) => {
    problems.push(`${what}: ${error.message}`);
    log(`could not measure ${what}: ${error.message}`);
  });

async function get(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

const results = { lighthouse: {}, bytes: {}, identity: {} };
let server, plain, chrome, builtAt;
try {
  for (const script of process.argv.includes("--skip-build") ? [] : ["build", "build:local"]) {
    log(`npm run ${script}`);
    await run("npm", ["run", script], { cwd: ROOT, timeoutMs: 600_000, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
  }
  const missing = [`${CLIENT_DIR}/index.html`, `${functionDir() ?? ".vercel/output/functions/<function>.func"}/.vc-config.json`].filter(
    (file) => !existsSync(file),
  );
  if (missing.length) throw new Error(`no ${missing.map((file) => path.relative(ROOT, file)).join(", ")}: run without --skip-build`);
  builtAt = statSync(`${CLIENT_DIR}/index.html`).mtimeMs;
  server = await startServer();
  const base = server.origin;
  log(`serving dist/local, compressed, at ${base}`);
  plain = await startServer({ args: ["--identity"] });
  log(`and uncompressed at ${plain.origin}`);
  apiBody = await get(base + API);
  await benchFiles();

  await attempt("bytes before interaction", async () => {
    chrome = await launchChromium();
    const browser = await connect(chrome.port);
    results.chromium = browser.version();
    for (const page of [...FULL_PAGES, ...EMBEDS, CLIENT_PAGE]) {
      log(`bytes before interaction: ${page}`);
      results.bytes[page] = await retried(() => bytesBeforeInteraction(browser, base + page));
    }
    await browser.close();
  });
  await chrome?.stop();

  const floors = FLOORED.map(floorPath);
  for (const page of [...FULL_PAGES, ...EMBEDS, CLIENT_PAGE, ...floors]) {
    const categories = FULL_PAGES.includes(page)
      ? Object.keys(NAMES)
      : page === CLIENT_PAGE || floors.includes(page)
        ? ["performance"]
        : ["performance", "accessibility"];
    const reportFile = (i) =>
      path.join(
        reports,
        `${
          page
            .replace(/\.html$/, "")
            .replace(/^\/|\/$/g, "")
            .replace(/\//g, "-") || "story"
        }-${i}.json`,
      );
    log(`Lighthouse x${RUNS}: ${page}`);
    await benchFiles();
    results.lighthouse[page] = await attempt(`Lighthouse ${page}`, () =>
      lighthousePage(base + page, { categories, runs: RUNS, reportFile }),
    );
  }

  // The same pages and floors sent uncompressed: what compression is worth.
  for (const page of [...FLOORED, ...floors]) {
    const categories = FULL_PAGES.includes(page)
      ? Object.keys(NAMES)
      : floors.includes(page)
        ? ["performance"]
        : ["performance", "accessibility"];
    log(`Lighthouse x${RUNS}, uncompressed: ${page}`);
    await benchFiles();
    results.identity[page] = await attempt(`Lighthouse ${page}, uncompressed`, () =>
      lighthousePage(plain.origin + page, {
        categories,
        runs: RUNS,
        reportFile: (i) => path.join(reports, `identity${page.replace(/\.html$/, "").replace(/\//g, "-")}-${i}.json`),
      }),
    );
  }

  // What a host page loads before its reader does anything, as the build wrote it, compressed as
  // a CDN sends it (gzip -9; brotli at its best quality).
  results.hostScripts = Object.fromEntries(
    Object.keys(TARGETS.hostScripts).map((file) => {
      const body = readFileSync(CLIENT_DIR + file);
      const brotli = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      return [file, { raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length, brotli }];
    }),
  );

  log(`the function: size, ${COLD_STARTS} cold starts`);
  results.size = await attempt("function size", async () => functionSize());
  results.cold = await attempt("cold start", async () => {
    const runs = [];
    for (let i = 0; i < COLD_STARTS; i++) runs.push(await coldStart());
    return runs;
  });

  log(
    `${API} vs ${COPY}: ${COMPARE.connections} connections, ${COMPARE.warmup} s warm-up + ${COMPARE.duration} s each in ${COMPARE.slices} alternating slices`,
  );
  results.api = await attempt(`${API} vs its static copy`, () =>
    retried(async () => {
      if (!(await get(base + COPY)).equals(apiBody)) throw new Error(`${COPY} is not served byte for byte`);
      const [fn, copy] = await compare(base + API, base + COPY, COMPARE);
      // Failed requests would flatter the rate.
      if (fn.errors + fn.non2xx + copy.errors + copy.non2xx) throw new Error(`failed requests: ${JSON.stringify({ fn, copy })}`);
      return { fn, copy };
    }),
  );
  log(`load run: ${LOAD.connections} connections for ${LOAD.duration} s on ${API}`);
  results.load = await attempt("load run", () => load(base + API, LOAD));
} catch (error) {
  problems.push(error.message);
  log(error.message);
} finally {
  await chrome?.stop();
  await server?.stop();
  await plain?.stop();
}

// ---- the table ---------------------------------------------------------------------------------

const median = (values) => values?.toSorted((a, b) => a - b)[values.length >> 1]; // odd counts
const int = (n) => Math.round(n).toLocaleString("en-US");
const f = {
  ms: (n) => `${int(n)} ms`,
  s: (ms) => `${(ms / 1000).toFixed(2)} s`,
  kB: (bytes) => `${(bytes / KB).toFixed(1)} kB`,
  ratio: (n) => n.toFixed(2),
  cls: (n) => String(+n.toFixed(3)),
};

/** A median and the runs it is the median of: "0.90 s (0.84 s, 0.90 s, 0.93 s)". */
const withRuns = (xs, fmt = String) => `${fmt(median(xs))} (${xs.map(fmt).join(", ")})`;

/** A row, its value checked against [operator, limit, format] if given; `measured()` runs only if there is a value. */
const rows = [];
function row(figure, value, measured, [op, limit, fmt] = []) {
  let result = "–";
  if (!Number.isFinite(value)) [measured, result] = [() => "not measured", op ? "not measured" : "–"];
  else if (op) {
    const gap = op === ">=" ? limit - value : value - limit;
    result = (op === "<" ? gap < 0 : gap <= 0) ? "met" : `missed by ${fmt(Math.max(gap, 0))}`;
  }
  rows.push([figure, measured(), op ? `${op} ${fmt(limit)}` : "–", result]);
}

function pageRows(page, label, targets) {
  const lh = results.lighthouse[page];
  for (const c of Object.keys(NAMES).filter((c) => c in targets)) {
    row(`${label} Lighthouse ${NAMES[c]}`, median(lh?.[c]), () => withRuns(lh[c]), [">=", targets[c], String]);
  }
  for (const [m, fmt] of FULL_PAGES.includes(page)
    ? [
        ["lcp", f.s],
        ["cls", f.cls],
        ["tbt", f.ms],
      ]
    : []) {
    row(`${label} ${m.toUpperCase()}`, median(lh?.[m]), () => withRuns(lh[m], fmt), ["<=", targets[m], fmt]);
  }
  for (const kind of ["js", "total"].filter((k) => k in targets)) {
    const b = results.bytes[page]?.[kind];
    const what = kind === "js" ? "JavaScript" : "bytes (no images)";
    row(`${label} ${what} before interaction`, b?.bytes, () => `${f.kB(b.bytes)} (${b.files} files)`, ["<=", targets[kind], f.kB]);
  }
}
for (const page of FULL_PAGES) pageRows(page, LABELS[page], TARGETS.story);
for (const page of EMBEDS) pageRows(page, page, TARGETS.embed);

const [story, client] = [median(results.lighthouse[STORY]?.lcp), median(results.lighthouse[CLIENT_PAGE]?.lcp)];
row("LCP ratio story / client-only page", story / client, () => `${f.ratio(story / client)} (${f.s(story)} vs ${f.s(client)})`);
const [storyJs, clientJs] = [results.bytes[STORY]?.js.bytes, results.bytes[CLIENT_PAGE]?.js.bytes];
row(
  "JavaScript ratio story / client-only page",
  storyJs / clientJs,
  () => `${f.ratio(storyJs / clientJs)} (${f.kB(storyJs)} vs ${f.kB(clientJs)})`,
);

// First paint against the floor, through each server.
const floorLabel = (page) => LABELS[page] ?? page;
for (const [server, name] of Object.entries(SERVERS)) {
  const lh = server === "compressed" ? results.lighthouse : results.identity;
  for (const page of FLOORED) {
    const [it, floor] = [lh[page], lh[floorPath(page)]];
    for (const m of ["lcp", "fcp"]) {
      const [a, b] = [median(it?.[m]), median(floor?.[m])];
      const target = m === "lcp" && (page === STORY || page === "/es/") ? ["<=", FLOOR_TARGET, f.ratio] : undefined;
      row(
        `${floorLabel(page)} ${m.toUpperCase()} / its floor's, ${name}`,
        a / b,
        () => `${f.ratio(a / b)} (${f.s(a)} vs ${f.s(b)})`,
        target,
      );
    }
    // What this machine charges a page that has nothing to block with: the floor's own blocking
    // time, beside the page's in the rows above.
    if (server === "compressed")
      row(
        `${floorLabel(page)}'s floor: TBT, Performance, ${name}`,
        median(floor?.tbt),
        () => `${withRuns(floor.tbt, f.ms)}, Performance ${withRuns(floor.performance)}`,
      );
  }
}
for (const page of FLOORED) {
  const lh = results.identity[page];
  const categories = FULL_PAGES.includes(page) ? Object.keys(NAMES) : ["performance", "accessibility"];
  for (const c of categories)
    row(`${floorLabel(page)} Lighthouse ${NAMES[c]}, uncompressed`, median(lh?.[c]), () => withRuns(lh[c]), [
      ">=",
      (FULL_PAGES.includes(page) ? TARGETS.story : TARGETS.embed)[c],
      String,
    ]);
  row(`${floorLabel(page)} LCP, uncompressed`, median(lh?.lcp), () => withRuns(lh.lcp, f.s));
}

for (const [file, limit] of Object.entries(TARGETS.hostScripts)) {
  const b = results.hostScripts?.[file];
  row(`${file} (host page's script), gzip`, b?.gzip, () => `${f.kB(b.gzip)} (brotli ${f.kB(b.brotli)}, raw ${f.kB(b.raw)})`, [
    "<=",
    limit,
    f.kB,
  ]);
}

const { size, cold, api, load: ld } = results;
row("function size on disk", size?.bytes, () => `${f.kB(size.bytes)} (${size.files} files)`, ["<=", TARGETS.functionBytes, f.kB]);
const coldMedian = (key) => median(cold.map((c) => c[key]));
const importAndAnswer = cold?.map((c) => c.import + c.answer);
row(
  `function import + first answer, median of ${COLD_STARTS}`,
  median(importAndAnswer),
  () => `${f.ms(median(importAndAnswer))} (import ${int(coldMedian("import"))}, first answer ${int(coldMedian("answer"))})`,
  ["<=", TARGETS.importAndAnswer, f.ms],
);
const parts = () =>
  `Node start ${int(coldMedian("node"))}, Node's Request/Response ${int(coldMedian("web"))}, import + first answer ${int(median(importAndAnswer))}`;
row(
  `function cold start from the spawn, median of ${COLD_STARTS}`,
  cold && coldMedian("total"),
  () => `${f.ms(coldMedian("total"))} (${parts()})`,
);
const ratio = api && api.fn.rps / api.copy.rps;
const conns = `${COMPARE.connections} conn.`;
row(`${API} throughput / static copy, ${conns}`, ratio, () => `${f.ratio(ratio)} (${int(api.fn.rps)} vs ${int(api.copy.rps)} req/s)`, [
  ">=",
  TARGETS.apiRatio,
  f.ratio,
]);
row(`${API} p99 latency, ${conns}`, api?.fn.p99, () => `${f.ms(api.fn.p99)} (static copy ${f.ms(api.copy.p99)})`, [
  "<",
  TARGETS.apiP99,
  f.ms,
]);
const loadLabel = `load ${API}, ${LOAD.connections} conn. ${LOAD.duration} s`;
row(
  `${loadLabel}: rate, latency`,
  ld?.rps,
  () => `${int(ld.rps)} req/s (${int(ld.requests)} requests), p50 ${f.ms(ld.p50)}, p99 ${f.ms(ld.p99)}`,
);
row(`${loadLabel}: errors + non-2xx`, ld && ld.errors + ld.non2xx, () => `${ld.errors} + ${ld.non2xx}`, ["<=", 0, String]);

const cells = [["figure", "measured", "target", "result"], ...rows].map((r) => r.map((cell) => cell.replace(/\|/g, "\\|")));
const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => r[i].length)));
const line = (r) => `| ${r.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
const table = [line(cells[0]), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.slice(1).map(line)];

loadAverage.push(os.loadavg()[0]);
const encodings = [...new Set(Object.values(results.bytes).flatMap((b) => [...b.encodings]))].join(", ") || "none";
const rebuilt = builtAt && statSync(`${CLIENT_DIR}/index.html`, { throwIfNoEntry: false })?.mtimeMs !== builtAt;
const report = [
  `- ${new Date().toISOString().slice(0, 16)}Z; Node ${process.version}; ${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores; load average ${loadAverage.map((l) => l.toFixed(1)).join(" at the start, ")} at the end.`,
  `- Lighthouse ${results.lighthouse[STORY]?.version ?? "?"}, mobile preset, simulated throttling, ${RUNS} runs a page: medians, the runs in brackets; Chromium ${results.chromium ?? "?"} (${CHROMIUM}, with chrome-launcher's flags, as Lighthouse's CLI starts it, and ${CHROME_FLAGS.join(" ")}, on ${START_URL}).`,
  `- Bytes: response bodies as sent (encoding: ${encodings}) before any interaction, 1 kB = 1,000 bytes.`,
  ...(rebuilt ? ["- Warning: dist/local was rebuilt during this run; the figures may mix two builds."] : []),
  "",
  ...table,
].join("\n");
console.log(`\n${report}\n`);
log(`Lighthouse's reports (JSON), for the audits behind a score: ${reports}`);

if (problems.length) {
  console.error(
    `bench: some figures could not be measured; docs/performance.md left as it was:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
  );
  process.exit(1);
}
const [BEGIN, END] = ["<!-- bench: written by npm run bench -->", "<!-- /bench -->"];
const file = `${ROOT}docs/performance.md`;
const doc = readFileSync(file, "utf8");
const [from, to] = [doc.indexOf(BEGIN), doc.indexOf(END)];
if (from < 0 || to < from) throw new Error(`${file} has no ${BEGIN} ... ${END} section to rewrite`);
writeFileSync(file, `${doc.slice(0, from)}${BEGIN}\n${report}\n${doc.slice(to)}`);
log(`wrote ${path.relative(ROOT, file)}`);
process.exit(0);
