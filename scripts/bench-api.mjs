// Benchmarks the data function (/api/data.csv) against a static file holding the very same bytes,
// both served by the local production server (scripts/serve.mjs), so the gap between the two is
// what running the function costs over sending a file. Run it with `npm run bench:api`, which
// builds dist/local first; `--write` (or BENCH_WRITE=1) also rewrites docs/performance.md.
// A benchmark, not a test: a missed target is reported and still exits 0. Only a server that does
// not start, or a request that fails, exits non-zero.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { measure as measureUrl } from "./bench/load.mjs";
import { getBytes as getBytesFrom, HOST, ROOT as root, startServer as startBenchServer } from "./bench/server.mjs";

// HOST is 127.0.0.1: loopback only, nothing leaves the machine.
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const CONNECTIONS = 50;
const WARMUP_S = 3; // lets V8 optimise the handler and the sockets open; not counted
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const WRITE = process.argv.includes("--write") || process.env.BENCH_WRITE === "1";
const MIN_RATIO = 0.7; // function throughput must be at least this share of the static file's
const MAX_P99_MS = 20; // function p99 must stay under this at CONNECTIONS

const base = `http://${HOST}:${PORT}`;
const FUNCTION_PATH = "/api/data.csv";
const STATIC_PATH = "/bench/data-copy.csv";
// Inside the build's client folder, so the same server sends it as a prerendered file.
const copyDir = `${root}dist/local/client/bench`;
const copyFile = `${copyDir}/data-copy.csv`;

if (!(DURATION_S > 0)) {
  console.error(`bench:api: BENCH_DURATION must be a positive number of seconds, not "${process.env.BENCH_DURATION}"`);
  process.exit(2);
}

let server; // { kill, stop, ... } from scripts/bench/server.mjs: a detached process group
let createdDir; // set only if we made dist/local/client/bench, so that only then it is removed

const killServer = (signal) => server?.kill(signal);
const stopServer = async () => server?.stop();

function removeCopy() {
  rmSync(copyFile, { force: true });
  if (createdDir) rmSync(createdDir, { recursive: true, force: true });
}

// Ctrl-C does not reach a detached child, and a hung run must not outlive its budget: both kill
// the server outright and leave nothing behind.
function abort(message, code) {
  console.error(`bench:api: ${message}`);
  killServer("SIGKILL");
  removeCopy();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.once(signal, () => abort(`stopped by ${signal}`, 130));
const budgetS = 2 * (WARMUP_S + DURATION_S) + 60;
setTimeout(() => abort(`no result after ${budgetS} s, gave up`, 1), budgetS * 1000).unref();

async function startServer() {
  server = await startBenchServer({ port: PORT, host: HOST, label: "bench:api" });
}

const getBytes = (path) => getBytesFrom(base, path);

const measure = (label, path) =>
  measureUrl(label, base, path, { connections: CONNECTIONS, duration: DURATION_S, warmup: WARMUP_S });

const int = (n) => Math.round(n).toLocaleString("en-US");
const ms = (n) => `${+n.toFixed(2)}`;

function report(fn, st, bodyBytes) {
  const ratio = fn.rps / st.rps;
  const ratioTarget = ratio >= MIN_RATIO ? "met" : `missed by ${int(MIN_RATIO * st.rps - fn.rps)} req/s`;
  const p99Target = fn.p99 < MAX_P99_MS ? "met" : `missed by ${ms(fn.p99 - MAX_P99_MS)} ms (must be under ${MAX_P99_MS})`;
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    machine: `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ${os.platform()} ${os.arch()}`,
    node: process.version,
    bodyBytes,
    header: ["target", "req/s (avg)", "p50 ms", "p99 ms", "errors", "non-2xx", "bytes/response"],
    rows: [fn, st].map((t) => [t.label, int(t.rps), ms(t.p50), ms(t.p99), String(t.errors), String(t.non2xx), int(t.bytesPerResponse)]),
    verdicts: [
      ["throughput function/static", ratio.toFixed(2)],
      [`function throughput >= ${MIN_RATIO} x static`, ratioTarget],
      [`function p99 < ${MAX_P99_MS} ms at ${CONNECTIONS} connections`, p99Target],
    ],
  };
}

function printText(r) {
  const widths = r.header.map((_, i) => Math.max(...[r.header, ...r.rows].map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  console.log(`\nData function vs static file, ${r.date}`);
  console.log(`Node ${r.node}; ${r.machine}`);
  console.log(`${CONNECTIONS} connections, ${WARMUP_S} s warm-up (not counted), ${DURATION_S} s measured per target; body ${int(r.bodyBytes)} bytes\n`);
  console.log([line(r.header), ...r.rows.map(line)].join("\n"));
  console.log("");
  for (const [what, verdict] of r.verdicts) console.log(`${what}: ${verdict}`);
}

const BEGIN = "<!-- bench:api: written by npm run bench:api -- --write -->";
const END = "<!-- /bench:api -->";

function writeDoc(r) {
  const row = (cells) => `| ${cells.join(" | ")} |`;
  const table = [row(r.header), row(r.header.map((_, i) => (i === 0 ? "---" : "---:"))), ...r.rows.map(row)].join("\n");
  const section = `${BEGIN}
## Data function vs static file (npm run bench:api)

\`npm run bench:api\` builds the site for local serving, starts the production server
(\`scripts/serve.mjs\`) on 127.0.0.1 and loads two URLs with
[autocannon](https://github.com/mcollina/autocannon), one after the other: the data function
\`${FUNCTION_PATH}\`, and a copy of its exact answer (${int(r.bodyBytes)} bytes) written into the
build as \`${STATIC_PATH}\` for the run, so the same server sends it as a static file. The
difference between the two is what running the function costs. Each target gets ${CONNECTIONS}
connections, a ${WARMUP_S} s warm-up that is not counted, then ${DURATION_S} s measured. Load and server
share one machine, so the figures compare the two paths on it; they are not a forecast for Vercel.

The targets: the function keeps at least ${MIN_RATIO * 100}% of the static file's throughput, and its p99
latency stays under ${MAX_P99_MS} ms at ${CONNECTIONS} connections. A missed target is reported, not failed.
Each connection waits for its answer before sending the next request, so the mean latency is about
${CONNECTIONS} ÷ throughput: a p99 under ${MAX_P99_MS} ms needs well over ${int(CONNECTIONS / (MAX_P99_MS / 1000))} req/s from one path.

Latest run: ${r.date}, Node ${r.node}, ${r.machine}.

${table}

${r.verdicts.map(([what, verdict]) => `- ${what}: ${verdict}`).join("\n")}

Latencies are autocannon's, over successful responses; bytes/response counts headers as well as
the body. To refresh this section, run \`npm run bench:api -- --write\`.
${END}`;
  // Only this command's section is rewritten; notes written by hand around it stay.
  const file = `${root}docs/performance.md`;
  const old = existsSync(file) ? readFileSync(file, "utf8") : "";
  const [before, after] = old.includes(BEGIN) && old.includes(END) ? [old.slice(0, old.indexOf(BEGIN)), old.slice(old.indexOf(END) + END.length)] : ["# Performance\n\n", "\n"];
  writeFileSync(file, `${before}${section}${after}`);
  console.log("\nWrote docs/performance.md");
}

try {
  await startServer();
  const body = await getBytes(FUNCTION_PATH);
  createdDir = mkdirSync(copyDir, { recursive: true });
  writeFileSync(copyFile, body);
  if (!(await getBytes(STATIC_PATH)).equals(body)) throw new Error(`${STATIC_PATH} is not served byte for byte`);

  const fn = await measure("function", FUNCTION_PATH);
  const st = await measure("static", STATIC_PATH);
  const result = report(fn, st, body.length);
  printText(result);

  const failures = fn.errors + fn.non2xx + st.errors + st.non2xx;
  if (failures > 0) {
    // Figures with failed requests in them are not worth keeping.
    console.error(`\nbench:api: ${failures} request(s) failed; docs/performance.md left as it was`);
    process.exitCode = 1;
  } else if (WRITE) {
    writeDoc(result);
  }
} catch (error) {
  console.error(`bench:api: ${error.message}`);
  process.exitCode = 1;
} finally {
  await stopServer();
  removeCopy();
}
