// Reading the story with the keyboard: Tab reaches the steps and each chart's tools line (source,
// data link, embed, images) and data table; the arrow keys move from step to step. Runs at desktop and phone size (what is
// reachable depends on the layout). What Tab reaches, and the data links (to the edition's data
// page), in both editions (their words and lengths differ); the arrow keys, the same code in both,
// in English only.
import { expect, test, type Page } from "@playwright/test";
import { CATALOG, type ChartId } from "../../src/charts/catalog.ts";
import { EDITIONS, expectFigureOn, readSteps, stepAtMiddle } from "./helpers.ts";

interface Focused {
  /** Unique path of the element in the document. */
  key: string;
  kind: "step" | "summary" | "data-link" | "other" | "none";
  step?: number;
  chart?: string;
  /** Covered by something else at its centre (e.g. the sticky figure). */
  obscuredBy?: string;
  label: string;
}

/** What has focus; `getData` is the name of the edition's "Get the data" links. */
function focused(page: Page, getData: string): Promise<Focused> {
  return page.evaluate((getData) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { key: "body", kind: "none" as const, label: "body" };
    const path: string[] = [];
    for (let e: Element | null = el; e && e !== document.documentElement; e = e.parentElement)
      path.unshift(`${e.tagName.toLowerCase()}:${e.parentElement ? [...e.parentElement.children].indexOf(e) : 0}`);
    const key = path.join(">");
    const chart =
      el.closest<HTMLElement>("figure.chart[data-chart]")?.dataset.chart ?? el.closest<HTMLElement>("[data-tools]")?.dataset.tools;
    const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40)}"`;
    // Is the focused thing actually visible to the reader, or under something stuck on top of it?
    // The first line box: a link that wraps has a bounding box wider than any of its lines.
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    // What the reader sees: the visual viewport, in layout viewport coordinates.
    const screenTop = window.visualViewport?.offsetTop ?? 0;
    const screenBottom = screenTop + (window.visualViewport?.height ?? window.innerHeight);
    const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 12), screenTop), screenBottom - 1);
    const x = r.left + Math.min(r.width / 2, 40);
    const hit = document.elementFromPoint(x, y);
    const obscuredBy =
      r.bottom <= screenTop || r.top >= screenBottom
        ? "off screen"
        : hit && !el.contains(hit) && !hit.contains(el)
          ? hit.closest(".scrolly-figure")
            ? ".scrolly-figure"
            : hit.tagName.toLowerCase()
          : undefined;
    const base = { key, chart, label, ...(obscuredBy ? { obscuredBy } : {}) };
    if (el.matches(".step[data-step]")) return { ...base, kind: "step" as const, step: Number(el.dataset.step) };
    if (el.matches("details.chart-table > summary")) return { ...base, kind: "summary" as const };
    if (el.matches("a") && el.textContent?.trim().startsWith(getData)) return { ...base, kind: "data-link" as const };
    return { ...base, kind: "other" as const };
  }, getData);
}

/** Presses Tab from the top of the page until focus leaves the page; returns what got focus. */
async function tabThrough(page: Page, getData: string): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page, getData);
    if (f.kind === "none" || seen.some((s) => s.key === f.key)) break; // out of the page, or round again
    seen.push(f);
  }
  return seen;
}

for (const edition of EDITIONS) {
  // One walk through the page with Tab for both checks.
  test(`${edition.locale}: Tab reaches every step in order, and each chart's data table and data link; what it focuses is on screen, not under the sticky figure`, async ({
    page,
  }) => {
    await page.goto(edition.story);
    const steps = await readSteps(page);
    const charts = [...new Set(steps.map((s) => s.chart))];
    const seen = await tabThrough(page, edition.getData);

    expect(
      seen.filter((f) => f.kind === "step").map((f) => f.step),
      "steps reached by Tab",
    ).toEqual(steps.map((s) => s.index));
    const tables = new Set(seen.filter((f) => f.kind === "summary").map((f) => f.chart));
    const links = new Set(seen.filter((f) => f.kind === "data-link").map((f) => f.chart));
    expect(
      charts.filter((c) => !tables.has(c)),
      "charts whose data table summary Tab never reaches",
    ).toEqual([]);
    expect(
      charts.filter((c) => !links.has(c)),
      'charts whose "Get the data" link Tab never reaches',
    ).toEqual([]);

    expect(seen.length).toBeGreaterThan(10);
    expect(
      seen.filter((f) => f.obscuredBy).map((f) => `${f.label} (${f.kind}${f.chart ? ` of ${f.chart}` : ""}) hidden by ${f.obscuredBy}`),
      "what Tab focuses that the reader cannot see",
    ).toEqual([]);
  });

  test(`${edition.locale}: each chart's "Get the data" link takes focus and, with Enter, opens the data page with that chart's series chosen`, async ({
    page,
  }) => {
    await page.goto(edition.story);
    const steps = await readSteps(page);
    for (const chart of [...new Set(steps.map((s) => s.chart))] as ChartId[]) {
      // Read as far as the chart's last step; its tools line follows it.
      const last = steps.findLast((s) => s.chart === chart)!;
      await page.locator(`#step-${last.index}`).focus();
      await expectFigureOn(page, last);
      const link = page.locator(`[data-tools="${chart}"]`).getByRole("link", { name: edition.getData });
      await link.focus();
      await expect(link, `${chart}'s data link takes focus`).toBeFocused();
      expect(await link.getAttribute("href")).toMatch(edition.dataHref);
      await link.press("Enter");
      await page.waitForURL((url) => url.pathname !== edition.story);
      await expect(page.locator("html")).toHaveAttribute("lang", edition.locale);
      // Exactly the chart's series are ticked in the form.
      await expect
        .poll(
          () =>
            page
              .locator('input[type="checkbox"][name="series"]:checked')
              .evaluateAll((els: HTMLInputElement[]) => els.map((el) => el.value).sort()),
          {
            message: `${chart}'s series chosen on the data page`,
          },
        )
        .toEqual([...CATALOG[chart].series].sort());
      await page.goBack();
      await page.waitForURL((url) => url.pathname === edition.story);
    }
  });
}

test("ArrowDown on a focused step moves focus to the next step and shows it; ArrowUp goes back", async ({ page }) => {
  await page.goto("/");
  const steps = await readSteps(page);
  await page.locator("#step-0").focus();
  await expectFigureOn(page, steps[0]!);

  const visit = async (index: number) => {
    await expect(page.locator(`#step-${index}`)).toBeFocused();
    await expectFigureOn(page, steps[index]!);
    // Once the (smooth) scroll has settled, the step is the one at the middle and stays active.
    // A smooth scroll is paced by frames, which a loaded machine delays: up to 15 s (it once took
    // more than the default 5 s in CI, with other browsers starting beside it).
    await expect.poll(() => stepAtMiddle(page), { message: `step ${index} scrolled to the middle`, timeout: 15_000 }).toBe(index);
    await expectFigureOn(page, steps[index]!);
  };
  for (let i = 1; i < steps.length; i++) {
    await page.keyboard.press("ArrowDown");
    await visit(i);
  }
  await page.keyboard.press("ArrowDown"); // past the last step: nothing moves
  await visit(steps.length - 1);
  for (let i = steps.length - 2; i >= 0; i--) {
    await page.keyboard.press("ArrowUp");
    await visit(i);
  }
});
