// Serves the local production build (dist/local, made by `npm run build:local`) at
// http://localhost:4321: @astrojs/node's standalone handler serves the prerendered files and runs
// the same data-function code as Vercel. The only thing added here is the static-file headers
// that Vercel's CDN sends (src/http/headers.ts), so both answer with the same headers.
import http from "node:http";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { staticHeadersFor } from "../src/http/headers.ts";

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
  handler(req, res);
});

server.listen(port, host, () => {
  console.log(`Serving the production build at http://${host}:${port}/ (data: /api/data.csv)`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
