// The people an article names, indexed by surname key: eagerly from an evidence list, or lazily from the texts.
import type { Lang } from "../../types";
import type { PairScope } from "../../lang/pair";
import { NAME_WORDS } from "./name-words";
import type { Evidence, KeyInfo, NameMention, PeopleLookup } from "./types";
import { normalizeName, type Word } from "./words";
import { capitalisedWords, capitalWords, keysOf, mentionsFrom, PARTICLES } from "./names";
import { mentionEvidence, type SegmentView } from "./evidence";

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
 * when first looked up: the same answers as indexPeople(findEvidence(...)) without pronoun evidence (the same grouping,
 * evidenceByKey, and the same verdict, keyInfo), at the cost of the names actually asked for. The capitalised words of each segment tell the segments a name occurs in; only those
 * segments are read for names and evidence.
 */
export class PeopleIndex implements PeopleLookup {
  private readonly capitals: Capitals[];
  private readonly names: (NameMention[] | undefined)[][];
  /** Segment views (bounds and Spanish titles) by side, made when a segment's evidence is first read. */
  private readonly views: SegmentView[][];
  private readonly infos = new Map<string, KeyInfo | null>();
  private readonly firstInfos = new Map<string, KeyInfo | null>();
  private readonly evidence = new Map<NameMention, Evidence[]>();
  private sourceWords: Set<string> | undefined;

  constructor(private readonly sides: readonly PeopleSide[]) {
    this.capitals = sides.map(capitalsOf);
    this.names = sides.map((side) => side.segments.map(() => undefined));
    this.views = sides.map(() => []);
  }

  /** Name mentions of one segment of one side (read on first use). */
  mentionsIn(side: number, segment: number): NameMention[] {
    let list = this.names[side][segment];
    if (!list) {
      const { text, pair, segments } = this.sides[side];
      this.names[side][segment] = list = mentionsFrom(
        text,
        this.capitals[side].bySegment[segment],
        segments[segment].end,
        NAME_WORDS(pair),
      );
    }
    return list;
  }

  /** capitalisedWords of the first side's text (read on first use). */
  capitalisedOfFirst(): Set<string> {
    this.sourceWords ??= capitalisedWords(this.sides[0].text);
    return this.sourceWords;
  }

  /** What is known about the people behind a surname key, or undefined when nothing genders them. */
  get(key: string): KeyInfo | undefined {
    // lookupKey of a mention made of particles alone ("Van") is undefined: no one is behind it.
    if (typeof key !== "string") return undefined;
    let info = this.infos.get(key);
    if (info === undefined) {
      // The evidence of the mentions in the segments where the key may be, grouped as indexPeople groups it.
      const found: Found[] = [];
      for (let s = 0; s < this.sides.length; s++) {
        for (const seg of this.segmentsWithKey(s, key)) {
          for (const mention of this.mentionsIn(s, seg)) {
            if (!keysOf(mention).includes(key)) continue;
            for (const evidence of this.evidenceOf(s, seg, mention)) found.push({ mention, evidence });
          }
        }
      }
      const list = evidenceByKey(found).get(key);
      info = list ? keyInfo(list) : null;
      this.infos.set(key, info);
    }
    return info ?? undefined;
  }

  /**
   * A mention's own gender when its surname key is shared by people of both genders ("Ms Randle" beside "Mr Randle"):
   * the one gender its own honorific, title or given name shows, with the strongest evidence of that gender the first
   * side (the source) gives for the key; undefined when the source shows no one of that gender by it.
   */
  ownInfo(side: number, segment: number, mention: NameMention, shared: KeyInfo): KeyInfo | undefined {
    const own = this.evidenceOf(side, segment, mention);
    if (own.length === 0 || own.some((e) => e.gender !== own[0].gender)) return undefined;
    const key = mention.tokens[mention.tokens.length - 1];
    let best: Evidence | undefined;
    for (const seg of this.segmentsWithKey(0, key)) {
      for (const m of this.mentionsIn(0, seg)) {
        if (!keysOf(m).includes(key)) continue;
        for (const e of this.evidenceOf(0, seg, m)) if (e.gender === own[0].gender && (!best || e.strength > best.strength)) best = e;
      }
    }
    return best && { gender: best.gender, evidence: best, firstNames: shared.firstNames };
  }

  /** The gender evidence of one mention of segment `seg` of side `s` (read on first use). */
  private evidenceOf(s: number, seg: number, mention: NameMention): Evidence[] {
    let list = this.evidence.get(mention);
    if (!list) {
      const side = this.sides[s];
      const bounds = side.segments[seg];
      const view = (this.views[s][seg] ??= { start: bounds.start, end: bounds.end });
      this.evidence.set(mention, (list = mentionEvidence(side.text, side.lang, view, mention, NAME_WORDS(side.pair))));
    }
    return list;
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

/** The capitalised words of each segment of a text as the name scanner reads them, and the segments of each word. */
interface Capitals {
  bySegment: (readonly Word[])[];
  /** Normalised word -> the segment, or segments (ascending), where it occurs (one number saves an array per word). */
  segmentsOf: Map<string, number | number[]>;
}

/** The capitalised words of one side, segment by segment. */
function capitalsOf(side: PeopleSide): Capitals {
  const segmentsOf = new Map<string, number | number[]>();
  const bySegment = side.segments.map((seg, k) => {
    const words = capitalWords(side.text, seg.start, seg.end);
    for (const w of words) {
      const key = normalizeName(w.text);
      const seen = segmentsOf.get(key);
      if (seen === undefined) segmentsOf.set(key, k);
      else if (typeof seen === "number") {
        if (seen !== k) segmentsOf.set(key, [seen, k]);
      } else if (seen[seen.length - 1] !== k) seen.push(k);
    }
    return words;
  });
  return { bySegment, segmentsOf };
}

/** The segments (ascending) where a normalised capitalised word occurs. */
function segmentsWith(caps: Capitals, word: string): readonly number[] {
  const seen = caps.segmentsOf.get(word);
  return seen === undefined ? [] : typeof seen === "number" ? [seen] : seen;
}

/** One piece of evidence with the mention it is about. */
type Found = { mention: NameMention; evidence: Evidence };

/**
 * The evidence of each surname key, in the order found: an item counts once per time its mention's keys name the key.
 * The one grouping of the eager index (indexPeople) and the lazy one (PeopleIndex.get).
 */
function evidenceByKey(found: readonly Found[]): Map<string, Found[]> {
  const byKey = new Map<string, Found[]>();
  for (const item of found) {
    for (const key of keysOf(item.mention)) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(item);
    }
  }
  return byKey;
}

/** Builds the surname-key index of gender evidence: conflicting strongest evidence or two differently gendered full names make a key ambiguous. */
export function indexPeople(found: readonly Found[]): Map<string, KeyInfo> {
  const out = new Map<string, KeyInfo>();
  for (const [key, list] of evidenceByKey(found)) out.set(key, keyInfo(list));
  return out;
}

/** What the evidence found for one surname key says (see indexPeople). */
export function keyInfo(found: readonly Found[]): KeyInfo {
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
    // Below a title, weaker evidence counts for neither ("President Barack Obama … her": the pronoun is the error).
    const counts = top !== 3 || evidence.strength === 3;
    if (counts) genders |= bit;
    if (mention.tokens.length >= 2) byFirst.set(mention.tokens[0], (byFirst.get(mention.tokens[0]) ?? 0) | (counts ? bit : 0));
  }
  let firstGenders = 0;
  for (const bits of byFirst.values()) if (bits) firstGenders |= 1 << bits;
  const ambiguous = genders === 3 || (firstGenders & (firstGenders - 1)) !== 0;
  return { gender: ambiguous ? "ambiguous" : best!.gender, evidence: best!, firstNames: [...byFirst.keys()] };
}
