// The script embed in each build: /embed-chart.js names a stylesheet and an island module that are
// in the same build (its behaviour is tested in a browser: tests/e2e/script-embed.spec.ts).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { root } from "../support/paths.ts";

const OUTPUTS = { local: root("dist/local/client"), vercel: root(".vercel/output/static") };

describe.each(Object.entries(OUTPUTS))("the %s build's script embed", (_, dir) => {
  it.runIf(existsSync(`${dir}/embed-chart.js`))("loads its stylesheet and the embed pages' island from this build", () => {
    const loader = readFileSync(`${dir}/embed-chart.js`, "utf8");
    const stylesheet = /"(\/_astro\/embed-chart\.[\w-]+\.css)"/.exec(loader)?.[1];
    const island = /"(\/_astro\/island\.[\w-]+\.js)"/.exec(loader)?.[1];
    expect(stylesheet && existsSync(`${dir}${stylesheet}`)).toBe(true);
    expect(island && existsSync(`${dir}${island}`)).toBe(true);
    expect(readFileSync(`${dir}${island}`, "utf8")).toMatch(/export\s*\{[^}]*\bstartIsland\b/);
    // The island the embed pages load on intent is this one: a reader's cache serves both embeds.
    const chunks = readdirSync(`${dir}/_astro`).filter((f) => f.endsWith(".js") && f !== island!.slice("/_astro/".length));
    expect(chunks.some((f) => readFileSync(`${dir}/_astro/${f}`, "utf8").includes(island!.slice(1)))).toBe(true);
  });
});
