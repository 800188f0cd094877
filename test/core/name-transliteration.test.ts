import { describe, expect, it } from "vitest";
import { sameTransliterated, transliterationKey } from "../../src/rules/name-missing/transliteration";
import type { Person } from "../../src/rules/name-missing/people";
import { areTransliterations } from "../../src/rules/name-mismatch/transliteration";

const person = (...words: string[]): Person => ({ start: 0, end: 0, words });

describe("name transliterations", () => {
  it("merges the spellings by which transliterations differ", () => {
    expect(transliterationKey("chodorkowski")).toBe(transliterationKey("khodorkovsky"));
    expect(transliterationKey("ahmadinedschad")).toBe(transliterationKey("ahmadinejad"));
  });
  it("takes one given name with near surnames for one person", () => {
    expect(sameTransliterated(person("nikolay", "valuev"), person("nikolai", "walujew"))).toBe(true);
    expect(sameTransliterated(person("alexander", "milinkevich"), person("alexander", "milinkiewitsch"))).toBe(true);
  });
  it("keeps a stranger with the same given name apart, and a one-word name", () => {
    expect(sameTransliterated(person("thomas", "ellis"), person("thomas", "hopkins"))).toBe(false);
    expect(sameTransliterated(person("valuev"), person("walujew"))).toBe(false);
  });
  it("merges only multi-letter clusters for name-mismatch, where a one-letter change is a misspelling", () => {
    expect(areTransliterations("klitschko", "klitchko")).toBe(true);
    expect(areTransliterations("guenther", "gunther")).toBe(true);
    expect(areTransliterations("valujev", "valuev")).toBe(true);
    expect(areTransliterations("walujew", "valuev")).toBe(false);
  });
});
