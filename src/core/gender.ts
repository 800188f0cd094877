import type { Lang } from "./types";
import cues from "../../rules/gender-cues.json";
import names from "../../rules/given-names.json";
import stopwords from "../../rules/stopwords.json";

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

interface EsCues {
  determiners: Record<string, string>;
  titles: Record<string, string>;
  honorifics: Record<string, Gender>;
  pairs: [string, string][];
  participleAfter: string[];
}
interface EnCues {
  honorifics: Record<string, Gender>;
  roles: Record<string, Gender>;
  neutralRoles: string[];
  plural: string[];
}
const ES = (cues as unknown as { es: EsCues }).es;
const EN = (cues as unknown as { en: EnCues }).en;
const EN_ROLES = new Map(Object.entries(EN.roles));
const ES_TITLES = new Map(Object.entries(ES.titles));

/** Own-property lookup, so that words such as "constructor" never hit Object.prototype. */
function own<T>(obj: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

const normalized = new Map<string, string>();

/** Lowercases and strips accents. */
export function normalizeName(s: string): string {
  let n = normalized.get(s);
  if (n === undefined) {
    n = /^[a-z]*$/.test(s) ? s : s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
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

const STOP = new Set(
  (
    "the a an this that these those he she his her him it its they their them we our you i my me in on at of for to from by with " +
    "and or but if as after before when while since during under over about into also however yet still then there here " +
    "mr mrs ms miss sir dr president minister senator secretary general prime chancellor judge governor mayor pope saint " +
    "prince princess king queen lord lady dame vice former ex deputy chief director spokesman spokeswoman " +
    "el la los las lo un una unos unas del al de en con por para sin sobre tras entre según desde hasta y o pero si como " +
    "cuando mientras ante este esta estos estas ese esa su sus se le les ya aunque porque pues tambien también " +
    "don dona doña sr sra srta señor senor señora senora presidente presidenta ministro ministra " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september " +
    "october november december lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio " +
    "julio agosto septiembre octubre noviembre diciembre"
  ).split(" "),
);
for (const w of [...(stopwords as { es: string[]; en: string[] }).es, ...(stopwords as { es: string[]; en: string[] }).en]) STOP.add(w);
/** Words that end with a period inside a name: initials and honorifics ("George W. Bush", "Mr. Smith"). */
const ABBREVIATED = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sr|Sra|Srta|St|Jr|Prof|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Hon|Rev)$/u;
const PARTICLES = new Set(["van", "von", "da", "di", "dos", "das", "bin", "le"]);
const LETTER = /\p{L}/u;
/** ASCII letters by code; other characters by the Unicode letter class. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[i]);
}
const ORG_WORDS = /\b(?:bank|union|party|ministry|council|court|department|university|company|group|association|organi[sz]ation|committee|parliament|congress|government|republic|states|nations|kingdom|street|airport|club|agency|office|fund|house|senate|army|police|church|league|cup|times|post|news|institute|commission|federation|corporation|airlines|motors|press|front|movement|assembly)\b/;

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Memo of words and name mentions by segment for one text: a rule that asks for the same segments repeatedly passes one. */
export interface TextMemo {
  words: Map<number, Word[]>;
  names: Map<number, NameMention[]>;
  /** Which segments (by start offset) will be asked for again; findEvidence keeps only those (all when absent). */
  keep?: (start: number) => boolean;
}

/** A fresh memo for one document's text (create one per check; never share it between texts). */
export function createTextMemo(keep?: (start: number) => boolean): TextMemo {
  return { words: new Map(), names: new Map(), keep };
}

/** Words of text[start, end), memoised in `memo` when given. */
function wordsIn(text: string, start: number, end: number, memo?: TextMemo): Word[] {
  if (!memo) return scanWords(text, start, end);
  const key = start * 67108864 + end;
  let hit = memo.words.get(key);
  if (!hit) memo.words.set(key, (hit = scanWords(text, start, end)));
  return hit;
}

function scanWords(text: string, start: number, end: number): Word[] {
  // A hand-written scanner for /\p{L}[\p{L}'’-]*/: no match array per word.
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end) {
      const ch = text[j];
      if (ch === "'" || ch === "’" || ch === "-" || isLetterAt(text, j)) j++;
      else break;
    }
    out.push({ start: i, end: j, text: text.slice(i, j) });
    i = j;
  }
  return out;
}

/** Capitalised but not an all-capitals acronym ("Boluarte", not "ONU"). */
function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) {
    // ASCII: only A-Z starts a capitalised word; it is all capitals unless some later unit changes in upper case.
    if (c < 65 || c > 90) return false;
    if (w.length < 2) return true;
    for (let i = 1; i < w.length; i++) {
      const d = w.charCodeAt(i);
      if (d >= 97 && d <= 122) return true;
      if (d >= 128) return w !== w.toUpperCase();
    }
    return false;
  }
  const first = w[0];
  if (first === first.toLowerCase()) return false;
  if (w.length < 2) return true;
  return w !== w.toUpperCase();
}

/** Name mentions in text[start, end): runs of capitalised words (with particles such as "de"), leading titles stripped. */
export function nameMentions(text: string, start: number, end: number, memo?: TextMemo): NameMention[] {
  if (!memo) return scanNameMentions(text, start, end);
  const key = start * 67108864 + end;
  let hit = memo.names.get(key);
  if (!hit) memo.names.set(key, (hit = scanNameMentions(text, start, end, memo)));
  return hit;
}

function scanNameMentions(text: string, start: number, end: number, memo?: TextMemo): NameMention[] {
  return mentionsInWords(text, wordsIn(text, start, end, memo));
}

/** Name mentions among the words of one stretch of text (see nameMentions). */
/** A space or no-break space (what may separate the words of a name). */
function isNameSpace(code: number): boolean {
  return code === 32 || code === 0xa0;
}

function mentionsInWords(text: string, words: Word[]): NameMention[] {
  const out: NameMention[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isCap(words[i].text)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length) {
      // The gap to the next word must be one space (or no-break space), optionally after an abbreviation's period.
      const gapStart = words[j].end;
      const gapLen = words[j + 1].start - gapStart;
      const dotted = gapLen === 2 && text.charCodeAt(gapStart) === 46;
      if (!(gapLen === 1 || dotted) || !isNameSpace(text.charCodeAt(gapStart + gapLen - 1))) break;
      if (dotted && !ABBREVIATED.test(words[j].text)) break;
      if (isCap(words[j + 1].text) && !STOP.has(words[j + 1].text.toLowerCase())) j++;
      else if (PARTICLES.has(words[j + 1].text) && words[j + 2] && isCap(words[j + 2].text) && /^ $/.test(text.slice(words[j + 1].end, words[j + 2].start))) j += 2;
      else break;
    }
    let a = i;
    let lead = "";
    let leadStart = -1;
    while (a <= j && (STOP.has(normalizeName(words[a].text)) || STOP.has(words[a].text.toLowerCase()))) {
      lead = words[a].text.toLowerCase();
      leadStart = words[a].start;
      a++;
    }
    let b = j;
    while (b >= a && PARTICLES.has(words[b].text)) b--;
    if (a <= b) {
      const tokens = words.slice(a, b + 1).map((w) => normalizeName(w.text)).filter((t) => !PARTICLES.has(t));
      out.push({ start: words[a].start, end: words[b].end, tokens, lead, leadStart: leadStart < 0 ? words[a].start : leadStart });
    }
    i = j + 1;
  }
  return out;
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

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ES_TITLE_ALT = Object.keys(ES.titles).sort((a, b) => b.length - a.length).map(esc).join("|");
const ES_DET_ALT = Object.keys(ES.determiners).filter((d) => own(ES.determiners, d)).map(esc).join("|");
/** ", la presidenta del Perú" / ", presidenta del Perú" just after a name. */
const ES_TITLE_AFTER = new RegExp(
  `^\\s*,\\s+(?:(${ES_DET_ALT})\\s+)?(?:(?:ex|nuevo|nueva|actual|entonces|propio|propia)\\s+)?(${ES_TITLE_ALT})(?![\\p{L}])(?!\\s+\\p{Lu})`,
  "u",
);
const ES_AUX_ALT = ES.participleAfter.map(esc).join("|");
/** "Boluarte fue elegida" / "Boluarte, nacida en". */
const ES_AGREEMENT_AFTER = new RegExp(
  `^(?:\\s+(?:${ES_AUX_ALT})\\s+(?:\\p{Ll}+mente\\s+)?|\\s*,\\s+)(\\p{Ll}+(?:ad|id|ect|uert)([oa]))(?![\\p{L}])`,
  "u",
);
const EN_HONORIFIC = new Set(Object.keys(EN.honorifics));
const EN_ROLE_ALT = Object.keys(EN.roles).filter((r) => r.length > 3 && !/s$/.test(r) || r === "actress" || r === "mistress" || r === "princess" || r === "duchess" || r === "countess" || r === "baroness" || r === "heiress" || r === "hostess" || r === "waitress").map(esc).join("|");
/** ", a spokeswoman for" just after a name. */
const EN_ROLE_AFTER = new RegExp(`^\\s*,\\s+(?:(?:a|an|the|his|her)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(${EN_ROLE_ALT})(?![\\p{L}])`, "u");
const FUNCTION_WORDS = new Set(
  "a con y e o u que en se ha han por para sin sobre tras según no lo le les ya muy más pero cuando donde como quien cual".split(" "),
);

const ES_MODIFIERS = new Set(["ex", "nuevo", "nueva", "actual", "entonces", "propio", "propia", "flamante", "joven"]);
const ES_DETERMINERS = new Map(Object.entries(ES.determiners).filter(([, g]) => g));
const EN_ROLE_SET = new Set(EN_ROLE_ALT.split("|"));
/** Multi-word titles ("primer ministro", "jefe de Estado") by their first word. */
const ES_MULTIWORD = new Map<string, string[]>();
for (const t of Object.keys(ES.titles)) {
  if (!t.includes(" ")) continue;
  const first = t.split(" ")[0];
  ES_MULTIWORD.set(first, [...(ES_MULTIWORD.get(first) ?? []), t].sort((a, b) => b.length - a.length));
}

/** A title or role occurrence: "la presidenta", "el primer ministro", "spokeswoman". */
interface TitleAt {
  start: number;
  end: number;
  det?: string;
  title: string;
}

/** Spanish determiner + title occurrences among the words of a segment, in order (word lookups, no big regex). */
function spanishTitles(text: string, words: Word[]): TitleAt[] {
  const out: TitleAt[] = [];
  for (let i = 1; i < words.length; i++) {
    const lw = words[i].text.toLowerCase();
    let title: string | undefined;
    for (const phrase of ES_MULTIWORD.get(lw) ?? []) {
      if (text.slice(words[i].start, words[i].start + phrase.length).toLowerCase() === phrase) {
        title = text.slice(words[i].start, words[i].start + phrase.length);
        break;
      }
    }
    if (!title && ES_TITLES.has(lw)) title = words[i].text;
    if (!title) continue;
    let d = i - 1;
    if (ES_MODIFIERS.has(words[d].text.toLowerCase()) && d > 0) d--;
    const det = words[d].text.toLowerCase();
    if (!ES_DETERMINERS.has(det) || !/^\s+$/.test(text.slice(words[d].end, words[d + 1].start))) continue;
    out.push({ start: words[d].start, end: words[i].start + title.length, det: words[d].text, title });
  }
  return out;
}

/** English gendered role words ("spokeswoman") among the words of a segment, in order. */
function englishRoles(words: Word[]): TitleAt[] {
  return words.filter((w) => EN_ROLE_SET.has(w.text.toLowerCase())).map((w) => ({ start: w.start, end: w.end, title: w.text }));
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

/** Whether the words between a Spanish title and the name are a plausible complement ("de Perú", "demócrata"). */
function plausibleBetween(between: string): boolean {
  for (const w of between.trim().split(/\s+/).filter(Boolean)) {
    const lw = w.toLowerCase().replace(/[.,]$/, "");
    if (["de", "del", "la", "los", "las", "el"].includes(lw) || /^\p{Lu}/u.test(w)) continue;
    if (FUNCTION_WORDS.has(lw) || /[óéáí]$/.test(lw) || own(ES.titles, lw) !== undefined) return false;
  }
  return true;
}

function personLike(m: NameMention): boolean {
  return m.tokens.length >= 2 || GIVEN.has(m.tokens[0]);
}

/** Gender evidence for name mentions of one text, keyed by mention. */
export function findEvidence(
  text: string, lang: Lang, segments: { start: number; end: number }[], withPronouns: boolean, memo?: TextMemo,
): { mention: NameMention; evidence: Evidence }[] {
  const out: { mention: NameMention; evidence: Evidence }[] = [];
  const addEvidence = (m: NameMention, gender: Gender | undefined, strength: number, from: number, to: number, cue?: { start: number; end: number }) => {
    if (gender) out.push({ mention: m, evidence: { gender, strength, text: text.slice(from, to).trim(), ...(cue ? { cue } : {}) } });
  };
  let prevSingle: NameMention | null = null;
  for (const seg of segments) {
    // A segment nobody asks for again is scanned once here and not kept in the memo (less memory held per article).
    const words = memo && (!memo.keep || memo.keep(seg.start)) ? undefined : scanWords(text, seg.start, seg.end);
    const mentions = words ? mentionsInWords(text, words) : nameMentions(text, seg.start, seg.end, memo);
    const persons = mentions.filter(personLike);
    const segWords = mentions.length ? words ?? wordsIn(text, seg.start, seg.end, memo) : [];
    const titles = lang === "es" ? spanishTitles(text, segWords) : englishRoles(segWords);
    for (const m of mentions) {
      const name = text.slice(m.start, m.end);
      const before = text.slice(Math.max(seg.start, m.start - 90), m.start);
      const after = text.slice(m.end, Math.min(seg.end, m.end + 70));
      if (lang === "es") {
        const hb = EN_HONORIFIC.has(m.lead) ? undefined : own(ES.honorifics, m.lead) ?? own(ES.honorifics, m.lead.replace(/\.$/, ""));
        if (m.lead && hb) addEvidence(m, hb, 3, m.leadStart, m.end);
        const tb = /(?:^|\s)(?:de|del|de la|de los|de las)\s*$/i.test(before) ? undefined : lastBefore(titles, m.start);
        const between = tb && tb.start >= m.start - 90 ? text.slice(tb.end, m.start) : undefined;
        if (tb && between !== undefined && BETWEEN_SHAPE.test(between) && plausibleBetween(between)) {
          addEvidence(m, titleGender(tb.det, tb.title), 3, tb.start, m.end, { start: tb.start, end: tb.end });
        }
        const ta = ES_TITLE_AFTER.exec(after);
        if (ta) addEvidence(m, titleGender(ta[1], ta[2]), 3, m.start, m.end + ta[0].length, { start: m.end + ta[0].search(/\p{L}/u), end: m.end + ta[0].length });
        const ag = personLike(m) ? ES_AGREEMENT_AFTER.exec(after) : null;
        if (ag) addEvidence(m, ag[2] === "a" ? "f" : "m", 2, m.start, m.end + ag[0].length, { start: m.end + ag[0].length - ag[1].length, end: m.end + ag[0].length });
      } else {
        const h = own(EN.honorifics, m.lead) ?? own(EN.honorifics, m.lead.replace(/\.$/, ""));
        if (h) addEvidence(m, h, 3, m.leadStart, m.end);
        const rb = lastBefore(titles, m.start);
        if (rb && /^\s*,?\s*$/.test(text.slice(rb.end, m.start))) addEvidence(m, own(EN.roles, rb.title.toLowerCase()), 3, rb.start, m.end);
        const ra = EN_ROLE_AFTER.exec(after);
        if (ra) addEvidence(m, own(EN.roles, ra[1].toLowerCase()), 3, m.start, m.end + ra[0].length);
      }
      if (m.tokens.length >= 2) addEvidence(m, GIVEN.get(m.tokens[0]), 1, m.start, m.end);
    }
    if (withPronouns) {
      const prons = pronounsIn(text, lang, seg.start, seg.end).filter((p) => lang === "es" || /^(?:he|she)$/i.test(p.word));
      if (persons.length === 1 && prons.length > 0 && prons.every((p) => p.gender === prons[0].gender) && prons[0].start > persons[0].end) {
        out.push({ mention: persons[0], evidence: { gender: prons[0].gender, strength: 2, text: `${text.slice(persons[0].start, persons[0].end)} … ${prons[0].word}` } });
      } else if (lang === "en" && persons.length === 0 && prevSingle && prons.length > 0 && prons[0].start - seg.start < 3 && prons.every((p) => p.gender === prons[0].gender)) {
        out.push({ mention: prevSingle, evidence: { gender: prons[0].gender, strength: 2, text: `${text.slice(prevSingle.start, prevSingle.end)} … ${prons[0].word}` } });
      }
    }
    prevSingle = persons.length === 1 ? persons[0] : null;
  }
  return out;
}

const ES_PERSON_NOUN = new RegExp(`(?<![\\p{L}])(?:(${ES_DET_ALT})\\s+)?(${ES_TITLE_ALT})(?![\\p{L}])`, "giu");
// regex-safe: literal words between lookarounds, no quantifier at all
const ES_EXPLICIT: Record<Gender, RegExp> = { f: /(?<![\p{L}])ella(?![\p{L}])/iu, m: /(?<![\p{L}])él(?![\p{L}])/iu };

/**
 * How often a Spanish sentence itself marks someone of gender `g`: "ella"/"él", a gendered person noun or title
 * ("la periodista", "su esposa"), or a known person of that gender named in it; returns how many such marks there
 * are. A pronoun of that gender in the translation may then refer to one of them.
 */
export function spanishMarksGender(text: string, g: Gender, index: Map<string, KeyInfo>): number {
  let count = 0;
  const explicit = new RegExp(ES_EXPLICIT[g].source, "giu");
  for (let m = explicit.exec(text); m; m = explicit.exec(text)) count++;
  ES_PERSON_NOUN.lastIndex = 0;
  const nounEnds = new Set<number>();
  for (let m = ES_PERSON_NOUN.exec(text); m; m = ES_PERSON_NOUN.exec(text)) {
    if (titleGender(m[1], m[2]) !== g) continue;
    count++;
    // Where a name may start after this noun: past one space (or a no-break space).
    nounEnds.add(m.index + m[0].length + 1);
  }
  for (const m of nameMentions(text, 0, text.length)) {
    // "la señora Arroyo" is one person: a name right after a person noun of that gender was counted with the noun.
    if (nounEnds.has(m.leadStart) || nounEnds.has(m.start)) continue;
    const info = index.get(lookupKey(m));
    if ((info && info.gender === g) || (!info && m.tokens.length >= 2 && GIVEN.get(m.tokens[0]) === g)) count++;
  }
  return count;
}

/** Gender given by a Spanish determiner and title ("la" + "presidente" = f, "el" + "ministra" = none). */
function titleGender(det: string | undefined, title: string): Gender | undefined {
  const tg = own(ES.titles, title.toLowerCase());
  const dg = det ? (own(ES.determiners, det.toLowerCase()) as Gender | "") : "";
  if (tg === "x") return dg || undefined;
  if (dg && dg !== tg) return undefined;
  return tg as Gender;
}

/** Builds the surname-key index of gender evidence: conflicting strongest evidence or two differently gendered full names make a key ambiguous. */
export function indexPeople(found: { mention: NameMention; evidence: Evidence }[]): Map<string, KeyInfo> {
  const byKey = new Map<string, Evidence[]>();
  const fullByKey = new Map<string, Map<string, Set<Gender>>>();
  for (const { mention, evidence } of found) {
    for (const key of keysOf(mention)) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(evidence);
      if (mention.tokens.length >= 2) {
        let full = fullByKey.get(key);
        if (!full) fullByKey.set(key, (full = new Map()));
        const name = mention.tokens[0];
        let g = full.get(name);
        if (!g) full.set(name, (g = new Set()));
        g.add(evidence.gender);
      }
    }
  }
  const out = new Map<string, KeyInfo>();
  for (const [key, list] of byKey) {
    // Titles and honorifics outrank everything; below them, agreement, pronouns and given names must agree.
    const top = Math.max(...list.map((e) => e.strength));
    const best = list.filter((e) => (top === 3 ? e.strength === 3 : true)).sort((a, b) => b.strength - a.strength);
    const genders = new Set(best.map((e) => e.gender));
    const byFirst = fullByKey.get(key) ?? new Map<string, Set<Gender>>();
    const firstGenders = [...byFirst.values()].map((s) => (s.size === 1 ? [...s][0] : "x"));
    const distinct = new Set(firstGenders);
    const ambiguous = genders.size > 1 || distinct.size > 1;
    out.set(key, { gender: ambiguous ? "ambiguous" : best[0].gender, evidence: best[0], firstNames: [...byFirst.keys()] });
  }
  return out;
}

const EN_PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/gi;
// regex-safe: two literal words between lookarounds, no quantifier
const ES_PRONOUN = /(?<![\p{L}])(él|ella)(?![\p{L}])/giu;

/** Third-person singular pronouns of text[start, end). */
export function pronounsIn(text: string, lang: Lang, start: number, end: number): PronounMention[] {
  const re = lang === "en" ? EN_PRONOUN : ES_PRONOUN;
  const out: PronounMention[] = [];
  // Search the segment alone: a rare pronoun searched in the whole text would scan far past `end`.
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const w = m[1].toLowerCase();
    const gender: Gender = /^(?:he|him|his|himself|él)$/.test(w) ? "m" : "f";
    out.push({ start: start + m.index, end: start + m.index + m[0].length, gender, word: m[0] });
  }
  return out;
}

const NEUTRAL_ROLES = new Set(EN.neutralRoles);
const PLURAL_ROLES = new Set(EN.plural);

/**
 * English nouns for people at their offsets: gendered ("woman", "wife") or not ("a reporter"): possible unnamed referents.
 * With `possessive`, a noun with a possessive ending ("son's") counts too.
 */
export function personNouns(
  text: string, start: number, end: number, memo?: TextMemo, possessive = false,
): { start: number; gender: Gender | "unknown" }[] {
  const out: { start: number; gender: Gender | "unknown" }[] = [];
  for (const w of wordsIn(text, start, end, memo)) {
    let lw = w.text.toLowerCase();
    if (possessive && (lw.endsWith("'s") || lw.endsWith("’s"))) lw = lw.slice(0, -2);
    const g = EN_ROLES.get(lw);
    if (g && !PLURAL_ROLES.has(lw)) out.push({ start: w.start, gender: g });
    else if (NEUTRAL_ROLES.has(lw) && w.text === lw) out.push({ start: w.start, gender: "unknown" });
  }
  return out;
}

/** Normalised capitalised words of a text: names of people are not translated, so a target name must be among them. */
export function capitalisedWords(text: string): Set<string> {
  const out = new Set<string>();
  const re = /\p{Lu}[\p{L}'’-]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) if (isCap(m[0])) out.add(normalizeName(m[0]));
  return out;
}

/** Whether a mention that maps to no known person still looks like a person (not a place or organisation). */
export function unknownPersonLike(text: string, m: NameMention, sourceNames: Set<string>): boolean {
  if (!sourceNames.has(m.tokens[m.tokens.length - 1])) return false;
  const before = text.slice(Math.max(0, m.start - 12), m.start).toLowerCase();
  if (/\b(?:in|to|from|at|across|into|near|of|the|en|a|de|desde|hacia|el|la|los|las)\s+$/.test(before)) return false;
  if (ORG_WORDS.test(m.tokens.join(" "))) return false;
  return m.tokens.length >= 2 || text.slice(m.end, m.end + 2) !== "'s";
}

/** The other-gender form of a Spanish title ("presidente" -> "presidenta"), if the table has the pair. */
export function otherTitle(title: string): string | undefined {
  const t = title.toLowerCase();
  for (const [m, f] of ES.pairs) {
    if (m === t) return f;
    if (f === t) return m;
  }
  return undefined;
}

/** Regex alternations of Spanish determiners and titles (for the evaluation's planted title flips). */
export { ES_TITLE_ALT, ES_DET_ALT };
