// Content negotiation as RFC 9110 §12.5.3 defines Accept-Encoding (its own examples first), with
// ties between codings the client accepts equally broken in brotli's favour, as CDNs break them.
import { describe, expect, it } from "vitest";
import { chooseCoding, codedEtag, compressibleType, etagCoding } from "../../../src/http/encodings.ts";

const ALL = ["br", "gzip"] as const;

describe("chooseCoding", () => {
  it.each([
    // RFC 9110 §12.5.3's examples.
    ["compress, gzip", "gzip"],
    ["", "identity"],
    ["*", "br"],
    ["compress;q=0.5, gzip;q=1.0", "gzip"],
    ["gzip;q=1.0, identity; q=0.5, *;q=0", "gzip"],
    // What browsers send: gzip listed first, both equal.
    ["gzip, deflate, br, zstd", "br"],
    ["br;q=0.9, gzip", "gzip"],
    ["br;q=0, gzip;q=0", "identity"],
    ["identity", "identity"],
  ] as const)("%j -> %s", (header, coding) => {
    expect(chooseCoding(header, ALL)).toBe(coding);
  });

  it("sends no header's client the identity bytes, and only codings the file has", () => {
    expect(chooseCoding(undefined, ALL)).toBe("identity");
    expect(chooseCoding("br, gzip", ["gzip"])).toBe("gzip");
    expect(chooseCoding("br", [])).toBe("identity");
  });
});

describe("codedEtag", () => {
  it("gives each coding its own validator, strong or weak", () => {
    expect(codedEtag('"abc"', "br")).toBe('"abc-br"');
    expect(codedEtag('W/"1-2"', "gzip")).toBe('W/"1-2-gzip"');
    expect(codedEtag('"abc"', "identity")).toBe('"abc"');
  });

  it("is undone by etagCoding, which tells a coded tag from one that only ends like a coding", () => {
    expect(etagCoding('"abc-br"')).toEqual({ etag: '"abc"', coding: "br" });
    expect(etagCoding('W/"1-2-gzip"')).toEqual({ etag: 'W/"1-2"', coding: "gzip" });
    expect(etagCoding('"abc"')).toEqual({ etag: '"abc"', coding: "identity" });
    expect(etagCoding('"abc-zstd"')).toEqual({ etag: '"abc-zstd"', coding: "identity" });
    expect(etagCoding('"gzip"')).toEqual({ etag: '"gzip"', coding: "identity" });
  });
});

describe("compressibleType", () => {
  it("knows the text files, and no image but SVG", () => {
    expect(compressibleType("/x/index.html")).toBe("text/html; charset=utf-8");
    expect(compressibleType("a.SVG")).toBe("image/svg+xml");
    for (const f of ["a.png", "a.zip", "a.br", "noext"]) expect(compressibleType(f), f).toBeUndefined();
  });
});
