// Children in their own process group: stopping one signals its whole group (npm -> astro -> workers,
// Chromium and its helpers), so nothing is left running and nothing is ever killed by name.
import { spawn } from "node:child_process";

const running = new Set();
const signal = (child, sig) => {
  try {
    process.kill(-child.pid, sig);
  } catch {} // ESRCH: the group is already gone
};

/** spawn() as the leader of a new group; when the leader exits, whatever it left in the group goes too. */
export function startGroup(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  child.once("exit", () => {
    signal(child, "SIGKILL");
    running.delete(child);
  });
  return child;
}

/** SIGTERM to the group, SIGKILL after `graceMs`; resolves once the leader has exited. */
export async function stopGroup(child, graceMs = 3000) {
  if (!running.has(child)) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signal(child, "SIGTERM");
  const timer = setTimeout(() => signal(child, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Runs a command to its end in its own group: its stdout, or an error with the end of its output. */
export function run(command, args, { timeoutMs, ...options }) {
  return new Promise((resolve, reject) => {
    const child = startGroup(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let [out, tail] = ["", ""];
    child.stdout.on("data", (d) => (out += d));
    for (const stream of child.stdio.slice(1)) stream.on("data", (d) => (tail = (tail + d).slice(-3000)));
    const timer = setTimeout(() => signal(child, "SIGKILL"), timeoutMs);
    child.once("error", reject);
    child.once("close", (code, sig) => {
      clearTimeout(timer);
      if (code === 0) return resolve(out);
      reject(new Error(`${[command, ...args].join(" ").slice(0, 60)}: ${sig ?? `exit ${code}`}\n${tail.trim()}`));
    });
  });
}

/** However this process ends, every group still running goes with it. */
export function stopAllOnExit() {
  process.once("exit", () => {
    for (const child of running) signal(child, "SIGKILL");
  });
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.once(sig, () => process.exit(130));
}
