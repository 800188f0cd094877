// Elision (rules/<code>/locale.json "elisions"): in French and Italian an elided article or conjunction is written
// against the next word ("l'accord", "dell'Unione"); anchors read the word after it, so it meets its translation.
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../src/segment/document";
import { textAnchorKeys } from "../../src/align/anchors";
import { sideMemo } from "../../src/segment/memo";
import type { Lang } from "../../src/types";

const keys = (text: string, lang: Lang, other: Lang) => textAnchorKeys(sideMemo(buildDoc(text, lang, "text", other)), text);

describe("anchors after an elided word", () => {
  it("French l'/d'/qu' leave the word's own key", () => {
    expect(keys("L'accord de l'ONU qu'il a signé", "fr", "en")).toEqual(keys("accord ONU signé", "fr", "en"));
    expect(keys("l’Union", "fr", "en")).toEqual(keys("Union", "en", "fr"));
  });

  it("Italian dell' too", () => {
    expect(keys("dell'Unione", "it", "en")).toEqual(keys("Unione", "it", "en"));
  });

  it("an apostrophe inside an English word is kept", () => {
    expect(keys("O'Connor", "en", "fr")).toEqual(["ocon"]);
  });
});
