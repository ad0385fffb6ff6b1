// Browser tests of the story page against the local production build (dist/local), served by
// scripts/serve.mjs. `npm test` builds first; on its own, run `npm run build:local` and then
// `npx playwright test` (or `npm run test:e2e`). Chromium is Debian's (scripts/lib/chromium.mjs,
// installed by .ci/run): Playwright does not download browsers here. The projects "desktop" and
// "phone" run tests/e2e in Chromium; "chromium", "webkit" and "gecko" run the reader-critical
// specs of tests/engines in each engine (WebKitGTK and Firefox ESR, from Debian, through
// tests/engines/engine.ts).
import { defineConfig } from "@playwright/test";
import { CHROMIUM } from "./scripts/lib/chromium.mjs";

// PLAYWRIGHT_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.PLAYWRIGHT_PORT ?? 4329);
const HOST = "127.0.0.1";

// The specs about layout run at both sizes; the others (axe, keyboard-only details, the island's
// redraw, the JavaScript budget) at desktop size only.
const LAYOUT_SPECS = /[\\/](scrolly|layout|no-js|keyboard|console|cls)\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  reporter: "list",
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://${HOST}:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
    screenshot: "only-on-failure",
  },
  webServer: {
    command: "node scripts/serve.mjs",
    url: `http://${HOST}:${PORT}/`,
    env: { PORT: String(PORT), HOST },
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
  },
  projects: [
    // The reader-critical specs in each engine a reader brings (tests/engines/engine.ts).
    ...(["chromium", "webkit", "gecko"] as const).map((name) => ({ name, testDir: "tests/engines" })),
    { name: "desktop", use: { viewport: { width: 1280, height: 800 } } },
    {
      name: "phone",
      testMatch: LAYOUT_SPECS,
      use: { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true },
    },
  ],
});
