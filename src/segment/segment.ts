import type { Lang } from "../types";
import { byLanguage } from "../lang/registry";
import { isSpaceUnit } from "../fast/unit-class";
import {
  isLineBreak,
  isDigit,
  isTerminator,
  isCloser,
  isOpener,
  isQuoteOpener,
  isSkippedBeforeWord,
  isUpper,
  isLower,
  isLetter,
  isAlnum,
} from "./characters";

// A one-pass sentence scanner. It walks the paragraph once; at each run of sentence-final punctuation
// (. ? ! … plus closing quotes/brackets) followed by whitespace it decides, from the word before the run and
// the word after it, whether a sentence ends there. Every look-back and look-ahead is bounded, so the cost is
// linear in the paragraph length. Single line breaks always end a segment (headlines, list items).

/** How an abbreviation behaves before a capitalised word. */
type AbbreviationKind = "title" | "ambiguous" | "final";

interface LangTable {
  kinds: Map<string, AbbreviationKind>;
  beforeNumber: Set<string>;
  /** Every "X." prefix of a multi-part abbreviation ("EE." of "EE.UU.", "p." of "p.ej."). */
  heads: Set<string>;
  starters: Set<string>;
  /**
   * A number of one to three digits or a Roman numeral before a period is an ordinal ("am 3. Oktober", "im XXII.
   * Bezirk", "Ludwig XIV."), read as an ambiguous abbreviation.
   */
  ordinalPeriod: boolean;
}

interface LangData {
  titles: string[];
  ambiguous: string[];
  final: string[];
  beforeNumber: string[];
  sentenceStarters: string[];
  ordinalPeriod?: boolean;
}

const normalizeKey = (s: string) => s.replace(/\s+/g, "");

function compileTable(data: LangData): LangTable {
  const kinds = new Map<string, AbbreviationKind>();
  const heads = new Set<string>();
  const add = (list: string[], kind: AbbreviationKind) => {
    for (const raw of list) {
      const key = normalizeKey(raw);
      if (!kinds.has(key)) kinds.set(key, kind);
      const parts = key.split(".");
      for (let k = 1; k < parts.length - 1; k++) heads.add(`${parts.slice(0, k).join(".")}.`);
    }
  };
  add(data.titles, "title");
  add(data.ambiguous, "ambiguous");
  add(data.final, "final");
  return {
    kinds,
    heads,
    beforeNumber: new Set(data.beforeNumber.map(normalizeKey)),
    starters: new Set(data.sentenceStarters),
    ordinalPeriod: data.ordinalPeriod === true,
  };
}

const TABLES: Record<Lang, LangTable> = byLanguage((l) => compileTable(l.abbreviations));

/** Longest word looked at before a period; longer tokens are never abbreviations. */
const MAX_TOKEN = 24;

const ROMAN_RE = /^[IVXLC]{1,5}$/;
const LIST_NUMBER_RE = /^\d{1,3}$/;
/** An ordinal's digits in a language that writes ordinals with a period ("3.", "19."). */
const ORDINAL_RE = /^\d{1,3}$/;

/** Line breaks, the straight double quote and the terminators: the characters the segmenter acts on. */
const NEXT_SPECIAL = /[\n\r\u2028\u2029".?!\u2026\u203c\u2047-\u2049]/g;
/** What follows a candidate sentence end: the class of the first letter or digit and the word it starts. */
interface Next {
  kind: "upper" | "lower" | "digit" | "other";
  word: string;
  /** Where `word` starts. */
  pos: number;
}

function readNext(text: string, k: number, end: number): Next {
  let p = k;
  // Skip a few opening marks (and spaces between them): «¿Qué, "—No, (Reuters).
  for (let n = 0; n < 4 && p < end && isSkippedBeforeWord(text.charCodeAt(p)); n++) p++;
  if (p >= end) return { kind: "other", word: "", pos: p };
  const c = text.charCodeAt(p);
  let kind: Next["kind"] = "other";
  if (isDigit(c)) kind = "digit";
  else if (isUpper(text, p)) kind = "upper";
  else if (isLower(text, p)) kind = "lower";
  let q = p;
  while (q < end && q - p < 20 && isLetter(text, q)) q++;
  return { kind, word: text.slice(p, q), pos: p };
}

/** The word right before the punctuation at `runStart`, without opening marks; null if it ends in a closer. */
function readToken(text: string, segStart: number, runStart: number): { word: string; start: number } | null {
  let b = runStart;
  while (b > segStart && runStart - b < MAX_TOKEN && !isSpaceUnit(text.charCodeAt(b - 1))) b--;
  if (b > segStart && !isSpaceUnit(text.charCodeAt(b - 1))) return null; // too long to be an abbreviation
  while (b < runStart && isOpener(text.charCodeAt(b))) b++;
  if (b === runStart || isCloser(text.charCodeAt(runStart - 1))) return null;
  return { word: text.slice(b, runStart), start: b };
}

/** A short alphabetic piece: a part of a spaced abbreviation like "a. m." or "EE. UU.". */
const PIECE_RE = /^\p{L}{1,3}$/u;
const isPiece = (w: string) => PIECE_RE.test(w);

/** "U.S", "S.A", "p.ej": letters in pieces of 1 to 4, separated by single periods (the final period excluded). */
function isDottedAcronym(w: string): boolean {
  let piece = 0;
  let pieces = 0;
  for (let k = 0; k < w.length; k++) {
    if (w.charCodeAt(k) === 46) {
      if (piece === 0) return false;
      pieces++;
      piece = 0;
    } else if (isLetter(w, k) && piece < 4) piece++;
    else return false;
  }
  return pieces >= 1 && piece > 0;
}

/**
 * Looks up an abbreviation: exact, or an entry written lowercase used capitalised ("Etc."). A capital single
 * letter is an initial, never a capitalised unit ("Robert M. Gates" is not "m.").
 */
function lookup<T>(get: (k: string) => T | undefined, key: string): T | undefined {
  const hit = get(key);
  if (hit !== undefined || key.length <= 2) return hit;
  const lowered = key[0].toLowerCase() + key.slice(1);
  return lowered !== key ? get(lowered) : undefined;
}

/** Decides whether a single period after `token` ends the sentence, given what follows. */
function periodEnds(
  text: string,
  table: LangTable,
  token: { word: string; start: number } | null,
  atSegmentStart: boolean,
  next: Next,
): boolean {
  if (next.kind === "other") return false;
  if (!token) return true; // a word closed by a quote or bracket, or a long token: not an abbreviation
  const w = token.word;
  // List markers at the start of a line: "1. ", "IV. ", "a. ".
  if (atSegmentStart && (LIST_NUMBER_RE.test(w) || ROMAN_RE.test(w) || (w.length === 1 && isLetter(w, 0)))) {
    return false;
  }
  let key = `${w}.`;
  // Second part of a spaced abbreviation ("a. m.", "EE. UU."): join it with the piece before.
  if (isPiece(w) && token.start >= 3 && text.charCodeAt(token.start - 1) === 32 && text.charCodeAt(token.start - 2) === 46) {
    let b = token.start - 2;
    while (b > 0 && token.start - 2 - b < 3 && isLetter(text, b - 1)) b--;
    const joined = `${text.slice(b, token.start - 2)}.${key}`;
    if ((b === 0 || !isLetter(text, b - 1)) && lookup((k) => table.kinds.get(k), joined)) key = joined;
  }
  // First part of a spaced abbreviation: "EE." before "UU.", "p." before "ej.".
  if (
    isPiece(w) &&
    lookup((k) => (table.heads.has(k) ? true : undefined), key) &&
    next.word.length <= 3 &&
    text.charCodeAt(next.pos + next.word.length) === 46 &&
    lookup((k) => table.kinds.get(k) ?? (table.heads.has(k) ? "title" : undefined), `${key + next.word}.`)
  ) {
    return false;
  }
  if (next.kind === "digit" && lookup((k) => (table.beforeNumber.has(k) ? true : undefined), key)) return false;
  let kind = lookup((k) => table.kinds.get(k), key);
  const dotted = isDottedAcronym(w);
  const initial = w.length === 1 && isUpper(w, 0);
  if (!kind && (dotted || initial || (table.ordinalPeriod && (ORDINAL_RE.test(w) || ROMAN_RE.test(w))))) kind = "ambiguous";
  if (!kind) return true; // an ordinary word: a period ends the sentence, even before lowercase
  if (next.kind === "lower") return false;
  // A title ends a sentence only when a quotation or question opens the next one ("dijo la Sra. «Vamos»").
  if (kind === "title") return next.pos > 0 && isQuoteOpener(text.charCodeAt(next.pos - 1));
  if (kind === "final") return next.kind === "upper";
  // After an initial or an ambiguous abbreviation, a sentence starts only with a frequent first word, and a
  // single letter followed by a period is another initial ("L. A.", "J. K.").
  const anotherInitial = next.word.length === 1 && text.charCodeAt(next.pos + 1) === 46;
  return next.kind === "upper" && !anotherInitial && table.starters.has(next.word);
}

/**
 * Appends [s, e) of `text`, trimmed of spaces, to `out` unless nothing is left. (A module-level function, not a
 * closure: bundlers that keep function names wrap every closure they create, which costs a property definition.)
 */
function pushTrimmed(out: [number, number][], text: string, s: number, e: number): void {
  while (s < e && isSpaceUnit(text.charCodeAt(s))) s++;
  while (e > s && isSpaceUnit(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push([s, e]);
}

/** Splits the paragraph [start, end) of `text` into sentences; returns [start, end) pairs, trimmed. */
export function segmentParagraph(text: string, start: number, end: number, lang: Lang): [number, number][] {
  const scan: ParagraphScan = { text, end, table: TABLES[lang], openQuote: false };
  const out: [number, number][] = [];
  let segStart = start;
  let hasContent = false; // a letter or digit since segStart
  let i = start;
  // Searched only up to `end` (a sliced view): the jump below must not run on into the next paragraphs.
  const region = end < text.length ? text.slice(0, end) : text;
  while (i < end) {
    if (hasContent) {
      // Once the sentence has content, only line breaks, straight quotes and terminators matter: jump to the next one.
      NEXT_SPECIAL.lastIndex = i;
      const next = NEXT_SPECIAL.exec(region);
      if (!next) break;
      i = next.index;
    }
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      pushTrimmed(out, text, segStart, i);
      segStart = i + 1;
      hasContent = false;
      i++;
      continue;
    }
    if (c === 34) scan.openQuote = !scan.openQuote;
    if (!isTerminator(c)) {
      if (!hasContent && isAlnum(text, i)) hasContent = true;
      i++;
      continue;
    }
    const run = readRun(scan, i);
    const j = run.end;
    if (j < end && hasContent && gluedSentenceEnds(scan, segStart, i, run)) {
      pushTrimmed(out, text, segStart, j);
      segStart = j;
      hasContent = false;
      i = j;
      continue;
    }
    if (j >= end || !isSpaceUnit(text.charCodeAt(j)) || !hasContent) {
      i = j;
      continue;
    }
    const after = afterRun(scan, j);
    if (after.stop) {
      i = after.k;
      continue;
    }
    if (sentenceEnds(scan, segStart, i, run, readNext(text, after.k, end))) {
      pushTrimmed(out, text, segStart, after.cut);
      segStart = after.cut;
      hasContent = false;
    }
    i = Math.max(after.cut, j);
  }
  pushTrimmed(out, text, segStart, end);
  return out;
}

/** A paragraph being split: its text and end, its language's table, and whether an ASCII double quote is open. */
interface ParagraphScan {
  text: string;
  end: number;
  table: LangTable;
  openQuote: boolean;
}

/** A run of final punctuation and closers (." ?» !) ... …" .) and what it says about the sentence end. */
interface TerminatorRun {
  /** Where the run ends. */
  end: number;
  question: boolean;
  ellipsis: boolean;
  /** The run ends with ) or ]: "(8.)", "(ed.)", but not "(?).". */
  bracket: boolean;
}

/** Reads the run of terminators and closers starting at `i` (toggling the scan's open quote on each ASCII quote). */
function readRun(scan: ParagraphScan, i: number): TerminatorRun {
  const { text, end } = scan;
  let periods = 0;
  let last = 0; // the last terminator of the run
  let question = false;
  let ellipsis = false;
  let bracket = false; // the run ends with ) or ]: "(8.)", "(ed.)", but not "(?)."
  let j = i;
  for (; j < end; j++) {
    const d = text.charCodeAt(j);
    if (isTerminator(d)) {
      if (d === 46) periods++;
      else if (d === 0x2026) ellipsis = true;
      else question = true;
      last = d;
      bracket = false;
    } else if (isCloser(d)) {
      if (d === 34) scan.openQuote = !scan.openQuote;
      else if (d === 41 || d === 93) bracket = true;
    } else break;
  }
  if (periods > 2) ellipsis = true;
  // "(?)." or "?»." : a period closes the run, so the period decides.
  if (question && last === 46) question = false;
  return { end: j, question, ellipsis, bracket };
}

/**
 * After a run that ends at `j` before a space: where the next word starts (`k`) and where a sentence would end
 * (`cut`), or `stop` when a line break or the paragraph's end comes first (the scan then goes on at `k`).
 */
function afterRun(scan: ParagraphScan, j: number): { k: number; cut: number; stop: boolean } {
  const { text, end } = scan;
  let k = j;
  while (k < end && isSpaceUnit(text.charCodeAt(k)) && !isLineBreak(text.charCodeAt(k))) k++;
  if (k >= end || isLineBreak(text.charCodeAt(k))) return { k, cut: j, stop: true };
  let cut = j;
  if (detachedCloser(scan, k)) {
    if (text.charCodeAt(k) === 34) scan.openQuote = false;
    cut = k + 1;
    k++;
    while (k < end && isSpaceUnit(text.charCodeAt(k)) && !isLineBreak(text.charCodeAt(k))) k++;
    if (k >= end || isLineBreak(text.charCodeAt(k))) return { k, cut, stop: true };
  }
  return { k, cut, stop: false };
}

/**
 * A closing quotation mark at `k`, alone between spaces after the final punctuation, belongs to the sentence before
 * it: an ASCII quote while one is open (`dijo. " Luego`; attached to the next word, `dijo. "Luego`, it opens the next
 * sentence), or a closing guillemet spaced the French way (`garçons. » « Voilà`), unless a word in lower case follows
 * it (`fois. » annonce le rapport`: the sentence goes on).
 */
function detachedCloser(scan: ParagraphScan, k: number): boolean {
  const { text, end } = scan;
  if (k + 1 < end && !isSpaceUnit(text.charCodeAt(k + 1))) return false;
  const c = text.charCodeAt(k);
  if (c === 34) return scan.openQuote;
  if (c !== 0xbb) return false;
  let n = k + 1;
  while (n < end && isSpaceUnit(text.charCodeAt(n))) n++;
  return !(n < end && isLower(text, n));
}

/**
 * Whether a single period at `i` with no space after it ends a sentence glued to the next one ("were used.In
 * drive-through testing", "in 2020.As of May"), as scraped and converted text often has: a word of two letters or
 * more (or a number, where the language writes no ordinal period) before it, a capitalised word with a lower-case
 * letter after it, and nothing that makes the piece a web address, a dotted abbreviation or a file name.
 */
function gluedSentenceEnds(scan: ParagraphScan, segStart: number, i: number, run: TerminatorRun): boolean {
  const { text, end, table } = scan;
  const j = run.end;
  if (j !== i + 1 || text.charCodeAt(i) !== 46 || !isUpper(text, j) || !isLower(text, j + 1)) return false;
  const before = text.charCodeAt(i - 1);
  const word = isLower(text, i - 1) && isLetter(text, i - 2);
  if (!word && !(isDigit(before) && !table.ordinalPeriod)) return false;
  let b = i;
  while (b > segStart && !isSpaceUnit(text.charCodeAt(b - 1))) b--;
  // A dotted piece or an address before ("e.g.The", "www.", "site.org/News"); a period after the next word
  // ("bbc.Co.uk").
  if (GLUED_NOT_BEFORE.test(text.slice(b, i))) return false;
  let q = j;
  while (q < end && isLetter(text, q)) q++;
  if (text.charCodeAt(q) === 46 && isLetter(text, q + 1)) return false;
  return sentenceEnds(scan, segStart, i, run, readNext(text, j, end));
}
// regex-safe: one character class or a literal, no quantifier.
const GLUED_NOT_BEFORE = /[./@:]|^www$/i;

/** Whether the run of terminators at `i` ends the sentence that started at `segStart`, given what follows it. */
function sentenceEnds(scan: ParagraphScan, segStart: number, i: number, run: TerminatorRun, next: Next): boolean {
  const { text } = scan;
  if (run.question) return next.kind !== "lower" && next.kind !== "other";
  if (run.ellipsis) return next.kind === "upper";
  if (run.bracket && next.kind === "lower") return false; // "(8.) and", "(ed.) note": inside a parenthesis
  const token = readToken(text, segStart, i);
  let p = segStart;
  while (p < i && isSpaceUnit(text.charCodeAt(p))) p++;
  return periodEnds(text, scan.table, token, token !== null && token.start === p, next);
}
