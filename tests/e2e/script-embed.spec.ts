// The script embed as another site sees it: a host page on another origin pastes the element and
// /embed-chart.js, which draws the chart in a shadow root of the element. Each chart must come out
// as its iframe page does at the same width (the iframe page is the reference: another code path,
// already held to the story's tests), whatever the host page's own styles; and wherever the host's
// Content-Security-Policy or the browser refuses a step, the iframe it holds stays and is sized.
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { CATALOG, CHART_IDS, type ChartId } from "../../src/charts/catalog.ts";
import { PALETTES } from "../../src/charts/theme.ts";
import { HOST_ATTRIBUTE, STATUS_ATTRIBUTE } from "../../src/embed/script-embed.ts";
import { scriptEmbedSnippet, type SnippetOptions } from "../../src/embed/snippet.ts";
import { articlePage, hostPageFor } from "../support/host-page.ts";
import { collectPageProblems, EDITIONS } from "./helpers.ts";

const spec = hostPageFor(test);

const WHITE = "rgb(255, 255, 255)";
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

type Options = Partial<Omit<SnippetOptions, "origin" | "script">>;
const snippet = (id: ChartId, options: Options = {}) => scriptEmbedSnippet(id, { origin: spec.site, locale: "en", ...options });

/** The page's problems, less the iframes' loads cut short by design: the iframe gives way to the chart. */
const problemsOf = (page: Page) => {
  const problems = collectPageProblems(page);
  const cut = new Set<string>();
  page.on("requestfailed", (request) => {
    if (request.frame() !== page.mainFrame() || request.resourceType() === "document")
      cut.add(`request failed: ${request.url()} (net::ERR_ABORTED)`);
  });
  return () => problems.filter((p) => !cut.has(p));
};

/** Host pages with no margin: each element is as wide as the window. */
const FULL_WIDTH = "margin:0;padding:0;font-family:serif";
const embeds = (page: Page) => page.locator(`[${HOST_ATTRIBUTE}]`);

async function expectAll(page: Page, status: "chart" | "iframe") {
  const all = embeds(page);
  for (let i = 0; i < (await all.count()); i++) await expect(all.nth(i)).toHaveAttribute(STATUS_ATTRIBUTE, status);
}

/** The height of a chart's embed page opened alone at this width: the iframe's document. */
async function pageHeight(browser: Browser, path: string, width: number): Promise<number> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${spec.site}${path}`);
  const height = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
  await page.close();
  return height;
}

for (const edition of EDITIONS)
  test(`${edition.locale}: every chart drawn in a host page of another origin is as tall as its iframe page at 320, 375, 768 and 1280 px, with no iframe left`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const problems = problemsOf(page);
    spec.host.set(
      articlePage(CHART_IDS.map((id) => snippet(id, { locale: edition.locale })).join("\n"), { lang: edition.locale, style: FULL_WIDTH }),
    );
    await page.goto(spec.host.origin);
    await expectAll(page, "chart");
    await expect(page.locator("iframe")).toHaveCount(0);
    for (const width of [320, 375, 768, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const id of CHART_IDS) {
        const el = page.locator(`[${HOST_ATTRIBUTE}="${id}"]`);
        const box = (await el.boundingBox())!;
        expect(box.width, `${id} at ${width} px: as wide as the column`).toBe(width);
        const own = await pageHeight(browser, `${edition.embed(id)}?theme=light`, width);
        expect(
          Math.abs(box.height - own),
          `${id} at ${width} px: ${box.height} px drawn, ${own} px in its iframe page`,
        ).toBeLessThanOrEqual(2);
      }
    }
    // The words of the chart, in the host page's reading order, in the edition's language.
    const first = embeds(page).first();
    await expect(first.locator(`[lang="${edition.locale}"]`)).toHaveCount(1);
    const getData = first.getByRole("link", { name: edition.getData });
    // Absolute, as on the embed page (a relative link would lead into the host's site).
    await expect(getData).toHaveAttribute("href", new RegExp(`^https?://[^/]+${edition.data}`));
    expect(problems()).toEqual([]);
  });

test("the host page's styles change nothing in the chart: its root font size, fonts, colours, box rules and custom properties", async ({
  page,
}) => {
  const ids = ["agents-shift", "smuggling-cell-staff"] as const;
  const hostile =
    "<style>html{font-size:10px}body{direction:rtl;font:30px/3 Georgia,serif;color:#c00;letter-spacing:.2em;word-spacing:1em;text-transform:uppercase}" +
    "div{padding:20px;margin:30px;border:5px solid;display:flex;background:yellow;width:50%}*{box-sizing:content-box}svg{display:none}" +
    "h1,h2,p,a,figure{all:revert;color:lime}:root{--bg:red;--fg:lime;--chart-text:red;--chart-background:red;--fit-height:1;--sc-rem:40px}</style>";
  const measure = async (extra: string) => {
    spec.host.set(articlePage(extra + ids.map((id) => snippet(id)).join("\n"), { style: FULL_WIDTH }));
    await page.goto(spec.host.origin);
    await expectAll(page, "chart");
    return embeds(page).evaluateAll((els) =>
      els.map((el) => {
        const top = el.getBoundingClientRect().top;
        const root = el.shadowRoot!;
        const box = (sel: string) => {
          const r = root.querySelector(sel)!.getBoundingClientRect();
          return [r.left, r.top - top, r.width, r.height].map((n) => Math.round(n * 2) / 2);
        };
        const title = root.querySelector(".chart-title")!;
        return {
          size: box(".sc-root"),
          title: box(".chart-title"),
          chart: box(".chart-state:not([hidden]) svg"),
          credit: box(".chart-credit"),
          font: getComputedStyle(title).font,
          direction: getComputedStyle(title).direction,
          colour: getComputedStyle(title).color,
          background: getComputedStyle(root.querySelector(".sc-body")!).backgroundColor,
        };
      }),
    );
  };
  await page.setViewportSize({ width: 375, height: 700 });
  const plain = await measure("");
  const styled = await measure(hostile);
  expect(styled).toEqual(plain);
  expect(plain[0]!.colour).toBe(rgb(PALETTES.light.text));
  expect(plain[0]!.background).toBe(WHITE);
});

test("themes: light on white, dark on the dark palette, and auto following the reader's setting", async ({ browser }) => {
  for (const [theme, scheme, background] of [
    ["light", "dark", WHITE],
    ["dark", "light", rgb(PALETTES.dark.background)],
    ["auto", "dark", rgb(PALETTES.dark.background)],
    ["auto", "light", WHITE],
  ] as const) {
    const page = await browser.newPage({ colorScheme: scheme });
    spec.host.set(articlePage(snippet("smuggling-cases", { theme })));
    await page.goto(spec.host.origin);
    await expectAll(page, "chart");
    const colours = await embeds(page).evaluate((el) => {
      const root = el.shadowRoot!;
      return {
        background: getComputedStyle(root.querySelector(".sc-body")!).backgroundColor,
        title: getComputedStyle(root.querySelector(".chart-title")!).color,
      };
    });
    expect(colours.background, `${theme} on a ${scheme} reader's page`).toBe(background);
    expect(colours.title, `${theme}: the title in the theme's text colour`).toBe(
      rgb(PALETTES[background === WHITE ? "light" : "dark"].text),
    );
    await page.close();
  }
});

test("a state of a scrolly chart (?step=0) shows that state alone", async ({ page }) => {
  const id = CHART_IDS.find((c) => CATALOG[c].states > 1)!;
  spec.host.set(articlePage(snippet(id, { step: 0 })));
  await page.goto(spec.host.origin);
  await expectAll(page, "chart");
  const shown = await embeds(page).evaluate((el) =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>(".chart-state")].filter((s) => !s.hidden).map((s) => s.dataset.state),
  );
  expect(shown).toEqual(["0"]);
});

test("the island: a pointer over the chart redraws it at its exact width, with no error; its links take the keyboard; axe finds nothing", async ({
  page,
}) => {
  const problems = problemsOf(page);
  spec.host.set(articlePage(`<p><a href="#top">A link of the host's</a></p>${snippet("border-apprehensions")}`));
  await page.goto(spec.host.origin);
  await expectAll(page, "chart");
  const el = embeds(page);
  await el.locator(".chart-drawing").first().hover();
  await expect(el.locator(".chart-state.is-live")).toHaveCount(1);
  const widths = await el.evaluate((e) => {
    const drawing = e.shadowRoot!.querySelector(".chart-state.is-live .chart-drawing")!;
    return [drawing.getBoundingClientRect().width, drawing.querySelector(".chart-live svg")!.getBoundingClientRect().width];
  });
  expect(Math.abs(widths[0]! - widths[1]!)).toBeLessThanOrEqual(1);

  // Tab from the host's own link reaches the chart's links, in order.
  await page.getByRole("link", { name: "A link of the host's" }).focus();
  await page.keyboard.press("Tab");
  const focused = () => el.evaluate((e) => e.shadowRoot!.activeElement?.textContent ?? null);
  expect(await focused()).toBeTruthy();
  const results = await new AxeBuilder({ page }).include(`[${HOST_ATTRIBUTE}]`).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  // The title is a heading below the host's own <h1>, in the browser's own accessibility tree.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  const headings = nodes
    .filter((n) => n.role?.value === "heading")
    .map((n) => [n.name?.value, n.properties?.find((p) => p.name === "level")?.value.value]);
  expect(headings).toEqual([
    ["Someone else's article", 1],
    [await el.locator(".chart-title").textContent(), 2],
  ]);
  expect(problems()).toEqual([]);
});

test("two copies of one chart, each pasted with its script: both drawn, each labelled by its own title", async ({ page }) => {
  spec.host.set(articlePage(`${snippet("smuggling-cases")}<p>Between.</p>${snippet("smuggling-cases")}`));
  await page.goto(spec.host.origin);
  await expectAll(page, "chart");
  await expect(embeds(page)).toHaveCount(2);
  await expect(page.getByRole("figure", { name: /HSI's smuggling cases/ })).toHaveCount(2);
});

/** The iframe the element holds is as tall as its document (sized by /embed.js), or at least as tall
 * where no script of ours runs. */
async function expectIframeShown(page: Page, sized: boolean) {
  const iframe = page.locator(`[${HOST_ATTRIBUTE}] iframe`);
  await expect(iframe).toBeVisible();
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.waitForLoadState("load");
  await iframe.scrollIntoViewIfNeeded();
  const doc = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const own = async () => (await iframe.boundingBox())!.height;
  // Up to 15 s, as the engine specs allow: a cross-origin frame's height message came after 5 s
  // once in CI on this 2-core machine.
  if (sized) await expect.poll(async () => Math.abs((await own()) - (await doc())), { timeout: 15_000 }).toBeLessThanOrEqual(2);
  else expect(await own()).toBeGreaterThanOrEqual(await doc());
}

const REFUSALS = [
  { what: "a policy that refuses the fetch (connect-src)", csp: () => "connect-src 'self'" },
  { what: "a policy that refuses the stylesheet (style-src)", csp: () => "style-src 'self' 'unsafe-inline'" },
  { what: "a policy that refuses inline styles (style-src without 'unsafe-inline')", csp: () => `style-src 'self' ${spec.site}` },
] as const;

for (const { what, csp } of REFUSALS)
  test(`${what}: the iframe stays, sized by /embed.js`, async ({ page }) => {
    spec.host.set(articlePage(snippet("agents-shift")), { "Content-Security-Policy": csp() });
    await page.goto(spec.host.origin);
    await expectAll(page, "iframe");
    await expectIframeShown(page, true);
  });

test("a policy that refuses the script, or no JavaScript: the iframe shows the chart in full", async ({ browser }) => {
  for (const [why, javaScriptEnabled, headers] of [
    ["script-src refuses it", true, { "Content-Security-Policy": "script-src 'self'" }],
    ["no JavaScript", false, {}],
  ] as const) {
    const page = await browser.newPage({ javaScriptEnabled });
    spec.host.set(articlePage(snippet("agents-shift")), headers);
    await page.goto(spec.host.origin);
    await expect(embeds(page), why).not.toHaveAttribute(STATUS_ATTRIBUTE, /.*/);
    await expectIframeShown(page, false);
    await page.close();
  }
});

test("a browser without shadow DOM keeps the iframe, sized by /embed.js", async ({ page }) => {
  await page.addInitScript(() => {
    delete (Element.prototype as Partial<Element>).attachShadow;
  });
  spec.host.set(articlePage(snippet("agents-shift")));
  await page.goto(spec.host.origin);
  await expectAll(page, "iframe");
  await expectIframeShown(page, true);
});

test("the Embed dialog offers the iframe first, then the script: the script's code, copied and pasted on a host page, draws the chart there", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  const tools = page.locator("[data-tools]").first();
  const chart = (await tools.getAttribute("data-tools"))!;
  await tools.getByRole("button", { name: "Embed" }).click();
  const dialog = page.getByRole("dialog");
  const kinds = dialog.getByRole("group", { name: "Type of code" }).getByRole("radio");
  await expect(kinds).toHaveCount(2);
  await expect(kinds.first()).toHaveAccessibleName(/^Iframe/);
  await expect(kinds.first()).toBeChecked();
  await kinds.nth(1).check();
  await dialog.getByRole("radio", { name: "Dark" }).check();
  await expect(dialog.locator(".embed-help")).toContainText("draws the chart on your page");
  await dialog.getByRole("button", { name: "Copy code" }).click();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toContain(`<script async src="${spec.site}/embed-chart.js"></script>`);

  spec.host.set(articlePage(code));
  await page.goto(spec.host.origin);
  await expectAll(page, "chart");
  await expect(page.locator(`[${HOST_ATTRIBUTE}="${chart}"] .sc-root`)).toHaveAttribute("data-theme", "dark");
});

test("an element that cannot hold a shadow root (a CMS made the <div> a <figure>) keeps the iframe, sized by /embed.js", async ({
  page,
}) => {
  spec.host.set(articlePage(snippet("agents-shift").replace(/^<div (.*)<\/div>/s, "<figure $1</figure>")));
  await page.goto(spec.host.origin);
  await expect(page.locator(`figure[${HOST_ATTRIBUTE}]`)).toHaveAttribute(STATUS_ATTRIBUTE, "iframe");
  await expectIframeShown(page, true);
});
