// What the page says when the interactive charts cannot load (src/client/intent.ts): a real failure
// is reported; an import cut off because the reader left the page is not. Firefox rejects such an
// import while the page is still there, and the page's pagehide comes after (HTML fires it as the
// next page replaces this one): tests/engines/reader.spec.ts leaves the story in all three engines.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { unlessLeaving } from "../../../src/client/intent.ts";

describe("unlessLeaving", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  // A page's events, on a plain EventTarget, and its timers (faked).
  const page = () => Object.assign(new EventTarget(), { setTimeout: (run: () => void, ms: number) => setTimeout(run, ms) }) as never;

  it("reports a failure once the page is still there a second later, and only then", () => {
    const report = vi.fn();
    unlessLeaving(page(), report);
    vi.advanceTimersByTime(999);
    expect(report).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(report).toHaveBeenCalledTimes(1);
  });

  it("says nothing when the page is left within that second", () => {
    const [report, events] = [vi.fn(), page() as EventTarget];
    unlessLeaving(events as never, report);
    vi.advanceTimersByTime(300);
    events.dispatchEvent(new Event("pagehide"));
    vi.advanceTimersByTime(5000);
    expect(report).not.toHaveBeenCalled();
  });

  it("is not silenced by a pagehide that comes after the report, or by one before it was asked", () => {
    const [report, events] = [vi.fn(), page() as EventTarget];
    events.dispatchEvent(new Event("pagehide"));
    unlessLeaving(events as never, report);
    vi.advanceTimersByTime(1000);
    events.dispatchEvent(new Event("pagehide"));
    expect(report).toHaveBeenCalledTimes(1);
  });
});
