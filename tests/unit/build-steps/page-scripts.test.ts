// The build's rewrite of a page's module script into the loader (src/build-steps/page-scripts.ts):
// the tag Astro writes becomes an inline module script that adds it back when it runs, and nothing
// else changes.
import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { deferPageScript } from "../../../src/build-steps/page-scripts.ts";
import { INLINE_SCRIPT_HASHES } from "../../../src/site/inline-scripts.ts";

const SRC = "/_astro/StoryPage.astro_astro_type_script_index_0_lang.CWqck_Ee.js";
const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body><p>words</p>${body}</body></html>`;

describe("deferPageScript", () => {
  it("turns the page's module script into an inline module that adds the same script", () => {
    const out = deferPageScript(page(`<script type="module" src="${SRC}"></script>`), "index.html");
    const { document } = parseHTML(out);
    expect(document.querySelectorAll("script[src]")).toHaveLength(0);
    const [script, ...more] = [...document.querySelectorAll("script")];
    expect(more).toHaveLength(0);
    expect(script!.getAttribute("type")).toBe("module");
    expect(script!.getAttribute("data-module")).toBe(SRC);
    // When it runs, it adds the module script the page had.
    const ran = parseHTML(out);
    new Function("document", script!.textContent!)(ran.document);
    const added = ran.document.head.lastElementChild!;
    expect([added.tagName, added.getAttribute("type"), added.getAttribute("src")]).toEqual(["SCRIPT", "module", SRC]);
    // The Content-Security-Policy allows it by its hash (SHA-256, base64, as CSP Level 3 says).
    const hash = `'sha256-${createHash("sha256").update(script!.textContent!, "utf8").digest("base64")}'`;
    expect(INLINE_SCRIPT_HASHES).toContain(hash);
    expect(document.querySelector("p")!.textContent).toBe("words");
  });

  it("leaves a page without a module script as it is", () => {
    const html = page(`<script type="application/json" id="d">{"a":1}</script>`);
    expect(deferPageScript(html, "404.html")).toBe(html);
  });

  it("stops the build at a page with two module scripts, or one it does not know, naming the page", () => {
    const two = page(`<script type="module" src="${SRC}"></script><script type="module" src="${SRC.replace("CW", "XY")}"></script>`);
    expect(() => deferPageScript(two, "es/index.html")).toThrow(/es\/index\.html has 2 module scripts/);
    const inline = page(`<script type="module">console.log(1)</script>`);
    expect(() => deferPageScript(inline, "data/index.html")).toThrow(/data\/index\.html has 1 module scripts/);
  });
});
