// Serves the local production build (dist/local, made by `npm run build:local`) at
// http://localhost:4321: @astrojs/node's standalone handler serves the prerendered files and runs
// the same data-function code as Vercel. Added here: the static-file headers that Vercel's CDN
// sends (src/http/headers.ts), so both answer with the same headers, and the answers Vercel's
// routes give to requests the handler would mishandle:
// - a path with a dot-segment, "//" or percent-encoding gets the 404 page, as Vercel's routes do
//   (the handler would resolve it to another file than the one its headers were chosen for);
// - TRACE gets 405 with Allow (Node's Request cannot hold it: the handler would answer 500);
// - a query that is not valid percent-encoding gets the function's 400, naming the parameter, on
//   the function's paths (the handler would answer a bare 400), and is ignored on static files.
import http from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isFunctionPath, REFUSED_PATH, staticHeadersFor } from "../src/http/headers.ts";
import { FUNCTION_METHODS, methodNotAllowed, plainAnswer, undecodableQuery } from "../src/http/refusals.ts";

// `--compress`: compress responses as a CDN would (brotli or gzip, as Accept-Encoding asks) for
// text types, so that byte counts in benchmarks match what readers download. Off by default: the
// server then sends what the handler writes, byte for byte.
const COMPRESS = process.argv.slice(2).includes("--compress");
// Text types a CDN compresses: HTML, CSS, JS, JSON, CSV, SVG and other text or XML.
const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|[a-z0-9.+-]*\+json|xml|[a-z0-9.+-]*\+xml)|image\/svg\+xml)/i;
const compress = COMPRESS
  ? (await import("compression")).default({
      filter: (_req, res) => COMPRESSIBLE.test(String(res.getHeader("Content-Type") ?? "")),
    })
  : null;

const entry = fileURLToPath(new URL("../dist/local/server/entry.mjs", import.meta.url));
if (!existsSync(entry)) {
  console.error("No local build in dist/local. Run `npm run build:local` (or `npm start`, which builds first).");
  process.exit(1);
}

process.env.ASTRO_NODE_AUTOSTART = "disabled";
const { handler } = await import(entry);
const notFoundPage = readFileSync(fileURLToPath(new URL("../dist/local/client/404.html", import.meta.url)));
const refused = new RegExp(REFUSED_PATH);

function send(res, { status, headers, body }, head) {
  res.writeHead(status, headers);
  res.end(head ? undefined : body);
}

function decodable(url) {
  try {
    decodeURI(url);
    return true;
  } catch {
    return false;
  }
}

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? "localhost";

const server = http.createServer((req, res) => {
  const url = req.url ?? "/";
  const pathname = url.split(/[?#]/)[0];
  const head = req.method === "HEAD";
  // Set before the handler writes: the static server only fills headers not already set, and
  // the function's own headers replace these for the same names. Chosen from the path as it came,
  // as Vercel's routes choose them; a path the handler would resolve elsewhere is refused.
  for (const [name, value] of Object.entries(staticHeadersFor(pathname))) res.setHeader(name, value);
  if (refused.test(pathname)) return send(res, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8" }, body: notFoundPage }, head);
  const fn = isFunctionPath(pathname);
  // The one method that reaches us (Node's server itself turns away CONNECT and TRACK) that a WHATWG Request,
  // and so the handler, cannot carry.
  if (req.method === "TRACE") return send(res, methodNotAllowed(req.method, fn ? FUNCTION_METHODS : "GET, HEAD"), head);
  if (!decodable(url)) {
    if (fn) {
      const answer = undecodableQuery(url.slice(pathname.length).split("#")[0]) ?? plainAnswer(400, "Bad request: the URL must be valid percent-encoding.");
      return send(res, answer, head);
    }
    req.url = pathname; // a static file is the same whatever the query says
  }
  if (compress) compress(req, res, () => handler(req, res));
  else handler(req, res);
});

server.listen(port, host, () => {
  console.log(`Serving the production build at http://${host}:${port}/ (data: /api/data.csv)${COMPRESS ? ", compressed" : ""}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
