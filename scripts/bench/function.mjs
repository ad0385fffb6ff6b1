// The Vercel function: its size on disk, its cold start, and HTTP load through the local server.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { run } from "../lib/processes.mjs";
import { ROOT } from "../lib/server.mjs";

const FUNCTIONS = `${ROOT}.vercel/output/functions`;

/** The deployment's one function (the data function), or null when there is no Vercel build. */
export function functionDir() {
  const found = existsSync(FUNCTIONS) ? readdirSync(FUNCTIONS).filter((name) => name.endsWith(".func")) : [];
  if (found.length > 1) throw new Error(`more than one function in .vercel/output/functions: ${found.join(", ")}`);
  return found.length ? `${FUNCTIONS}/${found[0]}` : null;
}

/** Apparent size of every file, links followed to files (a linked folder counts where it lives). */
export function functionSize() {
  let [bytes, files] = [0, 0];
  for (const e of readdirSync(functionDir(), { recursive: true, withFileTypes: true })) {
    const st = statSync(path.join(e.parentPath, e.name), { throwIfNoEntry: false });
    if (st?.isFile()) [bytes, files] = [bytes + st.size, files + 1];
  }
  return { bytes, files };
}

// Run in a fresh Node: load Node's Request and Response (which Vercel's runtime does before it can
// call any fetch handler), import the handler and answer one request through its `default.fetch`,
// as Vercel's Node runtime does. Times are absolute (ms since the epoch) to compare with the spawn.
const CHILD = `const now = () => performance.timeOrigin + performance.now();
const started = now();
globalThis.Request;
globalThis.Response;
const web = now();
const mod = await import(process.argv[1]);
const imported = now();
const res = await mod.default.fetch(new Request("https://smuggling-cases.vercel.app/api/data.csv"));
await res.arrayBuffer();
console.log(JSON.stringify({ status: res.status, started, web, imported, answered: now() }));`;

/** One cold start of the function in `dir` (the deployment's by default), in ms: Node's start,
 * loading Node's Request/Response, the import and the first answer. */
export async function coldStart(dir = functionDir()) {
  const { handler } = JSON.parse(readFileSync(`${dir}/.vc-config.json`, "utf8"));
  const spawned = performance.timeOrigin + performance.now();
  const out = await run(process.execPath, ["--input-type=module", "-e", CHILD, pathToFileURL(path.join(dir, handler)).href], {
    cwd: dir, // Vercel runs a function from its own folder
    env: { ...process.env, NODE_ENV: "production" },
    timeoutMs: 15_000,
  });
  const t = JSON.parse(out);
  if (t.status !== 200) throw new Error(`cold start: GET /api/data.csv answered ${t.status}`);
  return {
    total: t.answered - spawned,
    node: t.started - spawned,
    web: t.web - t.started,
    import: t.imported - t.web,
    answer: t.answered - t.imported,
  };
}

/** One autocannon run; requests carry no Accept-Encoding, so bodies go uncompressed. */
export async function load(url, { connections, duration, warmup }) {
  const r = await autocannon({ url, connections, duration, ...(warmup ? { warmup: { connections, duration: warmup } } : {}) });
  return {
    rps: r.requests.average,
    requests: r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

/**
 * Two URLs side by side, as autocannon runs of `duration` seconds each, cut into `slices` that
 * alternate (a b, b a, a b, …), so that a change in the shared machine's load weighs on both
 * alike. Each side's rate is its requests over its time; its p99 is over every response it got.
 */
export async function compare(a, b, { connections, warmup, duration, slices }) {
  const sides = [a, b].map((url) => ({ url, requests: 0, seconds: 0, latencies: [], errors: 0, non2xx: 0 }));
  for (const { url } of sides) await autocannon({ url, connections, duration: warmup });
  for (let i = 0; i < slices; i++) {
    for (const side of i % 2 ? [sides[1], sides[0]] : sides) {
      const run = autocannon({ url: side.url, connections, duration: duration / slices });
      run.on("response", (_client, _status, _bytes, ms) => side.latencies.push(ms));
      const r = await run;
      side.requests += r.requests.total;
      side.seconds += r.duration;
      side.errors += r.errors;
      side.non2xx += r.non2xx;
    }
  }
  const p = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return sides.map(({ requests, seconds, latencies, errors, non2xx }) => {
    const sorted = latencies.sort((x, y) => x - y);
    return { rps: requests / seconds, requests, p50: p(sorted, 0.5), p99: p(sorted, 0.99), errors, non2xx };
  });
}
