// Lighthouse, programmatically: Debian's Chromium through chrome-launcher (a fresh browser and
// profile for every run, in its own process group, killed after the run), Lighthouse's default
// config, which is the mobile preset with its default (simulated) throttling. Medians over the
// runs for each figure separately. Each run's full report (JSON) is kept for reading audits.
import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROME_FLAGS, CHROMIUM } from "./bytes.mjs";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const RUN_TIMEOUT_MS = 120_000;

/** Chrome instances still running, so that an abort can kill them. */
export const liveChromes = new Set();

export function killChromes() {
  for (const chrome of liveChromes) {
    try {
      process.kill(-chrome.pid, "SIGKILL");
    } catch {}
  }
  liveChromes.clear();
}

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function oneRun(url, categories) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
    handleSIGINT: false,
    maxConnectionRetries: 100,
  });
  liveChromes.add(chrome);
  let timer;
  try {
    const run = lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories });
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Lighthouse gave no result for ${url} within ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS);
    });
    const result = await Promise.race([run, timeout]);
    if (!result?.lhr) throw new Error(`Lighthouse gave no report for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    clearTimeout(timer);
    liveChromes.delete(chrome);
    await Promise.resolve(chrome.kill()).catch(() => {});
  }
}

const score = (lhr, id) => (lhr.categories[id]?.score == null ? NaN : Math.round(lhr.categories[id].score * 100));
const numeric = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;

/**
 * `runs` Lighthouse runs of one URL. Returns medians of the category scores (0-100), LCP and TBT
 * (ms) and CLS, each run's figures, and the audits that kept any scored category below 100.
 */
export async function lighthousePage(url, { runs = 3, categories = CATEGORIES, reportFile, onRetry } = {}) {
  const lhrs = [];
  for (let i = 0; i < runs; i++) {
    // One more try for a run that fails (say, the page went missing while something rebuilt it).
    const lhr = await oneRun(url, categories).catch((error) => {
      onRetry?.(error);
      return oneRun(url, categories);
    });
    lhrs.push(lhr);
    if (reportFile) writeFileSync(reportFile(i + 1), JSON.stringify(lhr));
  }
  const perRun = lhrs.map((lhr) => ({
    mainThread: mainThread(lhr),
    scores: Object.fromEntries(categories.map((c) => [c, score(lhr, c)])),
    lcp: numeric(lhr, "largest-contentful-paint"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    tbt: numeric(lhr, "total-blocking-time"),
    fcp: numeric(lhr, "first-contentful-paint"),
  }));
  const medians = {
    scores: Object.fromEntries(categories.map((c) => [c, median(perRun.map((r) => r.scores[c]))])),
    lcp: median(perRun.map((r) => r.lcp)),
    cls: median(perRun.map((r) => r.cls)),
    tbt: median(perRun.map((r) => r.tbt)),
    fcp: median(perRun.map((r) => r.fcp)),
  };
  return { url, perRun, medians, failing: failingAudits(lhrs), errored: erroredAudits(lhrs), lighthouseVersion: lhrs[0]?.lighthouseVersion, warnings: [...new Set(lhrs.flatMap((l) => l.runWarnings ?? []))] };
}

/** Where the main thread's time went in one run (observed, before Lighthouse's CPU slowdown). */
function mainThread(lhr) {
  const groups = itemsOf(lhr.audits["mainthread-work-breakdown"]?.details).map((i) => `${i.groupLabel ?? i.group} ${Math.round(i.duration)} ms`);
  const longTasks = itemsOf(lhr.audits["long-tasks"]?.details)
    .slice(0, 4)
    .map((i) => `${String(i.url).replace(/^https?:\/\/[^/]+/, "")} ${Math.round(i.duration)} ms at ${Math.round(i.startTime)} ms`);
  return { groups, longTasks };
}

function describeItem(item) {
  if (item.statistic && item.value?.value !== undefined) return `${item.statistic}: ${item.value.value}`;
  const node = item.node ?? item.element ?? item.relatedNode ?? (item.source?.type === "node" ? item.source : undefined);
  const where = node?.snippet || node?.selector || item.url || item.source?.url || item.description || item.label || "";
  const why = node?.explanation || item.description || "";
  const text = where && why && why !== where ? `${where}: ${why}` : where || why || JSON.stringify(item).slice(0, 200);
  return text.replace(/\s+/g, " ").slice(0, 300);
}

function itemsOf(details) {
  if (!details) return [];
  if (details.type === "list") return details.items.flatMap(itemsOf);
  if (Array.isArray(details.items)) {
    return details.items.flatMap((item) => (Array.isArray(item?.subItems?.items) && !item.node ? item.subItems.items : [item]));
  }
  return [];
}

/** Audits with a score below 1 that count towards a category, with how many runs failed them. */
function failingAudits(lhrs) {
  const byId = new Map();
  for (const lhr of lhrs) {
    for (const [categoryId, category] of Object.entries(lhr.categories)) {
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 1) continue;
        if (!(ref.weight > 0) && categoryId !== "performance") continue;
        if (categoryId === "performance" && ref.group !== "metrics" && !(audit.score < 0.5 && audit.scoreDisplayMode !== "informative")) continue;
        if (["manual", "notApplicable", "informative"].includes(audit.scoreDisplayMode)) continue;
        const key = `${categoryId}/${ref.id}`;
        const entry = byId.get(key) ?? {
          category: categoryId,
          id: ref.id,
          title: audit.title,
          runs: 0,
          scores: [],
          displayValue: audit.displayValue,
          items: itemsOf(audit.details).slice(0, 8).map(describeItem),
        };
        entry.runs += 1;
        entry.scores.push(audit.score);
        byId.set(key, entry);
      }
    }
  }
  return [...byId.values()];
}

/** Audits Lighthouse could not run (score null, counted in no category), with the first error. */
function erroredAudits(lhrs) {
  const byId = new Map();
  for (const lhr of lhrs) {
    for (const [id, audit] of Object.entries(lhr.audits)) {
      if (audit.scoreDisplayMode === "error" && !byId.has(id)) byId.set(id, String(audit.errorMessage ?? "").replace(/\s+/g, " ").slice(0, 200));
    }
  }
  return [...byId].map(([id, error]) => ({ id, error }));
}
