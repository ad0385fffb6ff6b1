// Starts the local production server (scripts/serve.mjs) for a test, in its own process group,
// and stops it by that group.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { ROOT } from "./paths.ts";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
}

export async function startLocalServer(): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the local server exited (${child.exitCode}):\n${output}`);
    try {
      await fetch(`${origin}/datapackage.json`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`the local server did not answer in 20 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        process.kill(-child.pid!, "SIGTERM");
      }),
  };
}
