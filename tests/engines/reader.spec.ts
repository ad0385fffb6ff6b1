// What a reader does with JavaScript on, in Chromium, WebKit and Gecko (see engine.ts): the island
// draws and animates a change of state (and does not, under reduced motion); the dark theme; an
// embed on a host page of another origin takes its chart's height; the Embed dialog (at 320 px,
// without scrolling inside itself) and Share; the data page's form; leaving the story while its
// charts load. Every page without console errors or CSP refusals.
import { CATALOG, CHART_IDS } from "../../src/charts/catalog.ts";
import { embedSnippet, scriptEmbedSnippet } from "../../src/embed/snippet.ts";
import { startProxy } from "../support/held-proxy.ts";
import { articlePage, type HostPage, startHost } from "../support/host-page.ts";
import { postPage, wordPressEmbed } from "../wordpress/post.ts";
import type { Engine } from "./engine.ts";
import { expect, test } from "./fixtures.ts";
import { expectMotion, type MotionFrame, framesAfterChange, luminanceOf, showStep } from "./measure.ts";

/** The step where the cases chart goes from the earlier year alone to both years. */
const toBothYears = () => {
  const steps = [...document.querySelectorAll<HTMLElement>("[data-scrolly] .step[data-step]")];
  return steps.findIndex((s, j) => j > 0 && s.dataset.chart === "smuggling-cases" && steps[j - 1]!.dataset.chart === "smuggling-cases");
};

for (const reducedMotion of [false, true])
  test(`the island draws each change of state ${reducedMotion ? "at once, under reduced motion" : "with motion: the new bar grows, the axis stays, the note comes last"}`, async ({
    open,
  }) => {
    const engine = await open({ width: 1280, height: 800, reducedMotion });
    await engine.goto("/");
    const i = await engine.evaluate(toBothYears);
    expect(i, "a step that adds the second year to the cases chart").toBeGreaterThan(0);
    expect(await engine.evaluate(showStep, { index: i - 1, wait: 10_000 }), "the island draws the step before").toBe(true);
    const frames = (await engine.evaluate(framesAfterChange, { index: i, ms: reducedMotion ? 1000 : 1600 })) as MotionFrame[];
    expectMotion(frames, { reduced: reducedMotion });
    expect(await engine.problems()).toEqual([]);
  });

test("the dark theme: the story, its chart and the data page are light on dark", async ({ open }) => {
  const engine = await open({ width: 375, height: 667, dark: true, reducedMotion: true });
  for (const path of ["/", "/es/data/"]) {
    await engine.goto(path);
    const colors = await engine.evaluate(() => ({
      page: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector("h1")!).color,
      chart: [...document.querySelectorAll("svg[role='img'] text")]
        .filter((t) => t.checkVisibility())
        .slice(0, 1)
        .map((t) => getComputedStyle(t).fill),
    }));
    expect(luminanceOf(colors.page), `${path}: the page's background`).toBeLessThan(0.05);
    expect(luminanceOf(colors.text), `${path}: its text`).toBeGreaterThan(0.6);
    for (const fill of colors.chart) expect(luminanceOf(fill), `${path}: a chart's words`).toBeGreaterThan(0.4);
  }
  expect(await engine.problems()).toEqual([]);
});

test.describe("an embed on another site", () => {
  let host: HostPage;
  test.beforeAll(async () => {
    host = await startHost();
  });
  test.afterAll(() => host.close());

  /** The host page's iframe, at 375 px, takes the height its embed page needs when opened alone at
   * the iframe's width, once the embed has laid out and posted it. */
  async function expectItsHeight(engine: Engine, embedUrl: string) {
    await engine.goto(host.origin);
    const measure = () => {
      const frame = document.querySelector("iframe")!;
      frame.scrollIntoView({ block: "start", behavior: "instant" });
      const r = frame.getBoundingClientRect();
      return { width: Math.round(r.width), height: Math.round(r.height) };
    };
    const { width } = await engine.evaluate(measure);
    await engine.resize(width, 667);
    await engine.goto(embedUrl);
    const own = await engine.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await engine.resize(375, 667);
    await engine.goto(host.origin);
    let sized = await engine.evaluate(measure);
    // Up to 15 s: a frame of another origin loads last on a busy machine.
    for (let i = 0; i < 75 && Math.abs(sized.height - own) > 2; i++) {
      await new Promise((r) => setTimeout(r, 200));
      sized = await engine.evaluate(measure);
    }
    expect(Math.abs(sized.height - own), `the iframe (${sized.height} px) against its page (${own} px)`).toBeLessThanOrEqual(2);
  }

  for (const id of [CHART_IDS[0], "agents-shift"] as const)
    test(`${id}, pasted on a host page of another origin, takes its chart's height at 375 px`, async ({ open, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      host.set(
        articlePage(embedSnippet(id, { origin, locale: "en" }).replace(/loading="lazy" /, ""), {
          style: "margin:0;padding:8px;font-family:serif",
        }),
      );
      const engine = await open({ width: 375, height: 667 });
      await expectItsHeight(engine, `${origin}/embed/${id}`);
      expect(await engine.problems()).toEqual([]);
    });

  // The script embed draws the chart in the host page itself, in a shadow root, with the embed
  // page's stylesheet rewritten for it: it must come out as tall as the embed page at its width.
  for (const id of [CHART_IDS[0], "agents-shift"] as const)
    test(`${id}, pasted as a script embed on a host page of another origin, is drawn in the page as tall as its embed page at 375 px`, async ({
      open,
      baseURL,
    }) => {
      const origin = new URL(baseURL!).origin;
      host.set(articlePage(scriptEmbedSnippet(id, { origin, locale: "en" }), { style: "margin:0;padding:8px;font-family:serif" }));
      const engine = await open({ width: 375, height: 667 });
      await engine.goto(host.origin);
      const drawn = () => {
        const el = document.querySelector<HTMLElement>("[data-smuggling-cases-chart]")!;
        const r = el.getBoundingClientRect();
        return {
          status: el.getAttribute("data-smuggling-cases-chart-status"),
          width: Math.round(r.width),
          height: r.height,
          iframes: document.querySelectorAll("iframe").length,
        };
      };
      let chart = await engine.evaluate(drawn);
      for (let i = 0; i < 30 && chart.status !== "chart"; i++) {
        await new Promise((r) => setTimeout(r, 200));
        chart = await engine.evaluate(drawn);
      }
      expect(chart.status, "drawn in the host page").toBe("chart");
      expect(chart.iframes, "the iframe gave way").toBe(0);
      // A pointer over the chart loads the island, which redraws it in the shadow root.
      const at = await engine.evaluate(() => {
        const drawing = document
          .querySelector("[data-smuggling-cases-chart]")!
          .shadowRoot!.querySelector(".chart-state:not([hidden]) .chart-drawing")!;
        drawing.scrollIntoView({ block: "center", behavior: "instant" });
        const r = drawing.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await engine.pointer(at.x, at.y);
      const live = () =>
        document.querySelector("[data-smuggling-cases-chart]")!.shadowRoot!.querySelectorAll(".is-live .chart-live > svg").length;
      let redrawn = await engine.evaluate(live);
      for (let i = 0; i < 30 && redrawn === 0; i++) {
        await new Promise((r) => setTimeout(r, 200));
        redrawn = await engine.evaluate(live);
      }
      expect(redrawn, "the island redrew the chart").toBe(1);
      await engine.resize(chart.width, 667);
      await engine.goto(`${origin}/embed/${id}?theme=light`);
      const own = await engine.evaluate(() => document.documentElement.getBoundingClientRect().height);
      expect(Math.abs(chart.height - own), `drawn ${chart.height} px, its page ${own} px`).toBeLessThanOrEqual(2);
      expect(await engine.problems()).toEqual([]);
    });

  // WordPress frames the embed in a sandbox without allow-same-origin: its scripts must load from
  // the origin "null" and speak WordPress's protocol to its own host script (tests/wordpress/post.ts).
  for (const path of ["/embed/agents-shift", "/es/embed/smuggling-cases"])
    test(`${path}, pasted into a WordPress post on another origin, takes its chart's height at 375 px through WordPress's own code`, async ({
      open,
      baseURL,
    }) => {
      const origin = new URL(baseURL!).origin;
      const post = await wordPressEmbed(origin, `${origin}${path}`);
      expect(post.hostScript, "WordPress loads its host script").toBe(true);
      host.set(postPage([post.html as string]));
      const engine = await open({ width: 375, height: 667 });
      await expectItsHeight(engine, `${origin}${path}`);
      const quote = await engine.evaluate(() => getComputedStyle(document.querySelector("blockquote")!).display);
      expect(quote, "the fallback quote gives way to the chart").toBe("none");
      expect(await engine.problems()).toEqual([]);
    });
});

test("at 320 px the Embed dialog fits without scrolling inside itself; a theme changes the code, Copy says what it did; Escape closes it", async ({
  open,
}) => {
  const engine = await open({ width: 320, height: 568, reducedMotion: true });
  await engine.goto("/");
  const opener = ".chart-tools button[popovertarget]";
  await engine.click(opener);
  const open1 = await engine.evaluate(() => {
    const dialog = document.querySelector<HTMLDialogElement>("dialog.embed-dialog[open]");
    if (!dialog) return null;
    const copy = dialog.querySelector<HTMLElement>("[data-copy]")!;
    return {
      modal: dialog.matches(":modal"),
      overflow: dialog.scrollHeight - dialog.clientHeight,
      code: dialog.querySelector("textarea")!.value,
      copyHeight: copy.getBoundingClientRect().height,
    };
  });
  expect(open1, "the dialog opened").not.toBeNull();
  expect(open1!.modal, "as a modal dialog").toBe(true);
  expect(open1!.overflow, "its content's height beyond its own").toBeLessThanOrEqual(1);
  expect(open1!.code).toMatch(/\/embed\/[a-z-]+\?theme=light"/);
  await engine.click("dialog.embed-dialog[open] input[value='dark']");
  await engine.click("dialog.embed-dialog[open] [data-copy]");
  await new Promise((r) => setTimeout(r, 300));
  const after = await engine.evaluate(() => {
    const dialog = document.querySelector<HTMLDialogElement>("dialog.embed-dialog[open]")!;
    return {
      code: dialog.querySelector("textarea")!.value,
      status: dialog.querySelector(".embed-copied")!.textContent,
      copyHeight: dialog.querySelector<HTMLElement>("[data-copy]")!.getBoundingClientRect().height,
      overflow: dialog.scrollHeight - dialog.clientHeight,
    };
  });
  expect(after.code).toMatch(/\/embed\/[a-z-]+\?theme=dark"/);
  // Copied, or (where the browser refuses the clipboard) the code selected, with how to copy it.
  expect(after.status, "Copy says what it did").toMatch(/Copied|select/i);
  expect(after.copyHeight, "the Copy button keeps to one line").toBe(open1!.copyHeight);
  expect(after.overflow, "still no scrolling inside the dialog").toBeLessThanOrEqual(1);
  await engine.key("Escape");
  const closed = await engine.evaluate(() => ({
    open: !!document.querySelector("dialog.embed-dialog[open]"),
    focus: document.activeElement?.matches(".chart-tools button[popovertarget]") ?? false,
  }));
  expect(closed).toEqual({ open: false, focus: true });
  expect(await engine.problems()).toEqual([]);
});

test("at 320 px the Embed dialog fits without scrolling inside itself in Spanish too, with either kind of code", async ({ open }) => {
  const engine = await open({ width: 320, height: 568, reducedMotion: true });
  for (const story of ["/", "/es/"]) {
    await engine.goto(story);
    await engine.click(".chart-tools button[popovertarget]");
    for (const kind of ["iframe", "script"]) {
      await engine.click(`dialog.embed-dialog[open] input[value='${kind}']`);
      const shown = await engine.evaluate(() => {
        const dialog = document.querySelector<HTMLDialogElement>("dialog.embed-dialog[open]")!;
        return { overflow: dialog.scrollHeight - dialog.clientHeight, code: dialog.querySelector("textarea")!.value };
      });
      expect(shown.overflow, `${story}, ${kind}: its content's height beyond its own`).toBeLessThanOrEqual(1);
      expect(shown.code.includes("/embed-chart.js"), `${story}, ${kind}: the code`).toBe(kind === "script");
    }
    await engine.key("Escape");
  }
  expect(await engine.problems()).toEqual([]);
});

// Firefox cuts off a page's unfinished imports when the reader follows a link, and rejects them
// while the page is still there: the story reported that as charts that failed (CI, 2026-12-05).
test("leaving the story while its charts are on their way leaves no warning; charts that cannot load do", async ({ open, baseURL }) => {
  const island = (path: string) => /^\/_astro\/island\./.test(path);
  // Two origins, so that the second page cannot be given the first one's request for the charts.
  const [holding, refusing] = await Promise.all([
    startProxy(baseURL!, (path) => (island(path) ? "hold" : "pass")),
    startProxy(baseURL!, (path) => (island(path) ? "refuse" : "pass")),
  ]);
  try {
    const engine = await open({ width: 375, height: 667, reducedMotion: true });
    await engine.goto(`${holding.origin}/`);
    await engine.evaluate(() => window.scrollBy(0, 300));
    await expect.poll(() => holding.caught.length, { message: "the scroll asks for the charts" }).toBeGreaterThan(0);
    await engine.goto(`${holding.origin}/es/`);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await engine.problems()).toEqual([]);
    // A real failure is still reported: the charts refused, the reader stays. (Read in the page,
    // where every engine shows it: WebKitGTK's console file had no line of it in this test.)
    await engine.goto(`${refusing.origin}/`);
    await engine.evaluate(() => {
      const page = window as unknown as { warned: string[] };
      page.warned = [];
      const warn = console.warn.bind(console);
      console.warn = (...args: unknown[]) => {
        page.warned.push(args.map(String).join(" "));
        warn(...args);
      };
      window.scrollBy(0, 300);
    });
    await expect.poll(() => refusing.caught.length, { message: "the scroll asks for the charts" }).toBeGreaterThan(0);
    await expect
      .poll(() => engine.evaluate(() => (window as unknown as { warned: string[] }).warned), { timeout: 5000 })
      .toEqual([expect.stringMatching(/^Interactive charts unavailable:/)]);
  } finally {
    await Promise.all([holding.close(), refusing.close()]);
  }
});

test("Share: the story's share button shares or copies its link, and says so", async ({ open }) => {
  const engine = await open({ width: 375, height: 667 });
  await engine.goto("/");
  const calls = await engine.evaluate(() => {
    // A share sheet that records what it was asked, where the browser has one.
    const w = window as unknown as { shared: ShareData[] };
    w.shared = [];
    if ("share" in navigator)
      Object.defineProperty(navigator, "share", { value: async (d: ShareData) => void w.shared.push(d), configurable: true });
    return "share" in navigator;
  });
  await engine.click(".share button");
  await new Promise((r) => setTimeout(r, 300));
  const result = await engine.evaluate(() => ({
    shared: (window as unknown as { shared: ShareData[] }).shared,
    status: document.querySelector(".share-status")?.textContent ?? "",
    url: location.href,
  }));
  if (calls) expect(result.shared).toEqual([{ title: expect.any(String), url: result.url.replace(/#.*$/, "") }]);
  else expect(result.status, "the copy-link button says what it did").not.toBe("");
  expect(await engine.problems()).toEqual([]);
});

test("the data page from a chart's “Get the data”: that chart's series ticked, an address and a preview of them", async ({ open }) => {
  const engine = await open({ width: 375, height: 667 });
  await engine.goto("/");
  const href = await engine.evaluate(
    () => document.querySelector<HTMLAnchorElement>('[data-tools="smuggling-cases"] a[href*="/data/"]')!.href,
  );
  await engine.goto(href);
  const wanted = [...CATALOG["smuggling-cases"].series];
  let seen = { ticked: [] as string[], address: "", rows: 0 };
  for (let i = 0; i < 20; i++) {
    seen = await engine.evaluate(() => ({
      ticked: [...document.querySelectorAll<HTMLInputElement>('input[name="series"]:checked')].map((b) => b.value),
      address: document.querySelector('[data-address="csv"]')?.textContent ?? "",
      rows: document.querySelectorAll("table.data-preview tbody tr").length,
    }));
    if (seen.rows > 0) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  expect(seen.ticked).toEqual(wanted);
  expect(seen.address).toMatch(new RegExp(`/api/data\\.csv\\?series=${wanted.join("(%2C|,|&series=)")}$`));
  expect(seen.rows, "the preview's rows").toBeGreaterThan(0);
  expect(await engine.problems()).toEqual([]);
});

test("the figures in the story's words are underlined with dots", async ({ open }) => {
  const engine = await open({ width: 1280, height: 800 });
  await engine.goto("/");
  const style = await engine.evaluate(() => {
    const a = document.querySelector<HTMLAnchorElement>(".step a.figure")!;
    const s = getComputedStyle(a);
    return { line: s.textDecorationLine, style: s.textDecorationStyle };
  });
  expect(style).toEqual({ line: "underline", style: "dotted" });
});
