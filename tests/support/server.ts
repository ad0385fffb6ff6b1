// The local production server (scripts/serve.mjs) for a test, started by the bench's own helper:
// a free loopback port, its own process group, stopped by that group.
import { startServer } from "../../scripts/lib/server.mjs";

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
}

export async function startLocalServer(): Promise<RunningServer> {
  const { origin, stop } = await startServer();
  return { origin, stop };
}
