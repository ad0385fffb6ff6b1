// The local production server (scripts/serve.mjs) for a test, started by the bench's own helper:
// a free loopback port, its own process group, stopped by that group.
import { startServer } from "../../scripts/lib/server.mjs";

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
  /** The end of what the server has written to stderr (its log of errors). */
  stderr(): string;
}

export async function startLocalServer(): Promise<RunningServer> {
  const { origin, stop, stderr } = await startServer();
  return { origin, stop, stderr };
}
