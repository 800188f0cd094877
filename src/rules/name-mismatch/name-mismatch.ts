import type { Segment } from "../../segment/document";
import type { SideMemo } from "../../segment/memo";
import { areCognates, isExcludedWord, isTranslatedWord, translatedName } from "../lib/proper-names";
import { areTransliterations } from "./transliteration";
import { areSpelledCognates } from "./cognates";
import { knownWords } from "../lib/language-words";
import { bad, good } from "./examples";
import type { Lang } from "../../types";
import { findAtWordStart, fold, foldedText, isOneEdit, isWordCharAt, isWordUnit } from "../../lang/normalize";
import { HASH_SEED, SpanSet, spanHashStep } from "../../fast/span-set";
import { defineRule, type AlignedPair, type LocalSpan, type RuleContext } from "../../check/rule";

// Capitalised words, keeping inner apostrophes (O'Brien); hyphens split (al-Maliki, Jean-Claude); a possessive
// 's and trailing quotes are cut below (one flat class keeps the pattern free of nested quantifiers).
// (Checked by hand that it does not continue a word: a Unicode lookbehind at every position is slow.)
// The first character is an explicit Latin range (fast) and is then checked to be a capital.
const CAP_WORD = /[A-ZÀ-ÖØ-ÞĀ-ſ][\p{L}\p{M}'’]*/gu;
const TRAILING_QUOTES = /['’]+$/;
const CAPITAL = /^\p{Lu}/u;
const WORD_BEFORE = /[\p{L}\p{M}'’]/u;
const FIRST_LETTER = /[\p{L}\p{N}]/u;
const POSSESSIVE = /['’]s$/u;
const OPENER = /[:"“”«»¿¡([—–\-'‘’]\s*$/u;
const HAS_LOWER = /\p{Ll}/u;
const INNER_UPPER = /\p{Lu}/u;
const MIN_LENGTH = 5;

interface NameToken extends LocalSpan {
  text: string;
  folded: string;
  /** First word of its sentence (or after an opening quote, colon or dash). */
  initial: boolean;
  /** Set on an expected spelling taken from the names table (Brasil → Brazil) rather than the source text. */
  translated?: boolean;
}

/**
 * A capital, then no other capital (unless the word has an apostrophe: O'Brien) and at least one lower-case letter.
 * Plain ASCII words are decided by code; others by the Unicode classes.
 */
function isCapitalLowerWord(text: string): boolean {
  let ascii = true;
  let lower = false;
  let innerUpper = false;
  let apostrophe = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) {
      if (i > 0) innerUpper = true;
    } else if (c === 39) apostrophe = true;
  }
  if (!ascii) {
    return CAPITAL.test(text) && HAS_LOWER.test(text) && !(INNER_UPPER.test(text.slice(1)) && !/['’]/.test(text));
  }
  const c0 = text.charCodeAt(0);
  return c0 >= 65 && c0 <= 90 && lower && !(innerUpper && !apostrophe);
}

/** Capitalised (not all-capital, not McDonald-like) words of a segment, at least MIN_LENGTH letters long. */
function capitalisedWords(seg: Segment): NameToken[] {
  const out: NameToken[] = [];
  const segText = seg.text;
  let firstLetter: number | undefined;
  CAP_WORD.lastIndex = 0;
  for (let m = CAP_WORD.exec(segText); m; m = CAP_WORD.exec(segText)) {
    // Cutting quotes and 's only shortens the word: a match shorter than MIN_LENGTH can never qualify.
    if (m[0].length < MIN_LENGTH) continue;
    const last = m[0][m[0].length - 1];
    // Only a word ending in a quote or an "s" can lose a trailing quote or a possessive 's.
    const text = last === "'" || last === "’" || last === "s" ? m[0].replace(TRAILING_QUOTES, "").replace(POSSESSIVE, "") : m[0];
    if (text.length < MIN_LENGTH || !isCapitalLowerWord(text)) continue;
    const at = m.index;
    if (at > 0 && WORD_BEFORE.test(segText[at - 1])) continue;
    firstLetter ??= segText.search(FIRST_LETTER);
    const initial = at === firstLetter || OPENER.test(segText.slice(Math.max(0, at - 3), at));
    const start = seg.start + at;
    out.push({ start, end: start + text.length, text, folded: fold(text), initial });
  }
  return out;
}

/** Maximal letter/digit runs of the folded text, at least MIN_LENGTH long, that start with a lower-case letter (exported for its test). */
export function lowerCaseRuns(side: SideMemo): SpanSet {
  const folded = foldedText(side);
  const text = side.doc.text;
  const runs = new SpanSet(folded);
  const n = folded.length;
  for (let i = 0; i < n; i++) {
    if (!isWordUnit(folded.charCodeAt(i))) continue;
    const start = i;
    while (i + 1 < n && isWordUnit(folded.charCodeAt(i + 1))) i++;
    if (i + 1 - start < MIN_LENGTH) continue;
    const c = text.charCodeAt(start);
    if (!(c < 128 ? c >= 97 && c <= 122 : HAS_LOWER.test(text[start]))) continue;
    // Only a run kept is hashed (most runs are short or capitalised).
    let hash = HASH_SEED;
    for (let k = start; k <= i; k++) hash = spanHashStep(hash, folded.charCodeAt(k));
    runs.add(start, i + 1, hash);
  }
  return runs;
}

/** True when every unit of `word` is a letter or digit (so a whole-word match is exactly one run). */
function isPlainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isWordCharAt(word, i)) return false;
  return word.length > 0;
}

/** Memoised "is this folded word also written in lower case somewhere in the document" (a common word). */
function lowerCaseUse(side: SideMemo): (folded: string) => boolean {
  const cache = new Map<string, boolean>();
  const folded = foldedText(side);
  const { text } = side.doc;
  let runs: SpanSet | undefined;
  return (word) => {
    let v = cache.get(word);
    if (v === undefined) {
      v = false;
      if (word.length >= MIN_LENGTH && isPlainWord(word)) {
        // A whole-word occurrence of a plain word is a run of the text: one pass over the text answers them all.
        runs ??= lowerCaseRuns(side);
        v = runs.has(word);
      } else {
        for (
          let i = findAtWordStart(folded, word, 0, folded.length, true);
          i >= 0;
          i = findAtWordStart(folded, word, i + 1, folded.length, true)
        ) {
          if (HAS_LOWER.test(text[i])) {
            v = true;
            break;
          }
        }
      }
      cache.set(word, v);
    }
    return v;
  };
}

/** True when some expected name of beads lo .. hi has the folded form `folded`. */
function hasFolded(expected: NameToken[][], lo: number, hi: number, folded: string): boolean {
  for (let j = lo; j <= hi; j++) for (const n of expected[j]) if (n.folded === folded) return true;
  return false;
}

/** True when expected[j][x] repeats the folded form of a name before it (from bead lo on). */
function isRepeat(expected: NameToken[][], lo: number, j: number, x: number): boolean {
  const folded = expected[j][x].folded;
  for (let b = lo; b <= j; b++) {
    const list = expected[b];
    for (let y = 0; y < (b === j ? x : list.length); y++) if (list[y].folded === folded) return true;
  }
  return false;
}

function rangeOf(pairs: AlignedPair[], lo: number, hi: number, side: "source" | "target"): LocalSpan | null {
  let start = Infinity;
  let end = -Infinity;
  for (let j = Math.max(0, lo); j <= Math.min(pairs.length - 1, hi); j++) {
    for (const s of pairs[j][side]) {
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
  }
  return end > start ? { start, end } : null;
}

/** Whether a target word is the expected name in another language's or style's spelling (a cognate, a transliteration). */
function isSameName(n: NameToken, t: NameToken, nLang: Lang, tLang: Lang): boolean {
  return (
    areCognates(n.folded, t.folded) ||
    areTransliterations(n.folded, t.folded, nLang, tLang) ||
    areSpelledCognates(n.folded, nLang, t.folded, tLang)
  );
}

/** One letter off a long name is telling ("Kuczynski"/"Kuczinski"); off a short one it may be another name ("Marta"/"Marga"). */
export function nearMissConfidence(name: string): number {
  return name.length >= 8 ? 0.75 : name.length >= 6 ? 0.65 : 0.5;
}

/** The spellings a bead's source names should have in the target: each as written, or its translation (Brasil → Brazil). */
function expectedNames(
  words: NameToken[],
  midSentence: Set<string>,
  isSourceName: (w: NameToken) => boolean,
  sLang: Lang,
  tLang: Lang,
): NameToken[] {
  const out: NameToken[] = [];
  for (const w of words) {
    const translated = translatedName(w.folded, sLang, tLang);
    if (translated !== undefined && (!w.initial || midSentence.has(w.folded))) {
      out.push({ ...w, text: translated, folded: fold(translated), translated: true });
    }
    if (isSourceName(w)) out.push(w);
  }
  return out;
}

/** A proper name of the source misspelt in the translation ("Kuczinski" for "Kuczynski"). */
export default defineRule({
  meta: {
    id: "name-mismatch",
    description:
      "A proper name of the source appears in the aligned translation with one letter wrong (a near miss); names that translate (Londres/London) and transliteration variants (Gadafi/Gaddafi) are not flagged.",
    category: "accuracy/mistranslation",
    severity: "minor",
    messages: {
      nearMiss: "“{{found}}” looks like a misspelling of the source name “{{name}}”.",
    },
    confidence: 0.6,
  },
  examples: { good, bad },
  check(ctx) {
    if (ctx.source.lang === ctx.target.lang) return;
    const names = sourceNames(ctx);
    const tgtLower = lowerCaseUse(ctx.memo.target);
    const tLang = ctx.target.lang;
    const reported = new Set<string>();
    ctx.pairs.forEach((pair, k) => {
      if (!pair.target.length) return;
      const srcRange = rangeOf(ctx.pairs, k - 1, k + 1, "source");
      if (!srcRange) return;
      const targetWords = pair.target.flatMap(capitalisedWords);
      if (!targetWords.length) return;
      // The expected names of beads k-1 .. k+1, in order; a name whose folded form came earlier is a repeat (skipped).
      const lo = Math.max(0, k - 1);
      const hi = Math.min(ctx.pairs.length - 1, k + 1);
      let any = false;
      for (let j = lo; j <= hi; j++) if (names.expected[j].length) any = true;
      if (!any) return;
      for (const t of targetWords) {
        if (hasFolded(names.expected, lo, hi, t.folded)) continue;
        const near = nearNames(names, lo, hi, t);
        if (!near.length || isExcludedWord(t.folded, tLang) || tgtLower(t.folded) || names.spellings.has(t.folded)) continue;
        // The word is in the source too (a name written the same, or a word shared by both languages).
        if (findAtWordStart(names.folded, t.folded, srcRange.start, srcRange.end, true) >= 0) continue;
        if (near.some((n) => isSameName(n, t, n.translated ? tLang : ctx.source.lang, tLang))) continue;
        // A common word of the target language capitalised only by its place ("Étant donné …") is no name.
        if (t.initial && knownWords(tLang).has(t.folded)) continue;
        if (near.length !== 1 || isTranslatedWord(near[0].folded, t.folded, !!near[0].translated, ctx.source.lang, tLang)) continue;
        // One report per spelling per article: a name respelt the same way in every mention is one decision.
        const variant = `${near[0].folded}\u0000${t.folded}`;
        if (reported.has(variant)) continue;
        reported.add(variant);
        ctx.report({
          messageId: "nearMiss",
          data: { found: t.text, name: near[0].text },
          target: { start: t.start, end: t.end },
          source: { start: near[0].start, end: near[0].end },
          suggestion: near[0].text,
          confidence: nearMissConfidence(near[0].folded),
        });
      }
    });
  },
});

/** What the source says of names: the expected target spellings per bead, every spelling it uses, its folded text. */
interface SourceNames {
  /** Expected target spellings per bead: each source name as written, or its translation (Brasil → Brazil). */
  expected: NameToken[][];
  /**
   * Every spelling the source itself uses for a name: a translation that writes one of them where the source wavers
   * ("Yesenia" four times, "Yesnia" once) follows the source's own spelling, which is not its error.
   */
  spellings: Set<string>;
  /** Whether a source word is also used in lower case (asked only of near-miss candidates: it scans the text). */
  lower: (folded: string) => boolean;
  folded: string;
}

/** The names of the source, bead by bead, with what the near-miss check asks of them. */
function sourceNames(ctx: RuleContext): SourceNames {
  const sLang = ctx.source.lang;
  const tLang = ctx.target.lang;
  const srcWords = ctx.pairs.map((p) => p.source.flatMap(capitalisedWords));
  // A word capitalised in mid-sentence anywhere in the source is a name even where it starts a sentence.
  const midSentence = new Set(
    srcWords
      .flat()
      .filter((w) => !w.initial)
      .map((w) => w.folded),
  );
  const isSourceName = (w: NameToken) => (!w.initial || midSentence.has(w.folded)) && !isExcludedWord(w.folded, sLang);
  return {
    expected: srcWords.map((words) => expectedNames(words, midSentence, isSourceName, sLang, tLang)),
    spellings: new Set(srcWords.flat().map((w) => w.folded)),
    // A word also written in lower case in the article is a common word (centro, protocolo), not a name.
    lower: lowerCaseUse(ctx.memo.source),
    folded: foldedText(ctx.memo.source),
  };
}

/** The expected names of beads lo..hi one edit away from a target word (not repeats, not common words). */
function nearNames(names: SourceNames, lo: number, hi: number, t: NameToken): NameToken[] {
  const near: NameToken[] = [];
  for (let j = lo; j <= hi; j++) {
    for (let x = 0; x < names.expected[j].length; x++) {
      const n = names.expected[j][x];
      if (
        n.folded[0] === t.folded[0] &&
        isOneEdit(n.folded, t.folded) &&
        !isRepeat(names.expected, lo, j, x) &&
        (n.translated || !names.lower(n.folded))
      )
        near.push(n);
    }
  }
  return near;
}
