// What a page's first paint waits for (issue: one linked stylesheet, 4 kB, delayed the story's
// first words by a round trip; three module scripts were fetched beside its first bytes). In both
// builds, every page carries its styles in its own <style> and links no stylesheet; no script in
// the <head> blocks the parser; the story and data pages run one module script each, which no page
// names in a src the browser would fetch beside its first bytes: an inline loader adds it once the
// page is parsed (src/build-steps/page-scripts.ts).
import { existsSync, readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { filesUnder, root } from "../support/paths.ts";

const BUILDS = [
  { name: "Vercel", dir: root(".vercel/output/static") },
  { name: "local", dir: root("dist/local/client") },
];
for (const { dir } of BUILDS)
  if (!existsSync(`${dir}/index.html`)) throw new Error(`No build in ${dir}: run \`npm run build\` and \`npm run build:local\`.`);
const ONE_SCRIPT_PAGES = ["/index.html", "/es/index.html", "/data/index.html", "/es/data/index.html"];

describe.each(BUILDS)("$name build", ({ dir }) => {
  const pages = filesUnder(dir).filter((f) => f.endsWith(".html"));
  const read = (file: string) => parseHTML(readFileSync(file, "utf8")).document;

  it("links no stylesheet from any page, which carries its styles itself", () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const file of pages) {
      const document = read(file);
      const page = file.slice(dir.length);
      expect(
        [...document.querySelectorAll("link")].filter((l) => /\bstylesheet\b/i.test(l.getAttribute("rel") ?? "")).map((l) => l.outerHTML),
        page,
      ).toEqual([]);
      // The site's sheet: the rule for the page's body is in the head, not only the chart theme.
      const styles = [...document.querySelectorAll("head style")].map((s) => s.textContent ?? "").join("\n");
      expect(styles, page).toMatch(/(^|[}\s,])body\s*\{/);
      const blocking = [...document.querySelectorAll("head script[src]")].filter(
        (s) => s.getAttribute("type") !== "module" && !s.hasAttribute("async") && !s.hasAttribute("defer"),
      );
      expect(
        blocking.map((s) => s.outerHTML),
        page,
      ).toEqual([]);
    }
  });

  it("runs one module script on each story and data page, added by a loader once the page is parsed", () => {
    for (const page of ONE_SCRIPT_PAGES) {
      const document = read(`${dir}${page}`);
      expect(document.querySelectorAll("script[src]"), page).toHaveLength(0);
      const modules = [...document.querySelectorAll('script[type="module"]')];
      expect(modules, page).toHaveLength(1);
      const file = modules[0]!.getAttribute("data-module");
      expect(file, page).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      expect(existsSync(`${dir}${file}`), file!).toBe(true);
      expect(modules[0]!.textContent, page).toContain("createElement(");
    }
  });

  it("names no module script in a src on any page", () => {
    for (const file of pages)
      expect(
        [...read(file).querySelectorAll('script[type="module"][src]')].map((s) => s.outerHTML),
        file.slice(dir.length),
      ).toEqual([]);
  });
});
