// pronoun-gender's fallback when no named referent decides: the aligned source itself. A target pronoun whose
// source sentence opens with a gendered subject ("Ella …", "El alcalde de Quito no ocultó su enfado" -> "… her
// anger"), whose source window (that sentence and the two before it) marks nobody of the pronoun's gender, and whose
// target window names nobody it could refer to, has the wrong gender.
import type { PairScope } from "../../lang/pair";
import type { Doc } from "../../segment/document";
import type { Gender, PeopleLookup, PronounMention } from "./types";
import { capitalisedWords, givenNameGender, lookupKey, nameMentions, unknownPersonLike } from "./names";
import { personNouns, personPronouns, pronounsIn } from "./pronouns";
import { genderedNouns, marksGender, openingSubject } from "./agreement-marks";
import type { RuleContext } from "../../check/rule";
import type { Lang } from "../../types";
import { languageOf } from "../../lang/registry";
import { alignedSource, beadSource, NOBODY, WINDOW } from "./source-beads";
import { epiceneOf, judgedTargetPronouns, pronounsBothGrammatical, pronounsForThings, sourcePronounsJudge } from "./thing-pronouns";
import { pronounRole, SENTENCE_LEAD } from "./pronoun-grammar";
import { isSubjectPronoun } from "./sentence-evidence";

/** What the source window says about a pronoun's gender: the cue of the other gender, when that is all it says. */
export interface SourceWindowVerdict {
  /** The gender the source shows. */
  gender: Gender;
  /** The source cue that shows it ("el alcalde", "ella"). */
  evidence: string;
}

/** Whether the target before the pronoun (its sentence and the window before it) names or describes anyone it could mean. */
function targetOffersReferent(
  doc: Doc,
  p: PronounMention,
  segment: number,
  people: PeopleLookup,
  sourceCapitals: Set<string>,
  subject: Set<string>,
): boolean {
  const from = doc.segments[Math.max(0, segment - WINDOW)].start;
  const end = doc.segments[segment].end;
  for (const m of nameMentions(doc.text, from, p.start, doc.pair)) {
    const info = people.get(lookupKey(m));
    if (!info && subject.has(lookupKey(m))) continue;
    if (info ? info.gender === "ambiguous" || info.gender === p.gender : unknownPersonLike(doc.text, m, sourceCapitals, doc.pair))
      return true;
    if (givenNameGender(m.tokens[0]) === p.gender) return true;
  }
  return personNouns(doc.text, doc.lang, from, end, true).some((n) => n.gender === p.gender);
}

/**
 * The verdict for a pronoun the name-based check left alone, or undefined. Spanish sources only (their person nouns
 * and pronouns mark gender); the pronoun's own source sentence must open with a subject of the other gender and the
 * window show nobody of the pronoun's gender.
 */
export function sourceWindowVerdict(
  ctx: RuleContext,
  p: PronounMention,
  segment: number,
  people: PeopleLookup,
): SourceWindowVerdict | undefined {
  const other: Gender = p.gender === "m" ? "f" : "m";
  const own = beadSource(ctx, segment);
  const sl = ctx.source.lang;
  const subject = openingSubject(own, sl) ?? soleGenderedPerson(own, sl, ctx.target.lang, p, ctx.target.segments[segment]);
  if (!subject || subject.gender !== other) return undefined;
  // An opening "Il …" that may stand for a thing ("Il écume" -> "The latter is fuming at her").
  const opening = pronounsIn(subject.cue, sl, 0, subject.cue.length);
  if (opening.length > 0 && !sourceJudges(ctx, p, segment, own, opening)) return undefined;
  const window = alignedSource(ctx, segment - WINDOW, segment);
  const capitals = capitalisedWords(window);
  const subjectNames = new Set<string>();
  for (const n of genderedNouns(own, sl))
    if (n.gender === other) for (const k of namesOfSubject(own, n.start, n.start + n.cue.length, ctx.source.pair)) subjectNames.add(k);
  if (
    marksGender(window, sl, p.gender, people, ctx.source.pair) > 0 ||
    unknownPeople(window, people, capitals, subjectNames, ctx.source.pair)
  )
    return undefined;
  if (targetOffersReferent(ctx.target, p, segment, people, capitals, subjectNames)) return undefined;
  return { gender: other, evidence: subject.cue };
}

/** Words between a title and a name in apposition to it ("El primer ministro del gobierno provisional, Ehud Olmert"). */
const APPOSITION_GAP = /^[\s\p{L}.]{0,80},\s*$/u;

/**
 * Keys of the names that are the person a gendered noun describes: right after it ("el ministro Pedro Ruiz"), in
 * apposition after it ("El ministro de Hacienda, Pedro Ruiz"), or in apposition before it ("Paolo Vasile,
 * consejero delegado de Telecinco").
 */
function namesOfSubject(text: string, cueStart: number, cueEnd: number, scope: PairScope): Set<string> {
  const out = new Set<string>();
  for (const m of nameMentions(text, cueEnd, Math.min(text.length, cueEnd + 120), scope)) {
    const gap = text.slice(cueEnd, m.start);
    if (/^\s+$/u.test(gap) || APPOSITION_GAP.test(gap)) out.add(lookupKey(m));
    break;
  }
  const before = nameMentions(text, Math.max(0, cueStart - 80), cueStart, scope).at(-1);
  if (before && /^,\s*$/u.test(text.slice(before.end, cueStart))) out.add(lookupKey(before));
  return out;
}

/**
 * The one gender a Spanish sentence's person nouns show, when it names people only through nouns of that gender
 * ("Tres días antes, el presidente ruso Vladimir Putin pidió el voto a sus electores"): its first such noun as the
 * cue. Nothing when the sentence has no gendered person noun or nouns of both genders.
 */
function soleGenderedPerson(
  text: string,
  lang: Lang,
  targetLang: Lang,
  p: PronounMention,
  seg: { start: number; end: number },
): { gender: Gender; cue: string } | undefined {
  // "he"/"she" often stand for a dropped Spanish subject ("Cuando está sentada, el profesor …"), someone else.
  if (languageOf(targetLang).gender.subjectPronouns.includes(p.word.toLowerCase())) return undefined;
  const nouns = genderedNouns(text, lang);
  if (nouns.length === 0 || nouns.some((n) => n.gender !== nouns[0].gender)) return undefined;
  // The person is mentioned before the pronoun: its noun sits no later in the source than the pronoun in the target.
  const nounAt = nouns[0].start / Math.max(1, text.length);
  const pronounAt = (p.start - seg.start) / Math.max(1, seg.end - seg.start);
  if (nounAt > pronounAt) return undefined;
  return { gender: nouns[0].gender, cue: nouns[0].cue };
}

/** Whether the source names someone whose gender nothing tells (they could be the pronoun's referent). */
function unknownPeople(text: string, people: PeopleLookup, capitals: Set<string>, subject: Set<string>, scope: PairScope): boolean {
  return nameMentions(text, 0, text.length, scope).some((m) => {
    if (subject.has(lookupKey(m))) return false;
    const info = people.get(lookupKey(m));
    return info ? info.gender === "ambiguous" : unknownPersonLike(text, m, capitals, scope);
  });
}

/**
 * (Asked before the window checks, whatever the sentences before said.)
 * The source sentence's own explicit pronouns ("según él", "para ella") against the target sentence's: when the
 * source says only "él" (or only "ella"), marks nobody of the other gender, and the target sentence has no pronoun
 * of the source's gender at all, its pronouns of the other gender mistranslate it.
 */
export function explicitPronounVerdict(
  ctx: RuleContext,
  p: PronounMention,
  segment: number,
  own: string,
  people: PeopleLookup,
): SourceWindowVerdict | undefined {
  const other: Gender = p.gender === "m" ? "f" : "m";
  const said = personPronouns(own, ctx.source.lang);
  if (said.length === 0 || said.some((q) => q.gender !== other)) return undefined;
  if (!sourceJudges(ctx, p, segment, own, said)) return undefined;
  const seg = ctx.target.segments[segment];
  if (marksGender(own, ctx.source.lang, p.gender, people, ctx.source.pair) > nounsTranslatedAfter(ctx, own, p, seg.end)) return undefined;
  const translated = pronounsIn(ctx.target.text, ctx.target.lang, seg.start, seg.end);
  if (translated.some((q) => q.gender === other)) return undefined;
  // More pronouns than the source's explicit ones: some translate a pro-dropped subject, perhaps someone else's (a
  // language whose subjects are never dropped has none: its extra pronouns translate clitics, "le", "la", "lui").
  // A source sentence opening with its pronoun ("Ella afirmó que si …") is about that person: its dropped subjects
  // continue it.
  if (translated.length > said.length + 1 && !SENTENCE_LEAD.test(own.slice(0, said[0].start))) {
    if (!pronounsForThings(ctx.source.lang)) return undefined;
    // Unless someone of the pronouns' gender was named just before ("Uli Gsell …"): the extra ones may be theirs.
    if (marksGender(alignedSource(ctx, segment - 1, segment - 1), ctx.source.lang, p.gender, people, ctx.source.pair) > 0) return undefined;
  }
  return { gender: other, evidence: said[0].word };
}

/**
 * Whether source pronouns `said` of the source sentence `own` may judge the target pronoun `p`: in a language whose
 * pronouns stand for things too (French), a subject only a subject or possessive past the target's it/they, and
 * not a pronoun that may agree with a noun of either sex in that sentence or the one before ("la personne … elle");
 * and nothing when the target's pronouns may stand for things too ("elle" for la mousse -> "er" for der Schaum).
 */
function sourceJudges(ctx: RuleContext, p: PronounMention, segment: number, own: string, said: readonly PronounMention[]): boolean {
  if (pronounsBothGrammatical(ctx.source.lang, ctx.target.lang)) return false;
  if (!pronounsForThings(ctx.source.lang)) return true;
  const seg = ctx.target.segments[segment];
  const role = pronounRole(ctx.target, p);
  const q = { ...p, start: p.start - seg.start, end: p.end - seg.start };
  if (!sourcePronounsJudge(own, ctx.source.lang, said, role, ctx.target.text.slice(seg.start, seg.end), ctx.target.lang, q)) return false;
  const before = segment > 0 ? beadSource(ctx, segment - 1) : "";
  return !epiceneOf(`${before} ${own}`, ctx.source.lang, said[0].gender);
}

/**
 * How many people of the pronoun's gender the source sentence may mark by person nouns the target renders as nouns
 * after the pronoun ("si ella murió por un cirujano" -> "whether he died because of a surgeon"): the pronoun, before
 * them, does not stand for them. Zero when the source marks someone of that gender by name or pronoun.
 */
function nounsTranslatedAfter(ctx: RuleContext, own: string, p: PronounMention, end: number): number {
  const nouns = genderedNouns(own, ctx.source.lang).filter((n) => n.gender === p.gender).length;
  if (nouns === 0) return 0;
  const after = personNouns(ctx.target.text, ctx.target.lang, p.end, end).filter((n) => n.gender !== (p.gender === "m" ? "f" : "m"));
  return Math.min(nouns, after.length);
}

/** An English sentence's people of each gender: pronouns, gendered nouns and honorifics, gendered full names. */
function englishGenders(text: string, lang: Lang, scope: PairScope): Set<Gender> {
  const out = new Set<Gender>();
  for (const p of pronounsIn(text, lang, 0, text.length)) out.add(p.gender);
  for (const n of personNouns(text, lang, 0, text.length, true)) if (n.gender !== "unknown") out.add(n.gender);
  for (const m of nameMentions(text, 0, text.length, scope)) {
    const g = m.tokens.length >= 2 ? givenNameGender(m.tokens[0]) : undefined;
    if (g) out.add(g);
  }
  return out;
}

/** The genders the people index knows of the people a sentence names. */
function knownGenders(text: string, people: PeopleLookup, scope: PairScope): Set<Gender> {
  const out = new Set<Gender>();
  for (const m of nameMentions(text, 0, text.length, scope)) {
    const info = people.get(lookupKey(m));
    if (info && info.gender !== "ambiguous") out.add(info.gender);
  }
  return out;
}

/** A Spanish "él"/"ella" that contradicts the English sentence it translates, with the English evidence. */
export interface SpanishPronounFinding {
  pronoun: PronounMention;
  gender: Gender;
  evidence: string;
}

/**
 * The target sentence opens with a person pronoun ("Ella …") and its source sentence with a subject pronoun of the
 * other gender ("He …"): the subject is mistranslated, whoever else the sentence names (not where the target's
 * pronouns may stand for things, "Elle" for la loi).
 */
function openingPronounFinding(
  ctx: RuleContext,
  segStart: number,
  sentence: string,
  own: string,
  first: PronounMention,
): SpanishPronounFinding | undefined {
  if (pronounsForThings(ctx.target.lang) || !SENTENCE_LEAD.test(sentence.slice(0, first.start))) return undefined;
  const src = pronounsIn(own, ctx.source.lang, 0, own.length)[0];
  if (!src || src.gender === first.gender || !SENTENCE_LEAD.test(own.slice(0, src.start))) return undefined;
  if (!isSubjectPronoun(ctx.source.lang, src.word)) return undefined;
  return { pronoun: { ...first, start: segStart + first.start, end: segStart + first.end }, gender: src.gender, evidence: src.word };
}

/**
 * en -> es: the Spanish sentence's explicit "él"/"ella" against the English sentence's pronouns. Where the English
 * speaks of one gender only (he/his/him, or she/her) and the Spanish has person pronouns of the other gender only,
 * about as many of them as the English has pronouns (its own count or one fewer), those are wrong.
 */
export function spanishPronounsAgainstSource(ctx: RuleContext, segment: number, people: PeopleLookup = NOBODY): SpanishPronounFinding[] {
  const seg = ctx.target.segments[segment];
  const sentence = ctx.target.text.slice(seg.start, seg.end);
  const own = beadSource(ctx, segment);
  // French "elle" may stand for la loi, and "il" for an English it: only pronouns of the source's roles are judged.
  const said = judgedTargetPronouns(sentence, ctx.target.lang, own, ctx.source.lang, personPronouns(sentence, ctx.target.lang));
  if (said.length === 0) return [];
  const opening = openingPronounFinding(ctx, seg.start, sentence, own, said[0]);
  if (opening) return [opening];
  const genders = englishGenders(own, ctx.source.lang, ctx.source.pair);
  // A person the article genders otherwise named in the sentence ("he defended Merkel") may be the pronoun's referent.
  if (people !== NOBODY) for (const g of knownGenders(own, people, ctx.source.pair)) genders.add(g);
  if (genders.size !== 1) return [];
  const [gender] = genders;
  const english = pronounsIn(own, ctx.source.lang, 0, own.length);
  if (english.length < said.length || english.length > said.length + 1 || said.some((q) => q.gender === gender)) return [];
  // The Spanish sentence naming or describing someone of its pronouns' gender ("la recepcionista … con ella") has
  // its own referent for them; so has a French "elle" after "la personne", of either sex.
  const text = sentence;
  if (marksGender(text, ctx.target.lang, said[0].gender, NOBODY, ctx.target.pair) > said.length) return [];
  if (epiceneOf(text.slice(0, said[0].start), ctx.target.lang, said[0].gender)) return [];
  return said.map((q) => ({
    pronoun: { ...q, start: seg.start + q.start, end: seg.start + q.end },
    gender,
    evidence: english[0].word,
  }));
}
