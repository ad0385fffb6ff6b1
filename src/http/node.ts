// Node's HTTP server and the data function's Web-standard handler (Request -> Response), as Vercel's
// Node runtime joins them: the local server (scripts/serve.mjs) and Astro's dev server
// (src/build-steps/integration.ts) call the function through this. Plain erasable TypeScript:
// serve.mjs imports this file with Node's type stripping.
import type { IncomingMessage, ServerResponse } from "node:http";

export interface FetchHandler {
  fetch(request: Request): Response | Promise<Response>;
}

/** The WHATWG Request for a Node request. It has no body: the function answers every method that
 * may carry one without reading it. `fallbackOrigin` is used when the Host header is no host. */
function toRequest(req: IncomingMessage, fallbackOrigin: string): Request {
  let url: URL;
  try {
    url = new URL(req.url ?? "/", `http://${req.headers.host ?? ""}`);
  } catch {
    url = new URL(req.url ?? "/", fallbackOrigin);
  }
  const headers: [string, string][] = [];
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.push([raw[i]!, raw[i + 1]!]);
  return new Request(url, { method: req.method, headers });
}

/** Answers a Node request with `fn`. Headers already set on `res` (the static rules) stay unless
 * the function sets the same name. */
export async function serveFunction(fn: FetchHandler, req: IncomingMessage, res: ServerResponse, fallbackOrigin: string): Promise<void> {
  const response = await fn.fetch(toRequest(req, fallbackOrigin));
  res.statusCode = response.status;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  if (!response.body) return void res.end();
  // Read as it comes, and sent in one write when it comes at once (the function's answers are
  // small). Node leaves the body out of an answer to HEAD by itself.
  const chunks: Uint8Array[] = [];
  for await (const chunk of response.body) chunks.push(chunk);
  res.end(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
}
