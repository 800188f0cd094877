import { describe, expect, it } from "vitest";
import { pairScope } from "../../src/lang/pair";
import { rememberedPersonMarks } from "../../src/rules/pronoun-gender/person-marks-memo";
import { personMarks } from "../../src/rules/pronoun-gender/sentence-evidence";
import { NOBODY } from "../../src/rules/pronoun-gender/source-beads";
import type { PeopleLookup } from "../../src/rules/pronoun-gender/types";

// The fast path of pronoun-gender's person marks (a memo per people index, scope and surname set) against the plain
// function: the same marks, the first time and from the memo, for every combination of its keys.
const sentences: [string, "es" | "en"][] = [
  ["La presidenta Dina Boluarte viajó a Lima con su ministro de Economía.", "es"],
  ["El alcalde de Quito no ocultó su enfado; ella le contestó el lunes.", "es"],
  ["Ruiz, reelegido el domingo, puede formar gobierno.", "es"],
  ["Ayer habló Ruiz en el Congreso.", "es"],
  ["The mayor of Quito did not hide his anger, and Ms. Gil said she would stay.", "en"],
  ["According to the judge, Peter Ellis and his wife left the court.", "en"],
];
/** An article's index that knows Ruiz as a woman. */
const index = { get: (key: string) => (key.includes("ruiz") ? { gender: "f" } : undefined) } as unknown as PeopleLookup;

describe("rememberedPersonMarks", () => {
  it("answers as personMarks for every text, people index, scope and surname set, also from its memo", () => {
    const surnames = new Set(["gil", "ellis"]);
    for (const people of [NOBODY, index]) {
      for (const withSurnames of [undefined, surnames]) {
        for (const [text, lang] of sentences) {
          const scope = pairScope("es", "en");
          const plain = personMarks(text, lang, people, scope, withSurnames);
          expect(rememberedPersonMarks(text, lang, people, scope, withSurnames)).toEqual(plain);
          expect(rememberedPersonMarks(text, lang, people, scope, withSurnames)).toEqual(plain);
        }
      }
    }
  });

  it("keeps one people index's marks apart from another's", () => {
    const scope = pairScope("es", "en");
    const text = "Ayer habló Ruiz en el Congreso.";
    const gender = (people: PeopleLookup) => rememberedPersonMarks(text, "es", people, scope).map((m) => m.gender);
    expect(gender(index)).toEqual(["f"]);
    expect(gender(NOBODY)).toEqual(["unknown"]);
    expect(gender(index)).toEqual(["f"]);
  });
});
