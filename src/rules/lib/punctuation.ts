import punctuationTable from "../../../rules/punctuation.json";
import type { Doc } from "../../segment/document";
import { lastStartingAtOrBefore } from "../../check/offsets";
import type { RuleContext } from "../../check/rule";
import type { Locale } from "../../lang/locale";
import type { Lang } from "../../types";
import { byLanguage, languageOf } from "../../lang/registry";

/** Punctuation conventions of one target locale, as `rules/punctuation.json` holds them. */
export interface PunctuationConventions {
  noSpaceBefore: string[];
  spaceBefore: string[];
  spaceBeforeChars: string[];
  noSpaceAfter: string[];
  spaceAfter: string[];
  quotes: { primary: string[]; secondary: string[]; accepted: string[][] };
  invertedMarks: boolean;
  commaAfterClosingMark: boolean;
  /** Ordinal numbers are digits and a period (German "am 5. Mai"): such a period ends no sentence. */
  ordinalPeriod?: boolean;
  /** Straight double quotes may take the spaces of « » (French '" Ils viendront "'). */
  spacedStraightQuotes?: boolean;
  abbreviations: string[];
  notAbbreviations: string[];
  unitsAfterNumber: string[];
  /** Which table entry applied, for messages: "en-GB (rules/punctuation.json)", "es (rules/punctuation.json)". */
  label: string;
}

const TABLE = punctuationTable as unknown as Record<Lang, PunctuationConventions> & Record<string, Partial<PunctuationConventions>>;
/** Legal forms of companies ("Kft.", "GmbH", "Inc."): abbreviations in every language's text. */
const COMPANY_FORMS = (punctuationTable as unknown as { companyForms: string[] }).companyForms;
const BY_LOCALE = new Map<string, PunctuationConventions>();

/** The punctuation conventions of a language, or of a locale: the language's entry with its region's keys over it. */
export function conventionsFor(lang: Lang | Locale): PunctuationConventions {
  const locale = typeof lang === "string" ? { lang, region: undefined } : lang;
  const key = locale.region && `${locale.lang}-${locale.region}` in TABLE ? `${locale.lang}-${locale.region}` : locale.lang;
  let conv = BY_LOCALE.get(key);
  if (!conv) {
    conv = { ...TABLE[locale.lang], ...(key === locale.lang ? {} : TABLE[key]), label: `${key} (rules/punctuation.json)` };
    BY_LOCALE.set(key, conv);
  }
  return conv;
}

interface AbbreviationLists {
  titles?: string[];
  ambiguous?: string[];
  final?: string[];
  beforeNumber?: string[];
}

/** Period-final abbreviations per language (spaces removed), from both data files. */
const ABBREVIATIONS: Record<Lang, Set<string>> = buildAbbreviations();
/** Every "X." that begins a multi-part abbreviation ("a." of "a.m.", "EE." of "EE.UU."), per language. */
const ABBREVIATION_HEADS: Record<Lang, Set<string>> = buildHeads();
/** Abbreviations that are ordinary words unless a number follows ("pág.", "no."), per language. */
const BEFORE_NUMBER: Record<Lang, Set<string>> = byLanguage((l) => new Set(l.abbreviations.beforeNumber ?? []));

function buildHeads(): Record<Lang, Set<string>> {
  return byLanguage(({ code }) => {
    const heads = new Set<string>();
    for (const a of ABBREVIATIONS[code]) {
      for (let k = a.indexOf("."); k >= 0 && k < a.length - 1; k = a.indexOf(".", k + 1)) heads.add(a.slice(0, k + 1));
    }
    return heads;
  });
}
/** Units written with a period after a number, per language. */
const UNITS: Record<Lang, Set<string>> = byLanguage((l) => new Set(TABLE[l.code].unitsAfterNumber));

function buildAbbreviations(): Record<Lang, Set<string>> {
  return byLanguage(({ code: lang, abbreviations: lists }: { code: Lang; abbreviations: AbbreviationLists }) => {
    const fromSegmenter = [...(lists.titles ?? []), ...(lists.ambiguous ?? []), ...(lists.final ?? [])];
    const set = new Set<string>();
    for (const a of [...fromSegmenter, ...COMPANY_FORMS, ...TABLE[lang].abbreviations]) {
      const compact = a.replace(/\s/g, "");
      set.add(compact);
      // An entry written lowercase also matches capitalised (sentence-initial "Etc." …).
      if (/^\p{Ll}/u.test(compact)) set.add(compact[0].toUpperCase() + compact.slice(1));
    }
    for (const word of TABLE[lang].notAbbreviations) {
      set.delete(word);
      if (/^\p{Ll}/u.test(word)) set.delete(word[0].toUpperCase() + word.slice(1));
    }
    return set;
  });
}

const OPENERS = "([{“‘«¿¡\"'";
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const NUMBER_TOKEN = /^[\d.,]*\d$/;
const WHITESPACE = /\s/;

/** Whether the character is a letter (any script). */
export function isLetter(c: string | undefined): boolean {
  return c !== undefined && LETTER.test(c);
}
/** Whether the character is an uppercase letter. */
export function isUpper(c: string | undefined): boolean {
  return c !== undefined && UPPER.test(c);
}
/** Whether the character is a lowercase letter. */
export function isLower(c: string | undefined): boolean {
  return c !== undefined && LOWER.test(c);
}
/** Whether the character is a decimal digit. */
export function isDigit(c: string | undefined): boolean {
  return c !== undefined && DIGIT.test(c);
}
/** Whether the character is whitespace (or absent, i.e. a text edge). */
export function isSpaceOrEdge(c: string | undefined): boolean {
  return c === undefined || WHITESPACE.test(c);
}

/** Tokens are looked at over at most this many characters each way, so long unbroken strings stay linear. */
const TOKEN_REACH = 64;

/** Start of the whitespace-delimited token that ends just before `end`, leading opening marks excluded. */
export function tokenStartBefore(text: string, end: number): number {
  let s = end;
  const limit = Math.max(0, end - TOKEN_REACH);
  while (s > limit && !WHITESPACE.test(text[s - 1])) s--;
  while (s < end && OPENERS.includes(text[s])) s++;
  return s;
}

/** The whitespace-delimited token around position `at` (markup-free text), for URL and e-mail tests. */
export function tokenAround(text: string, at: number): string {
  let s = at;
  let e = at;
  const from = Math.max(0, at - TOKEN_REACH);
  const to = Math.min(text.length, at + TOKEN_REACH);
  while (s > from && !WHITESPACE.test(text[s - 1])) s--;
  while (e < to && !WHITESPACE.test(text[e])) e++;
  return text.slice(s, e);
}

const WEBLIKE = /[@/\\=&#_]|www\.|^https?:/i;

/** Whether a token is (part of) a URL, e-mail, path, handle or code, where punctuation follows no text rules. */
export function isWebLike(token: string): boolean {
  return WEBLIKE.test(token);
}

// Module constants, not literals in the function: some transpilers (tsx) turn a Unicode-property literal into a
// RegExp constructor call, which would then run on every call.
const DOTTED = /\p{L}\.\p{L}/u;
// regex-safe: anchored; [\d.,]* and \d can overlap only on the digits before one final run of letters
const GLUED_UNIT = /^[\d.,]*\d(\p{L}+)$/u;

/**
 * Whether the period at `dot` ends an abbreviation, an initial, a unit after a number or a dotted name (U.S.,
 * e.g., a.m., Kft., J., 5 km., hvg.hu): such a period does not end a sentence by itself.
 */
export function isAbbreviationPeriod(text: string, dot: number, lang: Lang): boolean {
  const start = tokenStartBefore(text, dot);
  const word = text.slice(start, dot);
  if (word.length === 0) return false;
  // Dotted forms: U.S, e.g, Ph.D, EE.UU, hvg.hu (a period between two letters inside the token).
  if (DOTTED.test(word)) return true;
  // Initials: "J." (but the English pronoun "I" is a word; lowercase letters are words or list labels).
  if (word.length === 1 && isUpper(word) && !languageOf(lang).letterWords.includes(word)) return true;
  const withDot = `${word}.`;
  if (ABBREVIATIONS[lang].has(withDot)) return true;
  // Spaced abbreviations: "p. ej.", "a. C.", "et al."
  const prevEnd = start - 1;
  if (prevEnd > 0 && text[prevEnd] === " ") {
    const prevStart = tokenStartBefore(text, prevEnd);
    const pair = text.slice(prevStart, prevEnd) + withDot;
    if (ABBREVIATIONS[lang].has(pair)) return true;
    if (UNITS[lang].has(word) && NUMBER_TOKEN.test(text.slice(prevStart, prevEnd))) return true;
  }
  // A unit glued to a number: "5km."
  const glued = GLUED_UNIT.exec(word);
  if (glued && UNITS[lang].has(glued[1])) return true;
  return startsSpacedAbbreviation(text, dot, withDot, lang);
}

const TRAILING_CLOSERS = /["'”’»)\]]+$/;
const LOWER_WORD = /^\p{Ll}+$/u;
const NEXT_PIECE = /[ \u00a0]([\p{L}º]{1,4}\.)/uy;

/** Whether "word." is the first part of a spaced abbreviation completed by what follows ("a." of "a. m.", "EE. UU."). */
function startsSpacedAbbreviation(text: string, dot: number, withDot: string, lang: Lang): boolean {
  if (!ABBREVIATION_HEADS[lang].has(withDot)) return false;
  NEXT_PIECE.lastIndex = dot + 1;
  const next = NEXT_PIECE.exec(text);
  if (!next) return false;
  const joined = withDot + next[1];
  return ABBREVIATIONS[lang].has(joined) || ABBREVIATION_HEADS[lang].has(joined);
}

/**
 * Whether the period at `dot` could belong to an abbreviation the tables do not hold: after a number (an ordinal,
 * "el 18. de julio"), a short or capitalised word (a name such as "Spindl.Info", "Arch."), or a word that is an
 * abbreviation before a number ("pág."). A fix that removes or moves such a period is never certain.
 */
export function couldBeAbbreviationPeriod(text: string, dot: number, lang: Lang): boolean {
  if (isAbbreviationPeriod(text, dot, lang)) return true;
  const word = text.slice(tokenStartBefore(text, dot), dot).replace(TRAILING_CLOSERS, "");
  if (word.length <= 4 || !LOWER_WORD.test(word)) return true;
  return BEFORE_NUMBER[lang].has(`${word}.`);
}

/** Whether the clean span [start, end) of a Doc is written verbatim in the raw text (no markup or entity inside). */
export function isVerbatim(doc: Doc, start: number, end: number): boolean {
  if (!doc.map) return true;
  if (end <= start) return false;
  const { starts, ends } = doc.map;
  const rawStart = starts[start];
  const rawEnd = ends[end - 1];
  return doc.raw.slice(rawStart, rawEnd) === doc.text.slice(start, end);
}

/**
 * Whether the raw text behind the clean span [start, end) holds no markup tag, so that replacing it with spaces or
 * punctuation (never with clean text, which may need escaping) cannot break the markup. Entities are fine.
 */
export function isTagFree(doc: Doc, start: number, end: number): boolean {
  if (!doc.map) return true;
  if (end <= start) return false;
  const raw = doc.raw.slice(doc.map.starts[start], doc.map.ends[end - 1]);
  return !raw.includes("<") && !raw.includes(">");
}

/** Index of the segment of `doc` that contains clean offset `at`, or the last one starting before it (-1 if none). */
export function segmentAt(doc: Doc, at: number): number {
  return lastStartingAtOrBefore(doc.segments, at);
}

/** Indices into `ctx.pairs` of the beads holding the given target positions (deduplicated, in order). */
export function pairsAt(ctx: RuleContext, targetPositions: number[]): number[] {
  const out: number[] = [];
  for (const at of targetPositions) {
    const seg = segmentAt(ctx.target, at);
    if (seg < 0) continue;
    const pair = ctx.pairOfTarget[seg];
    if (pair === undefined || pair < 0 || out.includes(pair)) continue;
    out.push(pair);
  }
  return out;
}

/** The source segments of the given beads. */
export function sourceOfPairs(ctx: RuleContext, pairs: number[]): { text: string; start: number }[] {
  return pairs.flatMap((k) => ctx.pairs[k].source.map((s) => ({ text: s.text, start: s.start })));
}

/** A per-check cache of a test on the aligned source, keyed by the beads (and an extra key), so that many findings
 * in one long bead do not rescan its source each time. */
export function sourceTest(
  ctx: RuleContext,
  cache: Map<string, boolean>,
  targetPositions: number[],
  extraKey: string,
  test: (parts: { text: string; start: number }[]) => boolean,
): boolean {
  const pairs = pairsAt(ctx, targetPositions);
  const key = `${pairs.join(",")}|${extraKey}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = test(sourceOfPairs(ctx, pairs));
    cache.set(key, hit);
  }
  return hit;
}
