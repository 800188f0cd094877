// Name mentions: runs of capitalised words that may name a person, their surname keys, and the given-name lexicon.
import names from "../../../rules/given-names.json";
import { supportedLanguages } from "../../lang/registry";
import { isLetterAt } from "../../fast/unit-class";
import type { Gender, KeyInfo, NameMention } from "./types";
import {
  CAP_CANDIDATE,
  escRe,
  insideWord,
  isAscii,
  isCap,
  isUpperAt,
  lower,
  nextWordStart,
  normalizeName,
  type Word,
  wordEnd,
} from "./words";

const GIVEN = new Map<string, Gender>();
for (const n of (names as { m: string[]; f: string[] }).m) GIVEN.set(normalizeName(n), "m");
for (const n of (names as { m: string[]; f: string[] }).f) GIVEN.set(normalizeName(n), "f");

/** Gender of a normalised given name (a mention token), if the lexicon knows it. */
export function givenTokenGender(token: string): Gender | undefined {
  return GIVEN.get(token);
}

/** Gender of a common given name, if the lexicon knows it. */
export function givenNameGender(name: string): Gender | undefined {
  return GIVEN.get(normalizeName(name));
}

/** Capitalised words that never start a person's name, in any language: its function words and its own list. */
const STOP = new Set(supportedLanguages().flatMap((l) => [...l.gender.notNameWords, ...l.stopwords]));
/** Words that end with a period inside a name: initials and honorifics ("George W. Bush", "Mr. Smith"). */
const ABBREVIATED = new RegExp(
  `^(?:\\p{Lu}|${supportedLanguages()
    .flatMap((l) => l.gender.nameAbbreviations)
    .map(escRe)
    .join("|")})$`,
  "u",
);
/** Lower-case words inside a name, of any language ("Vincent van Gogh"). */
export const PARTICLES = new Set((names as { particles: string[] }).particles);
/** Words that make a run of capitals a body's name, not a person's ("Bank", "Party"), in any language. */
export const ORG_WORDS = new RegExp(
  `\\b(?:${supportedLanguages()
    .flatMap((l) => l.gender.organisationWords)
    .map(escRe)
    .join("|")})\\b`,
);

/** Name mentions in text[start, end): runs of capitalised words (with particles such as "de"), leading titles stripped. */
export function nameMentions(text: string, start: number, end: number): NameMention[] {
  return scanMentions(text, start, end);
}

/**
 * Name mentions found from the capital letters alone (the words in between are read only where a run of names may
 * continue): the same mentions as a word-by-word scan, without visiting every word.
 */
function scanMentions(text: string, start: number, end: number): NameMention[] {
  const out: NameMention[] = [];
  let consumed = start;
  // test() rather than exec(): a candidate is one character, so it sits just before lastIndex (no match array).
  // The search restarts from `at`, which passes each candidate: it moves on by at least one per iteration.
  for (let at = start; ; ) {
    CAP_CANDIDATE.lastIndex = at;
    if (!CAP_CANDIDATE.test(text)) break;
    const i = CAP_CANDIDATE.lastIndex - 1;
    at = i + 1;
    if (i >= end) break;
    if (i < consumed || !isUpperAt(text, i) || insideWord(text, i, start)) continue;
    const e = wordEnd(text, i, end);
    const first = text.slice(i, e);
    if (!isCap(first)) continue;
    consumed = runOfNames(text, { start: i, end: e, text: first }, end, out);
  }
  return out;
}

/** Extends a run of names from its capitalised first word, adds its mention to `out`, and returns where the run ends. */
export function runOfNames(text: string, first: Word, end: number, out: NameMention[]): number {
  const run: Word[] = [first];
  for (;;) {
    const last = run[run.length - 1];
    const q = nextWordStart(text, last.end, end);
    if (q < 0) break;
    // The gap to the next word must be one space (or no-break space), optionally after an abbreviation's period.
    const gapLen = q - last.end;
    const dotted = gapLen === 2 && text.charCodeAt(last.end) === 46;
    if (!(gapLen === 1 || dotted) || !isNameSpace(text.charCodeAt(q - 1))) break;
    if (dotted && !ABBREVIATED.test(last.text)) break;
    const qe = wordEnd(text, q, end);
    const next = text.slice(q, qe);
    if (isCap(next) && !STOP.has(lower(next))) {
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
  const mention = mentionOfRun(run);
  if (mention) out.push(mention);
  return run[run.length - 1].end;
}

/** A space or no-break space (what may separate the words of a name). */
function isNameSpace(code: number): boolean {
  return code === 32 || code === 0xa0;
}

/** Whether a word is a stop word or title (as written, lowercased, or also without accents). */
export function isStopWord(w: string): boolean {
  return STOP.has(normalizeName(w)) || (!isAscii(w) && STOP.has(lower(w)));
}

/** The mention a run of words names: leading title words stripped, particles dropped from its tokens. */
function mentionOfRun(words: Word[]): NameMention | undefined {
  let a = 0;
  let lead = "";
  let leadStart = -1;
  const j = words.length - 1;
  while (a <= j && isStopWord(words[a].text)) {
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

/** How many of keysOf(m) equal `key` (without building them). */
export function timesKeyed(m: NameMention, key: string): number {
  const t = m.tokens;
  if (t.length <= 1) return (t.length === 1 ? t[0] : "") === key ? 1 : 0;
  let n = 0;
  for (let i = 1; i < t.length; i++) if (t[i] === key) n++;
  if (key.includes(" ") && t.join(" ") === key) n++;
  return n;
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
  let consumed = 0;
  // Each capital not inside an earlier match starts one: the capital and the word characters after it.
  for (let at = 0; ; ) {
    CAP_CANDIDATE.lastIndex = at;
    if (!CAP_CANDIDATE.test(text)) break;
    const i = CAP_CANDIDATE.lastIndex - 1;
    at = i + 1; // each iteration passes one candidate
    if (i < consumed || !isUpperAt(text, i)) continue;
    consumed = wordEnd(text, i, text.length);
    const w = text.slice(i, consumed);
    if (isCap(w)) out.add(normalizeName(w));
  }
  return out;
}

/** A word of any language that puts a place or body after it ("in", "de"), at the end of a stretch. */
const BEFORE_PLACE = new RegExp(
  `\\b(?:${supportedLanguages()
    .flatMap((l) => l.gender.beforePlace)
    .map(escRe)
    .join("|")})\\s+$`,
);

/** Whether a mention that maps to no known person still looks like a person (not a place or organisation). */
export function unknownPersonLike(text: string, m: NameMention, sourceNames: Set<string>): boolean {
  if (!sourceNames.has(m.tokens[m.tokens.length - 1])) return false;
  const before = text.slice(Math.max(0, m.start - 12), m.start).toLowerCase();
  if (BEFORE_PLACE.test(before)) return false;
  if (ORG_WORDS.test(m.tokens.join(" "))) return false;
  return m.tokens.length >= 2 || text.slice(m.end, m.end + 2) !== "'s";
}
