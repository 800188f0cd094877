// pronoun-gender's fallback when no named referent decides: the aligned source itself. A target pronoun whose
// source sentence opens with a gendered subject ("Ella …", "El alcalde de Quito no ocultó su enfado" -> "… her
// anger"), whose source window (that sentence and the two before it) marks nobody of the pronoun's gender, and whose
// target window names nobody it could refer to, has the wrong gender.
import type { Doc } from "../../core/document";
import {
  capitalisedWords, lookupKey, nameMentions, personNouns, spanishMarksGender, spanishOpeningSubject, givenNameGender, unknownPersonLike,
  type Gender, type PeopleLookup, type PronounMention,
} from "../../core/gender";
import type { RuleContext } from "../../core/rule";

/** Sentences before the pronoun's own that may still hold its referent. */
const WINDOW = 2;

/** What the source window says about a pronoun's gender: the cue of the other gender, when that is all it says. */
export interface SourceWindowVerdict {
  /** The gender the source shows. */
  gender: Gender;
  /** The source cue that shows it ("el alcalde", "ella"). */
  evidence: string;
}

/** Text of the source segments aligned with target segments [from, to], each bead once. */
function alignedSource(ctx: RuleContext, from: number, to: number): string {
  const seen = new Set<number>();
  const parts: string[] = [];
  for (let j = Math.max(0, from); j <= to; j++) {
    const b = ctx.pairOfTarget[j];
    if (b === undefined || seen.has(b)) continue;
    seen.add(b);
    for (const s of ctx.pairs[b]?.source ?? []) parts.push(s.text);
  }
  return parts.join(" ");
}

/** Whether the target before the pronoun (its sentence and the window before it) names or describes anyone it could mean. */
function targetOffersReferent(
  doc: Doc, p: PronounMention, segment: number, people: PeopleLookup, sourceCapitals: Set<string>,
): boolean {
  const from = doc.segments[Math.max(0, segment - WINDOW)].start;
  const end = doc.segments[segment].end;
  for (const m of nameMentions(doc.text, from, p.start)) {
    const info = people.get(lookupKey(m));
    if (info ? info.gender === "ambiguous" || info.gender === p.gender : unknownPersonLike(doc.text, m, sourceCapitals)) return true;
    if (givenNameGender(m.tokens[0]) === p.gender) return true;
  }
  return personNouns(doc.text, from, end, true).some((n) => n.gender === p.gender);
}

/**
 * The verdict for a pronoun the name-based check left alone, or undefined. Spanish sources only (their person nouns
 * and pronouns mark gender); the pronoun's own source sentence must open with a subject of the other gender and the
 * window show nobody of the pronoun's gender.
 */
export function sourceWindowVerdict(
  ctx: RuleContext, p: PronounMention, segment: number, people: PeopleLookup,
): SourceWindowVerdict | undefined {
  const other: Gender = p.gender === "m" ? "f" : "m";
  const own = alignedSource(ctx, segment, segment);
  const subject = spanishOpeningSubject(own);
  if (!subject || subject.gender !== other) return undefined;
  const window = alignedSource(ctx, segment - WINDOW, segment);
  const capitals = capitalisedWords(window);
  if (spanishMarksGender(window, p.gender, people) > 0 || unknownPeople(window, people, capitals)) return undefined;
  if (targetOffersReferent(ctx.target, p, segment, people, capitals)) return undefined;
  return { gender: other, evidence: subject.cue };
}

/** Whether the source names someone whose gender nothing tells (they could be the pronoun's referent). */
function unknownPeople(text: string, people: PeopleLookup, capitals: Set<string>): boolean {
  return nameMentions(text, 0, text.length).some((m) => {
    const info = people.get(lookupKey(m));
    return info ? info.gender === "ambiguous" : unknownPersonLike(text, m, capitals);
  });
}
