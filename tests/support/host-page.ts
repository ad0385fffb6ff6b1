// Another site's page, for the embed tests: a server on another origin than the site's (localhost
// rather than 127.0.0.1, on a port of its own) that sends whatever page a test sets at "/", with
// the headers the test gives it (a Content-Security-Policy, say), and the third parties' own files
// a host page loads: WordPress's (tests/wordpress/post.ts) and pym.js's parent script (npm "pym.js").
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { test as base } from "@playwright/test";
import { wordPressFile } from "../wordpress/post.ts";

export const PYM_PATH = "/pym.v1.min.js";
const PYM = readFileSync(fileURLToPath(import.meta.resolve("pym.js/dist/pym.v1.min.js")));

export interface HostPage {
  /** http://localhost:<port> */
  readonly origin: string;
  /** Sets the page "/" sends from now on, with these headers besides its Content-Type. */
  set(html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export async function startHost(): Promise<HostPage> {
  let page = "";
  let headers: Record<string, string> = {};
  const server = createServer((req, res) => {
    const file = req.url === PYM_PATH ? { type: "text/javascript", body: PYM } : wordPressFile(req.url ?? "");
    if (file) res.writeHead(200, { "Content-Type": file.type }).end(file.body);
    else res.writeHead(200, { ...headers, "Content-Type": "text/html; charset=utf-8" }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    set(html, extra = {}) {
      page = html;
      headers = extra;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An article page on the host, with the given HTML as its body. */
export const articlePage = (body: string, { lang = "en", style = "margin:0 auto;max-width:760px;padding:8px;font-family:serif" } = {}) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A host</title></head><body style="${style}"><h1>Someone else's article</h1>${body}<p>The end.</p></body></html>`;

/** A spec's host page, started before its tests and stopped after them, and the site's origin
 * (the project's baseURL); both are there once the spec's tests run. */
export function hostPageFor(test: typeof base): { readonly host: HostPage; readonly site: string } {
  const spec = {} as { host: HostPage; site: string };
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the first argument's fixtures from the pattern
  test.beforeAll(async ({}, testInfo) => {
    spec.site = new URL(testInfo.project.use.baseURL!).origin;
    spec.host = await startHost();
  });
  test.afterAll(() => spec.host.close());
  return spec;
}
