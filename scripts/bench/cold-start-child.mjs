// Run in a fresh Node process by cold-start.mjs: imports the Vercel function's entry module (the
// "handler" of its .vc-config.json) and answers one GET /api/data.csv through its
// `default.fetch(request)`, as Vercel's Node runtime would. Prints one line of JSON with times in
// ms from the process's start (performance.now() counts from it).
import { pathToFileURL } from "node:url";

const [entry, origin] = process.argv.slice(2);
const started = performance.now();
const mod = await import(pathToFileURL(entry).href);
const imported = performance.now();
const response = await mod.default.fetch(new Request(`${origin}/api/data.csv`));
const body = await response.arrayBuffer();
const answered = performance.now();
process.stdout.write(
  `${JSON.stringify({ status: response.status, bytes: body.byteLength, boot: started, import: imported - started, request: answered - imported, total: answered })}\n`,
);
