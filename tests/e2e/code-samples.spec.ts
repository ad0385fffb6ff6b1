// The data page's HTML sample runs as given in a browser: pasted into a page of another origin, it
// loads d3 as its own documentation says (an ES module from jsDelivr, which this machine cannot
// reach: the test serves that address with the project's d3, bundled as jsDelivr's +esm build is)
// and reads the selection's rows, numbers as numbers. The other samples run in their own runtimes
// (tests/build/code-samples.test.ts).
import { build } from "esbuild";
import { expect, test } from "@playwright/test";
import { articlePage, hostPageFor } from "../support/host-page.ts";

const spec = hostPageFor(test);
const SITE = "https://smuggling-cases.vercel.app";

test("the HTML + JavaScript (d3) sample on /es/data/smuggling-cases/ logs the chart's rows", async ({ page, request }) => {
  const html = await (await request.get("/es/data/smuggling-cases/")).text();
  const code = /<code data-code="javascript">([\s\S]*?)<\/code>/.exec(html)![1]!;
  const sample = code
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&")
    .replaceAll(SITE, spec.site);
  const cdn = /import \* as d3 from "([^"]+)"/.exec(sample)![1]!;
  const d3 = await build({
    stdin: { contents: 'export * from "d3";', resolveDir: process.cwd() },
    bundle: true,
    format: "esm",
    write: false,
  });
  await page.route(cdn, (route) =>
    route.fulfill({ contentType: "text/javascript", body: d3.outputFiles[0]!.text, headers: { "Access-Control-Allow-Origin": "*" } }),
  );
  const logged = page.waitForEvent("console", (message) => message.type() === "log");
  spec.host.set(articlePage(sample, { lang: "es" }));
  await page.goto(spec.host.origin);
  const rows = (await (await logged).args()[0]!.jsonValue()) as { period: number; value: number; qualifier: string }[];
  expect(rows.map((r) => [r.period, r.value, r.qualifier])).toEqual([
    [2017, 3920, "exact"],
    [2018, 1671, "exact"],
  ]);
});
