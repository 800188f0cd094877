import type { Lang } from "../../types";
import { isLetterAt, LOWER_CASE, unitCase, UPPER_CASE } from "../../fast/unit-class";
import names from "../../../rules/given-names.json";
import type { GenderData, Language } from "../../lang/language";
import { byLanguage } from "../../lang/registry";
import type { PairScope } from "../../lang/pair";
import { NAME_WORDS, type NameWords } from "./name-words";

/** Grammatical gender of a person. */
export type Gender = "m" | "f";

/** A run of capitalised words that may name someone ("Dina Boluarte"), with the title word stripped before it. */
export interface NameMention {
  start: number;
  end: number;
  /** Normalised tokens (lowercase, no accents). */
  tokens: string[];
  /** The stripped leading word, lowercased ("mr", "president"), or "". */
  lead: string;
  /** Offset of the stripped leading word (equal to `start` when there is none). */
  leadStart: number;
}

/** One piece of evidence of a person's gender. */
export interface Evidence {
  gender: Gender;
  /** 3 = title/honorific/determiner, 2 = agreement or pronoun, 1 = given name. */
  strength: number;
  /** The text that shows it ("la presidenta Dina Boluarte"). */
  text: string;
  /** Span of the gendered word(s) themselves ("la presidenta", "elegida"), for Spanish titles and agreement. */
  cue?: { start: number; end: number };
}

/** What is known about the people behind a surname key. */
export interface KeyInfo {
  gender: Gender | "ambiguous";
  evidence: Evidence;
  /** Normalised first names seen with this surname ("luis" of "Luis García Montero"). */
  firstNames: string[];
}

/** A third-person pronoun and the gender it marks. */
export interface PronounMention {
  start: number;
  end: number;
  gender: Gender;
  word: string;
}

/** Own-property lookup, so that words such as "constructor" never hit Object.prototype. */
function own<T>(obj: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

const normalized = new Map<string, string>();

/** Whether a string is plain ASCII. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

const COMBINING_MARKS = /\p{M}/gu;

/** Lowercases and strips accents. */
export function normalizeName(s: string): string {
  let n = normalized.get(s);
  if (n === undefined) {
    n = isAscii(s) ? s.toLowerCase() : s.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase();
    if (normalized.size > 50000) normalized.clear();
    normalized.set(s, n);
  }
  return n;
}

const GIVEN = new Map<string, Gender>();
for (const n of (names as { m: string[]; f: string[] }).m) GIVEN.set(normalizeName(n), "m");
for (const n of (names as { m: string[]; f: string[] }).f) GIVEN.set(normalizeName(n), "f");

/** Gender of a common given name, if the lexicon knows it. */
export function givenNameGender(name: string): Gender | undefined {
  return GIVEN.get(normalizeName(name));
}

const escRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Lower-case words inside a name, of any language ("Vincent van Gogh"). */
const PARTICLES = new Set((names as { particles: string[] }).particles);
const LETTER = /\p{L}/u;
/** A word of the text with its offsets. */
interface Word {
  start: number;
  end: number;
  text: string;
}

/** Whether the unit at i of w changes when upper-cased (a lower-case letter). */
function isLowerUnit(w: string, i: number): boolean {
  return (unitCase(w.charCodeAt(i)) & LOWER_CASE) !== 0;
}

/** Whether the unit at i of w changes when lower-cased (a capital letter). */
function isUpperUnit(w: string, i: number): boolean {
  return (unitCase(w.charCodeAt(i)) & UPPER_CASE) !== 0;
}

/** Capitalised but not an all-capitals acronym ("Boluarte", not "ONU"). */
function isCap(w: string): boolean {
  if (!isUpperUnit(w, 0)) return false;
  if (w.length < 2) return true;
  // Not all capitals: some later unit is lower case (case-changing units are checked one at a time, not via ICU).
  for (let i = 1; i < w.length; i++) if (isLowerUnit(w, i)) return true;
  return false;
}

const lowered = new Map<string, string>();

/** Lowercase of a word, memoised (outside ASCII, case mapping is slow). */
function lower(s: string): string {
  let l = lowered.get(s);
  if (l === undefined) {
    l = s.toLowerCase();
    if (lowered.size > 50000) lowered.clear();
    lowered.set(s, l);
  }
  return l;
}

/**
 * Name mentions in text[start, end): runs of capitalised words (with particles such as "de"), leading titles
 * stripped; `scope` gives the languages whose function words and titles start no name.
 */
export function nameMentions(text: string, start: number, end: number, scope: PairScope): NameMention[] {
  return scanMentions(text, start, end, NAME_WORDS(scope));
}

// Candidates for a capital letter, confirmed by isUpperAt: A-Z, Latin-1 capitals and anything past Latin-1 but
// general punctuation (quotes, dashes). No u flag: a Unicode property scan of a long text is several times slower.
const CAP_CANDIDATE = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u1FFF\u2070-\uFFFF]/g;

function isUpperAt(text: string, i: number): boolean {
  return isUpperUnit(text, i) && isLetterAt(text, i);
}

/** Whether text[i] may continue a word: a letter, an apostrophe or a hyphen. */
function continuesWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 39 || c === 0x2019 || c === 45 || isLetterAt(text, i);
}

/** Whether the letter at i continues a word begun before it (words are scanned from `from`). */
function insideWord(text: string, i: number, from: number): boolean {
  for (let k = i - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c !== 39 && c !== 0x2019 && c !== 45) return isLetterAt(text, k);
  }
  return false;
}

/** End of the word that starts at i (letters, apostrophes, hyphens), at most `end`. */
function wordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end && continuesWordAt(text, j)) j++;
  return j;
}

/** Start of the next word at or after i, or -1 before `end`. */
function nextWordStart(text: string, i: number, end: number): number {
  for (let q = i; q < end; q++) if (isLetterAt(text, q)) return q;
  return -1;
}

/**
 * Name mentions found from the capital letters alone (the words in between are read only where a run of names may
 * continue): the same mentions as a word-by-word scan, without visiting every word.
 */
function scanMentions(text: string, start: number, end: number, nw: NameWords): NameMention[] {
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
    consumed = runOfNames(text, { start: i, end: e, text: first }, end, out, nw);
  }
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
function isStopWord(w: string, stop: ReadonlySet<string>): boolean {
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

/** How many of keysOf(m) equal `key` (without building them). */
function timesKeyed(m: NameMention, key: string): number {
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

const esc = escRe;

/** A language whose titles, determiners and participles agree with the person ("la presidenta"), compiled. */
interface AgreementCues {
  titles: Record<string, string>;
  determiners: Record<string, string>;
  titleSet: ReadonlyMap<string, string>;
  /** Regex alternations of the titles (longest first) and of the gendered determiners. */
  titleAlt: string;
  detAlt: string;
  /** ", la presidenta del Perú" / ", presidenta del Perú" just after a name. */
  titleAfter: RegExp;
  /** "Boluarte fue elegida" / "Boluarte, nacida en". */
  agreementAfter: RegExp;
  participleGender: Record<string, Gender>;
  modifierList: readonly string[];
  determinerList: readonly string[];
  /** Whether the word lists can be compared letter by letter (plain lowercase ASCII without k). */
  foldable: boolean;
  /** Titles of several words ("primer ministro", "jefe de Estado") by their first word. */
  multiword: ReadonlyMap<string, string[]>;
  /** Each word that is a title or starts a longer one (see titlesIn). */
  titleWord: RegExp;
  functionWords: ReadonlySet<string>;
  complementWords: readonly string[];
  /** A title's owner named after it: "… de", "… de la" right before the name. */
  ofBeforeName: RegExp;
  /** A determiner and a title, or a title alone ("la periodista", "consejero"). */
  personNoun: RegExp;
  /** Each gender's subject pronouns as whole words ("ella"). */
  explicit: Record<Gender, RegExp>;
  /** The subject pronouns at the start of a text. */
  openingPronoun: RegExp;
  thingPreposition: RegExp;
  pairs: [string, string][];
  /** A word that ends as a participle; group 1 is its gender ending. */
  participleAt: RegExp;
}

/** A language whose role nouns and pronouns mark the person ("spokeswoman", "she"), compiled. */
interface RoleCues {
  roles: Record<string, Gender>;
  roleMap: ReadonlyMap<string, Gender>;
  roleSet: ReadonlySet<string>;
  /** ", a spokeswoman for" just after a name. */
  roleAfter: RegExp;
  neutral: ReadonlySet<string>;
  plural: ReadonlySet<string>;
  /** Candidates for person nouns (see personNouns). */
  personNounCandidate: RegExp;
}

/** What the gender analyzer asks of a language, compiled once. */
interface Cues {
  data: GenderData;
  honorifics: Record<string, Gender>;
  /** Honorifics of the other languages: a lead word that is one of them is no honorific of this language. */
  /** Third-person pronouns; with ASCII words, \b delimits them (and `asciiBoundary` is set). */
  pronoun: RegExp;
  asciiBoundary: boolean;
  pronounGender: ReadonlyMap<string, Gender>;
  subject: ReadonlySet<string>;
  agreement?: AgreementCues;
  roles?: RoleCues;
}

const byLength = (a: string, b: string) => b.length - a.length;

/** The ending part of a participle pattern ("(?:ad|id|ect|uert)([oa])" of "\\p{Ll}+(?:ad|id|ect|uert)([oa])"). */
function participleEnding(pattern: string): string {
  return pattern.replace(/^\\p\{Ll\}\+/, "");
}

function compileAgreement(g: GenderData): AgreementCues {
  const titles = g.titles ?? {};
  const determiners = g.determiners ?? {};
  const titleAlt = Object.keys(titles).sort(byLength).map(esc).join("|");
  const detAlt = Object.keys(determiners)
    .filter((d) => own(determiners, d))
    .map(esc)
    .join("|");
  const appositive = (g.appositionModifiers ?? []).map(esc).join("|");
  const modifierList = g.titleModifiers ?? [];
  const determinerList = Object.entries(determiners)
    .filter(([, x]) => x)
    .map(([d]) => d);
  const multiword = new Map<string, string[]>();
  for (const t of Object.keys(titles)) {
    if (!t.includes(" ")) continue;
    const first = t.split(" ")[0];
    multiword.set(first, [...(multiword.get(first) ?? []), t].sort(byLength));
  }
  const pronounsOf = (gender: Gender) => Object.keys(g.pronouns).filter((w) => g.pronouns[w] === gender && g.subjectPronouns.includes(w));
  const subjectAlt = [...g.subjectPronouns].sort(byLength).map(esc).join("|");
  return {
    titles,
    determiners,
    titleSet: new Map(Object.entries(titles)),
    titleAlt,
    detAlt,
    titleAfter: new RegExp(`^\\s*,\\s+(?:(${detAlt})\\s+)?(?:(?:${appositive})\\s+)?(${titleAlt})(?![\\p{L}])(?!\\s+\\p{Lu})`, "u"),
    // regex-safe: the participle pattern of rules/<code>/gender-cues.json is a letter run and a fixed ending
    agreementAfter: new RegExp(
      `^(?:\\s+(?:${(g.participleAfter ?? []).map(esc).join("|")})\\s+(?:\\p{Ll}+mente\\s+)?|\\s*,\\s+)(${g.participle ?? "(?!)"})(?![\\p{L}])`,
      "u",
    ),
    participleGender: (g.participleGender ?? {}) as Record<string, Gender>,
    modifierList,
    determinerList,
    foldable: [...modifierList, ...determinerList].every((w) => /^[a-z]+$/.test(w) && !w.includes("k")),
    multiword,
    // Every word that is a title or begins a multi-word one, case-insensitively (the titles are plain letters:
    // a-z and á é í ñ ó, which the i flag folds as toLowerCase does). Longest first, so a whole word wins over its prefix.
    // Not after or before an ASCII letter: such a match lies inside a longer word, which titlesIn would reject anyway
    // (the lookarounds only spare the work of trying every alternative at every letter).
    titleWord: new RegExp(
      `(?<![A-Za-z])(?:${[...new Set(Object.keys(titles).map((t) => t.split(" ")[0].toLowerCase()))].sort(byLength).map(esc).join("|")})(?![A-Za-z])`,
      "gi",
    ),
    functionWords: new Set(g.notBetweenTitleAndName ?? []),
    complementWords: g.complementWords ?? [],
    ofBeforeName: new RegExp(`(?:^|\\s)(?:${(g.ofBeforeName ?? []).map(esc).join("|") || "(?!)"})\\s*$`, "i"),
    personNoun: new RegExp(`(?<![\\p{L}])(?:(${detAlt})\\s+)?(${titleAlt})(?![\\p{L}])`, "giu"),
    // regex-safe: literal words between lookarounds, no quantifier at all
    explicit: {
      f: new RegExp(`(?<![\\p{L}])(?:${pronounsOf("f").map(esc).join("|")})(?![\\p{L}])`, "giu"),
      m: new RegExp(`(?<![\\p{L}])(?:${pronounsOf("m").map(esc).join("|")})(?![\\p{L}])`, "giu"),
    },
    openingPronoun: new RegExp(`^(${subjectAlt})(?![\\p{L}])`, "iu"),
    thingPreposition: new RegExp(`(?<![\\p{L}])(?:${(g.thingPrepositions ?? []).map(esc).join("|")})\\s+$`, "iu"),
    pairs: g.pairs ?? [],
    // regex-safe: the participle's fixed endings, anchored at the end of one word
    participleAt: new RegExp(`${participleEnding(g.participle ?? "(?!)")}$`, "iu"),
  };
}

function compileRoles(g: GenderData): RoleCues {
  const roles = (g.roles ?? {}) as Record<string, Gender>;
  const inS = new Set(g.feminineRolesInS ?? []);
  // Singular roles: more than three letters and no plural -s ending, or a feminine -ess ("actress").
  const singular = Object.keys(roles)
    .filter((r) => (r.length > 3 && !/s$/.test(r)) || inS.has(r))
    .map(esc);
  const roleAlt = singular.join("|");
  const neutral = new Set(g.neutralRoles ?? []);
  return {
    roles,
    roleMap: new Map(Object.entries(roles)),
    roleSet: new Set(roleAlt.split("|")),
    roleAfter: new RegExp(
      `^\\s*,\\s+(?:(?:${(g.roleDeterminers ?? []).map(esc).join("|")})\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(${roleAlt})(?![\\p{L}])`,
      "u",
    ),
    neutral,
    plural: new Set(g.plural ?? []),
    // Candidates for person nouns: every role word, case-insensitively, wherever it occurs (inside longer words too);
    // personNouns keeps those that are whole words. Longest first, so that "grandmother" is not read as "grand…".
    // Not after or before an ASCII letter (inside a longer word, which personNouns rejects anyway): spares trying every
    // alternative at every letter.
    personNounCandidate: new RegExp(
      `(?<![A-Za-z])(?:${[...new Set([...Object.keys(roles), ...neutral])].sort(byLength).map(esc).join("|")})(?![A-Za-z])`,
      "gi",
    ),
  };
}

function compileCues(l: Language): Cues {
  const g = l.gender;
  const words = Object.keys(g.pronouns);
  const asciiBoundary = words.every((w) => /^[a-z]+$/.test(w));
  const alt = words.map(esc).join("|");
  return {
    data: g,
    honorifics: g.honorifics as Record<string, Gender>,
    // regex-safe: literal words between word boundaries or letter lookarounds, no quantifier
    pronoun: asciiBoundary ? new RegExp(`\\b(${alt})\\b`, "gi") : new RegExp(`(?<![\\p{L}])(${alt})(?![\\p{L}])`, "giu"),
    asciiBoundary,
    pronounGender: new Map(Object.entries(g.pronouns) as [string, Gender][]),
    subject: new Set(g.subjectPronouns),
    agreement: g.system === "agreement" ? compileAgreement(g) : undefined,
    roles: g.system === "pronouns" ? compileRoles(g) : undefined,
  };
}

/** Each language's compiled gender cues. */
const CUES: Record<Lang, Cues> = byLanguage(compileCues);

/**
 * Whether a word lowercases to one of `list`: compared letter by letter, with no string built. Outside ASCII only
 * the Kelvin sign lowercases to ASCII ("k"), which none of the words has; should the table ever hold other words,
 * the word is lowercased instead.
 */
function asciiFoldIn(word: string, list: readonly string[], foldable: boolean): boolean {
  if (!foldable) return list.includes(lower(word));
  for (const cand of list) {
    if (cand.length !== word.length) continue;
    let same = true;
    for (let i = 0; i < cand.length && same; i++) {
      const c = word.charCodeAt(i);
      same = (c >= 65 && c <= 90 ? c + 32 : c) === cand.charCodeAt(i);
    }
    if (same) return true;
  }
  return false;
}

/** A title or role occurrence: "la presidenta", "el primer ministro", "spokeswoman". */
interface TitleAt {
  start: number;
  end: number;
  det?: string;
  title: string;
}

/** The word that ends last before `at` (as the word scanner reads words from `from`), or undefined. */
function previousWord(text: string, at: number, from: number): Word | undefined {
  let k = at - 1;
  while (k >= from) {
    while (k >= from && !continuesWordAt(text, k)) k--;
    if (k < from) return undefined;
    let r = k;
    while (r > from && continuesWordAt(text, r - 1)) r--;
    let s = r;
    while (s <= k && !isLetterAt(text, s)) s++;
    if (s <= k) return { start: s, end: k + 1, text: text.slice(s, k + 1) };
    k = r - 1; // apostrophes or hyphens alone are no word
  }
  return undefined;
}

/**
 * Spanish determiner + title occurrences in text[start, end), in order: each title word found by one search, then the
 * one or two words before it read back from it (the same titles as going through every word of the segment).
 */
function titlesIn(a: AgreementCues, text: string, start: number, end: number): TitleAt[] {
  const out: TitleAt[] = [];
  const slice = text.slice(start, end);
  a.titleWord.lastIndex = 0;
  for (let m = a.titleWord.exec(slice); m; m = a.titleWord.exec(slice)) {
    const q = start + m.index;
    const qe = wordEnd(text, q, end);
    if (qe !== q + m[0].length || insideWord(text, q, start)) continue;
    const prev = previousWord(text, q, start);
    if (!prev) continue;
    // A modifier between determiner and title ("la nueva presidenta") moves the determiner one word back.
    let det = prev;
    if (asciiFoldIn(prev.text, a.modifierList, a.foldable)) det = previousWord(text, prev.start, start) ?? prev;
    const next = det === prev ? q : prev.start;
    if (!asciiFoldIn(det.text, a.determinerList, a.foldable) || !/^\s+$/.test(text.slice(det.end, next))) continue;
    const word = text.slice(q, qe);
    const lw = lower(word);
    let title: string | undefined;
    for (const phrase of a.multiword.get(lw) ?? []) {
      if (text.slice(q, q + phrase.length).toLowerCase() === phrase) {
        title = text.slice(q, q + phrase.length);
        break;
      }
    }
    if (!title && a.titleSet.has(lw)) title = word;
    if (!title) continue;
    out.push({ start: det.start, end: q + title.length, det: det.text, title });
  }
  return out;
}

/** The last occurrence ending at or before `at` (occurrences in text order), or undefined. */
function lastBefore(list: TitleAt[], at: number): TitleAt | undefined {
  let found: TitleAt | undefined;
  for (const t of list) {
    if (t.end > at) break;
    found = t;
  }
  return found;
}

// regex-safe: at most six repetitions, each must start with whitespace the word class cannot match
const BETWEEN_SHAPE = /^(?:\s+[\p{L}.]+){0,6}\s*,?\s*$/u;

/** Whether the words between a title and the name are a plausible complement ("de Perú", "demócrata"). */
function plausibleBetween(a: AgreementCues, between: string): boolean {
  for (const w of between.trim().split(/\s+/).filter(Boolean)) {
    const lw = w.toLowerCase().replace(/[.,]$/, "");
    if (a.complementWords.includes(lw) || /^\p{Lu}/u.test(w)) continue;
    if (a.functionWords.has(lw) || /[óéáí]$/.test(lw) || own(a.titles, lw) !== undefined) return false;
  }
  return true;
}

function personLike(m: NameMention): boolean {
  return m.tokens.length >= 2 || GIVEN.has(m.tokens[0]);
}

/** A segment's bounds and, once asked for, its Spanish titles. */
interface SegmentView {
  start: number;
  end: number;
  titles?: TitleAt[];
}

/** The gendered English role word right before `at` ("spokeswoman Jane Doe", "Spokesman, Luis Soto"), if any. */
function roleBefore(roles: RoleCues, text: string, from: number, at: number): TitleAt | undefined {
  let k = at - 1;
  while (k >= from && !continuesWordAt(text, k)) k--;
  if (k < from || !/^\s*,?\s*$/.test(text.slice(k + 1, at))) return undefined;
  let r = k;
  while (r > from && continuesWordAt(text, r - 1)) r--;
  while (r <= k && !isLetterAt(text, r)) r++;
  if (r > k) return undefined;
  const word = text.slice(r, k + 1);
  return roles.roleSet.has(word.toLowerCase()) ? { start: r, end: k + 1, title: word } : undefined;
}

/** Adds one piece of evidence (when there is a gender) with the text that shows it. */
function pushEvidence(
  out: Evidence[],
  text: string,
  gender: Gender | undefined,
  strength: number,
  from: number,
  to: number,
  cue?: { start: number; end: number },
): void {
  if (!gender) return;
  const e: Evidence = { gender, strength, text: text.slice(from, to).trim() };
  if (cue) e.cue = cue;
  out.push(e);
}

/** Gender evidence of one name mention (in a fixed order: honorific, title before, title after, agreement, given name). */
function mentionEvidence(text: string, lang: Lang, seg: SegmentView, m: NameMention, nw: NameWords): Evidence[] {
  const out: Evidence[] = [];
  const after = text.slice(m.end, Math.min(seg.end, m.end + 70));
  const cues = CUES[lang];
  const a = cues.agreement;
  const r = cues.roles;
  if (a) {
    const hb = nw.foreignHonorifics.get(lang)?.has(m.lead)
      ? undefined
      : (own(cues.honorifics, m.lead) ?? own(cues.honorifics, m.lead.replace(/\.$/, "")));
    if (m.lead && hb) pushEvidence(out, text, hb, 3, m.leadStart, m.end);
    seg.titles ??= titlesIn(a, text, seg.start, seg.end);
    let tb = lastBefore(seg.titles, m.start);
    if (tb && a.ofBeforeName.test(text.slice(Math.max(seg.start, m.start - 90), m.start))) tb = undefined;
    const between = tb && tb.start >= m.start - 90 ? text.slice(tb.end, m.start) : undefined;
    if (tb && between !== undefined && BETWEEN_SHAPE.test(between) && plausibleBetween(a, between)) {
      pushEvidence(out, text, titleGender(a, tb.det, tb.title), 3, tb.start, m.end, { start: tb.start, end: tb.end });
    }
    const ta = a.titleAfter.exec(after);
    if (ta)
      pushEvidence(out, text, titleGender(a, ta[1], ta[2]), 3, m.start, m.end + ta[0].length, {
        start: m.end + ta[0].search(LETTER),
        end: m.end + ta[0].length,
      });
    const ag = personLike(m) ? a.agreementAfter.exec(after) : null;
    if (ag)
      pushEvidence(out, text, own(a.participleGender, ag[2]), 2, m.start, m.end + ag[0].length, {
        start: m.end + ag[0].length - ag[1].length,
        end: m.end + ag[0].length,
      });
  } else if (r) {
    const h = own(cues.honorifics, m.lead) ?? own(cues.honorifics, m.lead.replace(/\.$/, ""));
    if (h) pushEvidence(out, text, h, 3, m.leadStart, m.end);
    const rb = roleBefore(r, text, seg.start, m.start);
    if (rb) pushEvidence(out, text, own(r.roles, rb.title.toLowerCase()), 3, rb.start, m.end);
    const ra = r.roleAfter.exec(after);
    if (ra) pushEvidence(out, text, own(r.roles, ra[1].toLowerCase()), 3, m.start, m.end + ra[0].length);
  }
  if (m.tokens.length >= 2) pushEvidence(out, text, GIVEN.get(m.tokens[0]), 1, m.start, m.end);
  return out;
}

/** Gender evidence for name mentions of one text (a Doc, or its text, language, pair and segments), keyed by mention. */
export function findEvidence(side: PeopleSide, withPronouns: boolean): { mention: NameMention; evidence: Evidence }[] {
  const { text, lang, segments } = side;
  const out: { mention: NameMention; evidence: Evidence }[] = [];
  const cues = CUES[lang];
  const nw = NAME_WORDS(side.pair);
  let prevSingle: NameMention | null = null;
  for (const seg of segments) {
    const mentions = scanMentions(text, seg.start, seg.end, nw);
    const view: SegmentView = { start: seg.start, end: seg.end };
    for (const m of mentions) for (const evidence of mentionEvidence(text, lang, view, m, nw)) out.push({ mention: m, evidence });
    if (!withPronouns) continue;
    const persons = mentions.filter(personLike);
    const prons = pronounsIn(text, lang, seg.start, seg.end).filter((p) => cues.subject.has(p.word.toLowerCase()));
    if (persons.length === 1 && prons.length > 0 && prons.every((p) => p.gender === prons[0].gender) && prons[0].start > persons[0].end) {
      out.push({
        mention: persons[0],
        evidence: { gender: prons[0].gender, strength: 2, text: `${text.slice(persons[0].start, persons[0].end)} … ${prons[0].word}` },
      });
    } else if (
      cues.roles &&
      persons.length === 0 &&
      prevSingle &&
      prons.length > 0 &&
      prons[0].start - seg.start < 3 &&
      prons.every((p) => p.gender === prons[0].gender)
    ) {
      out.push({
        mention: prevSingle,
        evidence: { gender: prons[0].gender, strength: 2, text: `${text.slice(prevSingle.start, prevSingle.end)} … ${prons[0].word}` },
      });
    }
    prevSingle = persons.length === 1 ? persons[0] : null;
  }
  return out;
}

/** Looks a person up by surname key (a Map from indexPeople or a PeopleIndex). */
export interface PeopleLookup {
  get(key: string): KeyInfo | undefined;
}

/** One side of an article for a PeopleIndex. */
export interface PeopleSide {
  text: string;
  lang: Lang;
  /** The languages of the check (a Doc's `pair`). */
  pair: PairScope;
  segments: readonly { start: number; end: number }[];
}

/**
 * The people named in one or more texts (source first, then target), with each surname key's gender worked out only
 * when first looked up: the same answers as indexPeople(findEvidence(...)) without pronoun evidence, at the cost of the
 * names actually asked for. One pass over the capital letters of each text finds the segments a name occurs in; only
 * those segments are read for names and evidence.
 */
export class PeopleIndex implements PeopleLookup {
  private readonly capitals: Capitals[];
  private readonly names: (NameMention[] | undefined)[][];
  /** Segment views (bounds and Spanish titles) by side, made when a segment's evidence is first read. */
  private readonly views: SegmentView[][];
  private readonly infos = new Map<string, KeyInfo | null>();
  private readonly firstInfos = new Map<string, KeyInfo | null>();
  private readonly evidence = new Map<NameMention, Evidence[]>();
  private readonly sourceWords: Set<string>;

  constructor(private readonly sides: readonly PeopleSide[]) {
    this.sourceWords = new Set<string>();
    this.capitals = sides.map((side, s) => capitalsBySegment(side.text, side.segments, s === 0 ? this.sourceWords : undefined));
    this.names = sides.map((side) => side.segments.map(() => undefined));
    this.views = sides.map(() => []);
  }

  /** Name mentions of one segment of one side (read on first use). */
  mentionsIn(side: number, segment: number): NameMention[] {
    let list = this.names[side][segment];
    if (!list) {
      const seg = this.sides[side].segments[segment];
      const { text, pair } = this.sides[side];
      this.names[side][segment] = list = mentionsOfCapitals(text, seg, this.capitals[side], segment, NAME_WORDS(pair));
    }
    return list;
  }

  /** capitalisedWords of the first side's text. */
  capitalisedOfFirst(): Set<string> {
    return this.sourceWords;
  }

  /** What is known about the people behind a surname key, or undefined when nothing genders them. */
  get(key: string): KeyInfo | undefined {
    // lookupKey of a mention made of particles alone ("Van") is undefined: no one is behind it.
    if (typeof key !== "string") return undefined;
    let info = this.infos.get(key);
    if (info === undefined) {
      const found: { mention: NameMention; evidence: Evidence }[] = [];
      this.sides.forEach((side, s) => {
        for (const seg of this.segmentsWithKey(s, key)) {
          for (const mention of this.mentionsIn(s, seg)) {
            // A mention counts once per time its keys name this key (as indexPeople counts it).
            const times = timesKeyed(mention, key);
            if (times === 0) continue;
            let list = this.evidence.get(mention);
            if (!list) {
              const bounds = side.segments[seg];
              const view = (this.views[s][seg] ??= { start: bounds.start, end: bounds.end });
              this.evidence.set(mention, (list = mentionEvidence(side.text, side.lang, view, mention, NAME_WORDS(side.pair))));
            }
            for (const evidence of list) for (let t = 0; t < times; t++) found.push({ mention, evidence });
          }
        }
      });
      info = found.length ? keyInfo(found) : null;
      this.infos.set(key, info);
    }
    return info ?? undefined;
  }

  /** Segments (ascending) of one side where a mention with this key may be. */
  private segmentsWithKey(side: number, key: string): readonly number[] {
    const caps = this.capitals[side];
    // A full-name key ("dina boluarte") is read where its last word is; the empty key belongs to names made of
    // particles alone ("Van"), read where those are.
    if (key !== "") return segmentsWith(caps, key.slice(key.lastIndexOf(" ") + 1));
    const segs = new Set<number>();
    for (const p of PARTICLES) for (const k of segmentsWith(caps, p)) segs.add(k);
    return [...segs].sort((a, b) => a - b);
  }

  /** The one gendered person whose first name this is ("Sylvana" for Sylvana Hiltrop), unless it is also a surname key. */
  firstName(first: string): KeyInfo | undefined {
    let info = this.firstInfos.get(first);
    if (info === undefined) {
      info = null;
      if (!this.get(first)) {
        // Surnames written after this first name anywhere: the candidates whose evidence may list it.
        const keys = new Set<string>();
        this.sides.forEach((_, s) => {
          for (const seg of segmentsWith(this.capitals[s], first)) {
            for (const m of this.mentionsIn(s, seg))
              if (m.tokens.length >= 2 && m.tokens[0] === first) for (const k of m.tokens.slice(1)) keys.add(k);
          }
        });
        const owners = [...keys]
          .map((k) => this.get(k))
          .filter((i): i is KeyInfo => !!i && i.gender !== "ambiguous" && i.firstNames.includes(first));
        if (owners.length === 1) info = owners[0];
      }
      this.firstInfos.set(first, info);
    }
    return info ?? undefined;
  }
}

/** The capitalised words of a text as the name scanner reads them, by segment, and which segments each one is in. */
interface Capitals {
  /** Normalised word -> the segment, or segments (ascending), where it occurs (one number saves an array per word). */
  segmentsOf: Map<string, number | number[]>;
  /** The words in text order (start, end, text); those of segment k are at from[k] … from[k + 1] - 1. */
  starts: number[];
  ends: number[];
  texts: string[];
  from: Int32Array;
}

/**
 * One pass over the capital letters of a text: the capitalised words the name scanner would start a name at, by
 * segment. With `all`, also collects capitalisedWords(text) into it in the same pass.
 */
function capitalsBySegment(text: string, segments: readonly { start: number; end: number }[], all?: Set<string>): Capitals {
  const segmentsOf = new Map<string, number | number[]>();
  const starts: number[] = [];
  const ends: number[] = [];
  const texts: string[] = [];
  const from = new Int32Array(segments.length + 1);
  let k = 0;
  let consumed = 0;
  for (let at = 0; ; ) {
    CAP_CANDIDATE.lastIndex = at;
    if (!CAP_CANDIDATE.test(text)) break;
    const i = CAP_CANDIDATE.lastIndex - 1;
    at = i + 1; // each iteration passes one candidate
    if (!isUpperAt(text, i)) continue;
    // capitalisedWords: each capital not inside an earlier match starts one, running over the word characters after it.
    let whole: string | undefined;
    let wholeKey: string | undefined;
    if (all && i >= consumed) {
      consumed = wordEnd(text, i, text.length);
      whole = text.slice(i, consumed);
      if (isCap(whole)) all.add((wholeKey = normalizeName(whole)));
    }
    while (k < segments.length && segments[k].end <= i) from[++k] = texts.length;
    if (k === segments.length) {
      if (all) continue;
      break;
    }
    const seg = segments[k];
    if (i < seg.start || insideWord(text, i, seg.start)) continue;
    const e = wordEnd(text, i, seg.end);
    const same = whole !== undefined && whole.length === e - i;
    const w = same ? whole! : text.slice(i, e);
    if (!isCap(w)) continue;
    starts.push(i);
    ends.push(e);
    texts.push(w);
    const key = same && wholeKey !== undefined ? wholeKey : normalizeName(w);
    const seen = segmentsOf.get(key);
    if (seen === undefined) segmentsOf.set(key, k);
    else if (typeof seen === "number") {
      if (seen !== k) segmentsOf.set(key, [seen, k]);
    } else if (seen[seen.length - 1] !== k) seen.push(k);
  }
  while (k < segments.length) from[++k] = texts.length;
  return { segmentsOf, starts, ends, texts, from };
}

/** The segments (ascending) where a normalised capitalised word occurs. */
function segmentsWith(caps: Capitals, word: string): readonly number[] {
  const seen = caps.segmentsOf.get(word);
  return seen === undefined ? [] : typeof seen === "number" ? [seen] : seen;
}

/** Name mentions of segment k from its capitalised words (the same as nameMentions over the segment). */
function mentionsOfCapitals(text: string, seg: { start: number; end: number }, caps: Capitals, k: number, nw: NameWords): NameMention[] {
  const out: NameMention[] = [];
  let consumed = seg.start;
  for (let c = caps.from[k]; c < caps.from[k + 1]; c++) {
    if (caps.starts[c] >= consumed)
      consumed = runOfNames(text, { start: caps.starts[c], end: caps.ends[c], text: caps.texts[c] }, seg.end, out, nw);
  }
  return out;
}

/**
 * How often a sentence of an agreement language itself marks someone of gender `g`: "ella"/"él", a gendered person
 * noun or title ("la periodista", "su esposa"), or a known person of that gender named in it; returns how many such
 * marks there are (0 in a language without agreement). A pronoun of that gender in the translation may then refer to one of them.
 */
export function marksGender(text: string, lang: Lang, g: Gender, index: PeopleLookup, scope: PairScope): number {
  const a = CUES[lang].agreement;
  if (!a) return 0;
  let count = 0;
  const explicit = a.explicit[g];
  explicit.lastIndex = 0;
  for (let m = explicit.exec(text); m; m = explicit.exec(text)) count++;
  a.personNoun.lastIndex = 0;
  const nounEnds = new Set<number>();
  for (let m = a.personNoun.exec(text); m; m = a.personNoun.exec(text)) {
    if (titleGender(a, m[1], m[2]) !== g) continue;
    count++;
    // Where a name may start after this noun: past one space (or a no-break space).
    nounEnds.add(m.index + m[0].length + 1);
  }
  for (const m of nameMentions(text, 0, text.length, scope)) {
    // "la señora Arroyo" is one person: a name right after a person noun of that gender was counted with the noun.
    if (nounEnds.has(m.leadStart) || nounEnds.has(m.start)) continue;
    const info = index.get(lookupKey(m));
    if ((info && info.gender === g) || (!info && m.tokens.length >= 2 && GIVEN.get(m.tokens[0]) === g)) count++;
  }
  return count;
}

/** Gender given by a determiner and title ("la" + "presidente" = f, "el" + "ministra" = none). */
function titleGender(a: AgreementCues, det: string | undefined, title: string): Gender | undefined {
  const tg = own(a.titles, title.toLowerCase());
  const dg = det ? (own(a.determiners, det.toLowerCase()) as Gender | "") : "";
  if (tg === "x") return dg || undefined;
  if (dg && dg !== tg) return undefined;
  return tg as Gender;
}

/** Builds the surname-key index of gender evidence: conflicting strongest evidence or two differently gendered full names make a key ambiguous. */
export function indexPeople(found: { mention: NameMention; evidence: Evidence }[]): Map<string, KeyInfo> {
  const byKey = new Map<string, { mention: NameMention; evidence: Evidence }[]>();
  for (const item of found) {
    for (const key of keysOf(item.mention)) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(item);
    }
  }
  const out = new Map<string, KeyInfo>();
  for (const [key, list] of byKey) out.set(key, keyInfo(list));
  return out;
}

/** What the evidence found for one surname key says (see indexPeople). */
function keyInfo(found: { mention: NameMention; evidence: Evidence }[]): KeyInfo {
  // Titles and honorifics outrank everything; below them, agreement, pronouns and given names must agree. The best
  // evidence is the first of the highest strength.
  let top = 0;
  let best: Evidence | undefined;
  for (const { evidence } of found) {
    if (evidence.strength > top) {
      top = evidence.strength;
      best = evidence;
    }
  }
  let genders = 0;
  // Genders seen with each first name of a full name (bit 1 = man, bit 2 = woman).
  const byFirst = new Map<string, number>();
  for (const { mention, evidence } of found) {
    const bit = evidence.gender === "m" ? 1 : 2;
    if (top !== 3 || evidence.strength === 3) genders |= bit;
    if (mention.tokens.length >= 2) byFirst.set(mention.tokens[0], (byFirst.get(mention.tokens[0]) ?? 0) | bit);
  }
  let firstGenders = 0;
  for (const bits of byFirst.values()) firstGenders |= 1 << bits;
  const ambiguous = genders === 3 || (firstGenders & (firstGenders - 1)) !== 0;
  return { gender: ambiguous ? "ambiguous" : best!.gender, evidence: best!, firstNames: [...byFirst.keys()] };
}

/** Third-person singular pronouns of text[start, end). */
export function pronounsIn(text: string, lang: Lang, start: number, end: number): PronounMention[] {
  const cues = CUES[lang];
  const re = cues.pronoun;
  const out: PronounMention[] = [];
  // Search the segment alone: a rare pronoun searched in the whole text would scan far past `end`.
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const w = m[1].toLowerCase();
    const gender: Gender = cues.pronounGender.get(w) ?? "f";
    out.push({ start: start + m.index, end: start + m.index + m[0].length, gender, word: m[0] });
  }
  return out;
}

/** Whether text[i] is a regex word character (what \\b looks at); false outside the text. */
function isRegexWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Third-person singular pronouns of every segment (one search of the whole text where segment edges allow it).
 * Segments without any share one empty list.
 */
export function pronounsBySegment(
  text: string,
  lang: Lang,
  segments: readonly { start: number; end: number }[],
): (readonly PronounMention[])[] {
  const cues = CUES[lang];
  // One search of the whole text reads each segment as a search of it alone would only where \b delimits pronouns.
  if (!cues.asciiBoundary) return segments.map((seg) => pronounsIn(text, lang, seg.start, seg.end));
  const none: readonly PronounMention[] = Object.freeze([]);
  const out: PronounMention[][] = segments.map(() => none as PronounMention[]);
  let k = 0;
  const re = cues.pronoun;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    while (k < segments.length && segments[k].end <= m.index) k++;
    if (k === segments.length) break;
    const seg = segments[k];
    if (m.index < seg.start || m.index + m[0].length > seg.end) continue;
    const w = m[1].toLowerCase();
    const gender: Gender = cues.pronounGender.get(w) ?? "f";
    if (out[k] === none) out[k] = [];
    out[k].push({ start: m.index, end: m.index + m[0].length, gender, word: m[0] });
  }
  // A segment whose edges touch word characters reads differently on its own: search it alone.
  segments.forEach((seg, j) => {
    if (isRegexWordAt(text, seg.start - 1) || isRegexWordAt(text, seg.end)) out[j] = pronounsIn(text, lang, seg.start, seg.end);
  });
  return out;
}

/**
 * Role nouns for people at their offsets: gendered ("woman", "wife") or not ("a reporter"): possible unnamed referents
 * (none in a language whose gender cues are not role nouns). With `possessive`, a noun with a possessive ending
 * ("son's") counts too.
 */
export function personNouns(
  text: string,
  lang: Lang,
  start: number,
  end: number,
  possessive = false,
): { start: number; gender: Gender | "unknown" }[] {
  const out: { start: number; gender: Gender | "unknown" }[] = [];
  const r = CUES[lang].roles;
  if (!r) return out;
  const re = r.personNounCandidate;
  // Search the stretch alone: the search would otherwise run on past `end` to the next candidate.
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const i = start + m.index;
    // Only whole words (as the word scanner reads them from `start`) count.
    if (insideWord(text, i, start)) continue;
    const e = wordEnd(text, i, end);
    let word = m[0];
    if (e !== i + word.length) {
      if (!possessive) continue;
      const full = text.slice(i, e);
      const tail = full.slice(word.length);
      if (tail !== "'s" && tail !== "’s" && tail !== "'S" && tail !== "’S") continue;
      word = full.slice(0, -2);
    }
    const lw = word.toLowerCase();
    const g = r.roleMap.get(lw);
    if (g && !r.plural.has(lw)) out.push({ start: i, gender: g });
    else if (r.neutral.has(lw) && word === lw) out.push({ start: i, gender: "unknown" });
  }
  return out;
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

/** Whether a mention that maps to no known person still looks like a person (not a place or organisation). */
export function unknownPersonLike(text: string, m: NameMention, sourceNames: Set<string>, scope: PairScope): boolean {
  const nw = NAME_WORDS(scope);
  if (!sourceNames.has(m.tokens[m.tokens.length - 1])) return false;
  const before = text.slice(Math.max(0, m.start - 12), m.start).toLowerCase();
  if (nw.beforePlace.test(before)) return false;
  if (nw.orgWords.test(m.tokens.join(" "))) return false;
  return m.tokens.length >= 2 || text.slice(m.end, m.end + 2) !== "'s";
}

/** The subject pronoun of a gender ("ella", "she"): the first of the language's subject pronouns that marks it. */
export function subjectPronoun(lang: Lang, g: Gender): string | undefined {
  const data = CUES[lang].data;
  return data.subjectPronouns.find((w) => data.pronouns[w] === g);
}

/** The other-gender form of a determiner ("el" -> "la", "al" -> "a la"), if the language's table has the pair. */
export function otherDeterminer(lang: Lang, det: string): string | undefined {
  const d = det.toLowerCase();
  for (const [m, f] of CUES[lang].data.determinerPairs ?? []) {
    if (m === d) return f;
    if (f === d) return m;
  }
  return undefined;
}

/** A participle of the other gender ("elegido" -> "elegida"), when the word is one. */
export function otherParticiple(lang: Lang, word: string): string | undefined {
  const a = CUES[lang].agreement;
  const m = a?.participleAt.exec(word);
  if (!a || !m) return undefined;
  const g = own(a.participleGender, m[1].toLowerCase());
  const other = Object.keys(a.participleGender).find((e) => a.participleGender[e] !== g);
  return other === undefined ? undefined : word.slice(0, word.length - m[1].length) + other;
}

/** The other-gender form of a title ("presidente" -> "presidenta"), if the language's table has the pair. */
export function otherTitle(lang: Lang, title: string): string | undefined {
  const t = title.toLowerCase();
  for (const [m, f] of CUES[lang].agreement?.pairs ?? []) {
    if (m === t) return f;
    if (f === t) return m;
  }
  return undefined;
}

/** Regex alternations of a language's gendered determiners and titles (for the evaluation's planted title flips). */
export function titleAlternations(lang: Lang): { determiners: string; titles: string } {
  const a = CUES[lang].agreement;
  return { determiners: a?.detAlt ?? "(?!)", titles: a?.titleAlt ?? "(?!)" };
}

/** The gendered subject a sentence of an agreement language opens with ("Ella …", "El alcalde de Quito …"). */
export function openingSubject(text: string, lang: Lang): { gender: Gender; cue: string } | undefined {
  const cues = CUES[lang];
  const a = cues.agreement;
  if (!a) return undefined;
  const lead = /^[\s¿¡]*/u.exec(text)![0].length;
  const rest = text.slice(lead);
  const pronoun = a.openingPronoun.exec(rest);
  if (pronoun) return { gender: cues.pronounGender.get(pronoun[1].toLowerCase()) ?? "m", cue: pronoun[0] };
  a.personNoun.lastIndex = 0;
  const m = a.personNoun.exec(rest);
  if (m?.index !== 0 || !m[1]) return undefined;
  const gender = titleGender(a, m[1], m[2]);
  return gender ? { gender, cue: m[0] } : undefined;
}

/** Every gendered person noun or title of a text ("el alcalde", "la ministra", "consejero"), in order. */
export function genderedNouns(text: string, lang: Lang): { gender: Gender; cue: string; start: number }[] {
  const out: { gender: Gender; cue: string; start: number }[] = [];
  const a = CUES[lang].agreement;
  if (!a) return out;
  a.personNoun.lastIndex = 0;
  for (let m = a.personNoun.exec(text); m; m = a.personNoun.exec(text)) {
    const gender = titleGender(a, m[1], m[2]);
    if (gender) out.push({ gender, cue: m[0], start: m.index });
  }
  return out;
}

/** The explicit pronouns of a text that stand for people (not "en ella", "por él": in it, by it). */
export function personPronouns(text: string, lang: Lang): PronounMention[] {
  const thing = CUES[lang].agreement?.thingPreposition;
  return pronounsIn(text, lang, 0, text.length).filter((p) => !thing?.test(text.slice(Math.max(0, p.start - 16), p.start)));
}
