import { describe, expect, it } from "vitest";
import { findAcronyms, isAllCaps } from "../../src/rules/lib/acronyms";
import { pairScope } from "../../src/lang/pair";

function tokens(text: string): string[] {
  return findAcronyms(text, 0, text.length, pairScope("es", "en")).map(
    (t) => `${text.slice(t.start, t.end)}=${t.form}${t.known ? "" : "?"}`,
  );
}

describe("findAcronyms", () => {
  it("reads dotted and spaced forms as one token and leaves a sentence-final period out", () => {
    expect(tokens("Viajó a EE.UU. y a EE. UU. con la UE.")).toEqual(["EE.UU.=EE.UU.", "EE. UU.=EE. UU.", "UE=UE"]);
    expect(tokens("The U.S. and the UN.")).toEqual(["U.S.=U.S.", "UN=UN"]);
  });

  it("reads I+D and R&D, plural acronyms and capital-less Spanish forms", () => {
    expect(tokens("Más I+D y R&D para las ONGs, el sida y las pymes.")).toEqual([
      "I+D=I+D",
      "R&D=R&D",
      "ONG=ONG",
      "sida=sida",
      "pymes=pymes",
    ]);
  });

  it("keeps pronouns and ordinary words out, and reports unknown capital runs as unknown", () => {
    expect(tokens("Let us see it. Presidente Lula y la ACF.")).toEqual(["ACF=ACF?"]);
  });

  it("does not take a capital inside a word as a token start", () => {
    expect(tokens("McDonald y eBay")).toEqual([]);
  });
});

describe("isAllCaps", () => {
  it("tells a shouted headline from a sentence with acronyms", () => {
    expect(isAllCaps("UN JUEZ ORDENA LA LIBERTAD DEL PERIODISTA")).toBe(true);
    expect(isAllCaps("La ONU y la OTAN piden calma a EE.UU.")).toBe(false);
    expect(isAllCaps("OTAN")).toBe(false);
  });
});
