// The local production server (scripts/serve.mjs) on a free loopback port, in its own process
// group, for the bench and the tests (tests/support/server.ts).
import { once } from "node:events";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { startGroup, stopGroup } from "./processes.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Starts scripts/serve.mjs (with `args`) and resolves once it answers "/";
 * `stderr()` is the end of what it has logged since.
 * @param {{ args?: string[], timeoutMs?: number }} [options] */
export async function startServer({ args = [], timeoutMs = 20_000 } = {}) {
  const probe = net.createServer().listen(0, "127.0.0.1"); // a port the system has just handed out as free
  await once(probe, "listening");
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));

  const child = startGroup(process.execPath, ["scripts/serve.mjs", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
  });
  let errors = "";
  child.stderr.on("data", (d) => (errors = (errors + d).slice(-4000)));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child);
  for (const deadline = Date.now() + timeoutMs; child.exitCode === null && Date.now() < deadline; await sleep(100)) {
    try {
      await (await fetch(`${origin}/`, { signal: AbortSignal.timeout(2000) })).arrayBuffer();
      return { origin, stop, stderr: () => errors };
    } catch {} // not listening yet
  }
  await stop();
  throw new Error(`scripts/serve.mjs did not answer at ${origin} (exit code ${child.exitCode}):\n${errors}`);
}
