// The build's rewrite of a page's module script into the loader (src/build-steps/page-scripts.ts):
// the tag Astro writes becomes an inline module script that adds it back when it runs, and nothing
// else changes.
import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
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
    // Once it has run (a module script's load event comes after it has run), <html> says so.
    expect(ran.document.documentElement.getAttribute("data-page-script")).toBeNull();
    (added as HTMLScriptElement).onload!(new Event("load"));
    expect(ran.document.documentElement.getAttribute("data-page-script")).toBe("started");
    // The Content-Security-Policy allows it by its hash (SHA-256, base64, as CSP Level 3 says).
    const hash = `'sha256-${createHash("sha256").update(script!.textContent!, "utf8").digest("base64")}'`;
    expect(INLINE_SCRIPT_HASHES).toContain(hash);
    expect(document.querySelector("p")!.textContent).toBe("words");
  });

  // Paint Timing (https://w3c.github.io/paint-timing/): "first-paint" may come before any words are
  // shown; "first-contentful-paint" is the first paint with some.
  describe("where Paint Timing is known", () => {
    type Callback = (list: { getEntriesByName(name: string): unknown[] }) => void;
    const observers: { callback: Callback; disconnected: boolean }[] = [];
    class FakeObserver {
      static supportedEntryTypes = ["mark", "paint", "resource"];
      record: (typeof observers)[number];
      constructor(callback: Callback) {
        this.record = { callback, disconnected: false };
        observers.push(this.record);
      }
      observe(options: { type: string; buffered: boolean }) {
        expect(options).toEqual({ type: "paint", buffered: true });
      }
      disconnect() {
        this.record.disconnected = true;
      }
    }
    const deliver = (...names: string[]) =>
      observers.at(-1)!.callback({ getEntriesByName: (name: string) => names.filter((n) => n === name).map((n) => ({ name: n })) });
    /** Runs the loader in a page whose <html> has these attributes; returns how many copies of the
     * page's script it has added so far. */
    const run = (htmlAttributes: string) => {
      const html = deferPageScript(page(`<script type="module" src="${SRC}"></script>`), "index.html").replace(
        "<html>",
        `<html ${htmlAttributes}>`,
      );
      const { document } = parseHTML(html);
      new Function("document", "PerformanceObserver", "setTimeout", document.querySelector("script")!.textContent!)(
        document,
        FakeObserver,
        setTimeout,
      );
      return () => document.querySelectorAll(`script[src="${SRC}"]`).length;
    };
    const STORY = `data-page-script="after-paint"`;
    beforeEach(() => void vi.useFakeTimers());
    afterEach(() => void vi.useRealTimers());

    it("the story, on a visit from the top: adds the script at the first contentful paint, once", () => {
      const added = run(`${STORY} class="js from-top"`);
      expect(added(), "before any paint").toBe(0);
      deliver("first-paint");
      expect(added(), "after a paint with no words").toBe(0);
      deliver("first-paint", "first-contentful-paint");
      expect(added(), "at the first contentful paint").toBe(1);
      expect(observers.at(-1)!.disconnected).toBe(true);
      vi.advanceTimersByTime(1000);
      expect(added(), "once only").toBe(1);
    });

    it("the story, on a visit from the top that does not paint: adds the script after a second", () => {
      const added = run(`${STORY} class="js from-top"`);
      vi.advanceTimersByTime(999);
      expect(added(), "before a second").toBe(0);
      vi.advanceTimersByTime(1);
      expect(added(), "after a second").toBe(1);
    });

    it("adds the script at once on a reload or return into the story, and on every other page", () => {
      expect(run(`${STORY} class="js"`)(), "the story, not from the top").toBe(1);
      expect(run(`class="js from-top"`)(), "a page that did not ask to wait").toBe(1);
    });
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
