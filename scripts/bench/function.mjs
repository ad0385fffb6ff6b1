// The Vercel function: its size on disk, its cold start, and HTTP load through the local server.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { run } from "../lib/processes.mjs";
import { ROOT } from "../lib/server.mjs";

export const FUNC_DIR = `${ROOT}.vercel/output/functions/_render.func`;

/** Apparent size of every file, links followed to files (a linked folder counts where it lives). */
export function functionSize() {
  let [bytes, files] = [0, 0];
  for (const e of readdirSync(FUNC_DIR, { recursive: true, withFileTypes: true })) {
    const st = statSync(path.join(e.parentPath, e.name), { throwIfNoEntry: false });
    if (st?.isFile()) [bytes, files] = [bytes + st.size, files + 1];
  }
  return { bytes, files };
}

// Run in a fresh Node: import the handler and answer one request through its `default.fetch`, as
// Vercel's Node runtime does. Times are absolute (ms since the epoch) to compare with the spawn.
const CHILD = `const now = () => performance.timeOrigin + performance.now();
const started = now();
const mod = await import(process.argv[1]);
const imported = now();
const res = await mod.default.fetch(new Request("https://smuggling-cases.vercel.app/api/data.csv"));
await res.arrayBuffer();
console.log(JSON.stringify({ status: res.status, started, imported, answered: now() }));`;

/** One cold start in ms, split into Node's start, the import and the first answer. */
export async function coldStart() {
  const { handler } = JSON.parse(readFileSync(`${FUNC_DIR}/.vc-config.json`, "utf8"));
  const spawned = performance.timeOrigin + performance.now();
  const out = await run(process.execPath, ["--input-type=module", "-e", CHILD, pathToFileURL(path.join(FUNC_DIR, handler)).href], {
    cwd: FUNC_DIR, // Vercel runs a function from its own folder
    env: { ...process.env, NODE_ENV: "production" },
    timeoutMs: 15_000,
  });
  const t = JSON.parse(out);
  if (t.status !== 200) throw new Error(`cold start: GET /api/data.csv answered ${t.status}`);
  return { total: t.answered - spawned, node: t.started - spawned, import: t.imported - t.started, answer: t.answered - t.imported };
}

/** One autocannon run; requests carry no Accept-Encoding, so bodies go uncompressed. */
export async function load(url, { connections, duration, warmup }) {
  const r = await autocannon({ url, connections, duration, ...(warmup ? { warmup: { connections, duration: warmup } } : {}) });
  return { rps: r.requests.average, requests: r.requests.total, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}
