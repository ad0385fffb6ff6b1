import { describe, expect, it } from "vitest";
import { spelledOut } from "../../../src/charts/acronyms.ts";

// A made-up dictionary in the shape of the real ones: a definition may use another acronym.
const ACRONYMS = {
  HSI: "HSI: Homeland Security Investigations, the investigative branch of ICE.",
  ICE: "ICE: U.S. Immigration and Customs Enforcement.",
  CBP: "CBP: U.S. Customs and Border Protection.",
};

describe("spelledOut", () => {
  it("spells out the acronyms the words use, in the dictionary's order, and none they do not", () => {
    expect(spelledOut("CBP and ICE figures", ACRONYMS)).toBe(`${ACRONYMS.ICE} ${ACRONYMS.CBP}`);
    expect(spelledOut("No acronym here; not even HSIX", ACRONYMS)).toBe("");
  });

  it("spells out an acronym that only a definition uses: a reader of HSI's definition meets ICE", () => {
    expect(spelledOut("Context: not HSI's cases", ACRONYMS)).toBe(`${ACRONYMS.HSI} ${ACRONYMS.ICE}`);
  });
});
