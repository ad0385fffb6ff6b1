// The one table `npm run bench` prints and keeps in docs/performance.md, and its formatting.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { ROOT } from "./server.mjs";

export const KB = 1000; // kB as Vite and Astro print them: 1,000 bytes
export const MB = 1000 * 1000;

export const int = (n) => Math.round(n).toLocaleString("en-US");
export const kB = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
export const mB = (bytes) => `${(bytes / MB).toFixed(2)} MB`;
export const msec = (n) => `${int(n)} ms`;
export const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
export const ratio = (n) => (Number.isFinite(n) ? n.toFixed(2) : "n/a");
export const cls = (n) => (n === 0 ? "0" : n < 0.001 ? n.toFixed(4) : n.toFixed(3));

/**
 * A row. `check` compares the measured value with the target and says "met" or "missed by …";
 * rows without a target are figures for comparison (result "–").
 */
export function row(figure, measured, target = "–", result = "–") {
  return { figure, measured, target, result };
}

export const NOT_MEASURED = "not measured";

/** At most `limit` (the value must not be above it). */
export const atMost = (value, limit, fmt) => (value <= limit ? "met" : `missed by ${fmt(value - limit)}`);
/** At least `limit`. */
export const atLeast = (value, limit, fmt) => (value >= limit ? "met" : `missed by ${fmt(limit - value)}`);

export function textTable(rows) {
  const header = ["figure", "measured", "target", "result"];
  const cells = [header, ...rows.map((r) => [r.figure, r.measured, r.target, r.result])];
  const widths = header.map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  const line = (c) => c.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

export function markdownTable(rows) {
  const esc = (s) => s.replace(/\|/g, "\\|");
  return [
    "| figure | measured | target | result |",
    "| --- | ---: | ---: | --- |",
    ...rows.map((r) => `| ${esc(r.figure)} | ${esc(r.measured)} | ${esc(r.target)} | ${esc(r.result)} |`),
  ].join("\n");
}

const BEGIN = "<!-- bench: written by npm run bench -->";
const END = "<!-- /bench -->";

/** Rewrites only this command's section of docs/performance.md (placed first if missing). */
export function writeDocSection(body) {
  const file = `${ROOT}docs/performance.md`;
  const section = `${BEGIN}\n${body.trim().replace(/\n{3,}/g, "\n\n")}\n${END}`;
  const old = existsSync(file) ? readFileSync(file, "utf8") : "# Performance\n";
  let next;
  if (old.includes(BEGIN) && old.includes(END)) {
    next = old.slice(0, old.indexOf(BEGIN)) + section + old.slice(old.indexOf(END) + END.length);
  } else {
    const title = old.match(/^# .*\n+/);
    const head = title ? title[0] : "# Performance\n\n";
    next = `${head}${section}\n\n${old.slice(title ? title[0].length : 0)}`;
  }
  writeFileSync(file, next);
  return file;
}
