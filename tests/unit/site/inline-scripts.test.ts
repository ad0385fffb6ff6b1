// The head's first script (JS_CLASS_SCRIPT), run as a browser runs it: it marks the page as
// scripted, and marks a visit that starts at the top of the page, the only one where the story's
// later sections may be laid out late. The navigation types are those of the Navigation Timing
// spec (PerformanceNavigationTiming.type); a reload or a move through history restores a scroll
// position, and an address with a #fragment starts away from the top.
import { describe, expect, it } from "vitest";
import { JS_CLASS_SCRIPT } from "../../../src/site/inline-scripts.ts";

function classAfter(type: string | null, hash = ""): string {
  const documentElement = { className: "no-js" };
  const performance = { getEntriesByType: (kind: string) => (kind === "navigation" && type ? [{ type }] : []) };
  new Function("document", "performance", "location", JS_CLASS_SCRIPT)({ documentElement }, performance, { hash });
  return documentElement.className;
}

describe("JS_CLASS_SCRIPT", () => {
  it("marks a new visit with no #fragment as scripted and starting at the top", () => {
    expect(classAfter("navigate")).toBe("js from-top");
  });
  it("marks any other visit as scripted only", () => {
    expect(classAfter("navigate", "#step-5")).toBe("js");
    expect(classAfter("reload")).toBe("js");
    expect(classAfter("back_forward")).toBe("js");
    expect(classAfter("prerender")).toBe("js");
    expect(classAfter(null), "a browser that keeps no navigation entry").toBe("js");
  });
});
