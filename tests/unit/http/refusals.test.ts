import { describe, expect, it } from "vitest";
import { methodNotAllowed, undecodableQuery } from "../../../src/http/refusals.ts";

describe("undecodableQuery", () => {
  it("passes every query that decodes, encoded or not", () => {
    for (const q of [
      "",
      "?",
      "?series=a,b&from=2017",
      "?url=https%3A%2F%2Fx%2F%3Fa%3Db",
      "?note=caf%C3%A9",
      "?a=1+2",
      "?flag",
      "?=x",
      "?a=b=c",
    ])
      expect(undecodableQuery(q), q).toBeNull();
  });

  it("names the first parameter that does not, with what it got", () => {
    const message = (q: string) => undecodableQuery(q)!.body;
    expect(message("?series=%ZZ")).toBe(
      'Bad request: "series" must be valid percent-encoding; got "%ZZ" (a literal "%" is written %25, and text is encoded as UTF-8).\n',
    );
    expect(message("?from=2017&to=%")).toContain('"to" must be valid percent-encoding; got "%"');
    expect(message("?series=%C0%AE")).toContain('"series" must be valid percent-encoding; got "%C0%AE"'); // an overlong "." is not UTF-8
    expect(message("?se%72ies=%E0%A4%A")).toContain('"series" must be valid percent-encoding');
    expect(message("?%ZZ=1")).toContain('A parameter name must be valid percent-encoding; got "%ZZ"');
  });

  it("answers as the function's other refusals do: 400, plain text, readable from any origin, not cached", () => {
    const { status, headers } = undecodableQuery("?x=%")!;
    expect(status).toBe(400);
    expect(headers).toMatchObject({
      "Content-Type": "text/plain; charset=utf-8",
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
  });
});

describe("methodNotAllowed", () => {
  it("says which methods are allowed, in the body and in Allow", () => {
    expect(methodNotAllowed("TRACE")).toMatchObject({
      status: 405,
      headers: { Allow: "GET, HEAD, OPTIONS" },
      body: "Method TRACE is not allowed here. Allowed: GET, HEAD, OPTIONS.\n",
    });
  });
});
