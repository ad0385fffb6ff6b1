// The story's sections after the scrolly, as a reader moves through them in Chromium, WebKit and
// Gecko. Where the engine lays them out only as the reader nears them (content-visibility, in
// src/styles/global.css), a section above the reader first takes its real height when it comes
// near: after a jump (the End key, a figure's link to its source, a reload) and a scroll back up,
// the words being read must not move. Scrolling up by d px moves what is read down by d px, no
// more and no less. At a phone's size, where the sections are longest.
import type { Engine } from "./engine.ts";
import { expect, test } from "./fixtures.ts";

/** What is at the middle of the screen, where the sections after the story are. */
interface Read {
  text: string;
  top: number;
}

/** Two frames and a little: what the engine does after a scroll (rendering a section, anchoring). */
const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));

/** Scrolls up `by` px at a time, from where the reader is, until the top of the sections passes
 * the middle of the screen: each time, how far the words at the middle moved beyond the scroll. */
async function scrollBackUp({ by }: { by: number }): Promise<{ text: string; shift: number }[]> {
  const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
  const sections = document.querySelector<HTMLElement>(".story-sections")!;
  const middle = () => window.innerHeight / 2;
  const moves: { text: string; shift: number }[] = [];
  while (sections.getBoundingClientRect().top < middle() - by && moves.length < 200) {
    const read = document.elementFromPoint(window.innerWidth / 2, middle())!;
    const before = read.getBoundingClientRect().top;
    window.scrollBy({ top: -by, behavior: "instant" });
    await settle();
    moves.push({ text: (read.textContent ?? "").trim().slice(0, 50), shift: read.getBoundingClientRect().top - before - by });
  }
  return moves;
}

function readAtMiddle(): Read {
  const read = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2)!;
  return { text: (read.textContent ?? "").trim().slice(0, 80), top: read.getBoundingClientRect().top };
}

/** Moves that moved the words (beyond a pixel of rounding). */
const jumps = (moves: { text: string; shift: number }[]) => moves.filter((m) => Math.abs(m.shift) > 1);

const openStory = async (open: (settings: { width: number; height: number; reducedMotion: boolean }) => Promise<Engine>) => {
  const engine = await open({ width: 375, height: 667, reducedMotion: true });
  await engine.goto("/");
  return engine;
};

test("after a jump to the end of the page, reading back up to the story moves no words", async ({ open }) => {
  const engine = await openStory(open);
  // What the End key does; a scripted scroll, because WebDriver's keys go to an element.
  await engine.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }));
  await engine.evaluate(settle);
  await engine.evaluate(settle);
  const moves = await engine.evaluate(scrollBackUp, { by: 300 });
  expect(moves.length, "the sections after the story are many screens long").toBeGreaterThan(20);
  expect(jumps(moves)).toEqual([]);
  expect(await engine.problems()).toEqual([]);
});

test("a figure's link to its source lands on the source, which stays put, and reading back up moves no words", async ({ open }) => {
  const engine = await openStory(open);
  // Read in the middle of the screen, as a reader reads it, clear of the sticky chart.
  await engine.evaluate(() =>
    document.querySelector("#step-1 .step-text a.figure")!.scrollIntoView({ block: "center", behavior: "instant" }),
  );
  await engine.evaluate(settle);
  await engine.click("#step-1 .step-text a.figure");
  const target = async () =>
    engine.evaluate(() => {
      const li = document.querySelector<HTMLElement>(".sources li:target");
      return li ? { id: li.id, top: Math.round(li.getBoundingClientRect().top), height: window.innerHeight } : null;
    });
  const landed = await target();
  expect(landed, "the address names a source, which the page shows").not.toBeNull();
  expect(landed!.top).toBeGreaterThanOrEqual(0);
  expect(landed!.top).toBeLessThan(landed!.height / 2);
  await engine.evaluate(settle);
  await engine.evaluate(settle);
  expect(Math.abs((await target())!.top - landed!.top), "the source stays where the jump put it").toBeLessThanOrEqual(1);
  expect(jumps(await engine.evaluate(scrollBackUp, { by: 300 }))).toEqual([]);
});

test("a reload in the sections after the story comes back to the same words", async ({ open }) => {
  const engine = await openStory(open);
  // Into the downloads' section, a few screens below the end of the story.
  await engine.evaluate(() => {
    const heading = document.getElementById("data")!;
    window.scrollTo({ top: heading.getBoundingClientRect().top + window.scrollY + 200, behavior: "instant" });
  });
  // A moment's reading before the reload.
  await engine.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 2000)));
  const before = await engine.evaluate(readAtMiddle);
  await engine.evaluate(() => void setTimeout(() => location.reload(), 0));
  // The reloaded page, loaded: the old one answers until it goes, then the new one, first loading.
  await expect
    .poll(
      () =>
        engine
          .evaluate(
            () =>
              document.readyState === "complete" &&
              (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).type === "reload",
          )
          .catch(() => false),
      { timeout: 15_000 },
    )
    .toBe(true);
  await engine.evaluate(settle);
  const after = await engine.evaluate(readAtMiddle);
  expect(after.text).toBe(before.text);
  expect(Math.abs(after.top - before.top), `at ${before.top} px before, ${after.top} px after`).toBeLessThanOrEqual(2);
});
