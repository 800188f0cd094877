import { describe, expect, it } from "vitest";
import table from "../../rules/names.json";
import { supportedLanguages } from "../../src/lang/registry";
import { fold } from "../../src/lang/normalize";
import { isExcludedWord, translatedName } from "../../src/rules/lib/proper-names";

const ROWS = table.names as Record<string, string>[];
const CODES = new Set(supportedLanguages().map((l) => l.code as string));

describe("rules/names.json", () => {
  it("has columns only for supported languages, and every row beyond English and Spanish differs between its languages", () => {
    for (const row of ROWS) {
      for (const code of Object.keys(row)) expect(CODES.has(code), `${code} in ${JSON.stringify(row)}`).toBe(true);
      // A row whose forms all fold alike does nothing (it neither translates nor excludes a word).
      if (Object.keys(row).every((code) => code === "en" || code === "es")) continue;
      expect(new Set(Object.values(row).map(fold)).size, JSON.stringify(row)).toBeGreaterThan(1);
    }
  });

  it("keeps a name that English and Spanish write alike out of the rows of the languages that write it otherwise", () => {
    for (const row of ROWS) {
      if (row.en === undefined || row.es === undefined || fold(row.en) !== fold(row.es)) continue;
      expect(Object.keys(row).sort(), JSON.stringify(row)).toEqual(["en", "es"]);
    }
    expect(isExcludedWord("bolivie", "fr")).toBe(true);
    expect(isExcludedWord("bolivien", "de")).toBe(true);
    expect(isExcludedWord("bolivia", "en")).toBe(false);
    expect(isExcludedWord("bolivia", "it")).toBe(false);
  });

  it("translates exonyms between every pair of the six languages", () => {
    expect(translatedName("pekin", "fr", "de")).toBe("Peking");
    expect(translatedName("peking", "de", "it")).toBe("Pechino");
    expect(translatedName("londres", "pt", "it")).toBe("Londra");
    expect(translatedName("deutschland", "de", "fr")).toBe("Allemagne");
    expect(translatedName("munchen", "de", "pt")).toBe("Munique");
    expect(translatedName("alpen", "de", "fr")).toBe("Alpes");
    expect(translatedName("bruxelles", "fr", "it")).toBeUndefined();
  });
});
