// The French pack (rules/fr/, src/lang/packs/fr.ts): it has the shape of the other packs, what it derives from CLDR is
// right, and registering it changed no other pair (its words are read only in pairs with French: src/lang/pair.ts).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PACKS } from "../../src/lang/packs";
import { languageOf, supportedLanguages } from "../../src/lang/registry";
import { pairScope } from "../../src/lang/pair";
import { isStopword } from "../../src/rules/untranslated/langid";

const fr = PACKS.fr;

const keysOf = (lang: string, file: string) =>
  Object.keys(JSON.parse(readFileSync(`rules/${lang}/${file}`, "utf8")))
    .filter((k) => !k.startsWith("$"))
    .sort();

describe("French pack", () => {
  it("has every file of a registered pack, with the keys its gender system and the rules read", () => {
    const files = readdirSync("rules/en").sort();
    expect(readdirSync("rules/fr").sort()).toEqual(files);
    for (const file of files.filter((f) => f !== "gender-cues.json" && f !== "negation.json")) {
      expect(keysOf("fr", file), file).toEqual(expect.arrayContaining(keysOf("en", file)));
    }
    const es = languageOf("es").gender;
    expect(fr.gender.system).toBe(es.system);
    for (const key of Object.keys(es) as (keyof typeof es)[]) expect(fr.gender[key], key).toBeDefined();
  });

  it("takes its calendar and number format from CLDR", () => {
    expect(fr.calendar.months[0][0]).toBe("janvier");
    expect(fr.calendar.weekdays[6][0]).toBe("dimanche");
    expect(fr.numberFormat.decimal).toBe(",");
    expect(/\s/.test(fr.numberFormat.group)).toBe(true);
  });

  it("inflects titles in gender and number", () => {
    const re = (w: string) => new RegExp(`^${fr.wordVariants(w, (s) => s)}$`);
    expect(re("directeur").test("directrices")).toBe(true);
    expect(re("journal").test("journaux")).toBe(true);
    expect(re("president").test("presidentes")).toBe(true);
    expect(re("ministre").test("ministres")).toBe(true);
  });

  it("is registered, and its words count only in pairs with French", () => {
    expect(supportedLanguages().map((l) => l.code)).toContain("fr");
    expect(languageOf("fr-CA").code).toBe("fr");
    expect(isStopword("leur", pairScope("fr", "en"))).toBe(true);
    expect(isStopword("leur", pairScope("es", "en"))).toBe(false);
  });
});
