// A sentence written in a script its language does not use (transliterated output: English in Cyrillic letters).
import identification from "../../../rules/language-identification.json";
import { languageOf } from "../../lang/registry";
import type { Lang } from "../../types";

/** Fewer letters are no evidence (a name or an abbreviation in another script). */
const MIN_LETTERS = 16;
/** The share of the letters the other script must hold. */
const MIN_SHARE = 0.6;

// regex-safe: a single character class, built from a Unicode script name.
const scriptLetter = (script: string) => new RegExp(`\\p{Script=${script}}`, "gu");
const OTHER_SCRIPTS = identification.otherScripts.map((name) => ({ name, letter: scriptLetter(name) }));
// regex-safe: a single character class.
const LETTER = /\p{L}/gu;

const countOf = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** The name of the script most of the letters of `text` are in when it is not `lang`'s, else null. */
export function otherScriptOf(text: string, lang: Lang): string | null {
  const letters = countOf(text, LETTER);
  if (letters < MIN_LETTERS) return null;
  const own = languageOf(lang).script;
  for (const s of OTHER_SCRIPTS) {
    if (s.name !== own && countOf(text, s.letter) >= MIN_SHARE * letters) return s.name;
  }
  return null;
}
