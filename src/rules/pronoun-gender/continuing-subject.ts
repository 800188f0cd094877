// pronoun-gender into English (issue 12): a source sentence that names no subject of its own continues the one before
// ("Hasta el momento el primer ministro ha hecho la mitad del trabajo. Ha sido rápido en condenar …"); when that one
// opens with a gendered person noun and marks people of that gender only, the target sentence's opening subject
// pronoun of the other gender ("She was quick to condemn …") mistranslates the subject both sentences share.
import type { RuleContext } from "../../check/rule";
import type { Gender, PeopleLookup, PronounMention } from "./types";
import type { SourceWindowVerdict } from "./source-window-gender";
import { isSubjectPronoun, type PersonMark } from "./sentence-evidence";
import { rememberedPersonMarks } from "./person-marks-memo";
import { alignedSource, beadSource, nobodyOf } from "./source-beads";
import { surnamesOf } from "./names";

/** At most three words and no mark of punctuation before a sentence's subject ("Hasta el momento el primer ministro"). */
// regex-safe: anchored; opening marks, then up to three letter runs each followed by spaces
const SHORT_LEAD = /^[\s¿¡"“«(]*(?:\p{L}+\s+){0,3}$/u;

/**
 * The verdict on the first pronoun of a target sentence, a subject before anyone the sentence names or describes,
 * from the source sentence before: it opens with a person noun of the other gender and marks no one else of another,
 * while the pronoun's own source sentence marks no one in its first words and no one of the pronoun's gender.
 * Undefined otherwise.
 */
export function continuingSubjectVerdict(
  ctx: RuleContext,
  p: PronounMention,
  segment: number,
  people: PeopleLookup,
  sentencePronouns: readonly PronounMention[],
): SourceWindowVerdict | undefined {
  if (segment === 0 || sentencePronouns[0] !== p || !isSubjectPronoun(ctx.target.lang, p.word)) return undefined;
  const seg = ctx.target.segments[segment];
  const here = rememberedPersonMarks(seg.text, ctx.target.lang, people, ctx.target.pair);
  if (here.some((m) => m.kind !== "pronoun" && seg.start + m.start < p.start)) return undefined;
  const { lang, pair } = ctx.source;
  const surnames = surnamesOf(ctx.memo.source);
  const own = beadSource(ctx, segment);
  const prev = alignedSource(ctx, segment - 1, segment - 1, ctx.pairOfTarget[segment]);
  if (prev === "" || prev === own) return undefined;
  const ownMarks = rememberedPersonMarks(own, lang, people, pair, surnames);
  // The sentence names no subject of its own in its first words, and no one of the pronoun's gender.
  if (
    ownMarks.some((m) => m.gender === p.gender || (m.gender === "unknown" && m.kind !== "noun") || SHORT_LEAD.test(own.slice(0, m.start)))
  )
    return undefined;
  const first = opening(prev, rememberedPersonMarks(prev, lang, people, pair, surnames));
  if (!first || first.gender === p.gender || ownMarks.some((m) => m.gender !== "unknown" && m.gender !== first.gender)) return undefined;
  // The target sentence before has no pronoun (a reported clause's "he" may be someone the next sentence continues:
  // "The lawyer explained that he does not remember …"), no one of the pronoun's gender and no name of no known one.
  const before = rememberedPersonMarks(ctx.target.segments[segment - 1].text, ctx.target.lang, nobodyOf(ctx), ctx.target.pair);
  if (before.some((m) => m.kind === "pronoun" || m.gender === p.gender || (m.kind === "name" && m.gender === "unknown"))) return undefined;
  return { gender: first.gender as Gender, evidence: first.text };
}

/** A sentence's opening person noun of marked gender, when every person the sentence marks has that gender. */
function opening(text: string, marks: readonly PersonMark[]): PersonMark | undefined {
  const first = marks[0];
  if (first?.kind !== "noun" || first.possessed || first.gender === "unknown" || !SHORT_LEAD.test(text.slice(0, first.start)))
    return undefined;
  return marks.every((m) => m.gender === first.gender) ? first : undefined;
}
