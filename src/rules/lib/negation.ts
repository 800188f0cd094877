// The polarity of a sentence: its verbal negators (not, never, no, nunca), after fixed positive phrases (no obstante,
// not only), litotes (not unlike, no sin) and negative concord (no vino nadie: one negation) are set aside, and
// whether it has any other negative word a translator may use for a negated verb (without, sin, failed, negó).
import type { Lang } from "../../types";
import type { NegationData } from "../../lang/language";
import { byLanguage } from "../../lang/registry";
import { perPair, type PairScope } from "../../lang/pair";
import { isSpaceUnit, letterUnitsAt } from "../../fast/unit-class";

interface LangTable {
  verbal: ReadonlySet<string>;
  concord: ReadonlySet<string>;
  other: ReadonlySet<string>;
  restrictive: ReadonlySet<string>;
  limiting: ReadonlySet<string>;
  reporting: ReadonlySet<string>;
  /** The positive phrases (list 0), litotes (1) and negative phrases (2) by their first word. */
  phrases: PhraseIndex;
  clauseBreak: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  concordWindow: number;
  prefix: RegExp;
  prefixExcept: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string> | null;
  notVerbAfterNo: ReadonlySet<string>;
  until: ReadonlySet<string>;
  adjectiveAfterNo: RegExp | null;
  needsAuxiliary: ReadonlySet<string>;
  nounLike: ReadonlySet<string>;
  openingPronouns: ReadonlySet<string>;
  /** Endings holding a contracted auxiliary ("'s", "'m"), with the straight apostrophe. */
  contractedAuxiliaries: readonly string[];
  reportingParticles: ReadonlySet<string>;
  needsCompletion: ReadonlySet<string>;
  doubleNegative: ReadonlySet<string>;
  contrast: ReadonlySet<string>;
  /** Elided forms ("n'", "qu'") of negators and clause words, split off the word they are glued to ("n'a"). */
  elided: string[];
}

/** A language's negation data as rules/<code>/negation.json holds it. */
type RawTable = NegationData;

function compile(raw: RawTable): LangTable {
  return {
    verbal: new Set(raw.verbal),
    concord: new Set(raw.concord),
    other: new Set(raw.other),
    restrictive: new Set(raw.restrictive),
    limiting: new Set(raw.limiting ?? []),
    reporting: new Set(raw.reporting),
    phrases: indexPhrases([raw.positive, raw.litotes, raw.negativePhrases ?? []]),
    clauseBreak: new Set(raw.clauseBreak),
    coordinators: new Set(raw.coordinators ?? []),
    concordWindow: raw.concordWindow,
    // regex-safe: the patterns of rules/<lang>/negation.json are anchored word tests with no nested quantifier
    prefix: new RegExp(raw.negativePrefix.pattern, "u"),
    prefixExcept: new Set(raw.negativePrefix.except),
    adjectiveAfterNo: raw.adjectiveAfterNo ? new RegExp(raw.adjectiveAfterNo, "u") : null,
    auxiliaries: raw.auxiliaries ? new Set(raw.auxiliaries) : null,
    notVerbAfterNo: new Set(raw.notVerbAfterNo ?? []),
    until: new Set(raw.until),
    needsAuxiliary: new Set(raw.needsAuxiliary),
    nounLike: new Set(raw.nounLike),
    openingPronouns: new Set(raw.openingPronouns ?? []),
    contractedAuxiliaries: raw.contractedAuxiliaries ?? [],
    reportingParticles: new Set(raw.reportingParticles ?? []),
    needsCompletion: new Set(raw.needsCompletion ?? []),
    doubleNegative: new Set(raw.doubleNegative ?? []),
    contrast: new Set(raw.contrast ?? []),
    elided: [...raw.verbal, ...raw.clauseBreak, ...(raw.coordinators ?? [])].filter((w) => /['’]$/.test(w)),
  };
}

const TABLES: Record<Lang, LangTable> = byLanguage((l) => compile(l.negation));

/** A word of a sentence, lower case, with its offsets. */
interface Word {
  start: number;
  end: number;
  lower: string;
}

/** An English contracted negation: "didn't", "won’t" (what /n['’]t$/ finds, read from the word's last three units). */
export function endsNt(w: string): boolean {
  const n = w.length;
  const q = w.charCodeAt(n - 2);
  return n >= 3 && w.charCodeAt(n - 1) === 116 && w.charCodeAt(n - 3) === 110 && (q === 39 || q === 0x2019);
}
/** Marks after which a sentence's main clause is over (a comma, a colon, a quotation); `hasMainBreak` scans for them. */
const MAIN_BREAK = /[,;:()—–]/;
/** What negation reads of either language of a pair (a sentence may quote the other). */
interface PairNegation {
  /** Conjunctions that introduce reported speech after a verb of saying. */
  reported: ReadonlySet<string>;
  /** "el no", "un no rotundo": "no" used as a noun. */
  nounDeterminers: ReadonlySet<string>;
  /** An English tag question after the word: "didn't you?", "isn't it?". */
  tagAfter: RegExp;
}

const PAIR_NEGATION = perPair(
  (languages): PairNegation => ({
    reported: new Set(languages.flatMap((l) => l.negation.reportedSpeech)),
    nounDeterminers: new Set(languages.flatMap((l) => l.negation.nounDeterminers)),
    tagAfter: new RegExp(`^\\s+(?:${languages.flatMap((l) => l.negation.tagPronouns).join("|") || "(?!)"})\\s*\\?`, "i"),
  }),
);

/**
 * The words of text[start, end): a letter, then letters and apostrophes ("didn't"), a trailing apostrophe trimmed;
 * as the pattern \p{L}[\p{L}'’]* (u flag) matches them with ['’]+$ cut off, by a hand scanner (no match array per word).
 */
export function wordsOf(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    let u = letterUnitsAt(text, i, end);
    if (u === 0) {
      i++;
      continue;
    }
    const from = i;
    i += u;
    let lastLetterEnd = i;
    for (; i < end; i += u) {
      u = letterUnitsAt(text, i, end);
      if (u > 0) lastLetterEnd = i + u;
      else if (text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019) u = 1;
      else break;
    }
    out.push({ start: from, end: lastLetterEnd, lower: text.slice(from, lastLetterEnd).toLowerCase() });
  }
  return out;
}

/**
 * The words of a sentence as the negation rule counts them, `text.split(/\s+/).length`, without the split: one more
 * than the runs of white space (src/fast/README.md).
 */
export function splitCount(text: string): number {
  let n = 1;
  for (let i = 0, afterSpace = false; i < text.length; i++) {
    const space = isSpaceUnit(text.charCodeAt(i));
    if (space && !afterSpace) n++;
    afterSpace = space;
  }
  return n;
}

/** Whether text[from, to) holds a mark of MAIN_BREAK: `MAIN_BREAK.test(text.slice(from, to))` without the slice. */
export function hasMainBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013) return true;
  }
  return false;
}

/** The words with each elided negator or clause word ("n'a", "qu'il") split off as a word of its own ("n'", "a"). */
function splitElided(words: Word[], elided: string[]): Word[] {
  if (!elided.length) return words;
  const out: Word[] = [];
  for (const w of words) {
    const e = elided.find((x) => w.lower.length > x.length && w.lower.replace("’", "'").startsWith(x.replace("’", "'")));
    if (!e) out.push(w);
    else {
      out.push({ start: w.start, end: w.start + e.length, lower: e });
      out.push({ start: w.start + e.length, end: w.end, lower: w.lower.slice(e.length) });
    }
  }
  return out;
}

/**
 * Phrases of several lists by their first word (each with the index of its list), so each word of a sentence is
 * looked up once and tried only against the phrases it can start.
 */
type PhraseIndex = ReadonlyMap<string, { list: number; words: string[] }[]>;

function indexPhrases(lists: string[][]): PhraseIndex {
  const out = new Map<string, { list: number; words: string[] }[]>();
  lists.forEach((phrases, list) => {
    for (const words of phrases.map((p) => p.split(" "))) out.set(words[0]!, [...(out.get(words[0]!) ?? []), { list, words }]);
  });
  return out;
}

/** A word as phrases spell it: a contracted negation ("won't") reads as "not" ("won't be just" as "not be just"). */
const phraseForm = (w: Word) => (endsNt(w.lower) ? "not" : w.lower);

const NO_WORDS: ReadonlySet<number> = new Set(); // (no word of a sentence: shared, never added to)

/**
 * Per list of `phrases`, the indexes of the words covered by any of its phrases (whole words, in order), given
 * each word's `phraseForm`; undefined for a list none of whose phrases is there (most sentences hold none).
 */
function covered(forms: readonly string[], phrases: PhraseIndex, lists: number): (Set<number> | undefined)[] {
  const out: (Set<number> | undefined)[] = Array.from({ length: lists }, () => undefined);
  for (let i = 0; i < forms.length; i++) {
    const starting = phrases.get(forms[i]);
    if (starting === undefined) continue;
    for (const p of starting) {
      if (p.words.every((w, j) => forms[i + j] === w)) for (let j = 0; j < p.words.length; j++) (out[p.list] ??= new Set()).add(i + j);
    }
  }
  return out;
}

/** True when word i negates a verb in this language (before concord is taken into account). */
function isVerbal(t: LangTable, p: PairNegation, text: string, words: Word[], i: number, skip: ReadonlySet<number>): boolean {
  const w = words[i];
  // Only a negator can negate (the common case, tested first: most words are neither).
  if (!t.verbal.has(w.lower) && !endsNt(w.lower)) return false;
  const next = words[i + 1];
  // "and Never the Same": a capital inside a sentence, after no mark that opens one, starts a title, not a clause.
  if (i > 0 && titleWord(text, words[i - 1]!.end, w)) return false;
  // "Rather not.", "temo que no.": an elliptical answer, with no verb of its own.
  if (!next || MAIN_BREAK.test(text.slice(w.end, next.start)) || /[.!?]/.test(text.slice(w.end, next.start))) return false;
  // "the No-Fly-List", "una política no-violenta": a negator hyphened to the next word is part of a compound.
  if (next.start === w.end + 1 && text[w.end] === "-") return false;
  if (restrictsTime(t, words, i)) return false;
  if (t.needsCompletion.has(w.lower) && !completed(t, words, i, skip)) return false;
  if (t.verbal.has(w.lower)) {
    if (t.needsAuxiliary.has(w.lower) && t.auxiliaries && !isAuxiliary(t, words[i - 1]?.lower ?? "")) return false;
    if (!t.nounLike.has(w.lower)) return true;
    // Spanish "no" as a noun, or before an adjective ("no autorizado") or a non-verb ("no antes"), negates no verb.
    if (t.adjectiveAfterNo?.test(next.lower) || t.notVerbAfterNo.has(next.lower)) return false;
    return !p.nounDeterminers.has(words[i - 1]?.lower ?? "");
  }
  return endsNt(w.lower) && !p.tagAfter.test(text.slice(w.end, w.end + 12));
}

/** Marks after which a capital may open a sentence or a quotation ("dijo: No …", "« No …"). */
const OPENS = /[.!?:;"“”«»¿¡—–(\[]/;

/** True when word `w`, after text[from, w.start), is capitalised where no sentence or quotation starts. */
function titleWord(text: string, from: number, w: Word): boolean {
  const c = text[w.start]!;
  return c !== c.toLowerCase() && !OPENS.test(text.slice(from, w.start));
}

/** True when a word of `set` follows negator i within the concord window of its clause. */
function followedInClause(t: LangTable, words: Word[], i: number, set: ReadonlySet<string>, skip: ReadonlySet<number>): boolean {
  for (let j = i + 1; j < Math.min(words.length, i + 1 + t.concordWindow); j++) {
    const w = words[j].lower;
    if (set.has(w)) return !skip.has(j);
    if (t.clauseBreak.has(w) || t.coordinators.has(w)) return false;
  }
  return false;
}

/** True when a contrast word ("sino") follows negator i anywhere later in the sentence. */
function contrasted(t: LangTable, words: Word[], i: number): boolean {
  if (!t.contrast.size) return false;
  for (let j = i + 1; j < words.length; j++) if (t.contrast.has(words[j].lower)) return true;
  return false;
}

/** The change in bracket depth over text[from, to): "(" opens an aside, ")" closes it. */
function bracketDelta(text: string, from: number, to: number): number {
  let d = 0;
  for (let i = from; i < to; i++) d += text.charCodeAt(i) === 40 ? 1 : text.charCodeAt(i) === 41 ? -1 : 0;
  return d;
}

/** True when a concord word completes negator i in its clause ("ne … pas"; not "ne … que", nor an expletive "ne"). */
function completed(t: LangTable, words: Word[], i: number, skip: ReadonlySet<number>): boolean {
  // "ne … pas seulement": a completing word inside a positive phrase makes the negator that phrase's.
  return followedInClause(t, words, i, t.concord, skip);
}

/** True when a word is an auxiliary of the language, or ends in one contracted onto it ("that's", "I'm"). */
function isAuxiliary(t: LangTable, word: string): boolean {
  if (t.auxiliaries?.has(word)) return true;
  const straight = word.replace("’", "'");
  return t.contractedAuxiliaries.some((c) => straight.length > c.length && straight.endsWith(c));
}

/** True when an "until" word follows the negator in its sentence ("will not reach other countries, … until 2010"). */
function restrictsTime(t: LangTable, words: Word[], i: number): boolean {
  for (let j = i + 1; j < Math.min(words.length, i + 15); j++) {
    const w = words[j].lower;
    if (t.until.has(w)) return true;
    // "… to star Riley, who worked in a warehouse until …": an "until" of another clause restricts its own verb.
    if (t.clauseBreak.has(w) || t.coordinators.has(w)) return false;
  }
  return false;
}

/**
 * Whether clause-break word i leaves the main clause going on: "dijo que no …", "said that …" (the reported clause
 * is the sentence's message), or a pronoun opening the sentence ("That will not …").
 */
function opensMain(t: LangTable, p: PairNegation, words: Word[], i: number): boolean {
  if (i === 0 && t.openingPronouns.has(words[i]!.lower)) return true;
  if (!p.reported.has(words[i]!.lower)) return false;
  // "pointed out that": a particle may stand between the verb of saying and its conjunction.
  const before = t.reportingParticles.has(words[i - 1]?.lower ?? "") ? words[i - 2] : words[i - 1];
  return t.reporting.has(before?.lower ?? "");
}

/** True when the word is a negative word that negates no verb (without, sin, failed, unauthorised). */
function isOther(t: LangTable, w: Word): boolean {
  return t.other.has(w.lower) || (t.prefix.test(w.lower) && !t.prefixExcept.has(w.lower));
}

/** The polarity of one sentence. */
export interface Polarity {
  /** Verbal negators that each negate a clause (concord repeats and litotes left out). */
  negators: { start: number; end: number }[];
  /** Those of the main clause: before any clause break, comma or quotation mark of the sentence. */
  main: { start: number; end: number }[];
  /**
   * Where each other negative word lies (without, sin, failed, unauthorised: a rendering of a negation in other
   * words); `lexical` for a word that negates by its sense alone (failed, perdió, ilegal), not a negative pronoun,
   * determiner or conjunction (nadie, ni) nor a negator inside a phrase.
   */
  othersAt: { start: number; end: number; lexical?: boolean }[];
  /**
   * Where each restrictive word lies (only, sólo, rather, sino: a looser rendering of a negation), as a share of the
   * sentence's length (0 at its start, 1 at its end).
   */
  restrictiveAt: number[];
  /** Whether each restrictive word is a limiting one (only, sólo, nur), in the order of `restrictiveAt`. */
  limiting: boolean[];
}

/**
 * The words of a sentence inside fixed phrases: positive ones (`skip`: "not only"), litotes and negative phrases
 * (`litotes`: they affirm or say "not" without a negator, but show a negation to the other side's check), and both
 * (`settled`: words a completing or double-negative word may not be taken from).
 */
function phrasesOf(t: LangTable, words: Word[]): { skip: ReadonlySet<number>; litotes: ReadonlySet<number>; settled: ReadonlySet<number> } {
  const [skip = NO_WORDS, litotesFound, negative] = covered(words.map(phraseForm), t.phrases, 3);
  if (!litotesFound && !negative) return { skip, litotes: NO_WORDS, settled: skip };
  const litotes = litotesFound ?? new Set<number>();
  // "far from", "alles andere als": a negation in other words, shown as a litotes' words are.
  for (const i of negative ?? NO_WORDS) if (!skip.has(i)) litotes.add(i);
  return { skip, litotes, settled: new Set([...skip, ...litotes]) };
}

/** The polarity of text[start, end) in `lang`, one language of the pair `scope`. */
export function polarityOf(text: string, start: number, end: number, lang: Lang, scope: PairScope): Polarity {
  const t = TABLES[lang];
  const p = PAIR_NEGATION(scope);
  const words = splitElided(wordsOf(text, start, end), t.elided);
  const { skip, litotes, settled } = phrasesOf(t, words);
  const negators: { start: number; end: number }[] = [];
  const main: { start: number; end: number }[] = [];
  const othersAt: Polarity["othersAt"] = [];
  const restrictiveAt: number[] = [];
  const limiting: boolean[] = [];
  let lastNegator = -Infinity;
  let inMain = true;
  // Inside brackets: an aside, never the main clause; a bracket before the first word opens the sentence itself.
  let aside = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const gap = i > 0 ? words[i - 1].end : start;
    if (i > 0) aside = Math.max(0, aside + bracketDelta(text, gap, w.start));
    // A comma or a dash closes a subordinate clause; a subordinator opens one.
    if (i > 0 && hasMainBreak(text, gap, w.start)) inMain = true;
    if (t.coordinators.has(w.lower)) lastNegator = -Infinity;
    else if (t.clauseBreak.has(w.lower)) {
      lastNegator = -Infinity;
      inMain = opensMain(t, p, words, i);
    }
    if (skip.has(i)) {
      // "not only", "no sólo": the negator negates nothing, but a reader still sees it render the other side's.
      if (t.verbal.has(w.lower) || endsNt(w.lower)) othersAt.push({ start: w.start, end: w.end });
      continue;
    }
    if (litotes.has(i)) {
      othersAt.push({ start: w.start, end: w.end });
      continue;
    }
    const inConcord = t.concord.has(w.lower) && i - lastNegator <= t.concordWindow;
    if (isVerbal(t, p, text, words, i, settled) && !inConcord) {
      lastNegator = i;
      // "could not remain without consequences", "no sale sin pagar": two negations affirm, as a litotes does.
      // "no es X sino Y": the sentence asserts Y; the negation only sets X aside.
      if (followedInClause(t, words, i, t.doubleNegative, settled) || contrasted(t, words, i))
        othersAt.push({ start: w.start, end: w.end });
      else negators.push({ start: w.start, end: w.end });
      // "de ne pas avoir": a negator completed at once negates an infinitive, never the main clause's verb.
      const nonFinite = t.needsCompletion.has(w.lower) && t.concord.has(words[i + 1]?.lower ?? "");
      if (inMain && !aside && !nonFinite && negators.at(-1)?.start === w.start) main.push({ start: w.start, end: w.end });
    } else if (inConcord) {
      lastNegator = i;
    } else if (isOther(t, w) || t.verbal.has(w.lower) || endsNt(w.lower)) {
      // (A negator that negates no verb, "not elected", "no autorizado", "Rather not.", still shows a negation.)
      othersAt.push({ start: w.start, end: w.end, lexical: !t.verbal.has(w.lower) && !endsNt(w.lower) && !t.concord.has(w.lower) });
    } else if (t.restrictive.has(w.lower)) {
      restrictiveAt.push((w.start - start) / Math.max(1, end - start));
      limiting.push(t.limiting.has(w.lower));
    }
  }
  return { negators, main, othersAt, restrictiveAt, limiting };
}
