// pronoun-gender, pronoun for pronoun (issue 12). A language whose subjects may be dropped (Spanish) says a subject
// pronoun only when it matters ("dice él", "del que ella es oriunda"), and a translation into a language that says
// every subject renders it by a pronoun at about the same place of the sentence pair ("he says", "where she was
// born"); the other way, a Spanish "él"/"ella" renders the English pronoun at its place. A pronoun there of the other
// gender, with no pronoun of the explicit one's gender near, mistranslates it, whoever else the sentences name.
// Not where either language's pronouns stand for things ("elle" for la loi): the place then says nothing.
import type { AlignedPair, RuleContext } from "../../check/rule";
import type { Doc, Segment } from "../../segment/document";
import { languageOf } from "../../lang/registry";
import type { Gender, PronounMention } from "./types";
import { personPronouns, pronounsIn, withoutSlashPairs } from "./pronouns";
import { prepositionalPronouns } from "./prepositional";
import type { PersonMark } from "./sentence-evidence";
import { rememberedPersonMarks } from "./person-marks-memo";
import { nobodyOf } from "./source-beads";
import table from "../../../rules/pronoun-evidence.json";
import type { Lang } from "../../types";

/** How far apart (a share of the bead's length on each side) a pronoun and its rendering may stand. */
const NEAR = 0.15;
/** Beads whose sides differ more in length than this ratio are too loosely aligned for places to compare. */
const MAX_RATIO = 2;

/** A pronoun of a bead side and its place there (0 at the bead's start, 1 at its end). */
interface Placed {
  p: PronounMention;
  at: number;
  /** After a preposition ("con él"): rendered by an object or possessive, not by a subject ("she"). */
  prep: boolean;
}

/** A target pronoun of the wrong gender for the pronoun it renders or is rendered by, with that pronoun. */
export interface AlignedFinding {
  pronoun: PronounMention;
  gender: Gender;
  evidence: string;
}

/** The pronouns of a bead side with their places; `explicit`: only person pronouns (not "en ella": in it). */
function placed(doc: Doc, segs: readonly Segment[], explicit: boolean): { list: Placed[]; length: number } {
  const from = segs[0].start;
  const length = Math.max(1, segs[segs.length - 1].end - from);
  const list: Placed[] = [];
  for (const seg of segs) {
    const found = explicit
      ? personPronouns(seg.text, doc.lang).map((p) => ({ ...p, start: p.start + seg.start, end: p.end + seg.start }))
      : pronounsIn(doc.text, doc.lang, seg.start, seg.end);
    if (found.length === 0) continue;
    const preps = new Set(explicit ? prepositionalPronouns(seg.text, doc.lang).map((q) => q.start + seg.start) : []);
    for (const p of withoutSlashPairs(doc.text, found)) list.push({ p, at: (p.start - from) / length, prep: preps.has(p.start) });
  }
  return { list, length };
}

/** The pronoun of `others` nearest to place `at`, when one is near and none near it has `gender`; else undefined. */
function nearestOfOtherGender(at: number, gender: Gender, others: readonly Placed[]): Placed | undefined {
  const near = others.filter((o) => Math.abs(o.at - at) <= NEAR);
  if (near.length === 0 || near.some((o) => o.p.gender === gender)) return undefined;
  return near.reduce((a, b) => (Math.abs(b.at - at) < Math.abs(a.at - at) ? b : a));
}

/** The pronoun of `others` nearest to `e`, when it is near and no pronoun near `e` has e's gender; else undefined. */
function counterpart(e: Placed, others: readonly Placed[], explicit: readonly Placed[], lang: Lang): Placed | undefined {
  const o = nearestOfOtherGender(e.at, e.p.gender, others);
  if (!o) return undefined;
  if (e.prep && languageOf(lang).gender.subjectPronouns.includes(o.p.word.toLowerCase())) return undefined;
  // Another explicit pronoun near it of its own gender is what it renders ("según él, ella …").
  if (explicit.some((x) => x !== e && x.p.gender === o.p.gender && Math.abs(x.at - o.at) <= NEAR)) return undefined;
  return o;
}

/** A person a bead side marks (noun, name, honorific, pronoun) with its gender and place. */
interface PlacedMark {
  mark: PersonMark;
  at: number;
  /** The mark's offset in its document. */
  start: number;
}

/** The person marks of a bead side with their places. */
function placedMarks(ctx: RuleContext, doc: Doc, segs: readonly Segment[], length: number): PlacedMark[] {
  const from = segs[0].start;
  return segs.flatMap((seg) =>
    rememberedPersonMarks(seg.text, doc.lang, nobodyOf(ctx), doc.pair).map((mark) => ({
      mark,
      at: (seg.start + mark.start - from) / length,
      start: seg.start + mark.start,
    })),
  );
}

/** A language's determiners that may open a subject and its prepositions (rules/pronoun-evidence.json). */
export function subjectWords(lang: Lang): { determiners: string[]; prepositions: string[] } {
  const raw = (table as unknown as Record<string, { subjectDeterminers?: string[]; prepositions?: string[] } | undefined>)[lang];
  return { determiners: raw?.subjectDeterminers ?? [], prepositions: raw?.prepositions ?? [] };
}

/** Whether a noun mark opens with a subject determiner ("la portavoz") and follows no preposition ("a la reportera"). */
function mayBeSubject(doc: Doc, n: PlacedMark): boolean {
  const words = subjectWords(doc.lang);
  const first = n.mark.text.split(/\s+/u)[0].toLowerCase();
  if (!words.determiners.includes(first)) return false;
  const at = n.start;
  // regex-safe: one letter run anchored at the end
  const before = /([\p{L}\p{M}]+)\s*$/u.exec(doc.text.slice(Math.max(0, at - 20), at))?.[1].toLowerCase();
  return before === undefined || !words.prepositions.includes(before);
}

/**
 * Source person nouns of one gender ("dijo la portavoz") that the translation renders at their place by a subject
 * pronoun of the other ("he said"), with no person named or described near that place on the target side and no one
 * of the pronoun's gender near it on the source side.
 */
function nounFindings(ctx: RuleContext, pair: AlignedPair, tgt: Placed[], lengths: [number, number]): AlignedFinding[] {
  const out: AlignedFinding[] = [];
  // No target pronoun, nothing rendered by one: the source's person marks are not worked out.
  if (tgt.length === 0) return out;
  const subjects = languageOf(ctx.target.lang).gender.subjectPronouns;
  const sourceMarks = placedMarks(ctx, ctx.source, pair.source, lengths[0]);
  let targetMarks: PlacedMark[] | undefined;
  for (const n of sourceMarks) {
    const { mark } = n;
    if (mark.kind !== "noun" || mark.gender === "unknown" || mark.possessed || !mayBeSubject(ctx.source, n)) continue;
    const o = nearestOfOtherGender(n.at, mark.gender, tgt);
    if (!o || !subjects.includes(o.p.word.toLowerCase())) continue;
    if (sourceMarks.some((x) => x.mark.gender === o.p.gender && Math.abs(x.at - o.at) <= NEAR)) continue;
    targetMarks ??= placedMarks(ctx, ctx.target, pair.target, lengths[1]);
    if (targetMarks.some((x) => x.mark.kind !== "pronoun" && Math.abs(x.at - n.at) <= NEAR)) continue;
    out.push({ pronoun: o.p, gender: mark.gender, evidence: mark.text });
  }
  return out;
}

/**
 * Target pronouns that contradict the explicit pronoun they render or are rendered by, bead by bead: the side of the
 * agreement language (Spanish) gives its explicit pronouns, the other side's pronouns are their renderings by place.
 */
export function alignedPronounFindings(ctx: RuleContext): AlignedFinding[] {
  const s = languageOf(ctx.source.lang).gender;
  const t = languageOf(ctx.target.lang).gender;
  if (s.pronounsForThings || t.pronounsForThings || s.system === t.system) return [];
  const fromSource = s.system === "agreement";
  const out: AlignedFinding[] = [];
  const seen = new Set<number>();
  for (const pair of ctx.pairs) {
    if (pair.source.length === 0 || pair.target.length === 0) continue;
    const src = placed(ctx.source, pair.source, fromSource);
    const tgt = placed(ctx.target, pair.target, !fromSource);
    if (Math.max(src.length, tgt.length) > MAX_RATIO * Math.min(src.length, tgt.length)) continue;
    const [explicit, others] = fromSource ? [src.list, tgt.list] : [tgt.list, src.list];
    if (fromSource)
      for (const f of nounFindings(ctx, pair, tgt.list, [src.length, tgt.length]))
        if (!seen.has(f.pronoun.start)) {
          seen.add(f.pronoun.start);
          out.push(f);
        }
    for (const e of explicit) {
      const o = counterpart(e, others, explicit, fromSource ? ctx.target.lang : ctx.source.lang);
      if (!o) continue;
      const [wrong, right] = fromSource ? [o.p, e.p] : [e.p, o.p];
      if (seen.has(wrong.start)) continue;
      seen.add(wrong.start);
      out.push({ pronoun: wrong, gender: right.gender, evidence: right.word });
    }
  }
  return out;
}
