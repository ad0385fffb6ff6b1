// The local production server (scripts/serve.mjs) for benchmarks: started in its own process
// group (detached), so that stopping it kills the group and nothing is left running; refused on a
// busy port, so that "it answers" cannot mean someone else's server answered. Loopback only.
import { spawn } from "node:child_process";
import net from "node:net";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const HOST = "127.0.0.1";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function portIsFree(port, host = HOST) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** A port the system has just handed out as free. */
export function freePort(host = HOST) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts scripts/serve.mjs with the Node running this script (the project's pinned Node 24) and
 * waits until it answers "/". Returns { base, child, running(), kill(signal), stop() }.
 */
export async function startServer({ port, host = HOST, args = [], label = "bench", readyTimeoutMs = 15_000 } = {}) {
  if (!(await portIsFree(port, host))) throw new Error(`port ${port} is in use; set BENCH_PORT to a free port`);
  const child = spawn(process.execPath, ["scripts/serve.mjs", ...args], {
    cwd: ROOT,
    detached: true, // its pid is its process group id: kill(-pid) reaches all it started
    stdio: ["ignore", "ignore", "inherit"], // keep its errors, drop its banner
    env: { ...process.env, PORT: String(port), HOST: host },
  });
  child.on("error", (error) => console.error(`${label}: server: ${error.message}`));
  const running = () => child.exitCode === null && child.signalCode === null;
  // Signals the whole group, never a process by name. ESRCH just means it is already gone.
  const kill = (signal) => {
    if (!child.pid) return;
    try {
      process.kill(-child.pid, signal);
    } catch {}
  };
  const stop = async () => {
    if (!running()) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    kill("SIGTERM");
    // serve.mjs closes gracefully on SIGTERM; if a socket holds it open, do not wait for it.
    if (!(await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]))) {
      kill("SIGKILL");
      await exited;
    }
  };
  const base = `http://${host}:${port}`;
  const handle = { base, child, running, kill, stop };
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (!running()) throw new Error(`the server exited (code ${child.exitCode}) before answering`);
    try {
      const res = await fetch(`${base}/`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      return handle;
    } catch {
      await sleep(200);
    }
  }
  kill("SIGKILL");
  throw new Error(`the server did not answer at ${base} within ${readyTimeoutMs / 1000} s`);
}

export async function getBytes(base, path) {
  const res = await fetch(base + path, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}
