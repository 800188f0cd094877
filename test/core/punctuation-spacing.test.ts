import { describe, expect, it } from "vitest";
import { buildDoc } from "../../src/segment/document";
import type { Finding } from "../../src/check/rule";
import { conventionsFor, type PunctuationConventions } from "../../src/rules/lib/punctuation";
import { checkSpacing } from "../../src/rules/punctuation-spacing/punctuation-spacing";
import { resolveLocale } from "../../src/lang/locale";

/** French-style conventions built from the English ones, as a data row for "fr" would give them. */
const FRENCH: PunctuationConventions = {
  ...conventionsFor("en"),
  spaceBefore: [";", ":", "!", "?"],
  spaceBeforeChars: ["\u202f", "\u00a0"],
  quotes: { primary: ["«", "»"], secondary: ["“", "”"], accepted: [["«", "»"]] },
};

function run(text: string, conv: PunctuationConventions): Finding[] {
  const found: Finding[] = [];
  checkSpacing(buildDoc(text, "en"), conv, (f) => void found.push(f));
  return found;
}

describe("punctuation-spacing reads its conventions as data", () => {
  it("asks for a space before ? ! ; in France and Belgium only: a bare fr accepts Quebec's usage too", () => {
    const text = "Quoi? Il est parti!";
    const missing = (tag: string) =>
      run(text, conventionsFor(resolveLocale(tag)))
        .filter((f) => f.messageId === "missingBefore")
        .map((f) => text.slice(f.target!.start, f.target!.end));
    expect(missing("fr-FR")).toEqual(["?", "!"]);
    expect(missing("fr-BE")).toEqual(["?", "!"]);
    expect(missing("fr")).toEqual([]);
    expect(missing("fr-CA")).toEqual([]);
  });

  it("asks for the locale's space before ; : ! ? when a locale requires it, and accepts it when present", () => {
    const text = "Quoi? Il a dit\u202f: non! Vraiment\u202f?";
    const found = run(text, FRENCH);
    expect(found.map((f) => [f.messageId, text.slice(f.target!.start, f.target!.end), f.suggestion])).toEqual([
      ["missingBefore", "?", "\u202f?"],
      ["missingBefore", "!", "\u202f!"],
    ]);
  });

  it("reads the French data row: no space before a comma, a space after comma and colon, the fix's space a real character", () => {
    const text = "Il est parti , sans rien dire,ni revenir.";
    const found = run(text, conventionsFor(resolveLocale("fr")));
    expect(found.map((f) => [f.messageId, text.slice(f.target!.start, f.target!.end)])).toEqual([
      ["before", " "],
      ["missing", ","],
    ]);
    const glued = "Il a dit: non! Vraiment?";
    const fixes = run(glued, conventionsFor(resolveLocale("fr-FR"))).map((f) => f.suggestion);
    expect(fixes).toEqual(["\u202f:", "\u202f!", "\u202f?"]);
  });

  it("leaves times, ratios and addresses alone in such a locale", () => {
    expect(run("Rendez-vous à 10:30, score 3:1, voir https://exemple.fr/a.", FRENCH)).toEqual([]);
  });

  it("flags the same French spacing as an error under English conventions", () => {
    const text = "Really ? He said : no.";
    const found = run(text, conventionsFor("en"));
    expect(found.map((f) => [f.messageId, f.target!.start, f.suggestion])).toEqual([
      ["before", text.indexOf(" ?"), ""],
      ["before", text.indexOf(" :"), ""],
    ]);
  });
});
