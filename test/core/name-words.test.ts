// pronoun-gender's name words per pair (tokens in lower case): a pair whose languages list no body words has none.
import { describe, expect, it } from "vitest";
import { pairScope } from "../../src/lang/pair";
import { NAME_WORDS } from "../../src/rules/pronoun-gender/name-words";

describe("NAME_WORDS", () => {
  it("finds no body word in a name where neither language lists any (es-fr)", () => {
    const words = NAME_WORDS(pairScope("es", "fr"));
    expect(words.orgWords.test("juan pérez")).toBe(false);
    expect(words.orgApposition.test(", el ministro.")).toBe(false);
  });

  it("finds the body words a language lists (en-es)", () => {
    expect(NAME_WORDS(pairScope("en", "es")).orgWords.test("bank of spain")).toBe(true);
  });
});
