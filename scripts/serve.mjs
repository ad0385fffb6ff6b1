// Serves the local production build (dist/local, made by `npm run build:local`) at
// http://localhost:4321: @astrojs/node's standalone handler serves the prerendered files and runs
// the same data-function code as Vercel. The only thing added here is the static-file headers
// that Vercel's CDN sends (src/http/headers.ts), so both answer with the same headers.
import http from "node:http";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { staticHeadersFor } from "../src/http/headers.ts";

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

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? "localhost";

const server = http.createServer((req, res) => {
  // Set before the handler writes: the static server only fills headers not already set, and
  // the function's own headers replace these for the same names.
  const pathname = (req.url ?? "/").split(/[?#]/)[0];
  for (const [name, value] of Object.entries(staticHeadersFor(pathname))) res.setHeader(name, value);
  if (compress) compress(req, res, () => handler(req, res));
  else handler(req, res);
});

server.listen(port, host, () => {
  console.log(`Serving the production build at http://${host}:${port}/ (data: /api/data.csv)${COMPRESS ? ", compressed" : ""}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
