// The acronym table (rules/acronyms.json: one row per concept, a column per language) and an acronym tokenizer.
import table from "../../../rules/acronyms.json";
import type { Lang } from "../../types";
import { byLanguage } from "../../lang/registry";
import { perPair, type PairScope } from "../../lang/pair";
import { fold, isWordCharAt } from "../../lang/normalize";
import { LOWER_CASE, unitCase, UPPER_CASE } from "../../fast/unit-class";
import type { Locale } from "../../lang/locale";
import type { SideMemo } from "../../segment/memo";
import type { Segment } from "../../segment/document";

/** One concept with its acronyms and names in every supported language (folded names, original forms). */
export interface AcronymEntry {
  id: number;
  forms: Record<Lang, string[]>;
  /** Folded expansions / plain equivalents a translator may write instead of the acronym. */
  names: Record<Lang, string[]>;
  /** The same names as written in the table (for messages and suggestions). */
  rawNames: Record<Lang, string[]>;
  /** Forms only one region writes, by BCP-47 tag ("es-MX": ["EU"]). */
  regional: Record<string, string[]>;
}

/** A row of the table: forms per language code (or the same forms in all), names per language code. */
type RawConcept = { all?: string[]; names?: Record<string, string[]>; regional?: Record<string, string[]> } & Record<string, unknown>;

function buildEntries(): AcronymEntry[] {
  return (table.concepts as RawConcept[]).map((row, id) => {
    const formsOf = (lang: Lang) => (row[lang] as string[] | undefined) ?? row.all ?? [];
    const namesOf = (lang: Lang) => row.names?.[lang] ?? [];
    return {
      id,
      forms: byLanguage((l) => formsOf(l.code)),
      names: byLanguage((l) => namesOf(l.code).map(fold)),
      rawNames: byLanguage((l) => namesOf(l.code)),
      regional: row.regional ?? {},
    };
  });
}

/** Every entry of the table. */
export const ACRONYM_ENTRIES: readonly AcronymEntry[] = buildEntries();

function indexBy(lang: Lang): Map<string, AcronymEntry[]> {
  const m = new Map<string, AcronymEntry[]>();
  for (const e of ACRONYM_ENTRIES) {
    for (const f of e.forms[lang]) {
      const list = m.get(f) ?? [];
      if (!list.includes(e)) list.push(e);
      m.set(f, list);
    }
  }
  return m;
}

const BY_FORM: Record<Lang, Map<string, AcronymEntry[]>> = byLanguage((l) => indexBy(l.code));

const UNAMBIGUOUS = new Set<string>(table.unambiguous);

const NAMESAKES = new Set<string>(table.namesakes);

/** True when a form is also a company's or another body's name (BPI), so a copy of it needs evidence to be a leak. */
export function hasNamesake(form: string): boolean {
  return NAMESAKES.has(form);
}

/** True when a form almost always means its table entry, so a missing translation needs no further evidence. */
export function isUnambiguous(form: string): boolean {
  return UNAMBIGUOUS.has(form);
}

/** Entries having `form` as an acronym of `lang` (exact spelling). */
export function entriesFor(form: string, lang: Lang): readonly AcronymEntry[] {
  return BY_FORM[lang].get(form) ?? [];
}

/**
 * The forms a text of `locale` may write for the entry: its language's, plus its region's ("EU" in es-MX); a
 * language given without a region accepts every region's (its tolerant default).
 */
export function formsWritten(e: AcronymEntry, locale: Locale): readonly string[] {
  const regional = Object.entries(e.regional).filter(([tag]) =>
    locale.region ? tag === `${locale.lang}-${locale.region}` : tag.startsWith(`${locale.lang}-`),
  );
  return regional.length ? [...e.forms[locale.lang], ...regional.flatMap(([, forms]) => forms)] : e.forms[locale.lang];
}

/** Entries `form` stands for in a text of `locale`: its language's, plus its region's when the region is given. */
export function entriesIn(form: string, locale: Locale): readonly AcronymEntry[] {
  const own = entriesFor(form, locale.lang);
  if (!locale.region) return own;
  const tag = `${locale.lang}-${locale.region}`;
  const regional = ACRONYM_ENTRIES.filter((e) => e.regional[tag]?.includes(form) && !own.includes(e));
  return regional.length ? [...own, ...regional] : own;
}

/**
 * Every form of either language of a pair (one lookup instead of one per language), and those written without
 * capitals (sida, pymes), longest first: the tokenizer looks for these besides capitalised words.
 */
const PAIR_FORMS = perPair((languages) => {
  const any: ReadonlySet<string> = new Set(languages.flatMap((l) => [...BY_FORM[l.code].keys()]));
  const lower = [...any].filter((f) => /^[a-z]+$/.test(f)).sort((a, b) => b.length - a.length);
  return { any, lower };
});

/** True when `form` is a known acronym in either language of the pair. */
export function isKnownForm(form: string, scope: PairScope): boolean {
  return PAIR_FORMS(scope).any.has(form);
}

/** An acronym-like token of a text: offsets and the form to look up (trailing period or plural s removed). */
export interface AcronymToken {
  start: number;
  end: number;
  form: string;
}

// Dotted forms (EE.UU., U.S., I+D, R&D) are one token; a final period belongs to it only if a letter follows no more.
// Only words starting with a capital are tokens, which keeps the scan cheap; the first character is matched with
// an explicit Latin range (a Unicode property there is several times slower) and then checked to be a capital.
// That a token does not continue a word is checked by hand for the same reason.
// (One flat class keeps the pattern free of nested quantifiers; trailing joiners are trimmed in findAcronyms.)
const TOKEN = /EE\.?[ \u00a0\u202f]?UU\.?|FF\.[ \u00a0\u202f]?AA\.?|[A-ZÀ-ÖØ-ÞĀ-ſ][\p{L}\p{N}.&+]*/gu;
const TRAILING_JOINERS = /[.&+]+$/;
const NO_BREAK_SPACE = /[\u00a0\u202f]/g;
const CAPITAL = /^\p{Lu}/u;
// Module constants, not literals in findAcronyms: some transpilers (tsx) turn a Unicode-property literal into a
// RegExp constructor call, which would then run for every token.
const TWO_LOWER = /\p{Ll}{2}/u;
const NUMBER_FIRST = /^\p{N}/u;

/** Counts capitals cheaply (ASCII fast path). */
function upperCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) n++;
    else if (c > 127 && s[i] !== s[i].toLowerCase()) n++;
  }
  return n;
}

/** The lookup form of a token: itself if known, else without a final period, else without a plural "s". */
function lookupForm(tok: string, known: ReadonlySet<string>): string | null {
  if (known.has(tok)) return tok;
  const noDot = tok.endsWith(".") ? tok.slice(0, -1) : tok;
  if (noDot !== tok && known.has(noDot)) return noDot;
  if (/[A-Z]s$/.test(noDot) && known.has(noDot.slice(0, -1))) return noDot.slice(0, -1);
  return null;
}

/** The capital-less table forms of the pair that occur anywhere in `text` (search a long text's segments for these only). */
export function lowerFormsIn(text: string, scope: PairScope): readonly string[] {
  return PAIR_FORMS(scope).lower.filter((f) => text.includes(f));
}

/** An acronym token and whether the table knows its form. */
export type FoundAcronym = AcronymToken & { known: boolean };

/**
 * Acronym tokens in text[start, end): known table forms (any spelling of the pair's languages in the table) and
 * unknown all-capital tokens of two or more capitals (returned with `known` false). Spans exclude a sentence-final
 * period. Never mutate the list: without capital-less forms it may be a segment's shared one (`segmentAcronyms`).
 */
export function findAcronyms(
  text: string,
  start: number,
  end: number,
  scope: PairScope,
  lowerForms: readonly string[] = PAIR_FORMS(scope).lower,
): FoundAcronym[] {
  return withLowerForms(capitalTokens(text, start, end, scope), text, start, end, lowerForms);
}

/** The tokens of text[start, end) that start with a capital: findAcronyms without the capital-less forms. */
function capitalTokens(text: string, start: number, end: number, scope: PairScope): FoundAcronym[] {
  const knownForms = PAIR_FORMS(scope).any;
  const out: FoundAcronym[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    // "ONU." keeps one final period (EE.UU. needs it); "I+" or "ONU..." lose their dangling joiners.
    const raw = m[0];
    const s = start + m.index;
    const lastCode = raw.charCodeAt(raw.length - 1);
    const trimmed = lastCode === 46 || lastCode === 38 || lastCode === 43 ? raw.replace(TRAILING_JOINERS, "") : raw;
    const tok = raw.length > trimmed.length && raw[trimmed.length] === "." ? `${trimmed}.` : trimmed;
    if (!CAPITAL.test(tok) || isWordCharAt(text, s - 1)) continue;
    // "US$", "R$", "HK$": the letters of a currency sign, not a body.
    if (text[s + raw.length] === "$") continue;
    // "EE. UU." with a no-break space between its halves (as style books ask) is the spaced table form.
    const known = lookupForm(tok.replace(NO_BREAK_SPACE, " "), knownForms);
    if (known) {
      // The lookup form is always a prefix of the token: the span drops a final period and keeps plural "s" out.
      out.push({ start: s, end: s + known.length, form: known, known: true });
      continue;
    }
    const bare = tok.endsWith(".") ? tok.slice(0, -1) : tok;
    if (bare.length >= 2 && upperCount(bare) >= 2 && !TWO_LOWER.test(bare) && !NUMBER_FIRST.test(bare)) {
      out.push({ start: s, end: s + bare.length, form: bare, known: false });
    }
  }
  return out;
}

/** `tokens` (capitalTokens of text[start, end)) with the capital-less forms there, in text order; a new list only when some are added. */
function withLowerForms(tokens: FoundAcronym[], text: string, start: number, end: number, lowerForms: readonly string[]): FoundAcronym[] {
  // Capital-less forms (sida, pymes) are few: plain indexOf beats a regex tried at every position.
  let out = tokens;
  const slice = lowerForms.length ? text.slice(start, end) : "";
  for (const f of lowerForms) {
    for (let i = slice.indexOf(f); i >= 0; i = slice.indexOf(f, i + f.length)) {
      const s = start + i;
      let e = s + f.length;
      if (text[e] === "s") e++;
      if (isWordCharAt(text, s - 1) || isWordCharAt(text, e)) continue;
      if (out.some((t) => t.start === s)) continue;
      if (out === tokens) out = [...tokens];
      out.push({ start: s, end: s + f.length, form: f, known: true });
    }
  }
  if (out !== tokens) out.sort((a, b) => a.start - b.start);
  return out;
}

declare module "../../segment/memo" {
  interface SideMemo {
    /**
     * Each segment's acronym tokens that start with a capital, or null for a shouted segment (`isAllCaps`), by
     * segment index: `segmentAcronyms` (src/rules/lib/acronyms.ts).
     */
    acronymTokens?: (FoundAcronym[] | null)[];
  }
}

/**
 * findAcronyms of a segment of the side without the capital-less forms, or null when the segment is set in capitals
 * (`isAllCaps`: neither acronym rule reads its tokens), worked out once per check for the acronym rules both
 * (`segmentAcronymsWith` adds those forms). Never mutate the list.
 */
export function segmentAcronyms(side: SideMemo, seg: Segment): readonly FoundAcronym[] | null {
  const all = (side.acronymTokens ??= []);
  let tokens = all[seg.index];
  if (tokens === undefined) {
    tokens = isAllCaps(seg.text) ? null : capitalTokens(side.doc.text, seg.start, seg.end, side.doc.pair);
    all[seg.index] = tokens;
  }
  return tokens;
}

/** findAcronyms(side's text, seg.start, seg.end, scope, lowerForms) from the segment's shared tokens; null for a shouted segment. */
export function segmentAcronymsWith(side: SideMemo, seg: Segment, lowerForms: readonly string[]): readonly FoundAcronym[] | null {
  const tokens = segmentAcronyms(side, seg);
  return tokens && withLowerForms(tokens as FoundAcronym[], side.doc.text, seg.start, seg.end, lowerForms);
}

/** True when a segment is set in capitals (a shouted headline), where "UN" or "US" are ordinary words. */
export function isAllCaps(segmentText: string): boolean {
  let letters = 0;
  let upper = 0;
  const n = segmentText.length;
  for (let i = 0; i < n; i++) {
    const c = segmentText.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) {
      letters++;
    } else if (c > 127) {
      // A unit that changes when lower-cased is a capital; else one that changes when upper-cased is lower-case.
      const kind = unitCase(c);
      if (kind & UPPER_CASE) {
        letters++;
        upper++;
      } else if (kind & LOWER_CASE) {
        letters++;
      }
    }
    // upper / letters > 0.6 (that is, 5 * upper > 3 * letters) cannot hold any more, even if every unit left were a
    // capital: the answer is already known.
    if (5 * (upper + n - 1 - i) <= 3 * (letters + n - 1 - i)) return false;
  }
  return letters >= 12 && upper / letters > 0.6;
}
