// The German pack (rules/de/, src/lang/packs/de.ts): the segmenter and the number reader on German text.
import { pairScope } from "../../src/lang/pair";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PACKS } from "../../src/lang/packs";
import { extractNumbers } from "../../src/rules/lib/number-mentions/extract";
import { segmentParagraph } from "../../src/segment/segment";
import type { Lang } from "../../src/types";

const de = PACKS.de;

const DE = "de" as Lang;
const sentences = (text: string) => segmentParagraph(text, 0, text.length, DE).map(([s, e]) => text.slice(s, e));
const values = (text: string) => extractNumbers(text, DE, pairScope(DE)).map((m) => m.value);

describe("German pack", () => {
  it("has every file of a registered pack and the keys of the pronoun system", () => {
    expect(readdirSync("rules/de").sort()).toEqual(readdirSync("rules/en").sort());
    expect(de.name).toBe("German");
    expect(de.gender.system).toBe("pronouns");
    for (const key of ["pronounRoles", "pronounSwaps", "roles", "objectContextWords"] as const) expect(de.gender[key], key).toBeDefined();
  });

  it("takes months, weekdays and separators from CLDR", () => {
    expect(de.calendar.months[2][0]).toBe("März");
    expect(de.calendar.months[0]).toContain("Jänner");
    expect(de.calendar.weekdays[0][0]).toBe("Montag");
    expect(de.numberFormat).toEqual({ group: ".", decimal: ",", groupFrom: 1000 });
  });

  it("keeps abbreviations inside a sentence and ends it after a final one", () => {
    const text = "Prof. Dr. Anna Weber sprach u. a. über Steuern, z. B. die Grundsteuer. Sie kam um acht usw. Danach ging sie.";
    expect(sentences(text)).toEqual([
      "Prof. Dr. Anna Weber sprach u. a. über Steuern, z. B. die Grundsteuer.",
      "Sie kam um acht usw.",
      "Danach ging sie.",
    ]);
  });

  it("does not end a sentence after an ordinal before a month", () => {
    expect(sentences("Die Wahl ist am 3. Oktober in Berlin. Danach ging sie.")).toEqual([
      "Die Wahl ist am 3. Oktober in Berlin.",
      "Danach ging sie.",
    ]);
  });

  it("reads number words written as one word and scale words after them", () => {
    expect(values("Es kamen einundzwanzig Gäste.")).toEqual([21]);
    expect(values("Das kostet zwei Millionen Euro.")).toEqual([2000000]);
    expect(values("Zweihundert Menschen und eine Milliarde Dollar.")).toEqual([200, 1000000000]);
    expect(values("Der Wert stieg auf 1.250,5 Punkte.")).toEqual([1250.5]);
    expect(values("Sie kosten 4,32 Mio. Euro und 3 Mrd. Dollar.")).toEqual([4320000, 3000000000]);
  });

  it("reads er/sein- as the possessor's gender, leaves out sie/ihr- (also plural) and swaps them for a fix", () => {
    const g = de.gender;
    expect([g.pronouns.er, g.pronouns.seinem, g.pronouns.sie, g.pronouns.ihre]).toEqual(["m", "m", undefined, undefined]);
    expect(g.pronounSwaps?.seinen).toBe("ihren");
    expect(g.pronounRoles?.seinen).toBe("possessive");
    expect([g.roles?.kanzlerin, g.roles?.kanzler]).toEqual(["f", "m"]);
  });

  it("inflects role nouns in gender and number", () => {
    const re = (w: string) => new RegExp(`^${de.wordVariants(w, (s) => s)}$`);
    expect(re("ministerin").test("ministerinnen")).toBe(true);
    expect(re("minister").test("ministerin")).toBe(true);
    expect(re("regierung").test("regierungen")).toBe(true);
    expect(re("bank").test("zentralbank")).toBe(false);
  });
});
