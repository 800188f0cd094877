// Name mentions: runs of capitalised words that may name a person, their surname keys, and the given-name lexicon.
import names from "../../../rules/given-names.json";
import moreNames from "../../../rules/given-names-more.json";
import type { PairScope } from "../../lang/pair";
import type { SideMemo } from "../../segment/memo";
import { NAME_WORDS, type NameWords } from "./name-words";
import { isLetterAt } from "../../fast/unit-class";
import type { Gender, KeyInfo, NameMention } from "./types";
import { nextCapital, insideWord, isAscii, isCap, lower, nextWordStart, normalizeName, type Word, wordEnd } from "./words";

const GIVEN = new Map<string, Gender>();
for (const list of [names, moreNames] as { m: string[]; f: string[] }[]) {
  for (const n of list.m) GIVEN.set(normalizeName(n), "m");
  for (const n of list.f) GIVEN.set(normalizeName(n), "f");
}
// Given names borne by men and women alike ("Jamie") tell no gender.
for (const n of moreNames.either) GIVEN.delete(normalizeName(n));

/** Gender of a normalised given name (a mention token), if the lexicon knows it. */
export function givenTokenGender(token: string): Gender | undefined {
  return GIVEN.get(token);
}

/** Gender of a common given name, if the lexicon knows it. */
export function givenNameGender(name: string): Gender | undefined {
  return GIVEN.get(normalizeName(name));
}

/** Lower-case words inside a name, of any language ("Vincent van Gogh"). */
export const PARTICLES = new Set((names as { particles: string[] }).particles);

/**
 * Name mentions in text[start, end): runs of capitalised words (with particles such as "de"), leading titles
 * stripped; `scope` gives the languages whose function words and titles start no name.
 */
export function nameMentions(text: string, start: number, end: number, scope: PairScope): NameMention[] {
  return mentionsFrom(text, capitalWords(text, start, end), end, NAME_WORDS(scope));
}

/**
 * The capitalised words of text[start, end) a name may start at (whole words, not all capitals), found from the
 * capital letters alone: the words in between are read only where a run of names may continue (runOfNames).
 */
export function capitalWords(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  for (let i = nextCapital(text, start, end); i >= 0; i = nextCapital(text, i + 1, end)) {
    if (insideWord(text, i, start)) continue;
    const e = wordEnd(text, i, end);
    const w = text.slice(i, e);
    if (isCap(w)) out.push({ start: i, end: e, text: w });
  }
  return out;
}

/** Name mentions from the capitalised words of a stretch ending at `end`: a run starts at each word past the one before. */
export function mentionsFrom(text: string, words: readonly Word[], end: number, nw: NameWords): NameMention[] {
  const out: NameMention[] = [];
  let consumed = 0;
  for (const w of words) if (w.start >= consumed) consumed = runOfNames(text, w, end, out, nw);
  return out;
}

/** Extends a run of names from its capitalised first word, adds its mention to `out`, and returns where the run ends. */
function runOfNames(text: string, first: Word, end: number, out: NameMention[], nw: NameWords): number {
  const run: Word[] = [first];
  for (;;) {
    const last = run[run.length - 1];
    const q = nextWordStart(text, last.end, end);
    if (q < 0) break;
    // The gap to the next word must be one space (or no-break space), optionally after an abbreviation's period.
    const gapLen = q - last.end;
    const dotted = gapLen === 2 && text.charCodeAt(last.end) === 46;
    if (!(gapLen === 1 || dotted) || !isNameSpace(text.charCodeAt(q - 1))) break;
    if (dotted && !nw.abbreviated.test(last.text)) break;
    const qe = wordEnd(text, q, end);
    const next = text.slice(q, qe);
    if (isCap(next) && !nw.stop.has(lower(next))) {
      run.push({ start: q, end: qe, text: next });
      continue;
    }
    // A particle joins two capitalised words across single spaces ("Vincent van Gogh").
    if (!PARTICLES.has(next) || qe + 1 >= end || text.charCodeAt(qe) !== 32 || !isLetterAt(text, qe + 1)) break;
    const ze = wordEnd(text, qe + 1, end);
    const after = text.slice(qe + 1, ze);
    if (!isCap(after)) break;
    run.push({ start: q, end: qe, text: next }, { start: qe + 1, end: ze, text: after });
  }
  const mention = mentionOfRun(run, nw);
  if (mention) out.push(mention);
  return run[run.length - 1].end;
}

/** A space or no-break space (what may separate the words of a name). */
function isNameSpace(code: number): boolean {
  return code === 32 || code === 0xa0;
}

/** Whether a word is a stop word or title (as written, lowercased, or also without accents). */
export function isStopWord(w: string, stop: ReadonlySet<string>): boolean {
  return stop.has(normalizeName(w)) || (!isAscii(w) && stop.has(lower(w)));
}

/** The mention a run of words names: leading title words stripped, particles dropped from its tokens. */
function mentionOfRun(words: Word[], nw: NameWords): NameMention | undefined {
  let a = 0;
  let lead = "";
  let leadStart = -1;
  const j = words.length - 1;
  while (a <= j && isStopWord(words[a].text, nw.stop)) {
    lead = lower(words[a].text);
    leadStart = words[a].start;
    a++;
  }
  let b = j;
  while (b >= a && PARTICLES.has(words[b].text)) b--;
  if (a > b) return undefined;
  const tokens: string[] = [];
  for (let k = a; k <= b; k++) {
    const t = normalizeName(words[k].text);
    if (!PARTICLES.has(t)) tokens.push(t);
  }
  return { start: words[a].start, end: words[b].end, tokens, lead, leadStart: leadStart < 0 ? words[a].start : leadStart };
}

/** Surname keys of a mention: the last tokens (all but the first of a multi-word name), and the whole name. */
export function keysOf(m: NameMention): string[] {
  if (m.tokens.length === 1) return m.tokens;
  return [...m.tokens.slice(1), m.tokens.join(" ")];
}

/** Whether a mention names someone else than the indexed person: a full name with a known given name the source never used with it. */
export function otherPerson(m: NameMention, info: KeyInfo): boolean {
  return m.tokens.length >= 2 && info.firstNames.length > 0 && GIVEN.has(m.tokens[0]) && !info.firstNames.includes(m.tokens[0]);
}

/** Key used to look a target mention up: its last token. */
export function lookupKey(m: NameMention): string {
  return m.tokens[m.tokens.length - 1];
}

export function personLike(m: NameMention): boolean {
  return m.tokens.length >= 2 || GIVEN.has(m.tokens[0]);
}

/** Normalised capitalised words of a text: names of people are not translated, so a target name must be among them. */
export function capitalisedWords(text: string): Set<string> {
  const out = new Set<string>();
  // Each capital not inside an earlier match starts one: the capital and the word characters after it.
  for (let i = nextCapital(text, 0, text.length); i >= 0; ) {
    const end = wordEnd(text, i, text.length);
    const w = text.slice(i, end);
    if (isCap(w)) out.add(normalizeName(w));
    i = nextCapital(text, end, text.length);
  }
  return out;
}

/** Whether a mention that maps to no known person still looks like a person (not a place or organisation). */
export function unknownPersonLike(text: string, m: NameMention, sourceNames: Set<string>, scope: PairScope): boolean {
  const nw = NAME_WORDS(scope);
  if (!sourceNames.has(m.tokens[m.tokens.length - 1])) return false;
  const before = text.slice(Math.max(0, m.start - 12), m.start).toLowerCase();
  if (nw.beforePlace.test(before)) return false;
  if (nw.orgWords.test(m.tokens.join(" ")) || nw.orgApposition.test(text.slice(m.end, m.end + 80))) return false;
  return m.tokens.length >= 2 || text.slice(m.end, m.end + 2) !== "'s";
}

/** Whether a name mention ends in a body's word ("Christian Democratic Union"): no one's, whatever its first word. */
export function bodyName(m: NameMention, scope: PairScope): boolean {
  return NAME_WORDS(scope).bodyWords.has(m.tokens[m.tokens.length - 1]);
}

/** A capitalised word after another ("Owais Shah", "Señor Ruiz"): the words of an article that may be surnames. */
// regex-safe: two word runs parted by one space run, no nested quantifier
export const AFTER_CAPITAL = /\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*\s+(\p{Lu}[\p{L}\p{M}'’-]*)/gu;
// regex-safe: the same expression, sticky (tried at one position)
const AFTER_CAPITAL_AT = new RegExp(AFTER_CAPITAL.source, "uy");
// regex-safe: two character classes, no quantifier. Units only (no u flag): the first holds every unit that starts a
// \p{Lu} (a high surrogate for an astral one), the second every unit that starts a \p{Ll}, and few others.
const UPPER_LOWER_CANDIDATE = /[A-Z\u00C0-\u00DE\u0100-\uDBFF\uE000-\uFFFF][a-z\u00AA\u00B5\u00BA\u00DF-\u00FF\u0100-\uFFFF]/g;

/**
 * Calls `found(word)` with the second word of each match of AFTER_CAPITAL in `text`, in order: what
 * `text.matchAll(AFTER_CAPITAL)` finds, the expression tried only where a capital and a lower-case letter may start
 * (UPPER_LOWER_CANDIDATE: a scan over units, ~3 times faster than the \p classes read at every position of a text
 * of two-byte units).
 */
export function forEachAfterCapital(text: string, found: (word: string) => void): void {
  UPPER_LOWER_CANDIDATE.lastIndex = 0;
  for (let c = UPPER_LOWER_CANDIDATE.exec(text); c; c = UPPER_LOWER_CANDIDATE.exec(text)) {
    AFTER_CAPITAL_AT.lastIndex = c.index;
    const m = AFTER_CAPITAL_AT.exec(text);
    if (m) found(m[1]);
    UPPER_LOWER_CANDIDATE.lastIndex = m ? AFTER_CAPITAL_AT.lastIndex : c.index + 1;
  }
}

declare module "../../segment/memo" {
  interface SideMemo {
    /** Normalised words the document writes after a capitalised word: `surnamesOf` (src/rules/pronoun-gender/names.ts). */
    surnames?: ReadonlySet<string>;
  }
}

/**
 * Normalised words a side's document writes after a capitalised word (a lone capitalised word elsewhere is a surname
 * only if here), read once per check and kept in the check's memo.
 */
export function surnamesOf(side: SideMemo): ReadonlySet<string> {
  if (!side.surnames) {
    const set = new Set<string>();
    forEachAfterCapital(side.doc.text, (word) => set.add(normalizeName(word)));
    side.surnames = set;
  }
  return side.surnames;
}
