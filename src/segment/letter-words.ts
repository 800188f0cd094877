// The words of a text as /\p{L}+(?:['’-]\p{L}+)*/gu matches them (letters, with single inner apostrophes or
// hyphens between letters: "d'être", "play-off"), found by a hand scanner: no match array or iterator per word.
// Used by untranslated-phrase's shared runs and name-missing's people, which read words by this one definition,
// through `SegmentWords`: each segment scanned once per check, however many rules read it.
import { ASCII_LETTER, letterUnitsAt } from "../fast/unit-class";
import type { Doc } from "./document";

/**
 * Calls `visit(start, end)` for each word of text[start, end) in order, offsets relative to `text`. With
 * `hyphens` false a hyphen ends a word (/\p{L}+(?:['’]\p{L}+)*\/gu: "play-off" is two words).
 */
export function forEachLetterWord(
  text: string,
  start: number,
  end: number,
  visit: (start: number, end: number) => void,
  hyphens = true,
): void {
  let i = start;
  // An ASCII unit is decided here, letterUnitsAt asked only above ASCII: the CLI's optimising compiler inlines no
  // call (bin/translint.mjs --no-turbo-inlining), and a call per unit of a document cost ~40 ms (6,003-pair document).
  while (i < end) {
    let c = text.charCodeAt(i);
    let u = c < 128 ? ASCII_LETTER[c] : letterUnitsAt(text, i, end);
    if (u === 0) {
      i++;
      continue;
    }
    const from = i;
    i += u;
    while (i < end) {
      c = text.charCodeAt(i);
      u = c < 128 ? ASCII_LETTER[c] : letterUnitsAt(text, i, end);
      if (u > 0) i += u;
      else {
        // An apostrophe or hyphen continues the word only before a letter.
        const joins = c === 39 || c === 0x2019 || (hyphens && c === 45);
        if (joins && i + 1 < end && letterUnitsAt(text, i + 1, end) > 0) i++;
        else break;
      }
    }
    visit(from, i);
  }
}

/**
 * The letter words of each segment of one document, scanned when a segment is first asked for and kept for the
 * rest of the check: an explicit memo the check runner makes per run and hands every rule (`RuleContext.words`),
 * replacing a scan of the same segment by each rule that reads its words.
 */
export class SegmentWords {
  private readonly spans: (Int32Array | undefined)[];

  constructor(private readonly doc: Pick<Doc, "text" | "segments">) {
    this.spans = new Array(doc.segments.length);
  }

  /** The words of segment i as [start, end, start, end, …], offsets into the document's text. */
  of(i: number): Int32Array {
    let spans = this.spans[i];
    if (!spans) {
      const found: number[] = [];
      const { start, end } = this.doc.segments[i];
      forEachLetterWord(this.doc.text, start, end, (from, to) => void found.push(from, to));
      this.spans[i] = spans = Int32Array.from(found);
    }
    return spans;
  }
}
