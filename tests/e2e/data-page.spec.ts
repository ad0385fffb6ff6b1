// The data page in a real browser: its form downloads exactly what was chosen, with JavaScript off
// (a plain GET form to the data function) and on (with a preview, the selection's address and code),
// in both editions. Expected rows are read from data/*.csv here, not from the site's code.
import { readFileSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { csvParse } from "d3";

const observations = csvParse(readFileSync("data/observations.csv", "utf8"));
const series = csvParse(readFileSync("data/series.csv", "utf8"));
const { version } = JSON.parse(readFileSync("data/datapackage.json", "utf8")) as { version: string };
const rowsOf = (ids: string[], from: number, to: number) =>
  observations.filter((o) => ids.includes(o.series_id!) && Number(o.period) >= from && Number(o.period) <= to);

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), url: file.url(), text: readFileSync(path, "utf8") };
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form downloads the series and years ticked, as CSV and as JSON", async ({ page }) => {
    await page.goto("/data/");
    const ids = ["hsi-worksite-investigations-opened", "usbp-sw-apprehensions"];
    for (const id of ids) await page.getByLabel(series.find((s) => s.id === id)!.title!, { exact: true }).check();
    await page.getByLabel("From", { exact: true }).selectOption("2017");
    await page.getByLabel("To", { exact: true }).selectOption("2018");
    const csv = await download(page, "Download CSV");
    const rows = csvParse(csv.text);
    expect(rows.map((r) => `${r.series_id} ${r.period} ${r.value}`)).toEqual(
      rowsOf(ids, 2017, 2018).map((o) => `${o.series_id} ${o.period} ${o.value}`),
    );
    expect(csv.name).toBe("smuggling-data_hsi-worksite-investigations-opened+usbp-sw-apprehensions_2017-2018.csv");

    await page.goto("/data/");
    await page.getByLabel(series.find((s) => s.id === "prosecutions-8-usc-1324")!.title!, { exact: true }).check();
    const json = JSON.parse((await download(page, "Download JSON")).text);
    expect(json.rows.map((r: { period: number }) => r.period)).toEqual(
      rowsOf(["prosecutions-8-usc-1324"], 0, 9999).map((o) => Number(o.period)),
    );
  });

  test("a chart's data page shows its address, code and citation; the preview and Copy, which need a script, are not offered", async ({
    page,
  }) => {
    await page.goto("/es/data/smuggling-cases/");
    const address = page.locator('[data-address="csv"]');
    await expect(address).toBeVisible();
    await expect(address).toHaveText(/\/api\/data\.csv\?series=hsi-smuggling-cases-opened&lang=es$/);
    const url = (await address.textContent())!;
    await expect(page.locator("figure.data-code code")).toHaveCount(5);
    for (const code of await page.locator("figure.data-code code").all()) {
      await expect(code).toBeVisible();
      await expect(code).toContainText(url);
    }
    await expect(page.locator("[data-citation]")).toBeVisible();
    await expect(page.locator(".data-preview")).toBeHidden();
    await expect(page.getByRole("button", { name: "Copiar", exact: true })).toHaveCount(0);
  });

  test("a reversed window is answered by the data function, saying what was wrong", async ({ page }) => {
    await page.goto("/data/");
    await page.getByLabel("From", { exact: true }).selectOption("2019");
    await page.getByLabel("To", { exact: true }).selectOption("2016");
    await page.getByRole("button", { name: "Download CSV" }).click();
    await expect(page.locator("body")).toContainText('"from" (2019) is after "to" (2016)');
  });

  test("the Spanish form asks for Spanish columns", async ({ page }) => {
    await page.goto("/es/data/");
    await page.getByLabel(series.find((s) => s.id === "hsi-smuggling-cases-opened")!.title_es!, { exact: true }).check();
    const csv = await download(page, "Descargar CSV");
    expect(csv.url).toContain("lang=es");
    expect(csvParse(csv.text).map((r) => r.series_title)).toEqual([
      "Casos nuevos de tráfico de migrantes abiertos por HSI",
      "Casos nuevos de tráfico de migrantes abiertos por HSI",
    ]);
  });
});

test.describe("with JavaScript", () => {
  test("a chart's link chooses its series; the page previews them, shows their address and code, and downloads exactly that", async ({
    page,
  }) => {
    await page.goto("/data/?series=hsi-smuggling-cases-opened#choose");
    const box = page.getByLabel("New human-smuggling cases opened by HSI", { exact: true });
    await expect(box).toBeChecked();
    await expect(page.locator(".data-preview tbody tr")).toHaveCount(2);
    await expect(page.locator(".data-preview-count")).toHaveText("The first 2 of 2 rows.");
    const address = page.locator('[data-address="csv"]');
    await expect(address).toHaveText(/\/api\/data\.csv\?series=hsi-smuggling-cases-opened$/);
    const url = (await address.textContent())!;
    // Each sample, found by the tool its caption names, loads that address with that tool.
    const sample = (tool: string) =>
      page.locator("figure.data-code", { has: page.locator("figcaption", { hasText: tool }) }).locator("code");
    await expect(page.locator("figure.data-code")).toHaveCount(5);
    for (const code of await page.locator("figure.data-code code").all()) await expect(code).toContainText(url);
    await expect(sample("pandas")).toContainText("pd.read_csv(");
    await expect(sample("readr")).toContainText("read_csv(");
    await expect(sample("HTML + JavaScript (d3)")).toContainText("d3.csv(");
    await expect(sample("Node.js (d3)")).toContainText("d3.csv(");
    await expect(sample("curl")).toContainText("curl ");

    // Years at the ends of the range are left out, in the address and in what is sent.
    await page.getByLabel("To", { exact: true }).selectOption("2017");
    await expect(address).toHaveText(/\?series=hsi-smuggling-cases-opened&to=2017$/);
    await expect(page.locator(".data-preview-count")).toHaveText("The first 1 of 1 rows.");
    const csv = await download(page, "Download CSV");
    expect(csv.url).toBe(url.replace(/$/, "&to=2017"));
    expect(csvParse(csv.text).map((r) => r.period)).toEqual(["2017"]);
  });

  test("a reversed window is refused before anything is sent", async ({ page }) => {
    await page.goto("/data/");
    await page.getByLabel("From", { exact: true }).selectOption("2019");
    await page.getByLabel("To", { exact: true }).selectOption("2016");
    let sent = false;
    page.on("download", () => {
      sent = true;
    });
    await page.getByRole("button", { name: "Download CSV" }).click();
    await expect(page.locator(".data-form-status")).toHaveText(
      "\u201cFrom\u201d is after \u201cTo\u201d: choose a first year no later than the last.",
    );
    expect(sent).toBe(false);
    expect(new URL(page.url()).pathname).toBe("/data/");
  });

  test("copies the address, and dates the citation today, in Spanish on /es/data/", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/es/data/");
    await expect(page.locator(".data-preview-count")).toHaveText(`Las primeras 5 de ${observations.length} filas.`);
    await page.locator('[data-copy-address="csv"]').click();
    await expect(page.locator(".data-copy-status")).toHaveText("Copiada.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/api\/data\.csv\?lang=es$/);
    const today = new Intl.DateTimeFormat("es-MX", { day: "numeric", month: "long", year: "numeric" }).format(new Date());
    await expect(page.locator("[data-citation]")).toContainText(`(consultado el ${today}).`);
    await expect(page.locator("[data-citation]")).toContainText(`versión ${version}`);
  });
});

// The same accessibility bar as the story: axe on both editions, light and dark, with the live tools drawn.
for (const path of ["/data/", "/es/data/"]) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${path} in ${colorScheme} mode has no axe violation`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${path}?series=usbp-sw-apprehensions`);
      await expect(page.locator(".data-preview tbody tr")).toHaveCount(3);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
}
