// The site behind a proxy of its own origin (127.0.0.1, a port of its own) that can hold back or
// refuse the files a test names: for what a page does while its charts are still on their way, or
// when they cannot come. Everything else passes through as the site sends it.
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

/** What the proxy does with a request for a path. */
export type Rule = (path: string) => "pass" | "hold" | "refuse";

export interface HeldProxy {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  /** The paths held back or refused so far, in the order they came. */
  readonly caught: string[];
  close(): Promise<void>;
}

/** Starts a proxy to `site` that applies `rule` to each request; a held request is sent on after
 * `holdMs` (if the browser still wants it), a refused one gets a 404. */
export async function startProxy(site: string, rule: Rule, holdMs = 5000): Promise<HeldProxy> {
  const target = new URL(site);
  const caught: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    const decision = rule(path);
    if (decision !== "pass") caught.push(path);
    if (decision === "refuse") return void res.writeHead(404, { "Content-Type": "text/plain" }).end("refused by the test");
    const forward = () => {
      if (res.destroyed) return;
      const upstream = request(
        { host: target.hostname, port: target.port, path, method: req.method, headers: { ...req.headers, host: target.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on("error", () => res.destroy());
      req.pipe(upstream);
    };
    res.on("error", () => {});
    if (decision === "pass") return forward();
    const timer = setTimeout(() => {
      timers.delete(timer);
      forward();
    }, holdMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    caught,
    close: () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
