// The Vercel function's size on disk and its cold start: a fresh Node process (the pinned Node
// running the bench) that imports the function's handler module and answers one GET
// /api/data.csv. Timed from the spawn to the answer's arrival back here, so Node's own start-up
// counts, as it does on a cold Vercel instance. Each child runs in its own process group with a
// time limit and is killed with its group if it overruns.
import { spawn } from "node:child_process";
import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./server.mjs";

export const FUNC_DIR = `${ROOT}.vercel/output/functions/_render.func`;
const CHILD = `${ROOT}scripts/bench/cold-start-child.mjs`;

/** Process group ids of cold-start processes still running, so that an abort can kill them. */
export const liveColdStarts = new Set();

/** Bytes of every file under dir (apparent sizes; symbolic links followed to files once). */
export function dirBytes(dir) {
  let total = 0;
  let files = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      let st = lstatSync(p);
      if (st.isSymbolicLink()) {
        try {
          st = statSync(p);
        } catch {
          continue;
        }
        if (st.isDirectory()) continue; // a linked folder would be counted where it lives
      }
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) {
        total += st.size;
        files += 1;
      }
    }
  };
  walk(dir);
  return { bytes: total, files };
}

export function functionEntry() {
  const config = JSON.parse(readFileSync(`${FUNC_DIR}/.vc-config.json`, "utf8"));
  if (!config.handler) throw new Error(`${FUNC_DIR}/.vc-config.json names no handler`);
  return path.join(FUNC_DIR, config.handler);
}

function oneColdStart(entry, timeoutMs = 15_000) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CHILD, entry, "https://smuggling-cases.vercel.app"], {
      cwd: FUNC_DIR, // Vercel runs a function from its own folder
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production" },
    });
    liveColdStarts.add(child.pid);
    let out = "";
    let err = "";
    let answeredAt;
    const kill = () => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    };
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`cold start: no answer within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (answeredAt === undefined && out.includes("\n")) answeredAt = performance.now();
    });
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      kill(); // anything it left in its group
      liveColdStarts.delete(child.pid);
      if (code !== 0 || answeredAt === undefined) return reject(new Error(`cold start: the process exited with ${code}: ${err.trim().slice(0, 500)}`));
      const inner = JSON.parse(out.trim().split("\n")[0]);
      if (inner.status !== 200) return reject(new Error(`cold start: GET /api/data.csv answered ${inner.status}`));
      resolve({ wall: answeredAt - t0, ...inner });
    });
  });
}

/** `runs` cold starts, one after the other. */
export async function coldStarts(runs = 5) {
  const entry = functionEntry();
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await oneColdStart(entry));
  return results;
}
