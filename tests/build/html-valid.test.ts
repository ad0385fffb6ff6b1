// html-validate over every page of the build (rules in .htmlvalidate.json).
import { relative } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { expect, it } from "vitest";
import { filesUnder, root } from "../support/paths.ts";

const CLIENT = root("dist/local/client");
const pages = filesUnder(CLIENT).filter((f) => f.endsWith(".html"));
const validator = new HtmlValidate(new FileSystemConfigLoader());

it("finds the pages: story, 404 and every embed", () => {
  expect(pages.map((p) => relative(CLIENT, p))).toEqual(
    expect.arrayContaining(["index.html", "404.html", "embed/agents-shift/index.html"]),
  );
});

it.each(pages.map((p) => [relative(CLIENT, p), p]))("%s is valid HTML", async (_name, file) => {
  const report = await validator.validateFile(file);
  const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
  expect(messages).toEqual([]);
});
