import type { Doc, Segment } from "../../segment/document";
import type { AlignedPair, RuleContext } from "../../check/rule";
import { foldWord, segmentAnchorKeys, STOPWORDS, textAnchorKeys } from "../../align/anchors";
import { DocMemo } from "../../fast/doc-memo";
import { supportedLanguages } from "../../lang/registry";

import { expectedRatio, lengthCost } from "../../align/align";

/*
 * Checks that keep the structural rules precise. A 1–0 or 0–1 bead is only a real omission or addition when the
 * unpaired sentence's content is not already inside a neighbouring bead (translators merge and split sentences),
 * and a 1–2 / 2–1 bead may hide an unsupported extra sentence that the aligner glued to a real pair.
 */

/** Number of words with letters (runs of non-white-space characters that contain a letter). */
export function wordCount(text: string): number {
  let n = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    while (i < len && isSpace(text.charCodeAt(i))) i++;
    if (i === len) break;
    const start = i;
    let letter = false;
    let wide = false;
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (c <= 32 && isSpace(c)) break;
        if (!letter && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) letter = true;
      } else if (isSpace(c)) break;
      else wide = true;
    }
    if (letter || (wide && WORD.test(text.slice(start, i)))) n++;
  }
  return n;
}
const WORD = /\p{L}/u;

/** True for the UTF-16 units that /\s/ matches (white space and line terminators). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const WORDS_CACHE = new DocMemo<Int32Array>();

/** `wordCount` of segment `s` of `doc`, computed at most once per segment. */
export function segmentWords(doc: Doc, s: Segment): number {
  let counts = WORDS_CACHE.get(doc);
  if (!counts) {
    counts = new Int32Array(doc.segments.length).fill(-1);
    WORDS_CACHE.set(doc, counts);
  }
  let n = counts[s.index];
  if (n < 0) n = counts[s.index] = wordCount(s.text);
  return n;
}

/** Anchor keys of segment `s` of `doc` (shared with the aligner; do not mutate). */
function keysOf(doc: Doc, s: Segment): readonly string[] {
  return segmentAnchorKeys(doc)[s.index];
}

const RATIO_CACHE = new DocMemo<{ target: Doc; ratio: number }>();

/** The aligner's expected length ratio for this document pair, computed once per pair. */
export function ratioOf(ctx: RuleContext): number {
  const hit = RATIO_CACHE.get(ctx.source);
  if (hit && hit.target === ctx.target) return hit.ratio;
  const ratio = expectedRatio(ctx.source, ctx.target);
  RATIO_CACHE.set(ctx.source, { target: ctx.target, ratio });
  return ratio;
}

const STOPWORD_ANY: ReadonlySet<string> = new Set(supportedLanguages().flatMap((l) => [...STOPWORDS[l.code]]));

const lengthOf = (segs: readonly Segment[]) => segs.reduce((s, x) => s + x.text.length, 0);

/** Multiset difference count: how many of `keys` are found in `pool` (each pool key used once). */
function found(keys: readonly string[], pool: readonly string[]): number {
  const left = new Map<string, number>();
  for (const k of pool) left.set(k, (left.get(k) ?? 0) + 1);
  let n = 0;
  for (const k of keys) {
    const c = left.get(k) ?? 0;
    if (c > 0) {
      n++;
      left.set(k, c - 1);
    }
  }
  return n;
}

/** Keys of `a` minus those of `b` (multiset). */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const k of b) left.set(k, (left.get(k) ?? 0) + 1);
  const out: string[] = [];
  for (const k of a) {
    const c = left.get(k) ?? 0;
    if (c > 0) left.set(k, c - 1);
    else out.push(k);
  }
  return out;
}

/** The nearest linking beads (both sides non-empty) before and after bead k, within a few beads. */
function linkingNeighbours(pairs: readonly AlignedPair[], k: number): AlignedPair[] {
  const out: AlignedPair[] = [];
  for (const step of [-1, 1]) {
    for (let x = k + step, hops = 0; x >= 0 && x < pairs.length && hops < 3; x += step, hops++) {
      if (pairs[x].source.length && pairs[x].target.length) {
        out.push(pairs[x]);
        break;
      }
    }
  }
  return out;
}

/**
 * True when the content of `seg` (alone in bead k on `side`) plausibly sits in a neighbouring linking bead: adding
 * it to that bead's own side makes the lengths fit better, or the neighbour's other side holds most of its anchors
 * beyond what the neighbour's own side accounts for.
 */
export function coveredByNeighbour(ctx: RuleContext, k: number, seg: Segment, side: "source" | "target"): boolean {
  const ratio = ratioOf(ctx);
  const other = side === "source" ? "target" : "source";
  if (gapTranslatesItself(ctx, k)) return true;
  const segKeys = keysOf(ctx[side], seg);
  for (const nb of linkingNeighbours(ctx.pairs, k)) {
    const own = lengthOf(nb[side]);
    const opp = lengthOf(nb[other]);
    const ownKeys = nb[side].flatMap((s) => keysOf(ctx[side], s));
    const oppKeys = nb[other].flatMap((s) => keysOf(ctx[other], s));
    const spare = found(segKeys, minus(oppKeys, ownKeys));
    const gain = sideFit(side, own, opp, ratio) - sideFit(side, own + seg.text.length, opp, ratio);
    // Merging clearly improves the length fit, or improves it and some of the sentence's anchors are there.
    if (gain >= 1.5 || (gain > 0 && spare >= 1)) return true;
    if (segKeys.length >= 2 && spare >= Math.max(2, 0.5 * segKeys.length)) return true;
  }
  return false;
}

/**
 * True when bead k lies in a run of unlinked beads (one side empty) that holds sentences on both sides whose lengths
 * roughly match and which share anchors: a translation the aligner could not pair (one long sentence split into four), not a gap.
 */
function gapTranslatesItself(ctx: RuleContext, k: number): boolean {
  const pairs = ctx.pairs;
  let from = k;
  let to = k;
  while (isUnlinked(pairs, from - 1)) from--;
  while (isUnlinked(pairs, to + 1)) to++;
  if (from === to) return false;
  const source: Segment[] = [];
  const target: Segment[] = [];
  for (let x = from; x <= to; x++) {
    source.push(...pairs[x].source);
    target.push(...pairs[x].target);
  }
  if (!source.length || !target.length) return false;
  const stretch = lengthOf(target) / (lengthOf(source) * ratioOf(ctx));
  if (stretch > GAP_STRETCH || stretch < 1 / GAP_STRETCH) return false;
  const sourceKeys = source.flatMap((s) => keysOf(ctx.source, s));
  const targetKeys = target.flatMap((t) => keysOf(ctx.target, t));
  return found(sourceKeys, targetKeys) >= Math.max(GAP_MIN_SHARED, GAP_SHARE * Math.min(sourceKeys.length, targetKeys.length));
}
/** True when bead x exists and has one side empty. */
function isUnlinked(pairs: readonly AlignedPair[], x: number): boolean {
  return x >= 0 && x < pairs.length && (pairs[x].source.length === 0 || pairs[x].target.length === 0);
}

/**
 * Length cost of `mine` units on `side` against `opp` units on the other side. (Helpers like this one are
 * module-level functions rather than closures made per call: bundlers that keep function names, as tsx and
 * wrangler do, define a name on every closure they create, at some 0.4 µs each.)
 */
function sideFit(side: "source" | "target", mine: number, opp: number, ratio: number): number {
  return side === "source" ? lengthCost(mine, opp, ratio) : lengthCost(opp, mine, ratio);
}

/** How far the two sides of an unlinked run may differ from the expected length ratio, as a factor either way. */
const GAP_STRETCH = 1.5;
/** Anchors the two sides of such a run must share: at least this many, and this share of the smaller side's. */
const GAP_MIN_SHARED = 2;
const GAP_SHARE = 0.3;

/**
 * In a bead with two or more segments on `side` and some on the other side, the segments that look unsupported:
 * the rest of the bead alone fits the other side's length (about as well as or better than with it), and this
 * one's anchors are clearly less present on the other side than the rest's (`lenient`; the omission rule uses it,
 * since translators add explanatory material far more often than they drop content).
 */
export function unsupportedInBead(
  ctx: RuleContext, pair: AlignedPair, side: "source" | "target", lenient = false,
): Segment[] {
  const other = side === "source" ? "target" : "source";
  if (pair[side].length < 2 || pair[other].length === 0) return [];
  const ratio = ratioOf(ctx);
  const opp = lengthOf(pair[other]);
  const oppKeys = pair[other].flatMap((s) => keysOf(ctx[other], s));
  const all = lengthOf(pair[side]);
  const allFit = sideFit(side, all, opp, ratio);
  const out: Segment[] = [];
  for (const seg of pair[side]) {
    const restFit = sideFit(side, all - seg.text.length, opp, ratio);
    const segKeys = keysOf(ctx[side], seg);
    const restKeys = pair[side].filter((s) => s !== seg).flatMap((s) => keysOf(ctx[side], s));
    const sharedSeg = found(segKeys, oppKeys);
    const sharedRest = found(restKeys, oppKeys);
    const byLength = restFit <= 1.5 && allFit - restFit >= 3 && sharedSeg === 0 && sharedRest > 0;
    const byAnchors = segKeys.length >= 4 && sharedSeg === 0 && sharedRest >= 3 && restFit <= allFit + 1;
    // The restFit alone fits about as well, and this one's anchors are clearly less present than the restFit's.
    const restShare = sharedRest / Math.max(1, restKeys.length);
    const segShare = sharedSeg / Math.max(1, segKeys.length);
    const byBoth = lenient && restFit <= 1.5 && restFit <= allFit + 1 && segKeys.length >= 2 && segShare <= 0.34 &&
      sharedRest >= 1 && restShare >= segShare + 0.1;
    // Or leaving it out clearly improves the length fit, and its anchors are no more present than the restFit's.
    const byGain = lenient && restFit <= 1 && allFit - restFit >= 1.5 && segShare <= restShare + 0.1;
    // Or almost none of its anchors is left in the other side once the restFit's are accounted for, while the restFit's
    // are there, and the restFit alone fits the length about as well (a sentence the aligner glued to its neighbour).
    // (The residue is counted last, and only when the cheaper tests leave it deciding.)
    if (byLength || byAnchors || byBoth || byGain || (lenient && segKeys.length >= 3 && sharedRest >= 2 &&
      restFit <= MAX_REST_FIT && restFit <= allFit + RESIDUE_SLACK &&
      found(segKeys, minus(oppKeys, restKeys)) <= UNEXPLAINED_SHARE * segKeys.length)) out.push(seg);
  }
  return out;
}

/** Share of a member's anchors that may remain on the other side of its bead when it is reported as unsupported. */
const UNEXPLAINED_SHARE = 0.2;
/** Length cost the rest of the bead must stay within, and how much worse than the whole bead it may fit. */
const MAX_REST_FIT = 3;
const RESIDUE_SLACK = 1.9;

/** Folded comparison form of a sentence: lower case, no accents, letters and digits only, single spaces. */
export function sentenceKey(text: string): string {
  return foldedWords(text) ?? slowSentenceKey(text);
}

/** `sentenceKey` by its definition. */
function slowSentenceKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/*
 * `sentenceKey` one UTF-16 unit at a time. For a unit that is no combining mark, no surrogate and no capital sigma
 * (whose lower case depends on its context), the definition works unit by unit: decomposing it yields a base
 * character first, so canonical reordering never crosses units, and lower-casing is context-free. Such a unit
 * folds to nothing, to one letter or digit, or to a separator; anything else sends the text to the definition.
 */
const FOLD_UNKNOWN = 0;
const FOLD_SEPARATOR = 1;
const FOLD_WORD = 2;
const FOLD_NOTHING = 3;
const FOLD_OTHER = 4;
/** How each BMP unit folds (FOLD_*), learnt on first sight. */
const FOLD_KIND = new Uint8Array(65536);
/** The letter or digit a FOLD_WORD unit folds to. */
const FOLD_UNIT = new Uint16Array(65536);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /\p{M}/u;

function learnFold(c: number): number {
  let kind = FOLD_OTHER;
  if ((c < 0xd800 || c > 0xdfff) && c !== 0x3a3) {
    const ch = String.fromCharCode(c);
    if (!MARK.test(ch)) {
      const folded = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      if (folded.length === 0) kind = FOLD_NOTHING;
      else if (folded.length === 1) {
        const f = folded.charCodeAt(0);
        if (f < 0xd800 || f > 0xdfff) {
          if (LETTER_OR_DIGIT.test(folded)) {
            kind = FOLD_WORD;
            FOLD_UNIT[c] = f;
          } else kind = FOLD_SEPARATOR;
        }
      }
    }
  }
  FOLD_KIND[c] = kind;
  return kind;
}

/** Reused output buffer of `foldedWords`. */
let foldBuffer = new Uint16Array(256);

/** `sentenceKey` of a text whose every unit folds unit by unit; null for any other text. */
function foldedWords(text: string): string | null {
  const len = text.length;
  if (foldBuffer.length < len) foldBuffer = new Uint16Array(len);
  const out = foldBuffer;
  let n = 0;
  let gap = false;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    let kind: number;
    if (c < 128) {
      if (c >= 97 && c <= 122) kind = FOLD_WORD;
      else if (c >= 65 && c <= 90) {
        if (gap && n > 0) out[n++] = 32;
        gap = false;
        out[n++] = c + 32;
        continue;
      } else if (c >= 48 && c <= 57) kind = FOLD_WORD;
      else kind = FOLD_SEPARATOR;
      if (kind === FOLD_SEPARATOR) {
        gap = true;
        continue;
      }
      if (gap && n > 0) out[n++] = 32;
      gap = false;
      out[n++] = c;
      continue;
    }
    kind = FOLD_KIND[c];
    if (kind === FOLD_UNKNOWN) kind = learnFold(c);
    if (kind === FOLD_WORD) {
      if (gap && n > 0) out[n++] = 32;
      gap = false;
      out[n++] = FOLD_UNIT[c];
    } else if (kind === FOLD_SEPARATOR) gap = true;
    else if (kind === FOLD_OTHER) return null;
  }
  let key = "";
  for (let i = 0; i < n; i += 4096) key += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return key;
}

const KEY_CACHE = new DocMemo<string[]>();

/** `sentenceKey` of every segment of a document, computed once per document. */
export function sentenceKeys(doc: Doc): string[] {
  let keys = KEY_CACHE.get(doc);
  if (!keys) {
    keys = doc.segments.map((s) => sentenceKey(s.text));
    KEY_CACHE.set(doc, keys);
  }
  return keys;
}

const ONE_KEY_CACHE = new DocMemo<(string | undefined)[]>();

/** `sentenceKey` of one segment of a document, computed at most once (the keys of all segments when known). */
function sentenceKeyOf(doc: Doc, s: Segment): string {
  const all = KEY_CACHE.get(doc);
  if (all) return all[s.index];
  let some = ONE_KEY_CACHE.get(doc);
  if (!some) ONE_KEY_CACHE.set(doc, (some = []));
  return (some[s.index] ??= sentenceKey(s.text));
}

/**
 * True when the target segment `t` repeats text found elsewhere in the target: an identical segment, or (for a
 * headline run into the lead sentence) a segment that contains it word for word.
 */
export function repeatsOtherTarget(ctx: RuleContext, t: Segment): boolean {
  const index = keyIndex(ctx.target);
  const key = index.keys[t.index];
  if (!key) return false;
  if (index.count.get(key)! > 1) return true;
  // No other segment has this key: look for one that contains it (an occurrence outside t's own entry).
  const { joined, starts } = joinedKeys(index);
  const needle = ` ${key} `;
  for (let at = joined.indexOf(needle); at >= 0; at = joined.indexOf(needle, at + 1)) {
    if (at !== starts[t.index]) return true;
  }
  return false;
}

/** True when an earlier segment of `doc` than `t` contains t's sentence key word for word (t's key non-empty). */
export function earlierContains(doc: Doc, t: Segment): boolean {
  const index = keyIndex(doc);
  const { joined, starts } = joinedKeys(index);
  // t's own entry holds the needle, so the first occurrence is before it exactly when an earlier segment holds it.
  const at = joined.indexOf(` ${index.keys[t.index]} `);
  return at >= 0 && at < starts[t.index];
}

/** How many segments of `doc` have the same sentence key as `t` (itself included). */
export function sameKeyCount(doc: Doc, t: Segment): number {
  const index = keyIndex(doc);
  return index.count.get(index.keys[t.index])!;
}

/** The first segment of `doc` with the same sentence key as `t`, when it comes before `t`. */
export function earlierIdentical(doc: Doc, t: Segment): Segment | undefined {
  const index = keyIndex(doc);
  const first = index.first.get(index.keys[t.index])!;
  return first < t.index ? doc.segments[first] : undefined;
}

/** Sentence keys of a document with, per key, its first segment and its number of segments. */
interface KeyIndex {
  keys: string[];
  first: Map<string, number>;
  count: Map<string, number>;
  /** Every key as ` key `, joined with newlines (which no key contains), and where each entry starts. */
  joined?: { joined: string; starts: Int32Array };
}

const KEY_INDEX = new DocMemo<KeyIndex>();

function keyIndex(doc: Doc): KeyIndex {
  let index = KEY_INDEX.get(doc);
  if (!index) {
    const keys = sentenceKeys(doc);
    const first = new Map<string, number>();
    const count = new Map<string, number>();
    keys.forEach((k, i) => {
      const c = count.get(k);
      if (c === undefined) {
        first.set(k, i);
        count.set(k, 1);
      } else count.set(k, c + 1);
    });
    index = { keys, first, count };
    KEY_INDEX.set(doc, index);
  }
  return index;
}

function joinedKeys(index: KeyIndex): { joined: string; starts: Int32Array } {
  if (!index.joined) {
    const starts = new Int32Array(index.keys.length);
    let at = 0;
    index.keys.forEach((k, i) => {
      starts[i] = at;
      at += k.length + 3;
    });
    index.joined = { joined: index.keys.map((k) => ` ${k} `).join("\n"), starts };
  }
  return index.joined;
}

/**
 * A word or number (maybe closing a quote), then a capitalised word, with no punctuation between: where a run-in
 * headline may end and the sentence start ("… en toda Francia Cientos de vuelos …", "… en coma Johnny Hallyday fue …").
 */
const RUN_IN_CUT = /[\p{L}\p{N}][)"'”’»]?\s+(?=[¿¡"“«‘]?\p{Lu})/gu;
const OPENING_MARK = /^[¿¡"“«‘]/u;
const SENTENCE_MARK = /[!?;]|\.\s/;
const MAX_HEADLINE_WORDS = 20;
/** Words a run-in sentence after a cut needs (shorter tails are names or fragments: "… Amnistía Internacional."). */
const MIN_BODY_WORDS = 3;
/** Words before a run-in cut inside a sentence that lost its final mark. */
const MAX_RUN_IN_WORDS = 60;
/** Length-cost gain (Gale–Church units) that dropping a missing headline (the sentence after it) must bring. */
const RUN_IN_GAIN = 0.5;
const RUN_IN_BODY_GAIN = 0;
/** Share of a missing part's anchors that may still be found (rounded down). */
const RUN_IN_SHARE = 0.125;
/** Summed length cost under which a run-in cut of the target mirrors the source's headline and rest. */
const RUN_IN_MIRROR = 1.5;

/** A part of a source segment, as [start, end) offsets within the segment's text. */
export interface SegmentPart {
  segment: Segment;
  start: number;
  end: number;
}

/** A place where a run-in headline (or a sentence without its final mark) may end and the next sentence start. */
interface RunInCut {
  headEnd: number;
  bodyStart: number;
  /** Words before the cut. */
  words: number;
  /** The word before the cut starts with a capital (the cut may fall inside a name: "Estados Unidos"). */
  capitalBefore: boolean;
}

/**
 * For a bead whose source holds a segment with a run-in part (a headline run into the next sentence with no
 * punctuation between them, as happens when markup is stripped, or a sentence that lost its final mark), the part
 * the target has no counterpart for. A part counts as missing when it has 2+ anchors and the target holds (almost)
 * none of them beyond what the rest of the bead's source accounts for, and the target's length fits the bead without
 * the part better. Headlines (at most 20 words opening a paragraph) come first; of several cuts, the one whose
 * remainder fits the target's length best. Null otherwise.
 */
export function missingRunInPart(ctx: RuleContext, pair: AlignedPair): SegmentPart | null {
  if (pair.target.length === 0) return null;
  const ratio = ratioOf(ctx);
  const lt = lengthOf(pair.target);
  const ls = lengthOf(pair.source);
  // Dropping source text only helps the length fit when the target is shorter than the source predicts.
  if (lt >= ls * ratio) return null;
  const whole = lengthCost(ls, lt, ratio);
  // Anchor keys are only computed for a cut whose part passes the length test.
  let tKeys: string[] | null = null;
  const t0 = pair.target[0];
  const targetOpens = opensParagraph(ctx.target, t0);
  const best: ({ part: SegmentPart; fit: number } | null)[] = [null, null]; // [headline cuts, other cuts]
  // A length cost is never below -3e-8, so when the whole bead already fits within RUN_IN_GAIN, only the body after
  // a headline (gain RUN_IN_BODY_GAIN) can pass: segments that open no paragraph need no cuts, others only the
  // headline cuts (the first MAX_HEADLINE_WORDS words).
  const onlyHeadlines = whole < RUN_IN_GAIN - 1e-6;
  for (const seg of pair.source) {
    const opens = opensParagraph(ctx.source, seg);
    if (onlyHeadlines && !opens) continue;
    const cuts = runInCuts(seg.text, onlyHeadlines ? MAX_HEADLINE_WORDS : MAX_RUN_IN_WORDS);
    if (!cuts.length) continue;
    let keys: { seg: readonly string[]; others: string[] } | null = null;
    const segKeys = () => (keys ??= {
      seg: keysOf(ctx.source, seg),
      others: pair.source.filter((s) => s !== seg).flatMap((s) => keysOf(ctx.source, s)),
    });
    const passes = (tier: number, part: SegmentPart, gain: number) => {
      const f = lengthCost(ls - (part.end - part.start), lt, ratio);
      const prev = best[tier];
      return f + gain <= whole && !(prev && prev.fit <= f) ? f : null;
    };
    const consider = (tier: number, part: SegmentPart, partKeys: string[], restKeys: string[], f: number) => {
      if (partKeys.length < 2) return;
      tKeys ??= pair.target.flatMap((t) => keysOf(ctx.target, t));
      const left = found(partKeys, minus(tKeys, [...restKeys, ...segKeys().others]));
      if (left <= Math.floor(partKeys.length * RUN_IN_SHARE)) best[tier] = { part, fit: f };
    };
    let targetHeads: { end: number; keys: string[] }[] | null = null;
    const mirrors = () => (targetHeads ??= opens && targetOpens && seg === pair.source[0]
      ? runInCuts(t0.text, MAX_HEADLINE_WORDS).map((c) => ({
        end: c.headEnd, keys: textAnchorKeys(ctx.target, t0.text.slice(0, c.headEnd)),
      }))
      : []);
    for (const { headEnd, bodyStart, words, capitalBefore } of cuts) {
      const headline = opens && words <= MAX_HEADLINE_WORDS;
      // Inside a sentence, a cut between two capitalised words is most likely inside a name.
      if (!headline && capitalBefore) continue;
      const head: SegmentPart = { segment: seg, start: 0, end: headEnd };
      const body: SegmentPart | null = wordCount(seg.text.slice(bodyStart)) >= MIN_BODY_WORDS
        ? { segment: seg, start: bodyStart, end: seg.text.length }
        : null;
      const fHead = headline ? passes(0, head, RUN_IN_GAIN) : null;
      const fBody = body ? passes(headline ? 0 : 1, body, headline ? RUN_IN_BODY_GAIN : RUN_IN_GAIN) : null;
      if (fHead === null && fBody === null) continue;
      const headKeys = textAnchorKeys(ctx.source, seg.text.slice(0, headEnd));
      const bodyKeys = minus(segKeys().seg, headKeys);
      // The target opens with a run-in headline of this one's length that is not the start of the rest's
      // translation (it shares no more anchors with the rest than with the headline): the headline is there.
      const mirrored = () => mirrors().some((h) => lengthCost(headEnd, h.end, ratio) < RUN_IN_MIRROR &&
        found(h.keys, bodyKeys) <= found(h.keys, headKeys));
      // The target's run-in headline also fits this one's and the rest of the target sentence fits this body, which
      // shares no fewer anchors with it than the next source sentence does: the body is there too.
      const bodyMirrored = () => mirrors().some((h) => lengthCost(headEnd, h.end, ratio) < RUN_IN_MIRROR &&
        lengthCost(seg.text.length - bodyStart, t0.text.length - h.end, ratio) < RUN_IN_MIRROR &&
        nextSharesNoMore(ctx, seg, textAnchorKeys(ctx.target, t0.text.slice(h.end)), bodyKeys));
      if (fHead !== null && !mirrored()) consider(0, head, headKeys, bodyKeys, fHead);
      if (fBody !== null && body && !(headline && bodyMirrored())) consider(headline ? 0 : 1, body, bodyKeys, headKeys, fBody);
    }
  }
  return (best[0] ?? best[1])?.part ?? null;
}

/** True when the source sentence after `seg` shares no more of `keys` (target anchors) than `ownKeys` do. */
function nextSharesNoMore(ctx: RuleContext, seg: Segment, keys: readonly string[], ownKeys: readonly string[]): boolean {
  const next = ctx.source.segments[seg.index + 1];
  return found(keys, next ? keysOf(ctx.source, next) : []) <= found(keys, ownKeys);
}

/**
 * True when source segment `s` is the article's headline, shares a bead with the lead, and leaving it out makes the
 * bead's lengths clearly fit better while the target opens with no headline of its own. A headline repeats its lead's
 * names, so its anchors say nothing here: the length decides.
 */
export function headlineLeftOut(ctx: RuleContext, pair: AlignedPair, s: Segment): boolean {
  if (s.index !== 0 || pair.source.length < 2 || pair.target.length === 0) return false;
  if (wordCount(s.text) > MAX_HEADLINE_WORDS) return false;
  const ratio = ratioOf(ctx);
  const opp = lengthOf(pair.target);
  const all = lengthOf(pair.source);
  const restFit = sideFit("source", all - s.text.length, opp, ratio);
  return restFit <= 1 && sideFit("source", all, opp, ratio) - restFit >= 1.5 && !headlineMirrored(ctx, s);
}

/**
 * True when source text `s.text[0, end)` is the article's headline and the target opens with a headline of a fitting
 * length (its own first sentence, or run into the lead) that shares no more anchors with the source's lead (the rest
 * of the segment, or the next one) than with it: the headline is there, translated freely, as headlines are.
 */
export function headlineMirrored(ctx: RuleContext, s: Segment, end = s.text.length): boolean {
  const targets = ctx.target.segments;
  if (s.index !== 0 || targets.length < 2 || wordCount(s.text.slice(0, end)) > MAX_HEADLINE_WORDS) return false;
  const ratio = ratioOf(ctx);
  const t0 = targets[0];
  const heads = runInCuts(t0.text, MAX_HEADLINE_WORDS).map((c) => c.headEnd);
  if (wordCount(t0.text) <= MAX_HEADLINE_WORDS) heads.push(t0.text.length);
  const headKeys = textAnchorKeys(ctx.source, s.text.slice(0, end));
  const lead = end < s.text.length ? s.text.slice(end) : (ctx.source.segments[1]?.text ?? "");
  const leadKeys = textAnchorKeys(ctx.source, lead);
  return heads.some((h) => {
    if (lengthCost(end, h, ratio) >= RUN_IN_MIRROR) return false;
    const keys = textAnchorKeys(ctx.target, t0.text.slice(0, h));
    return found(keys, leadKeys) <= found(keys, headKeys);
  });
}

/** True when segment `s` is the first of its paragraph. */
function opensParagraph(doc: Doc, s: Segment): boolean {
  return s.index === 0 || doc.segments[s.index - 1].paragraph !== s.paragraph;
}

/** The places where a run-in part of `text` may end, within its first `maxWords` words and first sentence. */
function runInCuts(text: string, maxWords: number): RunInCut[] {
  const out: RunInCut[] = [];
  let words = 0;
  let counted = 0;
  for (const m of text.matchAll(RUN_IN_CUT)) {
    const headEnd = m.index + m[0].trimEnd().length;
    // Count words and look for a sentence mark only in the text added since the previous cut.
    const added = text.slice(Math.max(0, counted - 1), headEnd);
    if (SENTENCE_MARK.test(added)) break;
    words += wordCount(text.slice(counted, headEnd));
    counted = headEnd;
    if (words > maxWords) break;
    const bodyStart = m.index + m[0].length;
    // A headline does not end with a function word, unless a question or quotation opens after it.
    const last = lastWord(text, headEnd);
    if (words < 2 || (STOPWORD_ANY.has(foldWord(last)) && !OPENING_MARK.test(text.slice(bodyStart)))) continue;
    // The English "I" is written with a capital anywhere in a sentence: it shows no sentence start.
    if (text[bodyStart] === "I" && !WORD_CHAR.test(text[bodyStart + 1] ?? "")) continue;
    out.push({ headEnd, bodyStart, words, capitalBefore: CAPITAL.test(last) });
  }
  return out;
}

/** The last run of letters and digits ending at or before `end` (the closing marks after it skipped). */
function lastWord(text: string, end: number): string {
  let e = end;
  while (e > 0 && !WORD_CHAR.test(text[e - 1])) e--;
  let b = e;
  while (b > 0 && WORD_CHAR.test(text[b - 1])) b--;
  return text.slice(b, e);
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CAPITAL = /^\p{Lu}\p{Ll}/u;

/** True when target segment `t` repeats the article's first target segment (its headline), whole or its start. */
export function repeatsHeadline(ctx: RuleContext, t: Segment): boolean {
  if (t.index === 0 || !ctx.target.segments.length) return false;
  const keys = sentenceKeys(ctx.target);
  const key = keys[t.index];
  return !!key && (keys[0] === key || ` ${keys[0]} `.startsWith(` ${key} `));
}

/** Share of source segment s's anchors found in `tKeys` (keys of the source's segments given by `srcKeys`). */
function anchorShare(srcKeys: readonly (readonly string[])[], s: Segment, tKeys: readonly string[]): number {
  return found(srcKeys[s.index], tKeys) / Math.max(1, srcKeys[s.index].length);
}

/**
 * Target segments of a bead that copy an earlier target segment word for word and stand where the translation of
 * another source sentence should be: with each copy, the source segments of the bead that it leaves untranslated
 * (they share almost no anchors with the copy or with the bead's other targets, while the copy's original shares
 * clearly more with its own source). A source that repeats itself is not a copy.
 */
export function copiesInPlace(ctx: RuleContext, pair: AlignedPair): { copy: Segment; replaced: Segment[] }[] {
  if (pair.source.length === 0) return [];
  const keys = sentenceKeys(ctx.target);
  const out: { copy: Segment; replaced: Segment[] }[] = [];
  const srcKeys = segmentAnchorKeys(ctx.source);
  for (const t of pair.target) {
    if (!keys[t.index]) continue;
    const original = earlierIdentical(ctx.target, t);
    if (!original || segmentWords(ctx.target, t) < 3) continue;
    const origPair = ctx.pairs[ctx.pairOfTarget[original.index]];
    if (origPair.source.length === 0) continue;
    if (origPair !== pair && sentenceKeyOf(ctx.source, origPair.source[0]) === sentenceKeyOf(ctx.source, pair.source[0])) {
      continue; // the source repeats as well
    }
    const tKeys = keysOf(ctx.target, t);
    // The original translates the source segment of its bead that shares most with it.
    const translated = origPair.source.reduce((a, b) => (anchorShare(srcKeys, b, tKeys) > anchorShare(srcKeys, a, tKeys) ? b : a));
    const best = anchorShare(srcKeys, translated, tKeys);
    const others = pair.target.filter((o) => o !== t && o !== original).flatMap((o) => keysOf(ctx.target, o));
    const replaced = pair.source.filter(
      (s) => s !== translated && (origPair === pair || !origPair.source.includes(s)) && anchorShare(srcKeys, s, tKeys) <= 0.2 &&
        best >= anchorShare(srcKeys, s, tKeys) + 0.2 && (others.length === 0 || anchorShare(srcKeys, s, others) <= 0.2),
    );
    if (replaced.length) out.push({ copy: t, replaced });
  }
  return out;
}
