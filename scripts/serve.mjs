// Serves the local production build (dist/local, made by `npm run build:local`) at
// http://localhost:4321, as Vercel serves the deployment:
// - the data function's paths (/api/data.csv, /api/data.json, /oembed) go first, straight to the
//   function's own bundle (dist/local/function/index.mjs, the same code as the Vercel function),
//   called with a WHATWG Request as Vercel's Node runtime calls it;
// - every other path is a static file, served by @astrojs/node's standalone handler.
// Added to both: the headers that Vercel's routes add (src/http/headers.ts), so both answer with
// the same headers, and the answers Vercel's routes give to requests a handler would mishandle:
// - a path with a dot-segment, "//" or percent-encoding gets the 404 page, as Vercel's routes do
//   (the static handler would resolve it to another file than the one its headers were chosen for);
// - a missing path under another edition's prefix (/es/…) gets that edition's 404 page, as
//   Vercel's routes give it (src/build-steps/vercel-output.ts);
// - an embed URL with a theme or state (?theme=dark&step=0) gets the copy of its page whose oEmbed
//   link names them (src/site/embed-options.ts), as Vercel's routes give it;
// - TRACE gets 405 with Allow (Node's Request cannot hold it);
// - a CORS preflight (OPTIONS) for a static data or chart file gets the function's 204;
// - a URL that is not valid percent-encoding is served as its path alone on static files (the
//   function answers it itself with a 400 that names the parameter).
import http from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { COMMON_HEADERS, isFunctionPath, isReadableFile, PREFLIGHT_HEADERS, REFUSED_PATH, staticHeadersFor } from "../src/http/headers.ts";
import { serveFunction } from "../src/http/node.ts";
import { dataUnavailable, FUNCTION_METHODS, methodNotAllowed } from "../src/http/refusals.ts";
import { DEFAULT_LOCALE, localeOfPath } from "../src/locales.ts";
import { embedOptionsFileFor } from "../src/site/embed-options.ts";
import { notFoundPageFor } from "../src/site/urls.ts";

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

const built = (file) => fileURLToPath(new URL(`../dist/local/${file}`, import.meta.url));
const [entry, functionBundle] = [built("server/entry.mjs"), built("function/index.mjs")];
if (![entry, functionBundle].every(existsSync)) {
  console.error("No local build in dist/local. Run `npm run build:local` (or `npm start`, which builds first).");
  process.exit(1);
}

process.env.ASTRO_NODE_AUTOSTART = "disabled";
const { handler } = await import(entry);
const { default: dataFunction } = await import(functionBundle);
const client = fileURLToPath(new URL("../dist/local/client", import.meta.url));
const notFoundPage = readFileSync(join(client, "404.html"));
const refused = new RegExp(REFUSED_PATH);

const isFile = (file) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
/** Whether the static handler has a file for the path (as itself, a folder's index or .html). */
function builtFile(pathname) {
  const file = join(client, pathname);
  return isFile(file) || isFile(join(file, "index.html")) || isFile(`${file}.html`);
}

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

/** The origins this request reached the server at (named in the embed pages' policy): its Host,
 * over HTTP or, behind a proxy that ends TLS, HTTPS. */
function servedAt(req) {
  const named = req.headers.host ?? "";
  return /^[a-z0-9.-]+(?::\d{1,5})?$/i.test(named) ? [`http://${named}`, `https://${named}`] : [];
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
  for (const [name, value] of Object.entries(staticHeadersFor(pathname, servedAt(req)))) res.setHeader(name, value);
  if (refused.test(pathname))
    return send(res, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8" }, body: notFoundPage }, head);
  const fn = isFunctionPath(pathname);
  if (!fn && localeOfPath(pathname) !== DEFAULT_LOCALE && decodable(pathname) && !builtFile(decodeURI(pathname)))
    return send(
      res,
      { status: 404, headers: { "Content-Type": "text/html; charset=utf-8" }, body: readFileSync(join(client, notFoundPageFor(pathname))) },
      head,
    );
  // The one method that reaches us (Node's server itself turns away CONNECT and TRACK) that a
  // WHATWG Request, and so the function, cannot carry.
  if (req.method === "TRACE") return send(res, methodNotAllowed(req.method, fn ? FUNCTION_METHODS : "GET, HEAD"), head);
  // A CORS preflight for a data file or chart file is answered as the function answers its own
  // (the static handler would send the file), as Vercel's route for it does.
  if (req.method === "OPTIONS" && isReadableFile(pathname) && builtFile(pathname)) {
    res.removeHeader("Content-Type");
    return send(res, { status: 204, headers: { ...COMMON_HEADERS, ...PREFLIGHT_HEADERS }, body: "" }, true);
  }
  const serve = fn ? () => callFunction(req, res) : () => handler(req, res);
  if (!fn && !decodable(url))
    req.url = pathname; // a static file is the same whatever the query says
  else if (!fn) {
    const copy = embedOptionsFileFor(pathname, new URL(url, "http://x").searchParams);
    if (copy) req.url = copy;
  }
  if (compress) compress(req, res, serve);
  else serve();
});

const origin = `http://${host}:${port}`;
function callFunction(req, res) {
  serveFunction(dataFunction, req, res, origin).catch((error) => {
    // Log for the operator; the client gets a plain sentence, never a stack trace.
    console.error("data function:", error);
    if (!res.headersSent) send(res, dataUnavailable(), false);
    else res.destroy();
  });
}

server.listen(port, host, () => {
  console.log(`Serving the production build at http://${host}:${port}/ (data: /api/data.csv)${COMPRESS ? ", compressed" : ""}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
