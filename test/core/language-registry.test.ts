import { describe, expect, it } from "vitest";
import type { Language } from "../../src/lang/language";
import { LocaleError } from "../../src/lang/locale";
import { byLanguage, isSupported, languageOf, supportedLanguages, unsupported } from "../../src/lang/registry";
import { SUPPORTED_LANGS } from "../../src/types";

describe("language registry (src/lang/registry.ts)", () => {
  it("resolves codes and BCP-47 tags to their language's pack", () => {
    expect(languageOf("es").code).toBe("es");
    expect(languageOf("es-MX").code).toBe("es");
    expect(languageOf("es-419").name).toBe("Spanish");
    expect(languageOf("en_GB").code).toBe("en");
    expect(languageOf("EN-us").name).toBe("English");
  });

  it("refuses a language without a pack instead of falling back to another's data", () => {
    expect(() => languageOf("ja")).toThrow(LocaleError);
    expect(() => languageOf("ko-KR")).toThrow(/not a supported language/);
    expect(isSupported("zh")).toBe(false);
    expect(isSupported("es-AR")).toBe(true);
    const e = unsupported("ja");
    expect(e.code).toBe("unsupported_language");
    expect(e.message).toContain('"ja" is not a supported language');
  });

  it("enumerates one pack per supported code, and builds one value per language", () => {
    expect(supportedLanguages().map((l) => l.code)).toEqual([...SUPPORTED_LANGS]);
    const names = byLanguage((l) => l.name);
    expect(Object.keys(names).sort()).toEqual([...SUPPORTED_LANGS].sort());
    expect(names.es).toBe("Spanish");
  });

  it("takes number separators and the grouping threshold from CLDR", () => {
    expect(languageOf("es").numberFormat).toEqual({ group: ".", decimal: ",", groupFrom: 10000 });
    expect(languageOf("en").numberFormat).toEqual({ group: ",", decimal: ".", groupFrom: 1000 });
  });

  it("takes full month and weekday names from CLDR, the pack adding only other forms", () => {
    const es = languageOf("es").calendar;
    expect(es.months).toHaveLength(12);
    expect(es.months[0][0]).toBe("enero");
    expect(es.months[8]).toEqual(["septiembre", "setiembre"]);
    expect(es.weekdays[2]).toEqual(["miércoles", "miercoles"]);
    const en = languageOf("en").calendar;
    expect(en.weekdays[0][0]).toBe("Monday");
    expect(en.months[8]).toContain("Sept.");
  });

  it("gives every pack the data its gender system needs", () => {
    const need: Record<Language["gender"]["system"], (keyof Language["gender"])[]> = {
      agreement: ["titles", "determiners", "pairs", "participle", "participleGender"],
      pronouns: ["roleNouns", "roles", "neutralRoles", "pronounRoles", "pronounSwaps", "objectContextWords"],
    };
    for (const l of supportedLanguages()) {
      expect(Object.keys(l.gender.pronouns).length, l.code).toBeGreaterThan(0);
      expect(
        l.gender.subjectPronouns.every((w) => Object.hasOwn(l.gender.pronouns, w)),
        l.code,
      ).toBe(true);
      for (const key of need[l.gender.system]) expect(l.gender[key], `${l.code}: ${key}`).toBeTruthy();
      expect(l.stopwords.length, l.code).toBeGreaterThan(50);
      expect(l.wordVariants("ministro", (s) => s)).toMatch(/^minist/);
    }
  });
});
