// pronoun-gender, person by person (issue 12): each person noun of a target sentence against its counterpart in the
// aligned source sentence (counterparts.ts), in both directions. Into Spanish: "la presidenta" for "the president …
// he"; into English: "The mayor of Quito … her anger" for "El alcalde de Quito".
import { copulaNounSubject } from "./copula-noun";
import type { RuleContext } from "../../check/rule";
import type { Gender, PeopleLookup } from "./types";
import { isObjectPronoun, isSubjectPronoun, otherGender, type PersonMark } from "./sentence-evidence";
import { participleAfterComma } from "./neutral-nouns";
import { roleIn } from "./pronoun-grammar";
import type { Lang } from "../../types";
import { rememberedPersonMarks } from "./person-marks-memo";
import { surnamesOf } from "./names";
import { SENTENCE_LEAD } from "./pronoun-grammar";
import { nobodyOf, sourceBefore, WINDOW } from "./source-beads";
import { counterpartGender, type NounKey, nounKeys, sameNoun } from "./counterparts";
import {
  boundPronoun,
  copulaSubject,
  markOpensClause,
  predicative,
  pronounSideGender,
  type SidePerson,
  subjectClauseLead,
} from "./binding";

/** A target word of the wrong gender for the person its source counterpart shows. */
export interface CounterpartFinding {
  /** The word, with offsets into the target document. */
  mark: PersonMark;
  gender: Gender;
  evidence: string;
}

/** The genders of the people a list of marks names or describes (pronouns refer back to them). */
function genders(marks: readonly PersonMark[]): Set<Gender | "unknown"> {
  return new Set(marks.filter((m) => m.kind !== "pronoun").map((m) => m.gender));
}

/** The text of the WINDOW target sentences before `segment`. */
function targetBefore(ctx: RuleContext, segment: number): string {
  return ctx.target.segments
    .slice(Math.max(0, segment - WINDOW), segment)
    .map((s) => s.text)
    .join(" ");
}

/** One source sentence of a bead: its text and the people it marks. */
interface SourceSentence {
  text: string;
  marks: PersonMark[];
}

/** The source sentences aligned with target segment `segment`, each with its marks (a noun binds within its sentence). */
function sourceSentences(ctx: RuleContext, segment: number, people: PeopleLookup): SourceSentence[] {
  const bead = ctx.pairs[ctx.pairOfTarget[segment]];
  const surnames = surnamesOf(ctx.memo.source);
  return (bead?.source ?? []).map((s) => ({
    text: s.text,
    marks: rememberedPersonMarks(s.text, ctx.source.lang, people, ctx.source.pair, surnames),
  }));
}

/**
 * The person of the pronoun side's sentences whose noun has any of `keys`: with as many such nouns as the target
 * sentence (`place`: the target noun's rank among its own, and their count), the one of the same rank; otherwise
 * the one person all of them show, when the sentences show the gender of every such noun (but one said of someone,
 * "as a president"). Undefined when the gender is not shown.
 */
function pronounSidePeople(
  sentences: readonly SourceSentence[],
  keys: readonly NounKey[],
  place: { rank: number; count: number },
  ctx: RuleContext,
  people: PeopleLookup,
  before: readonly PersonMark[],
): SidePerson | undefined {
  const { lang, pair } = ctx.source;
  // Someone else shown before may own a possessive; the same role before is the same person ("the president").
  const elsewhere = genders(before.filter((m) => !sameNoun(nounKeys(m, lang, pair), keys)));
  const found: (SidePerson | undefined)[] = [];
  for (const [k, { text, marks }] of sentences.entries()) {
    for (let i = 0; i < marks.length; i++) {
      const kind = marks[i].kind;
      if ((kind !== "noun" && kind !== "honorific") || !sameNoun(nounKeys(marks[i], lang, pair), keys)) continue;
      if (predicative(text, lang, marks[i])) continue;
      found.push(
        pronounSideGender(text, lang, marks, i, people, pair, elsewhere) ??
          continuedBy(sentences[k], sentences[k + 1], i, lang) ??
          participleObject(text, marks, i, lang),
      );
    }
  }
  if (place.count > 1 && found.length === place.count) return found[place.rank];
  if (found.length === 0 || found.some((p) => !p || p.gender !== found[0]?.gender)) return undefined;
  return found[0];
}

/**
 * The person a sentence's one person noun is when the next source sentence of the bead (the translation joined them)
 * opens with a subject pronoun, past one connective at most ("The President stressed … . However, he defended …"): the
 * subject that sentence continues. The noun opens its clause and is its sentence's only person, and no quotation
 * stands in the sentence or before the pronoun; undefined otherwise.
 */
function continuedBy(here: SourceSentence, next: SourceSentence | undefined, at: number, lang: Lang): SidePerson | undefined {
  const noun = here.marks[at];
  const p = next?.marks[0];
  if (!next || !p || p.kind !== "pronoun" || p.gender === "unknown" || !isSubjectPronoun(lang, p.text)) return undefined;
  if (noun.gender !== "unknown" || here.marks.length !== 1 || !markOpensClause(here.text, lang, noun)) return undefined;
  const lead = next.text.slice(0, p.start);
  // Quoted words on either side: the pronoun may be the speaker ('"The child can stay." he began').
  // regex-safe: one character class
  if (/["“”«»]/u.test(here.text + lead)) return undefined;
  // regex-safe: anchored; at most one word and a comma, no nested quantifier
  if (!/^\s*(?:\p{L}+,?\s+)?$/u.test(lead) || !subjectClauseLead(lead.replace(/,\s*$/u, " "), lang)) return undefined;
  return { mark: noun, gender: p.gender, evidence: `${noun.text} … ${p.text}` };
}

/**
 * The person a noun of no marked gender is when an object pronoun follows it past a comma and a participle only ("an
 * attack against the deputy, ordering him not to …"): the participle's subject is its clause's, which the noun does
 * not open, so its object is the noun. Undefined otherwise.
 */
function participleObject(text: string, marks: readonly PersonMark[], at: number, lang: Lang): SidePerson | undefined {
  const noun = marks[at];
  const p = marks[at + 1];
  if (noun.gender !== "unknown" || p?.kind !== "pronoun" || p.gender === "unknown" || !isObjectPronoun(lang, p.text)) return undefined;
  if (roleIn(text, lang, p.text, p.end) !== "object" || !participleAfterComma(text.slice(noun.end, p.start), lang)) return undefined;
  if (markOpensClause(text, lang, noun)) return undefined;
  return { mark: noun, gender: p.gender, evidence: `${noun.text} … ${p.text}` };
}

/**
 * Into an agreement language: target person nouns ("la presidenta") whose source counterpart ("the president")
 * shows the other gender, by its own form or name or by the pronoun that refers back to it.
 */
export function wrongCounterpartNouns(ctx: RuleContext, segment: number, people: PeopleLookup): CounterpartFinding[] {
  const seg = ctx.target.segments[segment];
  const { lang, pair } = ctx.target;
  const all = rememberedPersonMarks(seg.text, lang, nobodyOf(ctx), pair).filter(
    (m) => m.kind === "noun" && !predicative(seg.text, lang, m),
  );
  const nouns = all.filter((m) => m.gender !== "unknown" && !m.possessed);
  if (nouns.length === 0) return [];
  const source = sourceSentences(ctx, segment, people);
  const before = rememberedPersonMarks(sourceBefore(ctx, segment), ctx.source.lang, people, ctx.source.pair);
  const out: CounterpartFinding[] = [];
  for (const m of nouns) {
    const keys = nounKeys(m, lang, pair);
    const same = all.filter((k) => sameNoun(nounKeys(k, lang, pair), keys));
    const person = pronounSidePeople(source, keys, { rank: same.indexOf(m), count: same.length }, ctx, people, before);
    if (!person || person.gender === m.gender) continue;
    out.push({ mark: { ...m, start: seg.start + m.start, end: seg.start + m.end }, gender: person.gender, evidence: person.evidence });
  }
  return out;
}

/**
 * Into a pronoun language: pronouns that refer back to a target noun of no marked gender ("The mayor … her") whose
 * source counterpart shows the other gender ("El alcalde"), with the pronouns right after them of the same gender.
 */
export function wrongBoundPronouns(ctx: RuleContext, segment: number, people: PeopleLookup): CounterpartFinding[] {
  const seg = ctx.target.segments[segment];
  const { lang, pair } = ctx.target;
  // A lone capitalised word the article never writes after another ("offending Islam", "by Khartoum court") is no one
  // standing between a noun and the pronoun it binds.
  const marks = rememberedPersonMarks(seg.text, lang, nobodyOf(ctx), pair, surnamesOf(ctx.memo.target));
  let source: SourceSentence[] | undefined;
  let before: Set<Gender | "unknown"> | undefined;
  const out: CounterpartFinding[] = [];
  for (let i = 0; i < marks.length; i++) {
    if (marks[i].kind !== "noun") continue;
    // "she was the son of …": a noun of marked gender said of a subject pronoun of the other, the source's counterpart
    // of the noun's gender: the pronoun is wrong.
    if (marks[i].gender !== "unknown") {
      const subject = copulaNounSubject(seg.text, lang, marks, i);
      if (!subject || subject.gender === marks[i].gender) continue;
      source ??= sourceSentences(ctx, segment, people);
      const said = counterpartGender(source, nounKeys(marks[i], lang, pair), ctx.source.lang, ctx.source.pair);
      if (said?.gender !== marks[i].gender) continue;
      out.push({
        mark: { ...subject, start: seg.start + subject.start, end: seg.start + subject.end },
        gender: marks[i].gender as Gender,
        evidence: said.text,
      });
      continue;
    }
    // The people of the sentences before, as either side shows them ("the minister" / "la ministra").
    before ??= genders([
      ...rememberedPersonMarks(targetBefore(ctx, segment), lang, nobodyOf(ctx), pair),
      ...rememberedPersonMarks(sourceBefore(ctx, segment), ctx.source.lang, people, ctx.source.pair),
    ]);
    // "she will be the fourth American president": the subject the noun is said of; else the pronoun it binds.
    const subject = copulaSubject(seg.text, lang, marks, i);
    const bound = subject ?? boundPronoun(seg.text, lang, marks, i, before);
    if (!bound) continue;
    source ??= sourceSentences(ctx, segment, people);
    const said = counterpartGender(source, nounKeys(marks[i], lang, pair), ctx.source.lang, ctx.source.pair);
    if (!said || said.gender === bound.gender) continue;
    const wrong = (m: PersonMark) =>
      out.push({ mark: { ...m, start: seg.start + m.start, end: seg.start + m.end }, gender: said.gender as Gender, evidence: said.text });
    if (subject) wrong(subject);
    // The pronouns that follow with nobody else between are the same person.
    for (let j = i + 1; j < marks.length && marks[j].kind === "pronoun" && marks[j].gender === bound.gender; j++) wrong(marks[j]);
  }
  return out;
}

/** A sentence's first person mark when only opening punctuation stands before it (its subject, as written). */
function openingMark(marks: readonly PersonMark[], text: string): PersonMark | undefined {
  const m = marks[0];
  return m && SENTENCE_LEAD.test(text.slice(0, m.start)) ? m : undefined;
}

/** Whether a sentence's marks (in `side`'s language) hold a noun of the role `keys` name. */
function hasNounOfRole(marks: readonly PersonMark[], side: RuleContext["source"], keys: NounKey[]): boolean {
  return marks.some((m) => m.kind === "noun" && sameNoun(nounKeys(m, side.lang, side.pair), keys));
}

/**
 * Into a pronoun language: a sentence opening with a subject pronoun ("She has come under criticism …") whose source
 * sentence opens with a person noun of the other gender ("El atleta ha sido objeto …") that the translation renders
 * by nothing else (no noun of its role in the sentence): the pronoun is that person.
 */
export function wrongOpeningPronoun(ctx: RuleContext, segment: number, people: PeopleLookup): CounterpartFinding[] {
  const seg = ctx.target.segments[segment];
  const { lang, pair } = ctx.target;
  const marks = rememberedPersonMarks(seg.text, lang, nobodyOf(ctx), pair);
  const p = openingMark(marks, seg.text);
  if (p?.kind !== "pronoun" || p.gender === "unknown" || !isSubjectPronoun(lang, p.text)) return [];
  const source = sourceSentences(ctx, segment, people)[0];
  const noun = source && openingMark(source.marks, source.text);
  if (noun?.kind !== "noun" || noun.gender === "unknown" || noun.gender === p.gender) return [];
  if (hasNounOfRole(marks, ctx.target, nounKeys(noun, ctx.source.lang, ctx.source.pair))) return [];
  return [{ mark: { ...p, start: seg.start + p.start, end: seg.start + p.end }, gender: noun.gender, evidence: noun.text }];
}

/**
 * Into an agreement language, the mirror of wrongOpeningPronoun: a sentence opening with a gendered person noun ("La
 * atleta ha sido objeto …") whose source sentence opens with a subject pronoun of the other gender ("He has come under
 * criticism …") and has no noun of its role: the noun renders that pronoun.
 */
export function wrongOpeningNoun(ctx: RuleContext, segment: number, people: PeopleLookup): CounterpartFinding[] {
  const seg = ctx.target.segments[segment];
  const { lang, pair } = ctx.target;
  const noun = openingMark(rememberedPersonMarks(seg.text, lang, nobodyOf(ctx), pair), seg.text);
  if (noun?.kind !== "noun" || noun.gender === "unknown" || noun.possessed) return [];
  const source = sourceSentences(ctx, segment, people)[0];
  const p = source && openingMark(source.marks, source.text);
  if (p?.kind !== "pronoun" || p.gender === "unknown" || p.gender === noun.gender || !isSubjectPronoun(ctx.source.lang, p.text)) return [];
  if (hasNounOfRole(source.marks, ctx.source, nounKeys(noun, lang, pair))) return [];
  return [{ mark: { ...noun, start: seg.start + noun.start, end: seg.start + noun.end }, gender: p.gender, evidence: p.text }];
}

/** Reports every counterpart finding past the spans already reported, with the fix `suggest` gives its word. */
export function reportCounterparts(
  ctx: RuleContext,
  findings: readonly CounterpartFinding[],
  reported: readonly { start: number; end: number }[],
  suggest: (f: CounterpartFinding) => string | undefined,
): void {
  for (const f of findings) {
    const { start, end, text } = f.mark;
    if (reported.some((r) => r.start < end && start < r.end)) continue;
    ctx.report({
      messageId: "counterpart",
      data: { word: text, gender: f.gender === "f" ? "woman" : "man", evidence: f.evidence },
      target: { start, end },
      suggestion: suggest(f),
      // One person on both sides, by the sentence's own words: as sure as the sentence-level verdicts.
      confidence: 0.6,
    });
  }
}

/** Into an agreement language: every target person noun of the wrong gender for its source counterpart. */
export function checkCounterpartNouns(ctx: RuleContext, people: PeopleLookup, reported: readonly { start: number; end: number }[]): void {
  for (const seg of ctx.target.segments) {
    const findings = [...wrongCounterpartNouns(ctx, seg.index, people), ...wrongOpeningNoun(ctx, seg.index, people)];
    const fresh = findings.filter((f, k) => findings.findIndex((g) => g.mark.start === f.mark.start) === k);
    reportCounterparts(ctx, fresh, reported, (f) => otherGender(ctx.target.lang, f.mark.text));
  }
}
