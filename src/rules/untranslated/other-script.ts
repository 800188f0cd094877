// A sentence written in a script its language does not use (transliterated output: English in Cyrillic letters).
import identification from "../../../rules/language-identification.json";
import { isLetterUnit } from "../../fast/unit-class";
import { languageOf } from "../../lang/registry";
import type { Lang } from "../../types";

/** Fewer letters are no evidence (a name or an abbreviation in another script). */
const MIN_LETTERS = 16;
/** The share of the letters the other script must hold. */
const MIN_SHARE = 0.6;

// regex-safe: a single character class, built from a Unicode script name.
const scriptLetter = (script: string) => new RegExp(`\\p{Script=${script}}`, "gu");
/** Whether some ASCII character is in the script (only Latin has any). */
const hasAscii = (letter: RegExp) => Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).some((ch) => ch.match(letter));
const OTHER_SCRIPTS = identification.otherScripts.map((name) => {
  const letter = scriptLetter(name);
  return { name, letter, noAscii: !hasAscii(letter) };
});
const countOf = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
/** Whether no script of OTHER_SCRIPTS has an ASCII letter (then one needs units above ASCII to be counted). */
const ALL_NO_ASCII = OTHER_SCRIPTS.every((s) => s.noAscii);

/** The UTF-16 units of `text` above ASCII: letterCounts' `nonAscii`, without telling letters. */
export function unitsAboveAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) n++;
  return n;
}

/**
 * The letters (code points matching /\p{L}/u) and the units above ASCII of a text, in one pass: replaces
 * `text.match(/\p{L}/gu).length`, which made a string per letter.
 */
export function letterCounts(text: string): { letters: number; nonAscii: number } {
  let letters = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (isLetterUnit(c)) letters++;
      continue;
    }
    nonAscii++;
    // A surrogate pair is one code point: \p{L} decides on both units together (rare: letters beyond the BMP).
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (/\p{L}/u.test(text.slice(i, i + 2))) letters++;
        nonAscii++;
        i++;
        continue;
      }
    }
    if (isLetterUnit(c)) letters++;
  }
  return { letters, nonAscii };
}

/** The name of the script most of the letters of `text` are in when it is not `lang`'s, else null. */
export function otherScriptOf(text: string, lang: Lang): string | null {
  // Every script of OTHER_SCRIPTS is without ASCII letters (below): it needs as many units above ASCII as 0.6 of
  // at least 16 letters. A sentence with fewer (most of them) answers null without counting its letters.
  if (ALL_NO_ASCII && unitsAboveAscii(text) < MIN_SHARE * MIN_LETTERS) return null;
  const { letters, nonAscii } = letterCounts(text);
  if (letters < MIN_LETTERS) return null;
  const own = languageOf(lang).script;
  for (const s of OTHER_SCRIPTS) {
    // A script without ASCII letters has at most as many letters here as the text has units above ASCII: when
    // those are too few, counting its letters (a full scan) cannot reach the share.
    if (s.noAscii && nonAscii < MIN_SHARE * letters) continue;
    if (s.name !== own && countOf(text, s.letter) >= MIN_SHARE * letters) return s.name;
  }
  return null;
}
