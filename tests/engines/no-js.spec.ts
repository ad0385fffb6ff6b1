// With JavaScript off, in Chromium, WebKit and Gecko (see engine.ts): every control a reader can
// see does something. The Embed buttons open their dialog (a popover: invoker commands are missing
// in WebKit before Safari 26.2) with the code to select, and close it; no control in it needs a
// script; "Get the data" leads to a page with that chart's series ticked, whose form sends them.
import { CATALOG, CHART_IDS } from "../../src/charts/catalog.ts";
import { EDITIONS } from "../e2e/helpers.ts";
import { expect, test } from "./fixtures.ts";
import { buttonsNeedingScript } from "./measure.ts";

for (const edition of EDITIONS) {
  test(`${edition.locale}: the story's controls work without JavaScript: each Embed opens its code and closes`, async ({ open }) => {
    test.setTimeout(90_000);
    const engine = await open({ width: 375, height: 667, javascript: false });
    await engine.goto(edition.story);
    expect(await engine.evaluate(() => document.documentElement.className)).toBe("no-js");
    expect(await engine.evaluate(buttonsNeedingScript), "visible buttons that need a script").toEqual([]);
    for (const id of CHART_IDS) {
      const dialog = await engine.evaluate((chart: string) => document.querySelector(`[data-tools="${chart}"] dialog`)!.id, id);
      await engine.click(`[data-tools="${id}"] button[popovertarget="${dialog}"][popovertargetaction="show"]`);
      const shown = await engine.evaluate((d: string) => {
        const el = document.getElementById(d)!;
        const visible = (e: Element) => e.checkVisibility() && e.getBoundingClientRect().width > 0;
        return {
          open: visible(el),
          code: el.querySelector("textarea")!.value,
          needScript: [...el.querySelectorAll("button, input")].filter(visible).filter((b) => !b.hasAttribute("popovertarget")).length,
        };
      }, dialog);
      expect(shown.open, `${id}: the dialog opens`).toBe(true);
      expect(shown.code, `${id}: with its code`).toContain(`/embed/${id}`);
      expect(shown.needScript, `${id}: controls in it that need a script`).toBe(0);
      await engine.click(`#${dialog} button[popovertargetaction="hide"]`);
      expect(await engine.evaluate((d: string) => document.getElementById(d)!.checkVisibility(), dialog), `${id}: and closes`).toBe(false);
    }
  });

  test(`${edition.locale}: without JavaScript, “Get the data” leads to the chart's series, and the form sends them`, async ({ open }) => {
    const engine = await open({ width: 375, height: 667, javascript: false });
    const id = "agents-shift";
    await engine.goto(edition.story);
    const href = await engine.evaluate(
      (chart: string) => document.querySelector<HTMLAnchorElement>(`[data-tools="${chart}"] a[href*="/data/"]`)!.href,
      id,
    );
    expect(new URL(href).pathname + new URL(href).hash).toMatch(edition.dataHref);
    await engine.goto(href);
    expect(await engine.evaluate(buttonsNeedingScript), "visible buttons that need a script").toEqual([]);
    const ticked = await engine.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('input[name="series"]:checked')].map((b) => b.value),
    );
    expect(ticked, "the chart's series, ticked").toEqual([...CATALOG[id].series]);
    // What the JSON button sends: the browser's own form data set for that submitter (the data
    // function answers with a download, which leaves the page where it is).
    const sent = new URL(
      await engine.evaluate(() => {
        const form = document.querySelector<HTMLFormElement>("form[data-data-form]")!;
        const button = form.querySelector<HTMLButtonElement>('button[formaction$="data.json"]')!;
        const query = new URLSearchParams(new FormData(form, button) as unknown as Record<string, string>);
        return `${button.formAction}?${query}`;
      }),
    );
    expect(sent.pathname).toBe("/api/data.json");
    expect(sent.searchParams.getAll("series")).toEqual([...CATALOG[id].series]);
    expect(sent.searchParams.get("lang")).toBe(edition.locale === "en" ? null : edition.locale);
  });
}
