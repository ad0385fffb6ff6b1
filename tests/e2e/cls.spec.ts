// Cumulative layout shift from the first paint through the island's first draw must be zero. The
// page is loaded over an emulated slow connection (about "Fast 3G"), as many phone readers get it:
// the HTML then arrives, and paints, in several pieces, which is when shifts happen. (On the fast
// local connection the same shifts happen only sometimes, depending on when the first paint falls.)
// Runs at desktop and phone size.
import { expect, test } from "@playwright/test";
import { nextFrames, nudgeScroll, waitForIsland } from "./helpers.ts";

interface Shift {
  value: number;
  hadRecentInput: boolean;
  startTime: number;
  sources: string[];
}

test("no layout shift from load through the island's first draw, on a slow connection", async ({ page, context }) => {
  await page.addInitScript(() => {
    const shifts: unknown[] = [];
    (window as unknown as { __shifts: unknown[] }).__shifts = shifts;
    const describeNode = (node: Node | null | undefined) =>
      node instanceof Element ? `${node.tagName.toLowerCase()}${[...node.classList].map((c) => `.${c}`).join("")}` : String(node?.nodeName);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        shifts.push({
          value: e.value,
          hadRecentInput: e.hadRecentInput,
          startTime: Math.round(e.startTime),
          sources: e.sources.map(
            (s) =>
              `${describeNode(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}, height ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`,
          ),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });

  await page.goto("/");
  await nudgeScroll(page, 1);
  await waitForIsland(page);
  await nextFrames(page);
  await page.waitForTimeout(200); // entries are delivered after the frame

  const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
  const counted = shifts.filter((s) => !s.hadRecentInput);
  const cls = counted.reduce((sum, s) => sum + s.value, 0);
  expect(
    cls,
    `CLS ${cls.toFixed(4)}; shifts:\n${counted.map((s) => `  at ${s.startTime} ms: ${s.value.toFixed(4)}: ${s.sources.join("; ")}`).join("\n")}`,
  ).toBeLessThan(0.001);
});
