// The words of a text as /\p{L}+(?:['’-]\p{L}+)*/gu matches them (letters, with single inner apostrophes or
// hyphens between letters: "d'être", "play-off"), found by a hand scanner: no match array or iterator per word.
// Used by untranslated's shared runs and name-missing's people, which read words by this one definition.
import { letterUnitsAt } from "../../fast/unit-class";

/** Calls `visit(start, end)` for each word of text[start, end) in order, offsets relative to `text`. */
export function forEachLetterWord(text: string, start: number, end: number, visit: (start: number, end: number) => void): void {
  let i = start;
  while (i < end) {
    let u = letterUnitsAt(text, i, end);
    if (u === 0) {
      i++;
      continue;
    }
    const from = i;
    i += u;
    while (i < end) {
      u = letterUnitsAt(text, i, end);
      if (u > 0) i += u;
      else {
        // An apostrophe or hyphen continues the word only before a letter.
        const c = text.charCodeAt(i);
        if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < end && letterUnitsAt(text, i + 1, end) > 0) i++;
        else break;
      }
    }
    visit(from, i);
  }
}
