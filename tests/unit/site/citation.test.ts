// The data page's citation, read back by a BibTeX parser (the one behind Better BibTeX for Zotero):
// one valid @misc entry per edition, with the data set's title, version, year, the page and the
// day it was read, and the edition's language as BibTeX names it.
import { parse } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import { descriptor } from "../../../src/data/index.ts";
import { dictionary, format } from "../../../src/i18n/index.ts";
import { LOCALES, type Locale } from "../../../src/locales.ts";
import { dataCitation } from "../../../src/site/citation.ts";

const cite = (locale: Locale, title: string) => {
  const { site, dataPage } = dictionary(locale);
  return dataCitation(
    {
      author: site.name,
      title,
      version: "1.3.1",
      lastModified: "2026-12-04",
      url: "https://example.org/data/",
      accessed: new Date("2026-12-05T10:00:00Z"),
      locale,
    },
    dataPage,
    { licence: site.licenceName, date: format(locale).date },
  );
};

// Babel's language names, which BibTeX styles (biblatex) read.
const BABEL = { en: "english", es: "spanish" } as const;

describe.each(LOCALES)("the data citation (%s)", (locale) => {
  it("is one BibTeX entry a reference manager reads back whole", () => {
    const title = locale === "en" ? descriptor.title : "Los casos del ICE: las cifras";
    const { bibtex, text } = cite(locale, title);
    const { errors, entries } = parse(bibtex);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const { type, fields } = entries[0]!;
    expect(type).toBe("misc");
    expect(fields.title).toBe(title);
    expect(fields.author).toEqual([{ name: dictionary(locale).site.name }]);
    expect([fields.year, fields.version, fields.url, fields.urldate]).toEqual(["2026", "1.3.1", "https://example.org/data/", "2026-12-05"]);
    expect(fields.language).toBe(BABEL[locale]);
    // The text names the same work and version.
    expect(text).toContain(title);
    expect(text).toContain("1.3.1");
  });

  it("keeps the entry whole when the title holds BibTeX's own delimiters", () => {
    const { errors, entries } = parse(cite(locale, 'Cases {fell} by "half"').bibtex);
    expect(errors).toEqual([]);
    expect(entries[0]!.fields.title).toBe('Cases fell by "half"');
  });

  it("names no day where none is given (a downloaded file's citation), and stays one whole entry", () => {
    const { site, dataPage } = dictionary(locale);
    const undated = dataCitation(
      { author: site.name, title: "T", version: "1.3.1", lastModified: "2026-12-04", url: "https://example.org/data/", locale },
      dataPage,
      { licence: site.licenceName, date: format(locale).date },
    );
    const { errors, entries } = parse(undated.bibtex);
    expect(errors).toEqual([]);
    expect(entries[0]!.fields.urldate).toBeUndefined();
    expect(entries[0]!.fields.version).toBe("1.3.1");
    expect(undated.accessed).toBeUndefined();
    // It ends at the address, with no period a reader would copy into it.
    expect(undated.text).toMatch(/\[[^\]]+\]\. https:\/\/example\.org\/data\/$/);
    expect(cite(locale, "T").text).not.toBe(undated.text);
  });
});
