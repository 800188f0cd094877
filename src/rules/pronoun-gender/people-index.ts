// The people an article names, indexed by surname key: eagerly from an evidence list, or lazily from the texts.
import type { Lang } from "../../types";
import type { Evidence, KeyInfo, NameMention, PeopleLookup } from "./types";
import { CAP_CANDIDATE, insideWord, isCap, isUpperAt, normalizeName, wordEnd } from "./words";
import { keysOf, PARTICLES, runOfNames, timesKeyed } from "./names";
import { mentionEvidence, type SegmentView } from "./evidence";

/** One side of an article for a PeopleIndex. */
export interface PeopleSide {
  text: string;
  lang: Lang;
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
      this.names[side][segment] = list = mentionsOfCapitals(this.sides[side].text, seg, this.capitals[side], segment);
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
              this.evidence.set(mention, (list = mentionEvidence(side.text, side.lang, view, mention)));
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
function mentionsOfCapitals(text: string, seg: { start: number; end: number }, caps: Capitals, k: number): NameMention[] {
  const out: NameMention[] = [];
  let consumed = seg.start;
  for (let c = caps.from[k]; c < caps.from[k + 1]; c++) {
    if (caps.starts[c] >= consumed)
      consumed = runOfNames(text, { start: caps.starts[c], end: caps.ends[c], text: caps.texts[c] }, seg.end, out);
  }
  return out;
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
export function keyInfo(found: { mention: NameMention; evidence: Evidence }[]): KeyInfo {
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
