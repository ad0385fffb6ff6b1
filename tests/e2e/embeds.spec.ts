// Embeds as another site sees them: a host page on another origin (another localhost port) embeds
// every chart with the snippet, with oEmbed's answer, or through pym.js's own parent script; and
// each embed page by itself, in both editions (/embed/<id> and /es/embed/<id>).
// Desktop project; the host is resized to phone width in the test.
import { gzipSync } from "node:zlib";
import { AxeBuilder } from "@axe-core/playwright";
import { type APIRequestContext, expect, test, type Frame, type Page } from "@playwright/test";
import { CHART_IDS } from "../../src/charts/catalog.ts";
import { PALETTES } from "../../src/charts/theme.ts";
import { embedSnippet } from "../../src/embed/snippet.ts";
import { dictionary } from "../../src/i18n/index.ts";
import { articlePage, PYM_PATH, hostPageFor } from "../support/host-page.ts";
import { EDITIONS, type Edition } from "./helpers.ts";

const ES = EDITIONS.find((e) => e.locale === "es") as Edition;

const spec = hostPageFor(test);

/** An embed in its light theme sits on white, not the story's own cream, so that it fits any host page. */
const WHITE = "rgb(255, 255, 255)";

const page_ = (body: string) => articlePage(body);

function allCharts({ script = true, theme }: { script?: boolean; theme?: "light" | "dark" } = {}) {
  return page_(
    CHART_IDS.map(
      (id) =>
        `<p>Paragraph before ${id}.</p>${embedSnippet(id, { origin: spec.site, script, theme, locale: "en" }).replace(/loading="lazy" /, "")}`,
    ).join("\n"),
  );
}

async function frames(page: Page) {
  const handles = await page.locator("iframe[data-smuggling-cases-embed]").elementHandles();
  return Promise.all(
    handles.map(async (h) => ({
      id: (await h.getAttribute("data-smuggling-cases-embed"))!,
      frame: (await h.contentFrame())!,
      iframeHeight: () => h.evaluate((el) => (el as Element).getBoundingClientRect().height),
      // Chromium holds back rendering updates (and so ResizeObserver) in cross-origin frames that
      // are off screen; a reader sees each embed once it is scrolled into view, and so does this.
      show: () => h.scrollIntoViewIfNeeded(),
    })),
  );
}

const docHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

async function expectSized(page: Page) {
  for (const { id, frame, iframeHeight, show } of await frames(page)) {
    await frame.waitForLoadState("load");
    await show();
    await expect
      .poll(async () => Math.abs((await iframeHeight()) - (await docHeight(frame))), {
        message: `${id}: iframe height vs its document`,
        timeout: 5_000,
      })
      .toBeLessThanOrEqual(2);
  }
}

test("a host page on another origin: every embed sizes itself to its content, and again at phone width", async ({ page }) => {
  spec.host.set(allCharts());
  await page.goto(spec.host.origin);
  expect(await frames(page)).toHaveLength(CHART_IDS.length);
  await expectSized(page);
  await page.setViewportSize({ width: 375, height: 667 });
  await expectSized(page);
});

/** The words in the charts an embed shows (its visible SVGs). */
const chartTexts = (frame: Frame) =>
  frame.evaluate(() =>
    [...document.querySelectorAll(".chart-state:not([hidden]) svg text")]
      .filter((t) => t.checkVisibility() && t.getBoundingClientRect().width > 0)
      .map((t) => (t.textContent ?? "").trim()),
  );

test("a host page embedding the Spanish edition's charts: every embed sizes itself and reads in Spanish, and again at phone width", async ({
  page,
}) => {
  spec.host.set(
    page_(
      CHART_IDS.map(
        (id) => `<p>Párrafo antes de ${id}.</p>${embedSnippet(id, { origin: spec.site, locale: "es" }).replace(/loading="lazy" /, "")}`,
      ).join("\n"),
    ),
  );
  await page.goto(spec.host.origin);
  const embeds = await frames(page);
  expect(embeds).toHaveLength(CHART_IDS.length);
  const allTexts: string[] = [];
  for (const { id, frame } of embeds) {
    const iframe = page.locator(`iframe[data-smuggling-cases-embed="${id}"]`);
    expect(new URL((await iframe.getAttribute("src"))!).pathname, `${id}: the snippet points at the Spanish embed`).toBe(`/es/embed/${id}`);
    await expect(iframe, `${id}: screen readers on the host hear a Spanish title`).toHaveAttribute("title", /^Gráfico: /);
    await frame.waitForLoadState("load");
    await expect(frame.locator("html")).toHaveAttribute("lang", "es");
    await expect(frame.locator("[data-embed]"), `${id}: the credit line is Spanish`).toContainText("Gráfico:");
    await expect(frame.getByRole("link", { name: ES.getData })).toBeVisible();
    const texts = await chartTexts(frame);
    expect(
      texts.filter((t) => /\bFY|less than|more than|about /.test(t)),
      `${id}: English words in the chart`,
    ).toEqual([]);
    allTexts.push(...texts);
  }
  expect(allTexts.filter((t) => /^AF\d{2}/.test(t)).length, `the charts name fiscal years "AF…": ${allTexts.join(" | ")}`).toBeGreaterThan(
    0,
  );
  await expectSized(page);
  await page.setViewportSize({ width: 375, height: 667 });
  await expectSized(page);
});

test("with the script stripped, each iframe still shows the whole chart at phone, tablet and desktop widths", async ({ page }) => {
  spec.host.set(allCharts({ script: false }));
  for (const width of [320, 375, 768, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(spec.host.origin);
    for (const { id, frame, iframeHeight } of await frames(page)) {
      await frame.waitForLoadState("load");
      expect(await docHeight(frame), `${id} at ${width}px fits its starting height`).toBeLessThanOrEqual(await iframeHeight());
    }
  }
});

test("with the script stripped, each iframe still shows the whole chart in a column of any width from 200 to 2000 px", async ({ page }) => {
  test.setTimeout(90_000);
  // A host whose column is as wide as its window (the host above keeps to 760 px), each iframe as
  // the bare snippet gives it; the iframes are then set to each width in turn.
  spec.host.set(allCharts({ script: false }).replace("max-width:760px;", ""));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(spec.host.origin);
  const embeds = await frames(page);
  for (const { frame } of embeds) await frame.waitForLoadState("load");
  const cut: string[] = [];
  for (const width of [200, 240, 280, 320, 375, 414, 500, 600, 768, 900, 1024, 1100, 1140, 1180, 1280, 1440, 1600, 1800, 2000]) {
    await page.evaluate((w) => {
      for (const el of document.querySelectorAll<HTMLIFrameElement>("iframe")) el.style.width = `${w}px`;
    }, width);
    await page.waitForTimeout(150);
    for (const { id, frame, iframeHeight, show } of embeds) {
      await show();
      const [needs, has] = [await docHeight(frame), await iframeHeight()];
      if (needs > has) cut.push(`${id} at ${width} px: needs ${needs} px, has ${has} px`);
    }
  }
  expect(cut, "iframes whose chart is cut").toEqual([]);
});

test("a message from a foreign origin resizes nothing", async ({ page }) => {
  spec.host.set(allCharts());
  await page.goto(spec.host.origin);
  await expectSized(page);
  const [first] = await frames(page);
  const before = await first!.iframeHeight();
  // The host page itself (a foreign origin to the embed script) sends both kinds of message.
  await page.evaluate(() => {
    window.postMessage({ sentinel: "amp", type: "embed-size", height: 40 }, "*");
    window.postMessage({ type: "smuggling-cases:embed-size", chart: "smuggling-cases", height: 40 }, "*");
  });
  await page.waitForTimeout(300);
  expect(await first!.iframeHeight()).toBe(before);
});

test("a size message from one embed resizes that embed's iframe and no other", async ({ page }) => {
  spec.host.set(allCharts());
  await page.goto(spec.host.origin);
  await expectSized(page);
  const [first, second] = await frames(page);
  const before = await second!.iframeHeight();
  await first!.frame.evaluate(() =>
    window.parent.postMessage({ type: "smuggling-cases:embed-size", chart: "smuggling-cases", height: 1234 }, "*"),
  );
  await expect.poll(() => first!.iframeHeight()).toBe(1234);
  expect(await second!.iframeHeight()).toBe(before);
});

test("pym.js: its parent script sizes the embed on a host of another origin, and again at phone width", async ({ page }) => {
  // The pym.js way: a container with data-pym-src, and pym's script, which makes the iframe
  // (adding ?initialWidth=…&childId=…) and listens for the child's height messages.
  spec.host.set(
    page_(
      `${CHART_IDS.map((id) => `<p>Before ${id}.</p><div id="pym-${id}" data-pym-src="${spec.site}/embed/${id}?theme=light"></div>`).join("\n")}<script src="${PYM_PATH}"></script>`,
    ),
  );
  await page.goto(spec.host.origin);
  const handles = await page.locator("div[data-pym-src] iframe").elementHandles();
  expect(handles).toHaveLength(CHART_IDS.length);
  const check = async () => {
    for (const [i, handle] of handles.entries()) {
      const frame = (await handle.contentFrame())!;
      await frame.waitForLoadState("load");
      expect(new URL(frame.url()).searchParams.get("childId")).toBe(`pym-${CHART_IDS[i]}`);
      await handle.scrollIntoViewIfNeeded();
      const height = () => handle.evaluate((el) => (el as Element).getBoundingClientRect().height);
      // pym's iframes start at 150 px and do not scroll: the child's messages are all that size them.
      await expect
        .poll(async () => Math.abs((await height()) - (await docHeight(frame))), {
          message: `${CHART_IDS[i]} under pym.js`,
          timeout: 5_000,
        })
        .toBeLessThanOrEqual(2);
      expect(await height()).toBeGreaterThan(300);
    }
  };
  await check();
  await page.setViewportSize({ width: 375, height: 667 });
  await check();
});

test("AMP: the embed posts AMP's embed-size message with its height, as amp-iframe reads it", async ({ page }) => {
  spec.host.set(
    page_(
      `<script>window.received = []; addEventListener("message", (e) => received.push(e.data));</script>` +
        `<iframe src="${spec.site}/embed/smuggling-cases?theme=light" title="embed" style="width:100%;height:200px;border:0"></iframe>`,
    ),
  );
  await page.goto(spec.host.origin);
  const frame = (await (await page.locator("iframe").elementHandle())!.contentFrame())!;
  await frame.waitForLoadState("load");
  const height = await docHeight(frame);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received))
    .toContainEqual({ sentinel: "amp", type: "embed-size", height });
});

/** oEmbed's answer for one of our URLs, its snippet pointed at this server (the answer names the
 * public origin). */
async function oembed(request: APIRequestContext, path: string, params: string) {
  const answer = await (await request.get(`/oembed?url=${encodeURIComponent(`${spec.site}${path}`)}&format=json&${params}`)).json();
  return {
    ...answer,
    html: (answer.html as string).replaceAll(new URL(answer.provider_url).origin, spec.site).replace(/loading="lazy" /, ""),
  };
}

test("oEmbed's maxheight holds once /embed.js sizes the iframe; the embed scrolls inside", async ({ page, request }) => {
  const answer = await oembed(request, "/embed/agents-shift", "maxheight=300");
  expect(answer.height).toBe(300);
  spec.host.set(page_(answer.html));
  await page.goto(spec.host.origin);
  const [embed] = await frames(page);
  await embed!.frame.waitForLoadState("load");
  await embed!.show();
  expect(await docHeight(embed!.frame)).toBeGreaterThan(300); // the embed wants more, and asks for it
  await page.waitForTimeout(500);
  expect(await embed!.iframeHeight()).toBe(300);
  expect(await page.locator("iframe").getAttribute("height")).toBe("300");
});

test("oEmbed's maxwidth=200: a 200 px embed that shows the whole chart, uncrowded, and holds its page, in both editions", async ({
  page,
  request,
}) => {
  for (const path of EDITIONS.flatMap((e) => CHART_IDS.map((id) => e.embed(id)))) {
    const answer = await oembed(request, path, "maxwidth=200");
    expect(answer.width).toBe(200);
    // As the consumer's page shows it, with the script stripped: the answer's height holds the page.
    spec.host.set(page_(answer.html.replace(/\n<script[^>]*><\/script>/, "")));
    await page.goto(spec.host.origin);
    const [embed] = await frames(page);
    await embed!.frame.waitForLoadState("load");
    expect(await embed!.iframeHeight()).toBe(answer.height);
    expect(await docHeight(embed!.frame), `${path}: fits the answer's height`).toBeLessThanOrEqual(answer.height);
    // A reader points at the chart (which would load the interactive one).
    await page.locator("iframe").hover();
    await page.waitForTimeout(500);
    const layout = await embed!.frame.evaluate(() => {
      const root = document.documentElement;
      const svg = [...document.querySelectorAll(".chart-state:not([hidden]) svg")].find((s) => s.getBoundingClientRect().height > 0)!;
      const chart = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll("text")].map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0);
      let overlaps = 0;
      for (const [i, a] of texts.entries())
        for (const b of texts.slice(i + 1))
          if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1)
            overlaps++;
      return {
        scroll: root.scrollWidth - root.clientWidth,
        chartRight: chart.right,
        width: root.clientWidth,
        chartHeight: chart.height,
        overlaps,
      };
    });
    expect(layout.scroll, `${path}: no sideways scrolling`).toBe(0);
    expect(layout.chartRight, `${path}: the chart within the frame`).toBeLessThanOrEqual(layout.width);
    expect(layout.chartHeight, `${path}: the chart drawn, not collapsed`).toBeGreaterThan(100);
    expect(layout.overlaps, `${path}: no label over another`).toBe(0);
  }
});

for (const edition of EDITIONS) {
  test(`${edition.locale}: the embed page's JavaScript stays small: under 4 KB gzip before interaction, pym.js' protocol included`, async ({
    page,
  }) => {
    const js: number[] = [];
    page.on("response", async (r) => {
      if (/javascript/i.test(r.headers()["content-type"] ?? "")) js.push(gzipSync(await r.body()).length);
    });
    await page.goto(`${edition.embed("agents-shift")}?childId=x`, { waitUntil: "networkidle" });
    const inline = await page
      .locator("script:not([src])")
      .evaluateAll((els: HTMLScriptElement[]) =>
        els.filter((s) => !s.type || /javascript|module/.test(s.type)).map((s) => s.textContent ?? ""),
      );
    const total = js.reduce((a, b) => a + b, 0) + inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
    expect(total).toBeLessThan(4 * 1024);
  });

  test(`${edition.locale}: theme=dark renders dark, theme=auto follows the reader's scheme, a bad theme falls back to auto`, async ({
    page,
  }) => {
    const background = (p: Page) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(`${edition.embed("smuggling-cases")}?theme=dark`);
    expect(await background(page)).toBe(rgb(PALETTES.dark.background));
    await page.goto(`${edition.embed("smuggling-cases")}?theme=light`);
    expect(await background(page)).toBe(WHITE);
    await page.goto(edition.embed("smuggling-cases"));
    expect(await background(page)).toBe(WHITE);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(`${edition.embed("smuggling-cases")}?theme=auto`);
    expect(await background(page)).toBe(rgb(PALETTES.dark.background));
    await page.goto(`${edition.embed("smuggling-cases")}?theme=purple`);
    expect(await background(page)).toBe(rgb(PALETTES.dark.background));
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(`${edition.embed("smuggling-cases")}?theme=light`);
    expect(await background(page)).toBe(WHITE);
  });

  test(`${edition.locale}: step=n shows one state of a scrolly chart; a bad step shows the final state`, async ({ page }) => {
    const visibleState = () => page.locator(".chart-state:not([hidden])").getAttribute("data-state");
    await page.goto(`${edition.embed("agents-shift")}?step=0`);
    expect(await visibleState()).toBe("0");
    for (const bad of ["99", "-1", "abc", "1.5", ""]) {
      await page.goto(`${edition.embed("agents-shift")}?step=${bad}`);
      expect(await visibleState(), `step=${bad}`).toBe("2");
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`${edition.locale}: axe finds nothing on the embed pages (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const id of CHART_IDS) {
        await page.goto(edition.embed(id));
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${id}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      }
    });
  }
}

test("the snippet's default is light, whatever the reader's scheme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  spec.host.set(page_(embedSnippet("smuggling-cases", { origin: spec.site, locale: "en" }).replace(/loading="lazy" /, "")));
  await page.goto(spec.host.origin);
  const [embed] = await frames(page);
  await embed!.frame.waitForLoadState("load");
  expect(await embed!.frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(WHITE);
});

test("the story page refuses to be framed by another origin; embeds allow it (both editions)", async ({ page }) => {
  spec.host.set(
    page_(
      EDITIONS.map(
        (e) =>
          `<iframe id="story-${e.locale}" src="${spec.site}${e.story}" title="story"></iframe><iframe id="embed-${e.locale}" src="${spec.site}${e.embed(CHART_IDS[0]!)}" title="embed"></iframe>`,
      ).join(""),
    ),
  );
  await page.goto(spec.host.origin);
  for (const e of EDITIONS) {
    const story = await (await page.locator(`#story-${e.locale}`).elementHandle())!.contentFrame();
    const embed = await (await page.locator(`#embed-${e.locale}`).elementHandle())!.contentFrame();
    await embed!.waitForLoadState("load");
    await expect(embed!.locator("html")).toHaveAttribute("lang", e.locale);
    await expect(embed!.locator("h1")).toHaveText(dictionary(e.locale).charts[CHART_IDS[0]!].title);
    await expect.poll(() => story!.url(), `${e.story} in a frame`).toMatch(/^chrome-error:/);
  }
});

test("the story and every embed advertise oEmbed, and the endpoint answers with the snippet, in the page's edition", async ({
  page,
  request,
}) => {
  for (const edition of EDITIONS)
    for (const path of [edition.story, ...CHART_IDS.map((id) => edition.embed(id))]) {
      await page.goto(path);
      const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
      // The discovery link names the public origin; ask this server the same question.
      const local = new URL(href!);
      const res = await request.get(`${local.pathname}${local.search}`);
      expect(res.status(), path).toBe(200);
      const { html } = await res.json();
      expect(html).toContain("<iframe");
      // The snippet embeds this edition's chart: /embed/<id> from English pages, /es/embed/<id> from Spanish ones.
      expect(new URL(html.match(/<iframe src="([^"]+)"/)[1]).pathname, path).toMatch(new RegExp(`^${edition.embed("")}[a-z-]+$`));
    }
});
