// `npm start`'s server (scripts/serve.mjs over dist/local) over real HTTP: the same contract as
// the in-process handler and the Vercel function, and the same static-file headers as Vercel's.
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staticHeadersFor } from "../../src/http/headers.ts";
import { describeDataApi } from "../support/data-api-contract.ts";
import { root } from "../support/paths.ts";
import { startLocalServer, type RunningServer } from "../support/server.ts";

if (!existsSync(root("dist/local/server/entry.mjs"))) {
  throw new Error("No local build in dist/local: run `npm run build:local` first (npm test does).");
}

let server: RunningServer;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server?.stop());

describeDataApi("local production server over HTTP", (path, init) => fetch(`${server.origin}${path}`, init));

describe("local production server", () => {
  it.each(["/", "/datapackage.json", "/data/observations.csv", "/favicon.svg"])("sends Vercel's static headers for %s", async (path) => {
    const res = await fetch(`${server.origin}${path}`);
    expect(res.status).toBe(200);
    const expected = staticHeadersFor(path);
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(expected)) expect(res.headers.get(name), name).toBe(value);
    await res.arrayBuffer();
  });

  it("serves the descriptor with paths that resolve on this server", async () => {
    const published = await (await fetch(`${server.origin}/datapackage.json`)).json();
    for (const r of published.resources) {
      const res = await fetch(new URL(r.path, `${server.origin}/datapackage.json`));
      expect(res.status, r.path).toBe(200);
      expect(await res.text()).toBe(readFileSync(root("data", `${r.name}.csv`), "utf8"));
    }
  });

  it("serves the home page with links to every download, and a 404 page for unknown paths", async () => {
    const html = await (await fetch(`${server.origin}/`)).text();
    for (const href of ["/api/data.csv", "/api/data.json", "/datapackage.json"]) expect(html).toContain(`href="${href}"`);
    const missing = await fetch(`${server.origin}/no-such-page`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Page not found");
  });
});
