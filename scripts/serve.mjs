// Serves the local production build (dist/local, made by `npm run build:local`) at
// http://localhost:4321, as Vercel serves the deployment:
// - the data function's paths (/api/data.csv, /api/data.json, /oembed) go first, straight to the
//   function's own bundle (dist/local/function/index.mjs, the same code as the Vercel function),
//   called with a WHATWG Request as Vercel's Node runtime calls it;
// - every other path is a static file, served by @astrojs/node's standalone handler.
// Both are compressed as Vercel's CDN compresses: a text file is sent as the brotli or gzip copy the
// build wrote beside it (src/build-steps/precompress.ts) that Accept-Encoding prefers, the
// function's answers are compressed once a coding and kept (src/http/coded-function.ts); each
// coding has its own ETag, and every such answer says `Vary: Accept-Encoding`.
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
// `--identity` sends every file and answer uncompressed, as a plain file server does: for a proxy
// in front that compresses on its own, and for the bench, which measures what compression is worth.
import http from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { COMMON_HEADERS, isFunctionPath, isReadableFile, PREFLIGHT_HEADERS, REFUSED_PATH, staticHeadersFor } from "../src/http/headers.ts";
import { codedFunction } from "../src/http/coded-function.ts";
import { chooseCoding, compressibleType, PRECOMPRESSED } from "../src/http/encodings.ts";
import { serveFunction } from "../src/http/node.ts";
import { dataUnavailable, FUNCTION_METHODS, methodNotAllowed } from "../src/http/refusals.ts";
import { DEFAULT_LOCALE, localeOfPath } from "../src/locales.ts";
import { embedOptionsFileFor } from "../src/site/embed-options.ts";
import { notFoundPageFor } from "../src/site/urls.ts";

const built = (file) => fileURLToPath(new URL(`../dist/local/${file}`, import.meta.url));
const [entry, functionBundle] = [built("server/entry.mjs"), built("function/index.mjs")];
if (![entry, functionBundle].every(existsSync)) {
  console.error("No local build in dist/local. Run `npm run build:local` (or `npm start`, which builds first).");
  process.exit(1);
}

process.env.ASTRO_NODE_AUTOSTART = "disabled";
const { handler } = await import(entry);
const identity = process.argv.includes("--identity");
// Compressed as Vercel's CDN compresses the function's answers (src/http/coded-function.ts).
const rawFunction = (await import(functionBundle)).default;
const dataFunction = identity ? rawFunction : codedFunction(rawFunction);
const client = fileURLToPath(new URL("../dist/local/client", import.meta.url));
const notFoundPage = readFileSync(join(client, "404.html"));
const refused = new RegExp(REFUSED_PATH);

const isFile = (file) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
/** The file the static handler serves for a path (itself, a folder's index or .html), or null. */
function builtFileOf(pathname) {
  const file = join(client, pathname);
  return [file, join(file, "index.html"), `${file}.html`].find(isFile) ?? null;
}
const builtFile = (pathname) => builtFileOf(pathname) !== null;

/** Whether a path names a compressed copy the build wrote (index.html.br beside index.html). */
function isCompressedCopy(pathname) {
  const copy = PRECOMPRESSED.find((p) => pathname.endsWith(p.suffix));
  const file = copy && decodable(pathname) ? builtFileOf(decodeURI(pathname.slice(0, -copy.suffix.length))) : null;
  return file !== null && compressibleType(file) !== undefined;
}

/**
 * Points a request for a text file at the coding of it the build wrote (index.html.br) that the
 * client prefers, as a CDN serves it: the static handler then sends those bytes, with their own
 * ETag, Content-Length, ranges and revalidation, under the file's own type and Content-Encoding.
 */
function chooseStaticCoding(req, res, pathname) {
  const file = decodable(pathname) ? builtFileOf(decodeURI(pathname)) : null;
  const type = file && compressibleType(file);
  if (!type) return;
  res.setHeader("Vary", "Accept-Encoding");
  // A byte range is of the identity bytes, as for the function's answers.
  if (req.headers.range) return;
  const available = PRECOMPRESSED.filter((p) => isFile(`${file}${p.suffix}`)).map((p) => p.encoding);
  const coding = chooseCoding(req.headers["accept-encoding"], available);
  if (coding === "identity") return;
  const { suffix } = PRECOMPRESSED.find((p) => p.encoding === coding);
  if (!res.hasHeader("Content-Type")) res.setHeader("Content-Type", type);
  res.setHeader("Content-Encoding", coding);
  req.url = `/${relative(client, file).split("\\").join("/")}${suffix}`;
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
  // The build's compressed copies are no pages of their own (Vercel has none): only a request for
  // their file gets them.
  if (refused.test(pathname) || isCompressedCopy(pathname))
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
  if (!fn && !identity) chooseStaticCoding(req, res, req.url.split(/[?#]/)[0]);
  serve();
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
  console.log(
    `Serving the production build at http://${host}:${port}/ (data: /api/data.csv), ${identity ? "uncompressed (--identity)" : "compressed as a CDN would"}`,
  );
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
