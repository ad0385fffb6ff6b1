// The two editions as a reader meets them: the language switcher keeps the reader's place (the
// step being read) from one edition to the other, by pointer and by keyboard, on a desktop and a
// phone; at the top of the page it leads to the other edition's top, and without JavaScript it is
// a plain link. The Spanish edition's tools speak Spanish (embed dialog, share button), and its
// island draws the charts with Spanish words and numbers. The words are typed here from
// src/i18n/es.ts and en.ts as a specification. Desktop project (the phone size is set here).
import { expect, test, type Locator, type Page } from "@playwright/test";
import { centerStep, EDITIONS, type Edition, expectFigureOn, nudgeScroll, readSteps, type StepInfo, waitForIsland } from "./helpers.ts";

const [EN, ES] = EDITIONS as [Edition, Edition];
/** The step the reader is reading when they switch: the 6th, well into the story. */
const STEP = 5;

/** The words of the chart the sticky figure shows now (its visible drawing: the server's or the
 * island's). */
function figureTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const svg = [
      ...document.querySelectorAll(
        ".scrolly-figure [data-chart-block]:not([hidden]) .chart-state:not([hidden]) .chart-drawing > div > svg",
      ),
    ].find((s) => s.checkVisibility() && s.getBoundingClientRect().height > 0);
    return svg ? [...svg.querySelectorAll("text")].map((t) => (t.textContent ?? "").trim()).filter(Boolean) : [];
  });
}

/** The sticky figure's language switcher on `from`, as the reader sees it: "ES" (or "EN"), named
 * in full for screen readers in the language it leads to ("Leer en español"). */
async function compactSwitch(page: Page, from: Edition): Promise<Locator> {
  const link = page.locator(".scrolly-figure").getByRole("link", { name: from.other.readIn });
  await expect(link).toBeVisible();
  // What shows is the code alone; the rest of the name is for screen readers (visually hidden).
  const shown = await link.evaluate((el) =>
    [...el.childNodes]
      .filter((n) => !(n instanceof Element && n.classList.contains("sr-only")))
      .map((n) => n.textContent)
      .join("")
      .trim(),
  );
  expect(shown).toBe(from.other.code);
  await expect(link).toHaveAttribute("hreflang", from.other.locale);
  await expect(link).toHaveAttribute("lang", from.other.locale);
  return link;
}

/** Lands on `edition` at the step, showing that step's chart in that edition's words. */
async function expectLandedOn(page: Page, edition: Edition, step: StepInfo) {
  await page.waitForURL((url) => url.pathname === edition.story);
  expect(new URL(page.url()).hash, "the address keeps the reader's step").toBe(`#step-${step.index}`);
  await expect(page.locator("html")).toHaveAttribute("lang", edition.locale);
  // The reader is on the same step, in the middle of the screen, and the figure shows its chart.
  await expectFigureOn(page, step);
  await expect(page.locator(`#step-${step.index}`)).toBeInViewport();
  const texts = await figureTexts(page);
  const [own, foreign] = edition.locale === "es" ? [/^AF\d{2}/, /\bFY/] : [/^FY\d{2}/, /\bAF\d{2}/];
  expect(
    texts.filter((t) => foreign.test(t)),
    `the chart in ${edition.locale} has no period words of the other edition`,
  ).toEqual([]);
  expect(
    texts.some((t) => own.test(t)),
    `the chart names its years in ${edition.locale}: ${texts.join(" | ")}`,
  ).toBe(true);
}

/** Reads as far as the step (centred, as a reader reads it), and checks the figure follows. */
async function readTo(page: Page, step: StepInfo) {
  await centerStep(page, step.index);
  await expectFigureOn(page, step);
}

for (const { name, use, activate } of [
  {
    name: "desktop 1280×800",
    use: { viewport: { width: 1280, height: 800 } },
    // English to Spanish by keyboard, back by mouse.
    activate: [
      async (link: Locator) => {
        await link.focus();
        await link.press("Enter");
      },
      (link: Locator) => link.click(),
    ],
  },
  {
    name: "phone 375×667",
    use: { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true },
    // English to Spanish by touch, back by keyboard.
    activate: [
      (link: Locator) => link.tap(),
      async (link: Locator) => {
        await link.focus();
        await link.press("Enter");
      },
    ],
  },
]) {
  test.describe(name, () => {
    test.use(use);

    test(`the sticky chart's switcher keeps the reader's step: / at step ${STEP} → /es/#step-${STEP}`, async ({ page }) => {
      await page.goto(EN.story);
      const steps = await readSteps(page);
      const step = steps[STEP]!;
      await readTo(page, step);
      await activate[0]!(await compactSwitch(page, EN));
      await expectLandedOn(page, ES, step);
      // The Spanish story has the same steps, showing the same charts in the same states.
      expect(await readSteps(page)).toEqual(steps);
    });

    test(`the sticky chart's switcher keeps the reader's step: /es/ at step ${STEP} → /#step-${STEP}`, async ({ page }) => {
      await page.goto(ES.story);
      const steps = await readSteps(page);
      const step = steps[STEP]!;
      await readTo(page, step);
      await activate[1]!(await compactSwitch(page, ES));
      await expectLandedOn(page, EN, step);
    });

    test(`the switcher keeps the step the figure shows even when that step has only just become the active one`, async ({ page }) => {
      await page.goto(EN.story);
      const steps = await readSteps(page);
      const step = steps[STEP]!;
      // The reader scrolls on until the figure turns to the step, whose top is still a little
      // below the middle of the screen (the step before it is further away).
      await page.locator(`#step-${step.index}`).evaluate((el) => {
        const middle = window.innerHeight / 2;
        window.scrollBy({ top: el.getBoundingClientRect().top - middle - 24, behavior: "instant" });
      });
      await expectFigureOn(page, step);
      await activate[0]!(await compactSwitch(page, EN));
      await expectLandedOn(page, ES, step);
    });
  });
}

test("at the top of the page the header's switcher leads to the other edition's top, with no step in the address", async ({ page }) => {
  for (const [from, to] of [
    [EN, ES],
    [ES, EN],
  ] as const) {
    await page.goto(from.story);
    const link = page.getByText(from.other.readIn, { exact: true });
    await expect(link).toBeVisible();
    await expect(link).toBeInViewport();
    await link.click();
    await page.waitForURL((url) => url.pathname === to.story);
    expect(new URL(page.url()).hash, `${from.story} → ${to.story}`).toBe("");
    await expect(page.locator("html")).toHaveAttribute("lang", to.locale);
    expect(await page.evaluate(() => scrollY), "the other edition opens at its top").toBe(0);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header's switcher is a plain link to the other edition, in that edition's language", async ({ page }) => {
    for (const edition of EDITIONS) {
      await page.goto(edition.story);
      await expect(page.locator("html")).toHaveAttribute("lang", edition.locale);
      const link = page.getByRole("link", { name: edition.other.readIn, exact: true }).filter({ visible: true });
      await expect(link, `${edition.story}: one visible switcher`).toHaveCount(1);
      await expect(link).toHaveText(edition.other.readIn);
      await expect(link).toHaveAttribute("href", edition.other.story);
      await expect(link).toHaveAttribute("hreflang", edition.other.locale);
      await expect(link).toHaveAttribute("lang", edition.other.locale);
      await link.click();
      await page.waitForURL((url) => url.pathname === edition.other.story);
      await expect(page.locator("html")).toHaveAttribute("lang", edition.other.locale);
    }
  });
});

test.describe("the Spanish edition's tools", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("Insertar opens the chart's code in Spanish, pointing at the Spanish embed; Copiar el código copies it and says so in Spanish", async ({
    page,
  }) => {
    await page.goto(ES.story);
    const tools = page.locator("[data-tools]").first();
    const chart = await tools.getAttribute("data-tools");
    const opener = tools.getByRole("button", { name: "Insertar" });
    await opener.click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("heading")).toHaveText(/^Insertar “.+”$/);
    await expect(dialog.getByRole("group", { name: "Colores" })).toBeVisible();
    await expect(dialog.getByRole("radio", { name: /^Claros/ })).toBeChecked();
    const code = dialog.getByRole("textbox", { name: "Código para insertar" });
    await expect(code).toHaveValue(new RegExp(`<iframe src="[^"]+/es/embed/${chart}\\?theme=light" title="Gráfico: `));
    await dialog.getByRole("radio", { name: "Oscuros" }).check();
    await expect(code).toHaveValue(new RegExp(`/es/embed/${chart}\\?theme=dark"`));
    // The address for a CMS that reads oEmbed is the Spanish embed's too, with the theme chosen.
    await expect(dialog.locator("code")).toHaveText(new RegExp(`/es/embed/${chart}\\?theme=dark$`));
    await dialog.getByRole("button", { name: "Copiar el código" }).click();
    await expect(dialog.getByRole("status")).toHaveText("Copiado al portapapeles.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    await expect(dialog.getByRole("button", { name: "Cerrar" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(opener, "focus goes back to the button that opened the dialog").toBeFocused();
  });

  test("where there is no share sheet, Copiar el enlace copies the Spanish story's link and says so in Spanish", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "share", { value: undefined, configurable: true });
    });
    await page.goto(ES.story);
    const button = page.getByRole("button", { name: "Copiar el enlace" });
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await expect(page.locator(".share-status")).toHaveText("Enlace copiado.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(ES.story, page.url()).href);
  });

  test("where there is a share sheet, Compartir esta historia opens it with the Spanish title and link", async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
      Object.defineProperty(Navigator.prototype, "share", { value: async (data: ShareData) => void calls.push(data), configurable: true });
    });
    await page.goto(ES.story);
    await page.getByRole("button", { name: "Compartir esta historia" }).click();
    const calls = await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
    expect(calls).toEqual([{ title: await page.locator("h1").textContent(), url: new URL(ES.story, page.url()).href }]);
  });
});

test("the island draws the Spanish charts in Spanish: fiscal years as AF, thousands grouped with a comma, at every step", async ({
  page,
}) => {
  await page.goto(ES.story);
  const steps = await readSteps(page);
  await nudgeScroll(page);
  const texts: string[] = [];
  const labels: string[] = [];
  for (const step of steps) {
    await readTo(page, step);
    await waitForIsland(page);
    const live = page.locator(".scrolly-figure [data-chart-block]:not([hidden]) .chart-state:not([hidden]) .chart-live svg").first();
    labels.push((await live.getAttribute("aria-description")) ?? "");
    texts.push(...(await live.locator("text").allTextContents()).map((t) => t.trim()).filter(Boolean));
  }
  const english = texts.filter((t) => /\bFY|less than|more than|about |no figure/.test(t));
  expect(english, "English words in the live charts").toEqual([]);
  // The first chart's axes: a fiscal year, and a tick with its thousands grouped.
  expect(texts).toEqual(expect.arrayContaining(["AF2018", "4,000"]));
  expect(texts.filter((t) => /^AF\d{2}/.test(t)).length, "fiscal years written AF…").toBeGreaterThan(0);
  // What a screen reader hears of each chart is Spanish too ("Gráfico de barras…").
  expect(
    labels.filter((l) => !l.startsWith("Gráfico") || /\bFY/.test(l)),
    "live charts' descriptions not in Spanish",
  ).toEqual([]);
});
