// Acronyms the table does not know (PPWR, SEPE, CNMC): finding them in a source sentence and their counterparts
// (the same letters, an acronym learnt from the article, a spelled-out name with those initials) in a target text.
import data from "../../../rules/acronym-missing.json";
import { findAcronyms, isAllCaps, isKnownForm, type FoundAcronym } from "./acronyms";
import { fold, foldedText } from "../../lang/normalize";
import type { Lang } from "../../types";
import type { SideMemo } from "../../segment/memo";
import { byLanguage } from "../../lang/registry";
import { pairStopwords, type PairScope } from "../../lang/pair";

const NOT_ACRONYMS: ReadonlySet<string> = new Set(data.notAcronyms);
/** Function words of either language of a pair: "THE", "NO", "UNA" in capitals are shouted words, not acronyms. */
const FUNCTION_WORDS = pairStopwords;
/** Fewest letters of an acronym this check looks at (two-letter ones pass the same article-wide guards as longer ones). */
const MIN_LETTERS = 2;
const CONNECTORS: Record<Lang, ReadonlySet<string>> = byLanguage((l) => new Set(l.acronymConnectors));

/** A valid Roman numeral (XXI, IV, MD): a century or a king, not a body. */
const ROMAN = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Capitals only (dots between them allowed: "C.N.M.C."; two dots in a row are checked apart). */
const CAPITALS = /^\p{Lu}[\p{Lu}.]*$/u;
/** A number right before the token ("20 MW", "500 AC"): a unit or an era. */
const AFTER_NUMBER = /\d[\d.,]*\s*$/;
/** A word written in capitals (two or more capital letters, no lower case). */
const CAPS_WORD = /^\p{Lu}{2,}$/u;
const PERSON_AFTER = /^[.\s\p{Lu}]{0,12}\p{Lu}\p{Ll}/u;

/** True when a word in capitals is a code or common word of rules/acronym-missing.json, no body's acronym (TV, CZK). */
export const isNotAcronym = (letters: string) => NOT_ACRONYMS.has(letters);

/** An unknown acronym of a source sentence. */
export interface UnknownAcronym {
  start: number;
  end: number;
  /** The letters alone, upper case ("CNMC" for "C.N.M.C."). */
  letters: string;
}

// regex-safe: a run of non-spaces and the spaces after it, anchored at the end; no nested repetition.
const WORD_BEFORE = /(\S+)\s+$/u;
// regex-safe: the spaces and a run of non-spaces, anchored at the start; no nested repetition.
const WORD_AFTER = /^\s+(\S+)/u;
// regex-safe: one anchored character class repeated, no nesting.
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * True when the word next to a token is also in capitals: the token is part of a shouted phrase ("ÚLTIMA HORA").
 * A neighbour across punctuation ("with ÖVP. ÖVP prohibits", "IBM (USD 140", "G4V, ELVIRE") is none: a shouted
 * phrase runs on between spaces, and its words are letters only.
 */
function inCapsRun(text: string, start: number, end: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? "";
  const after = WORD_AFTER.exec(text.slice(end, end + 30))?.[1].replace(TRAILING_MARKS, "") ?? "";
  const shouted = (w: string) => LETTERS_ONLY.test(w) && CAPS_WORD.test(w);
  return shouted(before.replace(LEADING_MARKS, "")) || shouted(after);
}
// regex-safe: one anchored character class repeated, no nesting.
const LEADING_MARKS = /^[\p{Pi}\p{Ps}"'¿¡«“‘]+/u;
// regex-safe: one anchored character class repeated, no nesting.
const TRAILING_MARKS = /[\p{Pf}\p{Pe}\p{Po}"'»”’]+$/u;

/**
 * Unknown all-capital acronyms of text[start, end), leaving out numerals, units, codes and shouted words (of the
 * pair's languages): `acronyms`; and, in the same scan, the tokens left out only for being a code or
 * common word in capitals (rules/acronym-missing.json notAcronyms: TV, HUF, PDF) or a function word in capitals
 * ("SER", "DEL"): `codes`. None in a part set in capitals (`isAllCaps`, a shouted headline). `tokensOf`: findAcronyms
 * of text[start, end) without the capital-less forms, or null when the part is shouted (a segment's shared tokens,
 * `segmentAcronyms`).
 */
export function unknownAndCodes(
  text: string,
  start: number,
  end: number,
  scope: PairScope,
  tokensOf: () => readonly FoundAcronym[] | null = () =>
    isAllCaps(text.slice(start, end)) ? null : findAcronyms(text, start, end, scope, []),
): { acronyms: UnknownAcronym[]; codes: UnknownAcronym[] } {
  const out = { acronyms: [] as UnknownAcronym[], codes: [] as UnknownAcronym[] };
  const tokens = tokensOf();
  if (!tokens) return out;
  const functionWords = FUNCTION_WORDS(scope);
  for (const t of tokens) {
    const raw = text.slice(t.start, t.end);
    if (t.known || isKnownForm(t.form, scope) || !CAPITALS.test(raw) || raw.includes("..")) continue;
    const letters = raw.replace(/\./g, "");
    if (letters.length < MIN_LETTERS || ROMAN.test(letters)) continue;
    if (AFTER_NUMBER.test(text.slice(Math.max(start, t.start - 12), t.start))) continue;
    if (inCapsRun(text, t.start, t.end)) continue;
    // "N. Y. Nathiri": dotted capitals before a name are a person's initials.
    if (raw.includes(".") && PERSON_AFTER.test(text.slice(t.end, t.end + 20))) continue;
    const code = NOT_ACRONYMS.has(letters) || functionWords.has(letters.toLowerCase());
    (code ? out.codes : out.acronyms).push({ start: t.start, end: t.end, letters });
  }
  return out;
}

/**
 * A pattern finding `letters` (folded) in a folded text, with or without dots, plural "s" allowed; it may be glued
 * to a word on its left ("microSD", "WestLB") but not on its right.
 */
export function formPattern(letters: string, flags = "u"): RegExp {
  const body = [...fold(letters)].map((c) => `${c.replace(/[^\p{L}\p{N}]/gu, "\\$&")}\\.?`).join("");
  return new RegExp(`${body}(?:s|'s)?(?![\\p{L}\\p{N}])`, flags);
}

/** How many times the document holds the acronym (as `holdsFoldedForm` finds it); folds the document once per request. */
export function countForm(side: SideMemo, letters: string): number {
  return countFolded(foldedText(side), letters);
}

/** How many times a folded text holds the acronym (as `holdsFoldedForm` finds it). */
export function countFolded(folded: string, letters: string): number {
  let n = 0;
  forEachForm(folded, letters, () => {
    n++;
    return false;
  });
  return n;
}

/** True when a folded text holds the acronym (in any case, with or without accents or dots). */
export function holdsFoldedForm(folded: string, letters: string): boolean {
  let found = false;
  forEachForm(folded, letters, () => (found = true));
  return found;
}

/**
 * The end of every form of `letters` in `folded`, left to right, as `folded.matchAll(formPattern(letters, "gu"))`
 * finds them (until `found` answers true). A fast path: formPattern's look-ahead (a class of every letter and digit)
 * cost ~0.14 ms to compile for each acronym, more than the search. Here each acronym's expression is its letters
 * alone (`formStart`, no class to compile) and FORM_END, compiled once, reads what follows them: the letters match
 * in one way only (a dot after a letter must be taken, the next letter is no dot), so formPattern backtracks only
 * through its end, as FORM_END does.
 */
export function forEachForm(folded: string, letters: string, found: (end: number) => boolean): void {
  const start = formStart(letters);
  if (!start) {
    for (const m of folded.matchAll(formPattern(letters, "gu"))) if (found(m.index + m[0].length)) return;
    return;
  }
  for (let m = start.exec(folded); m; m = start.exec(folded)) {
    const tail = FORM_END.exec(folded.slice(start.lastIndex, start.lastIndex + FORM_END_UNITS));
    if (tail) {
      const end = start.lastIndex + tail[0].length;
      if (found(end)) return;
      start.lastIndex = end;
    } else start.lastIndex = m.index + (isSurrogatePair(folded, m.index) ? 2 : 1);
  }
}

/** What follows an acronym's letters in formPattern: its last dot, a plural, then no letter or digit. */
// regex-safe: optional literals and a look-ahead of one class, no repetition.
const FORM_END = /^\.?(?:s|'s)?(?![\p{L}\p{N}])/u;
/** The units FORM_END can read: three matched (".'s") and a code point (two units) looked ahead. */
const FORM_END_UNITS = 5;

/** formPattern(letters) up to its last letter (null when a letter folds to a dot: only formPattern reads it). */
function formStart(letters: string): RegExp | null {
  const units = [...fold(letters)];
  if (units.length === 0 || units.includes(".")) return null;
  return new RegExp(units.map((c) => c.replace(/[^\p{L}\p{N}]/gu, "\\$&")).join("\\.?"), "gu");
}

/** Whether a surrogate pair (one code point) starts at `i`. */
function isSurrogatePair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}

/** Words in capitals (two or more capital letters) of a text, folded. */
export function capitalWords(text: string): string[] {
  return (text.match(/[\p{L}.]+/gu) ?? []).filter((w) => CAPS_WITH_DOTS.test(w)).map((w) => fold(w.replace(/\./g, "")));
}
const CAPS_WITH_DOTS = /^\p{Lu}[\p{Lu}.]*\p{Lu}\.?$/u;

const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** Punctuation that ends a name between two words. */
const BREAK = /[.,;:()"“”«»]/;

/**
 * Content-word runs of a text (connectors skipped, at most two in a row; punctuation ends a run): each word's
 * folded initial, and whether the word is capitalised.
 */
function runsOf(text: string, lang: Lang): { initial: string; capital: boolean }[][] {
  const runs: { initial: string; capital: boolean }[][] = [];
  let run: { initial: string; capital: boolean }[] = [];
  let connectors = 0;
  let lastEnd = 0;
  const flush = () => {
    if (run.length) runs.push(run);
    run = [];
    connectors = 0;
  };
  for (const m of text.matchAll(WORD)) {
    if (BREAK.test(text.slice(lastEnd, m.index))) flush();
    lastEnd = m.index + m[0].length;
    if (CONNECTORS[lang].has(m[0].toLowerCase())) {
      if (++connectors > 2) flush();
      continue;
    }
    connectors = 0;
    run.push({ initial: fold(m[0][0]), capital: /^\p{Lu}/u.test(m[0]) });
  }
  flush();
  return runs;
}

/**
 * True when the text spells the acronym out: consecutive content words whose initials are its letters in any
 * order, capitalised ("Asociación Internacional de Transporte Aéreo" for IATA, "Fuerza Obrera" for FO) or, for
 * three letters or more, in lower case too ("reacción en cadena de la polimerasa" for PCR; three words all in lower
 * case in the acronym's order or its reverse).
 */
export function spellsOut(text: string, lang: Lang, letters: string): boolean {
  const key = sortLetters(letters);
  const own = fold(letters);
  const n = key.length;
  for (const run of runsOf(text, lang)) {
    for (let i = 0; i + n <= run.length; i++) {
      const words = run.slice(i, i + n);
      if (n < 3 && !words.every((w) => w.capital)) continue;
      const initials = words.map((w) => w.initial).join("");
      // Three words in lower case spell it out only in its order or the reverse (a language that puts the head
      // first): in any order, any three words ("would cede more… of its assets") would spell out "AIG".
      const ordered = n === 3 && !words.some((w) => w.capital);
      if (ordered ? initials === own || [...initials].reverse().join("") === own : sortLetters(initials) === key) return true;
    }
  }
  return false;
}

/** True when the text has a capitalised name of two or more words. */
export function hasName(text: string, lang: Lang): boolean {
  return runsOf(text, lang).some((run) => {
    let inRow = 0;
    for (const w of run) if ((inRow = w.capital ? inRow + 1 : 0) >= 2) return true;
    return false;
  });
}

/** The letters of a string, folded and sorted ("CNMC" and "NCMC" give the same key). */
export function sortLetters(s: string): string {
  return [...fold(s)].sort().join("");
}

/**
 * The capitalised name (connectors inside) ending right before an opening parenthesis at `open`, folded, or "" when
 * fewer than two capitalised words stand there: "Comisión Nacional de los Mercados (" gives its name.
 */
export function nameBefore(text: string, open: number, lang: Lang): string {
  const words = [...text.slice(Math.max(0, open - 160), open).matchAll(WORD)];
  let first = -1;
  let capitals = 0;
  let connectors = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    const gapEnd = i + 1 < words.length ? words[i + 1].index : words[i].index + w[0].length;
    if (BREAK.test(text.slice(Math.max(0, open - 160) + w.index + w[0].length, Math.max(0, open - 160) + gapEnd))) break;
    if (/^\p{Lu}/u.test(w[0])) {
      capitals++;
      connectors = 0;
      first = i;
    } else if (CONNECTORS[lang].has(w[0].toLowerCase()) && capitals > 0 && ++connectors <= 2) continue;
    else break;
  }
  if (capitals < 2 || first < 0) return "";
  const base = Math.max(0, open - 160);
  return fold(text.slice(base + words[first].index, open).trim());
}

/** True when the source spells the acronym out beside it: "Name Of Body (CNMC)" or "CNMC (Name Of Body)". */
export function expandedAt(text: string, a: { start: number; end: number }, lang: Lang): boolean {
  const before = text.slice(Math.max(0, a.start - 2), a.start);
  const alone = /\(\s*$/.test(before) && /^\s*\)/.test(text.slice(a.end, a.end + 2));
  if (alone && nameBefore(text, text.lastIndexOf("(", a.start), lang)) return true;
  return /^\s*\(\s*\p{Lu}\p{Ll}+/u.test(text.slice(a.end, a.end + 20));
}

// regex-safe: one quantifier only; safe-regex cannot parse the lookbehind and refuses it.
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*/gu;
/** Each language's capitalised common words (weekdays, months, nationalities, titles), folded. */
const NOT_NAMES: Record<Lang, ReadonlySet<string>> = byLanguage((l) => new Set(l.notNames.map((w) => fold(w))));

/**
 * Capitalised words of a target sentence (not its first word) that its source sentence lacks, folded; not a letter
 * alone ("I") nor a capitalised common word of the target language ("French", "Monday"), which names nothing.
 */
export function newNames(target: string, source: string, lang: Lang): string[] {
  const inSource = new Set(fold(source).match(/[\p{L}\p{N}]+/gu) ?? []);
  const first = /^[^\p{L}\p{N}]*/u.exec(target)?.[0].length ?? 0;
  return [...target.matchAll(CAPITALISED)]
    .filter((m) => m.index > first && m[0].length > 1)
    .map((m) => fold(m[0]))
    .filter((w) => !NOT_NAMES[lang].has(w) && !w.split(/['’-]/).every((p) => inSource.has(p)));
}

const NEXT_WORD = /^\s+(\p{Lu}[\p{L}'’-]+)/u;
const PREVIOUS_WORD = /(\p{Lu}[\p{L}'’-]+)\s+$/u;
/**
 * True when the acronym is part of a capitalised name ("ABN Amro", "Euro RSCG") whose other word the target
 * sentence keeps: the translation kept the name and lost only its acronym.
 */
export function nameKeptAround(source: string, a: UnknownAcronym, target: string, scope: PairScope): boolean {
  const words = new Set(fold(target).match(/[\p{L}\p{N}'’-]+/gu) ?? []);
  const functionWords = FUNCTION_WORDS(scope);
  const next = NEXT_WORD.exec(source.slice(a.end, a.end + 40))?.[1];
  const previous = PREVIOUS_WORD.exec(source.slice(Math.max(0, a.start - 40), a.start))?.[1];
  return [next, previous].some((w) => w !== undefined && !functionWords.has(w.toLowerCase()) && words.has(fold(w)));
}
