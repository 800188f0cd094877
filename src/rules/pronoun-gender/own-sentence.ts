// pronoun-gender, judged on the pronoun's own sentence (issue 12): when the aligned source sentence marks people of
// one gender only (a pronoun, a person noun with its determiner, a title, agreement, a known name) and the sentences
// before it mark nobody of the other, a target word of that other gender (an English pronoun; a Spanish determiner
// and noun, pronoun or agreeing participle) has no one to refer to: it mistranslates the person the source shows.
import type { RuleContext } from "../../check/rule";
import type { Gender, PeopleLookup, PronounMention } from "./types";
import { isObjectPronoun, isSubjectPronoun, mentionsThing, otherGender, soleGender, type PersonMark } from "./sentence-evidence";
import { rememberedPersonMarks } from "./person-marks-memo";
import type { Lang } from "../../types";
import type { SourceWindowVerdict } from "./source-window-gender";
import { beadSource, nobodyOf, sourceBefore } from "./source-beads";
import { withoutTranslatedNames } from "./kept-names";
import { givenTokenGender, nameMentions, surnamesOf } from "./names";
import { pronounsBothGrammatical } from "./thing-pronouns";
import { forwardPossessive, pronounRoleIn, SENTENCE_LEAD } from "./pronoun-grammar";
import { headNoun, markOpensClause, predicative, subjectClauseLead } from "./binding";
import { quoteState } from "./referents";
import { subjectWords } from "./aligned-pronouns";
import { afterFrame, loneNounGender, saidPastModifiers } from "./neutral-nouns";
import { openingAgreement } from "./opening-agreement";

/**
 * A source sentence's person marks that may judge a target pronoun: without its pronouns when both languages'
 * pronouns may stand for things of their grammatical gender ("elle" for la mousse -> "er" for der Schaum).
 */
function judgingMarks(ctx: RuleContext, marks: PersonMark[]): PersonMark[] {
  return pronounsBothGrammatical(ctx.source.lang, ctx.target.lang) ? marks.filter((m) => m.kind !== "pronoun") : marks;
}

/**
 * The verdict on a target pronoun from its own aligned source sentence, or undefined: every pronoun of the target
 * sentence has its gender, the source sentence marks people of the other gender only, the source sentences before it
 * mark nobody of the pronoun's gender, and the target sentence names or describes nobody of it. `afterAccepted`: a
 * pronoun of the same gender earlier in the sentence was left alone.
 */
export function ownSentenceVerdict(
  ctx: RuleContext,
  p: PronounMention,
  segment: number,
  people: PeopleLookup,
  sentencePronouns: readonly PronounMention[],
  afterAccepted = false,
): SourceWindowVerdict | undefined {
  if (sentencePronouns.some((q) => q.gender !== p.gender)) return undefined;
  const seg = ctx.target.segments[segment];
  const thing = mentionsThing(seg.text, ctx.target.lang);
  const own = beadSource(ctx, segment);
  const marks = withoutTranslatedNames(
    judgingMarks(
      ctx,
      rememberedPersonMarks(own, ctx.source.lang, people, ctx.source.pair, surnamesOf(ctx.memo.source)).filter(
        (m) => !(thing && m.afterPreposition),
      ),
    ),
    seg.text,
  );
  const opening = openingSubject(own, marks, p, sentencePronouns, seg, ctx.target.lang);
  if (opening) return opening;
  const shown = soleGender(marks);
  if (!shown || shown === p.gender) return undefined;
  const before = rememberedPersonMarks(sourceBefore(ctx, segment), ctx.source.lang, people, ctx.source.pair);
  // A possessed person before ("indicó su abogado") is not the subject a dropped one continues.
  if (before.some((m) => m.gender === p.gender && !m.possessed)) return undefined;
  // After a pronoun of its gender left alone in the sentence (a dropped subject, perhaps someone unnamed), only when
  // the sentences before speak of someone of the source's gender, whom the dropped subject continues.
  if (afterAccepted && !before.some((m) => m.gender === shown)) return undefined;
  const here = rememberedPersonMarks(seg.text, ctx.target.lang, people, ctx.target.pair).filter((m) => m.kind !== "pronoun");
  if (here.some((m) => m.gender === p.gender)) return undefined;
  // The pronoun may stand for a subject the source leaves unsaid (someone else): it must follow its referent in the
  // target sentence, unless the source says the pronoun itself ("ella").
  // A possessive that refers forward ("For her part, the mayor …") stands for the subject after it.
  const said = marks.some((m) => m.kind === "pronoun") || forwardPossessive(ctx.target.text, ctx.target.lang, seg.start, p);
  if (!said && !here.some((m) => seg.start + m.end <= p.start)) return undefined;
  return { gender: shown, evidence: marks[0].text };
}

/**
 * The verdict on a target sentence's opening subject pronoun from its aligned source sentence's opening subject
 * pronoun ("Ella era leal" -> "He was loyal"), or undefined; every pronoun of the target sentence has its gender.
 * Decided by the sentence alone: what earlier sentences say does not change who "Ella" is.
 */
export function openingSubjectVerdict(
  ctx: RuleContext,
  p: PronounMention,
  segment: number,
  people: PeopleLookup,
  sentencePronouns: readonly PronounMention[],
): SourceWindowVerdict | undefined {
  if (sentencePronouns[0] !== p || sentencePronouns.some((q) => q.gender !== p.gender)) return undefined;
  const own = beadSource(ctx, segment);
  const marks = judgingMarks(ctx, rememberedPersonMarks(own, ctx.source.lang, people, ctx.source.pair, surnamesOf(ctx.memo.source)));
  const seg = ctx.target.segments[segment];
  return (
    openingSubject(own, marks, p, sentencePronouns, seg, ctx.target.lang) ??
    openingNoun(ctx, own, marks, p, segment, people) ??
    openingAgreement(own, marks, p, seg, ctx.source.lang, ctx.target.lang)
  );
}

/** Quotation marks: a pronoun past one may be someone the quotation speaks of. */
// regex-safe: one character class
const QUOTES = /["“”«»]/u;

/**
 * The source sentence opens with a gendered person noun as its subject ("Una madre tiene que …", "El diputado, un
 * millonario …") and marks no one else of another gender; the target sentence's first pronoun, a subject or
 * possessive with no one of its gender named or described before it, has the other gender ("A mother … his social
 * life"): it mistranslates that subject, whoever the sentences before spoke of.
 */
function openingNoun(
  ctx: RuleContext,
  own: string,
  marks: PersonMark[],
  p: PronounMention,
  segment: number,
  people: PeopleLookup,
): SourceWindowVerdict | undefined {
  const seg = ctx.target.segments[segment];
  const first = marks[0];
  if (first?.kind !== "noun" || first.possessed || first.gender === p.gender || !SENTENCE_LEAD.test(own.slice(0, first.start)))
    return undefined;
  // A bare noun of no marked gender is said of someone ("como comerciante"), not someone of the other gender.
  const known = marks.filter((m) => !(m.kind === "noun" && m.gender === "unknown"));
  if (soleGender(known) !== first.gender || pronounRoleIn(seg.text, ctx.target.lang, { ...p, end: p.end - seg.start }) === "object")
    return undefined;
  // The pronoun in the subject's own stretch: no quotation opens before it, and no one but the subject's gender (or
  // an unmarked noun) is named or described before it ("… housewife Julia has come because her children").
  const lead = seg.text.slice(0, p.start - seg.start);
  if (QUOTES.test(lead) || !subjectClauseLead(lead, ctx.target.lang) || quoteState(ctx.target)(p.start, segment)) return undefined;
  const here = rememberedPersonMarks(seg.text, ctx.target.lang, people, ctx.target.pair);
  if (here.some((m) => m.start < lead.length && m.gender !== first.gender && (m.gender !== "unknown" || m.kind === "name")))
    return undefined;
  if (nameMentions(seg.text, 0, lead.length, ctx.target.pair).some((m) => (givenTokenGender(m.tokens[0]) ?? first.gender) !== first.gender))
    return undefined;
  return { gender: first.gender as Gender, evidence: first.text };
}

/**
 * The source sentence opens with an explicit subject pronoun ("Él …") and the target sentence's first pronoun, a
 * subject with no one before it, has the other gender ("She …"): the subject is mistranslated, whoever else the
 * sentence names.
 */
function openingSubject(
  own: string,
  marks: PersonMark[],
  p: PronounMention,
  pronouns: readonly PronounMention[],
  seg: { text: string; start: number },
  lang: Lang,
): SourceWindowVerdict | undefined {
  const first = marks[0];
  if (first?.kind !== "pronoun" || first.gender === p.gender || !SENTENCE_LEAD.test(own.slice(0, first.start))) return undefined;
  if (pronouns[0] !== p || !isSubjectPronoun(lang, p.word) || !SENTENCE_LEAD.test(seg.text.slice(0, p.start - seg.start))) return undefined;
  return { gender: first.gender as Gender, evidence: first.text };
}

/** Pronouns that show their referent as subject or owner (not "him"/"her", which may be objects). */
function bindsBack(m: PersonMark, lang: Lang): boolean {
  return m.kind === "pronoun" && !isObjectPronoun(lang, m.text);
}

/**
 * The source sentence's marks with people of no marked gender resolved by the pronoun after them ("The minister said
 * she …": the minister is a woman). A person noun is resolved when its next pronoun shows its referent as subject or
 * owner and stands right after it or past its own name ("the president, Margret Wintermantel, … she"), and either it
 * is the sentence's one person besides its pronouns, none before it, or it opens its clause ("The president of the
 * party is conscious that his …") after people of that pronoun's gender only, no pronoun among them. Unchanged when
 * nothing resolves.
 */
function resolveNeutral(marks: PersonMark[], lang: Lang, text: string): PersonMark[] {
  let out = marks;
  for (let at = 0; at < out.length; at++) {
    const u = out[at];
    if (u.gender !== "unknown" || u.kind !== "noun" || u.possessed) continue;
    // The same noun said again ("the mayor … the current mayor … his") is the same person: it neither stands between
    // the noun and its pronoun nor counts as someone before it, and takes the gender it resolves to.
    const same = (m: PersonMark) => m !== u && m.kind === "noun" && m.gender === "unknown" && headNoun(m.text) === headNoun(u.text);
    const nextAt = out.findIndex((m, k) => k > at && m.kind === "pronoun");
    if (nextAt < 0) break;
    const g = out[nextAt].gender;
    const between = out.slice(at + 1, nextAt).filter((m) => !same(m));
    if (!bindsBack(out[nextAt], lang) || !ownNameBetween(text, u, between, g)) continue;
    const before = out.slice(0, at).filter((m) => !(m.possessed && m.gender === "unknown") && !same(m));
    if (before.some((m) => m.gender !== g || m.kind === "pronoun")) continue;
    const lone = before.length === 0 && out.every((m) => m === u || same(m) || m.kind === "pronoun");
    // "According to a judge, he …": the lone noun after a frame reports someone else's words.
    if ((!lone || afterFrame(text, lang, u)) && !markOpensClause(text, lang, u)) continue;
    out = out.map((m) => (m === u || same(m) ? { ...m, gender: g } : m));
  }
  return out;
}

/** Whether the marks between a noun and its pronoun are none, or the noun's own name of the pronoun's gender. */
function ownNameBetween(text: string, noun: PersonMark, between: readonly PersonMark[], g: PersonMark["gender"]): boolean {
  if (between.length === 0) return true;
  const [name] = between;
  return between.length === 1 && name.kind === "name" && name.gender === g && /^[\s,]*$/u.test(text.slice(noun.end, name.start));
}

/** A target word of the wrong gender for the one gender its source sentence shows. */
export interface WordFinding {
  mark: PersonMark;
  gender: Gender;
  evidence: string;
}

/**
 * Target words (Spanish determiner + noun, pronoun, agreeing participle) of segment `segment` whose gender
 * contradicts the aligned source sentence, where that sentence marks people of one gender only and the target
 * sentence's gendered words are all of the other. Offsets are the target document's.
 */
export function wrongGenderWords(ctx: RuleContext, segment: number, people: PeopleLookup): WordFinding[] {
  const seg = ctx.target.segments[segment];
  // A possessed person ("su hijo") is someone else than the people the source sentence marks.
  const own = beadSource(ctx, segment);
  // "sacando de ella" (a holster): a pronoun after a preposition may be a thing, said or not in the source.
  const words = rememberedPersonMarks(seg.text, ctx.target.lang, nobodyOf(ctx), ctx.target.pair).filter(
    (m) => m.kind !== "name" && m.gender !== "unknown" && !m.possessed && !m.afterPreposition && !institutionLike(seg.text, m),
  );
  if (words.length === 0) return [];
  const said = withoutTranslatedNames(
    rememberedPersonMarks(own, ctx.source.lang, people, ctx.source.pair, surnamesOf(ctx.memo.source)),
    seg.text,
  );
  // A noun of no marked gender said of someone ("as an oil trader") is no further person, in a sentence whose pronouns
  // show who that someone is ("The MP, a millionaire from his former career as an oil trader, … he had claimed").
  const pronouns = said.some((m) => m.kind === "pronoun");
  const lang = ctx.source.lang;
  const marks = said.filter(
    (m) => !(pronouns && m.kind === "noun" && m.gender === "unknown" && (predicative(own, lang, m) || saidPastModifiers(own, lang, m))),
  );
  let wrong = words;
  if (words.some((m) => m.gender !== words[0].gender)) {
    // Words of both genders ("La ministra dijo que él …"): where the source's pronouns alone show one gender,
    // its nouns with a definite determiner of the other ("La diputada") are wrong, not its participles, bare words or
    // indefinites ("una herida", a wound).
    // The source's pronouns, or its nouns and honorifics of one gender ("chairman"), may judge them.
    if (!pronouns && !said.some((m) => (m.kind === "noun" || m.kind === "honorific") && m.gender !== "unknown" && !m.possessed)) return [];
    const dets = subjectWords(ctx.target.lang).determiners;
    const nouns = words.filter((m) => m.kind === "noun" && dets.includes(m.text.split(/\s/u)[0].toLowerCase()));
    // Nobody of no marked gender the pronouns might be ("According to a judge, he …" -> "Según la jueza, él …").
    const shown = soleGender(resolveNeutral(marks, lang, own));
    wrong = nouns.filter((w) => shown && w.gender !== shown);
    if (wrong.length === 0) return [];
  }
  const g = wrong[0].gender as Gender;
  const shown = shownAgainst(ctx, segment, people, own, marks, g);
  if (!shown || shown === g) return [];
  const evidence = marks[0].text;
  return wrong.map((m) => ({ mark: { ...m, start: seg.start + m.start, end: seg.start + m.end }, gender: shown, evidence }));
}

/** The one gender a source sentence's marks show against target words of gender g, or undefined. */
function shownAgainst(
  ctx: RuleContext,
  segment: number,
  people: PeopleLookup,
  own: string,
  said: PersonMark[],
  g: Gender,
): Gender | undefined {
  let marks = resolveNeutral(said, ctx.source.lang, own);
  // People of no marked gender ("the president", "the new coach") before pronouns of one gender only, nobody else in
  // the sentence, and nobody of the target words' gender in the sentences before: the pronouns are those people.
  const first = marks.findIndex((m) => m.kind === "pronoun");
  const lone = marks.every((m, k) => (m.kind === "pronoun" ? m.gender !== g : m.gender === "unknown" && m.kind === "noun" && k < first));
  if (first > 0 && lone && onePerson(own, marks.slice(0, first))) {
    const before = rememberedPersonMarks(sourceBefore(ctx, segment), ctx.source.lang, people, ctx.source.pair);
    if (!before.some((m) => m.gender === g)) marks = marks.filter((m) => m.gender !== "unknown");
  }
  // The sentence's one noun of no marked gender, its subject or a report's, among pronouns of one gender.
  const noun = loneNounGender(own, ctx.source.lang, marks);
  if (noun && noun !== g) {
    const before = rememberedPersonMarks(sourceBefore(ctx, segment), ctx.source.lang, people, ctx.source.pair);
    if (!before.some((m) => m.gender === g)) return noun;
  }
  return soleGender(marks);
}

/** Words between two nouns in apposition, one person ("the president, the new coach"). */
// regex-safe: one bounded character class, no nested quantifier
const APPOSED = /^,[\p{L}\s]{0,30}$/u;

/** Whether person nouns in a row are one person: each after the one before in apposition. */
function onePerson(text: string, nouns: readonly PersonMark[]): boolean {
  return nouns.every((m, k) => k === 0 || APPOSED.test(text.slice(nouns[k - 1].end, m.start)));
}

/** A capitalised title followed by a preposition and a capital ("la Secretaria de Turismo"): perhaps an office, not a person. */
function institutionLike(text: string, m: PersonMark): boolean {
  const last = m.text.slice(m.text.lastIndexOf(" ") + 1);
  return m.start > 0 && last[0] !== last[0].toLowerCase() && /^\s+\p{L}{1,3}\s+\p{Lu}/u.test(text.slice(m.end, m.end + 12));
}

/** A context whose reports are also kept (their target spans), so that a later check does not report them again. */
export function keepingSpans(ctx: RuleContext): { ctx: RuleContext; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  const kept: RuleContext = Object.create(ctx);
  kept.report = (f) => {
    if (f.target) spans.push(f.target);
    ctx.report(f);
  };
  return { ctx: kept, spans };
}

/** Reports every target word of the wrong gender for its own source sentence, past the spans already reported. */
export function checkGenderWords(ctx: RuleContext, people: PeopleLookup, reported: readonly { start: number; end: number }[]): void {
  for (const seg of ctx.target.segments) {
    for (const f of wrongGenderWords(ctx, seg.index, people)) {
      const { start, end, text } = f.mark;
      if (reported.some((r) => r.start < end && start < r.end)) continue;
      ctx.report({
        messageId: "sourceOnly",
        data: { pronoun: text, gender: f.gender === "f" ? "woman" : "man", evidence: f.evidence },
        target: { start, end },
        suggestion: otherGender(ctx.target.lang, text),
        // The sentence's own words decide, with no named referent: as sure as the source-window verdicts.
        confidence: 0.6,
      });
    }
  }
}
