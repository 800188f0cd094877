// pronoun-gender into English (issue 12): a pronoun whose own sentence describes, before it, only people of the other
// gender by words that show it ("the first lady … the Princess of Asturias … his wardrobe") and names no one, when the
// aligned source sentence marks people of that other gender only ("la primera dama … la Princesa de Asturias").
import type { RuleContext } from "../../check/rule";
import type { Gender, PeopleLookup, PronounMention } from "./types";
import type { Referent } from "./referents";
import { rememberedPersonMarks } from "./person-marks-memo";
import { beadSource } from "./source-beads";
import { surnamesOf } from "./names";

/** What the English check knows that this verdict asks for. */
export interface DescribedScan {
  ctx: RuleContext;
  people: PeopleLookup;
  /** How many people of a gender the aligned source sentence marks (an owner: without the possessed ones). */
  sourceMarks: (segment: number, g: Gender, owner?: boolean) => number;
}

/**
 * The source's words that show the described people's gender ("la primera dama"), when `nearest` (the referents a
 * pronoun is judged against, all contradicting it) are people of its own sentence described by gendered words, the
 * sentences before describe no one of the pronoun's gender, and the source sentence marks people of the other
 * gender only (past the `later` people of the pronoun's gender named after it); undefined otherwise.
 */
export function describedVerdict(
  scan: DescribedScan,
  p: PronounMention,
  segment: number,
  nearest: readonly Referent[],
  window: readonly Referent[],
  owner: boolean,
  later: number,
): string | undefined {
  if (nearest.length === 0 || nearest.some((r) => r.segment !== segment || r.info || r.gender === "unknown")) return undefined;
  // Someone of the pronoun's gender named or described in the sentences before, or of no marked gender in the sentence
  // just before, may be its referent.
  if (window.some((r) => r.segment !== segment && (r.gender === p.gender || (r.gender === "unknown" && r.segment === segment - 1))))
    return undefined;
  const g = nearest[0].gender as Gender;
  if (scan.sourceMarks(segment, p.gender, owner) > later || scan.sourceMarks(segment, g) === 0) return undefined;
  const { ctx } = scan;
  const marks = rememberedPersonMarks(beadSource(ctx, segment), ctx.source.lang, scan.people, ctx.source.pair, surnamesOf(ctx.memo.source));
  // A named person of no marked gender in the source may be a place's or body's name ("de Estados Unidos").
  if (marks.some((m) => m.gender === p.gender || (m.gender === "unknown" && m.kind !== "name"))) return undefined;
  return marks.find((m) => m.kind !== "name")?.text;
}
