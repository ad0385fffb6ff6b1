// No words cut short on a phone, in either edition: the sticky chart's one-line subtitles (which
// end in an ellipsis when they do not fit) fit whole, chart by chart, and no page is wider than the
// screen. Spanish runs about a quarter longer than English, so both are measured.
import { expect, test } from "@playwright/test";

const SIZES = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
];

for (const path of ["/", "/es/", "/data/", "/es/data/"]) {
  for (const size of SIZES) {
    test(`${path} at ${size.width} px: no subtitle cut short, nothing wider than the screen`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(path);
      const result = await page.evaluate(() => {
        const cut: string[] = [];
        // Each chart of the sticky figure in turn, as the reader will see it.
        for (const block of document.querySelectorAll<HTMLElement>(".scrolly-figure [data-chart-block]")) {
          const hidden = block.hidden;
          block.hidden = false;
          for (const el of block.querySelectorAll<HTMLElement>(".chart-subtitle"))
            if (el.scrollWidth > el.clientWidth + 1) cut.push(`${block.dataset.chartBlock}: “${el.textContent}”`);
          block.hidden = hidden;
        }
        return { cut, overflow: document.documentElement.scrollWidth - innerWidth };
      });
      expect(result.cut, "subtitles cut short").toEqual([]);
      expect(result.overflow, "page wider than the screen, px").toBeLessThanOrEqual(0);
    });
  }
}
