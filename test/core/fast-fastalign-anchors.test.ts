// The anchor keys of every segment, read in place in the document's text when the segment is ASCII
// (src/align/anchors.ts plainPart), against anchorKeys of each segment's own text.
import { describe, expect, it } from "vitest";
import { anchorKeys, segmentAnchorKeys } from "../../src/align/anchors";
import { pairScope } from "../../src/lang/pair";
import { buildDoc } from "../../src/segment/document";
import { sideMemo } from "../../src/segment/memo";
import type { Lang } from "../../src/types";

const PIECES = [
  "El",
  "presidente",
  "President",
  "Año",
  "año",
  "Straße",
  "EE.UU.",
  "U.S.",
  "3,1",
  "1.000",
  "l'ONU",
  "d’Italia",
  "the",
  "de",
  "und",
  "“quoted”",
  "«cité»",
  "why?",
  "(aside)",
  "50%",
  "€20",
  "naïve",
  "Σίσυφος",
  "ﬁn",
  "x",
];

/** A text of a few paragraphs of random sentences of those pieces. */
function randomText(next: () => number): string {
  const paragraphs: string[] = [];
  for (let p = 0; p < 1 + (next() % 3); p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 1 + (next() % 4); s++) {
      const words = Array.from({ length: 2 + (next() % 9) }, () => PIECES[next() % PIECES.length]);
      sentences.push(`${words.join(" ")}.`);
    }
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs.join("\n\n");
}

describe("anchor keys read in place", () => {
  it("equal anchorKeys of each segment's text, in every language, on 400 random texts", () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const langs: Lang[] = ["es", "en", "de", "fr"];
    for (let n = 0; n < 400; n++) {
      const lang = langs[n % langs.length];
      const other = langs[(n + 1) % langs.length];
      const doc = buildDoc(randomText(next), lang, "text", other);
      const scope = pairScope(lang, other);
      expect(segmentAnchorKeys(sideMemo(doc))).toEqual(doc.segments.map((s) => anchorKeys(s.text, lang, scope)));
    }
  });
});
