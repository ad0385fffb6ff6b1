// The data handler in-process (src/function/data.ts, which the function's handler routes
// /api/data.csv and /api/data.json to), over the whole contract,
// plus what only a unit test can reach (an internal failure).
import { describe, expect, it, vi } from "vitest";
import { createDataHandler } from "../../../src/function/data.ts";
import { dataset, descriptor } from "../../../src/data/index.ts";
import { describeDataApi } from "../../support/data-api-contract.ts";

const csv = createDataHandler({ dataset, descriptor }, "csv");
const json = createDataHandler({ dataset, descriptor }, "json");

describeDataApi("handler in-process", async (path, init) => {
  const request = new Request(new URL(path, "http://localhost"), init);
  const { pathname } = new URL(request.url);
  if (pathname === "/api/data.csv") return csv(request);
  if (pathname === "/api/data.json") return json(request);
  throw new Error(`no route for ${pathname} in this test`);
});

describe("data function failures", () => {
  it("answers an unexpected error with a plain 500, never a stack trace", async () => {
    const broken = Object.create(dataset, {
      observationsOf: {
        value: () => {
          throw new Error("disk on fire at /secret/path");
        },
      },
    });
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = createDataHandler({ dataset: broken, descriptor }, "csv")(new Request("http://localhost/api/data.csv"));
    quiet.mockRestore();
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const body = await res.text();
    expect(body).toMatch(/^Internal error/);
    expect(body).not.toContain("/secret/path");
    expect(body).not.toMatch(/\n\s+at\s/);
  });

  it("gives the same ETag for the same filter however it is written", () => {
    const tag = (q: string) => csv(new Request(`http://localhost/api/data.csv${q}`)).headers.get("etag");
    expect(tag("?series=ice-ero-removals,usbp-sw-apprehensions&from=2016")).toBe(
      tag("?from=2016&series=usbp-sw-apprehensions&series=ice-ero-removals"),
    );
    expect(tag("?series=ice-ero-removals")).not.toBe(tag("?series=ice-ero-removals&from=2017"));
  });
});
