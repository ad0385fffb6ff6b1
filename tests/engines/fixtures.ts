// The cross-engine specs' `test`: Playwright's runner, with `open(settings)` giving an Engine of
// the project's engine (projects "chromium", "webkit", "gecko" in playwright.config.ts). Each
// worker that runs WebKit starts its own Xvfb and WebKitWebDriver (one session at a time each), in
// their own process groups, stopped by group when the worker ends.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { test as base, chromium, type Browser } from "@playwright/test";
import { CHROMIUM } from "../../scripts/lib/chromium.mjs";
import { PAGE_SCRIPT_ATTRIBUTE, PAGE_SCRIPT_STATE } from "../../src/site/inline-scripts.ts";
import { type Engine, type EngineName, type ReaderSettings, openChromium, openGecko, openWebKit } from "./engine.ts";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function stopGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

/** Xvfb on the first free display (it prints the number it took), then the driver on it. */
async function startWebKitDriver(): Promise<{ url: string; stop: () => void }> {
  const xvfb = spawn("Xvfb", ["-displayfd", "1", "-screen", "0", "2000x1400x24", "-nolisten", "tcp"], {
    detached: true,
    stdio: ["ignore", "pipe", "ignore"],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let out = "";
    xvfb.stdout!.on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) resolve(`:${out.trim()}`);
    });
    xvfb.once("exit", (code) => reject(new Error(`Xvfb exited (${code}): is the Debian package xvfb installed?`)));
  });
  const port = await freePort();
  const driver = spawn("WebKitWebDriver", [`--port=${port}`, "--host=127.0.0.1"], {
    detached: true,
    stdio: "ignore",
    env: { ...process.env, DISPLAY: display, GTK_A11Y: "none", NO_AT_BRIDGE: "1" },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${url}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, stop: () => [driver, xvfb].forEach(stopGroup) };
    await new Promise((r) => setTimeout(r, 100));
  }
  [driver, xvfb].forEach(stopGroup);
  throw new Error("WebKitWebDriver did not answer: is the Debian package webkit2gtk-driver installed?");
}

export const test = base.extend<
  { open: (settings: ReaderSettings) => Promise<Engine>; engineName: EngineName },
  { infra: { chromium?: Browser; webkitDriver?: string } }
>({
  engineName: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern.
    async ({}, use, testInfo) => {
      const name = testInfo.project.name as EngineName;
      if (!["chromium", "webkit", "gecko"].includes(name)) throw new Error(`not an engine project: ${name}`);
      await use(name);
    },
    { scope: "test" },
  ],
  // What a worker needs for its engine, started once per worker.
  infra: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern.
    async ({}, use, workerInfo) => {
      const name = workerInfo.project.name;
      if (name === "chromium") {
        const browser = await chromium.launch({
          executablePath: CHROMIUM,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        try {
          await use({ chromium: browser });
        } finally {
          await browser.close();
        }
      } else if (name === "webkit") {
        const { url, stop } = await startWebKitDriver();
        try {
          await use({ webkitDriver: url });
        } finally {
          stop();
        }
      } else await use({});
    },
    { scope: "worker" },
  ],
  open: async ({ engineName, infra, baseURL }, use) => {
    const opened: Engine[] = [];
    await use(async (settings) => {
      const engine =
        engineName === "chromium"
          ? await openChromium(infra.chromium!, baseURL!, settings)
          : engineName === "webkit"
            ? await openWebKit(infra.webkitDriver!, baseURL!, settings)
            : await openGecko(baseURL!, settings);
      opened.push(engine);
      if (settings.javascript !== false) {
        // A page of the site is ready for a reader's hands once its own script has run, which on
        // the story comes after its first paint and may come after its load event.
        const load = engine.goto.bind(engine);
        engine.goto = async (pathOrUrl) => {
          await load(pathOrUrl);
          await waitForPageScript(engine);
        };
      }
      return engine;
    });
    for (const engine of opened) await engine.close();
  },
});

/** Waits until the page's module script has run (src/site/inline-scripts.ts), on a page that has
 * one (not a host page of another site). */
async function waitForPageScript(engine: Engine, timeoutMs = 10_000): Promise<void> {
  const names = { module: `script[${PAGE_SCRIPT_ATTRIBUTE}]`, ...PAGE_SCRIPT_STATE };
  const started = (n: typeof names) =>
    !document.querySelector(n.module) || document.documentElement.getAttribute(n.attribute) === n.started;
  for (const deadline = Date.now() + timeoutMs; !(await engine.evaluate(started, names)); ) {
    if (Date.now() > deadline) throw new Error(`the page's script did not start within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export { expect } from "@playwright/test";
