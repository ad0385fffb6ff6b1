// The reader's two tools that copy something: a chart's embed code (a native dialog, light by
// default, a theme choice, Copy) and the story's link (the share sheet where the browser has one,
// a copy-link button otherwise). Desktop size.
import { expect, test } from "@playwright/test";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("Embed opens the chart's code, light by default; a theme choice changes it and the address to paste; Copy copies it and says so", async ({
  page,
}) => {
  await page.goto("/");
  const tools = page.locator("[data-tools]").first();
  const chart = await tools.getAttribute("data-tools");
  const opener = tools.getByRole("button", { name: "Embed" });
  await opener.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("radio", { name: /^Light/ })).toBeChecked();
  const code = dialog.getByRole("textbox", { name: "Embed code" });
  await expect(code).toHaveValue(new RegExp(`<iframe src="[^"]+/embed/${chart}\\?theme=light"`));
  // The address to paste into an oEmbed consumer follows the theme too (light is oEmbed's default).
  const address = dialog.locator(".embed-url");
  await expect(address).toHaveText(new URL(`/embed/${chart}`, page.url()).href);
  await dialog.getByRole("radio", { name: "Dark" }).check();
  await expect(code).toHaveValue(new RegExp(`/embed/${chart}\\?theme=dark"`));
  await expect(address).toHaveText(new URL(`/embed/${chart}?theme=dark`, page.url()).href);
  await dialog.getByRole("button", { name: "Copy code" }).click();
  await expect(dialog.getByRole("status")).toHaveText(/Copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener, "focus goes back to the button that opened the dialog").toBeFocused();
});

test("where there is no share sheet, the share button copies the story's link", async ({ page }) => {
  await page.addInitScript(() => {
    // As in browsers without the Web Share API.
    Object.defineProperty(Navigator.prototype, "share", { value: undefined, configurable: true });
  });
  await page.goto("/");
  const button = page.getByRole("button", { name: "Copy the link" });
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect(page.locator(".share-status")).toHaveText("Link copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL("/", page.url()).href);
});

test("where there is a share sheet, the share button opens it with the story's title and link", async ({ page }) => {
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
    Object.defineProperty(Navigator.prototype, "share", { value: async (data: ShareData) => void calls.push(data), configurable: true });
  });
  await page.goto("/");
  await page.getByRole("button", { name: "Share this story" }).click();
  const calls = await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
  expect(calls).toEqual([{ title: await page.locator("h1").textContent(), url: new URL("/", page.url()).href }]);
});
