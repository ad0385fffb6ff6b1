// WordPress, the largest oEmbed consumer, end to end with its own code: a chart's address is
// "pasted" into a post; WordPress's discovery request is made as WordPress makes it; its own PHP
// filter (tests/wordpress/oembed-filter.php, running the Debian package's wp-includes) turns our
// answer into the post's HTML; and a host page on another origin shows that HTML with WordPress's
// own block styles and host script (wp-embed.js), as a WordPress post does.
import { type ElementHandle, expect, type Frame, type Page, test } from "@playwright/test";
import { CHART_IDS } from "../../src/charts/catalog.ts";
import { postPage, wordPressEmbed as make, wordPressSource } from "../wordpress/post.ts";
import { hostPageFor } from "../support/host-page.ts";
import { EDITIONS, type Edition } from "./helpers.ts";

/** The reader's widths the issue names: phones, WordPress's default embed width, a tablet. */
const WIDTHS = [320, 375, 500, 768];
/** wp-embed.js clamps the height it is sent to this. */
const WP_MAX_HEIGHT = 1000;

const spec = hostPageFor(test);

/** The post's HTML for a pasted URL, as WordPress makes it (tests/wordpress/post.ts). */
async function wordPressEmbed(pasted: string) {
  const post = await make(spec.site, pasted);
  expect(post.warnings, `${pasted}: WordPress's filter runs without a warning`).toBe("");
  expect(post.html, `${pasted}: WordPress keeps the embed`).not.toBe(false);
  expect(post.hostScript, `${pasted}: WordPress loads its host script for it`).toBe(true);
  return post.html as string;
}

const docHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

async function embeds(page: Page) {
  const handles = await page.locator("iframe.wp-embedded-content").elementHandles();
  return Promise.all(
    handles.map(async (h) => ({
      iframe: h as ElementHandle<HTMLIFrameElement>,
      frame: (await h.contentFrame())!,
      src: (await h.getAttribute("src"))!,
    })),
  );
}

/** Every embed revealed, its fallback hidden, and the iframe as tall as the chart's page. */
async function expectSized(page: Page, width: number) {
  for (const { iframe, frame, src } of await embeds(page)) {
    await frame.waitForLoadState("load");
    await iframe.scrollIntoViewIfNeeded(); // Chromium holds back updates in off-screen cross-origin frames
    const what = `${src} at ${width} px`;
    await expect
      .poll(async () => Math.abs((await iframe.evaluate((el) => el.getBoundingClientRect().height)) - (await docHeight(frame))), {
        message: `${what}: iframe height vs its document`,
        timeout: 5_000,
      })
      .toBeLessThanOrEqual(2);
    expect(await docHeight(frame), `${what}: within the height WordPress allows`).toBeLessThanOrEqual(WP_MAX_HEIGHT);
    const box = await iframe.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return {
        clipped: s.position === "absolute",
        border: parseFloat(s.borderTopWidth),
        right: r.right,
        room: document.documentElement.clientWidth,
      };
    });
    expect(box.clipped, `${what}: WordPress's host script revealed the frame`).toBe(false);
    expect(box.border, `${what}: no frame border`).toBe(0);
    expect(box.right, `${what}: within the column`).toBeLessThanOrEqual(box.room);
  }
  const quotes = await page.locator("blockquote.wp-embedded-content").evaluateAll((els) => els.map((el) => el.checkVisibility()));
  expect(quotes, "the fallback quotes give way to the charts").toEqual(quotes.map(() => false));
}

for (const edition of EDITIONS) {
  test(`WordPress (${edition.locale}): each chart's embed takes its height at 320, 375, 500 and 768 px, runs its interactive chart in WordPress's sandbox, and no frame reports an error`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    const html = [];
    for (const id of CHART_IDS) html.push(await wordPressEmbed(`${spec.site}${edition.embed(id)}`));
    spec.host.set(postPage(html));
    await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
    await page.goto(spec.host.origin);
    const all = await embeds(page);
    expect(all).toHaveLength(CHART_IDS.length);
    for (const { src } of all) expect(src, "in WordPress's sandbox, with its secret").toMatch(/#\?secret=[a-zA-Z0-9]{10}$/);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await expectSized(page, width);
    }
    // A reader points at each chart: the island's modules load from the sandbox's "null" origin (as
    // long a wait as the other island tests allow: a loaded 2-core machine once took over 5 s).
    for (const { iframe, frame, src } of all) {
      await iframe.scrollIntoViewIfNeeded();
      await iframe.hover();
      await expect
        .poll(() => frame.locator(".chart-state.is-live").count(), { message: `${src}: the interactive chart runs`, timeout: 15_000 })
        .toBeGreaterThan(0);
    }
    await expectSized(page, 768);
    expect(errors, "no console errors (CSP, CORS) in the post or its frames").toEqual([]);
  });
}

const ES = EDITIONS.find((e) => e.locale === "es") as Edition;

test("WordPress: the embed's links open in the reader's window, through WordPress's host script (a source via its entry on the chart's data page)", async ({
  page,
}) => {
  spec.host.set(postPage([await wordPressEmbed(`${spec.site}${ES.embed("agents-shift")}`)]));
  await page.goto(spec.host.origin);
  const [{ frame }] = await embeds(page);
  await frame!.waitForLoadState("load");
  const credit = frame!.locator(".chart-credit");
  await credit.getByRole("link", { name: "Obtener los datos" }).click();
  await page.waitForURL(`${spec.site}${ES.data}agents-shift/#choose`);
  await expect(page.locator("#choose")).toBeVisible();

  await page.goto(spec.host.origin);
  const [again] = await embeds(page);
  await again!.frame.waitForLoadState("load");
  await again!.frame.locator(".chart-credit").getByRole("link", { name: "ICE", exact: true }).click();
  await page.waitForURL(`${spec.site}${ES.data}agents-shift/#source-ice-2018-12-worksite`);
  await expect(page.locator("#source-ice-2018-12-worksite a")).toHaveAttribute("href", /^https:\/\/www\.ice\.gov\//);
});

test("WordPress: with its host script starting after the embed has loaded (and sent its height unheard), its 'ready' still gets the height", async ({
  page,
}) => {
  // The script is added once the frame has loaded, which is before the post's own load event: it
  // then sends "ready" on that event, as it does for a frame that loaded first.
  spec.host.set(
    postPage([await wordPressEmbed(`${spec.site}/embed/smuggling-cell-staff`)], { hostScript: false }).replace(
      "</body>",
      `<script>document.querySelector("iframe").addEventListener("load",()=>{const s=document.createElement("script");s.src="/wp-includes/js/wp-embed.js";document.body.append(s)},{once:true})</script></body>`,
    ),
  );
  await page.goto(spec.host.origin);
  await expectSized(page, 1280);
});

test("WordPress without JavaScript: the post shows the fallback quote, with the chart's title, subtitle and sources, linked", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  spec.host.set(postPage([await wordPressEmbed(`${spec.site}/embed/smuggling-cases`)]));
  await page.goto(spec.host.origin);
  const quote = page.locator("blockquote.wp-embedded-content");
  await expect(quote).toBeVisible();
  await expect(quote).toContainText(
    /^HSI's smuggling cases fell by more than half in FY2018\. New cases opened by HSI, by fiscal year\. HSI: Homeland Security Investigations, the investigative branch of ICE\. ICE: U\.S\. Immigration and Customs Enforcement\. Chart: Smuggling Cases\. Source: /,
  );
  await expect(quote.getByRole("link", { name: "HSI's smuggling cases fell by more than half in FY2018" })).toHaveAttribute(
    "href",
    `${spec.site}/#chart-smuggling-cases`,
  );
  await expect(quote.getByRole("link", { name: /ProPublica/ })).toHaveAttribute("href", /^https:\/\/www\.propublica\.org\//);
  await context.close();
});

test("WordPress's block editor leaves every answer's size alone: no width and height it would lock to a video's aspect ratio", async ({
  request,
}) => {
  // The editor gives an embed block a fixed aspect ratio (its iframe then fills a box of that shape,
  // and the height protocol no longer counts) when the iframe's width/height, to two decimals, is
  // at most 0.1 above one of its ratios (getClassNames in wp-includes/js/dist/block-library.js).
  const source = wordPressSource("/wp-includes/js/dist/block-library.js");
  const list = /const ASPECT_RATIOS = \[([\s\S]*?)\];/.exec(source)?.[1];
  const ratios = [...(list ?? "").matchAll(/ratio: '([\d.]+)'/g)].map((m) => Number(m[1]));
  expect(ratios.length, "WordPress's aspect ratios, read from its editor").toBeGreaterThan(4);
  const locked = (width: number, height: number) => {
    const aspect = Number((width / height).toFixed(2));
    const first = ratios.find((r) => aspect >= r); // widest first, as the editor walks them
    return first !== undefined && aspect - first <= 0.1;
  };
  // Every content width a theme may set, asked as WordPress asks (wp_embed_defaults).
  for (let contentWidth = 280; contentWidth <= 1200; contentWidth += 20)
    for (const id of CHART_IDS) {
      const maxheight = Math.min(Math.ceil(contentWidth * 1.5), 1000);
      const url = `${spec.site}/embed/${id}`;
      const answer = await (
        await request.get(`/oembed?url=${encodeURIComponent(url)}&maxwidth=${contentWidth}&maxheight=${maxheight}&dnt=1`)
      ).json();
      const [, width, height] = /<iframe [^>]*width="(\d+)" height="(\d+)"/.exec(answer.html) ?? [];
      expect(locked(Number(width), Number(height)), `${id} in a ${contentWidth} px column: ${width}×${height}`).toBe(false);
    }
});
