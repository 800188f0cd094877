// Pronouns of a language whose third-person pronouns also stand for things of their grammatical gender and whose
// subject pronouns are obligatory (GenderData pronounsForThings: French "elle" for la loi, German "er" for der
// Vertrag). Such a pronoun shows a person's gender only against a person pronoun of the other language in the same
// role: a French subject "il"/"elle" translates an English subject ("he", "she", or it/they for a thing), never
// the possessive "his" or the object "her"; and two such languages' pronouns say nothing of a person to each other.
import type { Lang } from "../../types";
import { languageOf } from "../../lang/registry";
import type { Gender, PronounMention } from "./types";
import { pronounsIn } from "./pronouns";
import { pronounRoleIn } from "./pronoun-grammar";
import { stressedAt, USES } from "./pronoun-use";

/** Whether a language's pronouns also stand for things and its subject pronouns are obligatory (French, German). */
export function pronounsForThings(lang: Lang): boolean {
  return languageOf(lang).gender.pronounsForThings === true;
}

/** Whether a language's pronouns may have the grammatical gender of a thing: it agrees, or its pronouns stand for things. */
function grammaticalPronouns(lang: Lang): boolean {
  return pronounsForThings(lang) || languageOf(lang).gender.system === "agreement";
}

/**
 * Whether the pronouns of two languages may both have a thing's grammatical gender (German "er" for der Vertrag,
 * French "elle" for la banque, Spanish "contra ella" for la compañía): then a pronoun against a pronoun says nothing
 * of a person, whichever way the translation goes.
 */
export function pronounsBothGrammatical(sourceLang: Lang, targetLang: Lang): boolean {
  return grammaticalPronouns(sourceLang) && grammaticalPronouns(targetLang);
}

/** Whether a pronoun of an agreement language is used as a subject: a subject form, not stressed ("pour elle"). */
function subjectUse(text: string, lang: Lang, p: PronounMention): boolean {
  return languageOf(lang).gender.subjectPronouns.includes(p.word.toLowerCase()) && !stressedAt(USES[lang], text, p.start, p.end);
}

/** How many words of a text may translate a pronoun standing for a thing or a group (it, they; with `possessives`, its). */
export function thingPronounCount(text: string, lang: Lang, possessives = false): number {
  const g = languageOf(lang).gender;
  const words = new Set([...(g.thingOrGroupPronouns ?? []), ...(possessives ? (g.thingPossessives ?? []) : [])]);
  if (words.size === 0) return 0;
  let n = 0;
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{M}]+/gu)) if (words.has(m[0])) n++;
  return n;
}

/** A subject inverted after a quotation ('"…", assure-t-il'): the speaker, a person whatever it the quotation says. */
// regex-safe: one negated character class, then a fixed tail
const SPEAKER = /[»”"][^«“"]*-(?:t-)?$/u;

/**
 * Whether a text names a person by a noun of one grammatical gender for either sex, of gender `g`, after a determiner
 * and at most one word ("la personne", "une troisième personne"; not "personne ne", nobody).
 */
export function epiceneOf(text: string, lang: Lang, g: Gender): boolean {
  const { epicene, determiners } = languageOf(lang).gender;
  if (!epicene) return false;
  const words = [...text.toLowerCase().matchAll(/[\p{L}\p{M}]+'?/gu)].map((m) => m[0]);
  const determiner = (w: string | undefined) => w !== undefined && !!determiners && Object.hasOwn(determiners, w);
  return words.some((w, k) => Object.hasOwn(epicene, w) && epicene[w] === g && (determiner(words[k - 1]) || determiner(words[k - 2])));
}

/**
 * The pronouns `said` of a target sentence of an agreement language (offsets the sentence's) that its aligned source
 * sentence `own` can judge: all of them, unless one language's pronouns stand for things (French), and none when both
 * languages' pronouns may have a thing's grammatical gender. Into French, its subjects
 * are judged only against source subject pronouns ("she"), and only when they outnumber the source's it/they;
 * its stressed pronouns ("avec elle") only against source objects ("her"); and nothing when the source's own
 * pronouns stand for things too (German "er").
 */
export function judgedTargetPronouns(
  text: string,
  targetLang: Lang,
  own: string,
  sourceLang: Lang,
  said: PronounMention[],
): PronounMention[] {
  if (!pronounsForThings(targetLang) && !pronounsForThings(sourceLang)) return said;
  // Both languages' pronouns have a grammatical gender (German "er" for der Vertrag, Spanish "contra ella" for la
  // compañía, French "elle" for la banque): a pronoun against a pronoun says nothing of a person.
  if (pronounsBothGrammatical(sourceLang, targetLang)) return [];
  if (!pronounsForThings(targetLang)) return said;
  const source = pronounsIn(own, sourceLang, 0, own.length).map((q) => pronounRoleIn(own, sourceLang, q));
  const subjects = said.filter((q) => subjectUse(text, targetLang, q));
  const stressed = said.filter((q) => !subjects.includes(q));
  const out: PronounMention[] = [];
  const sourceSubjects = source.filter((r) => r === "subject").length;
  const speakers = subjects.filter((q) => SPEAKER.test(text.slice(0, q.start)));
  const others = subjects.filter((q) => !speakers.includes(q));
  if (speakers.length > 0 && sourceSubjects >= speakers.length) out.push(...speakers);
  // Each other subject may translate an it or a they of the source.
  const things = thingPronounCount(own, sourceLang);
  if (others.length > things && sourceSubjects - speakers.length >= others.length - things) out.push(...others);
  const sourceObjects = source.filter((r) => r === "object" || r === "reflexive").length;
  if (stressed.length > 0 && sourceObjects >= stressed.length) out.push(...stressed);
  return out;
}

/** Whether offset `at` of a sentence lies inside a quotation: the last quotation mark before it opens one. */
function quotedAt(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "«" || c === "“" || c === "„") return true;
    if (c === "»" || c === "”") return false;
    // A straight mark closes after a word or a punctuation mark ('change," he said'), opens after a space.
    if (c === '"') return i === 0 || /\s/u.test(text[i - 1]);
  }
  return false;
}

/**
 * Whether a source language's own pronouns `said` (offsets the source sentence `own`'s) may judge the target pronoun
 * `p` (its role `role`, the target sentence `targetText`, offsets of `p` the sentence's), when the source's pronouns
 * stand for things too (French): its subjects judge a target subject, and a possessive only when the target sentence
 * has no it/they the subject may have become (a French subject never becomes "his"); a speaker after a
 * quotation ("assure-t-il") judges only pronouns outside quotations; its stressed pronouns judge only objects.
 */
export function sourcePronounsJudge(
  own: string,
  sourceLang: Lang,
  said: readonly PronounMention[],
  role: "subject" | "possessive" | "object" | "reflexive",
  targetText: string,
  targetLang: Lang,
  p: PronounMention,
): boolean {
  if (!pronounsForThings(sourceLang)) return true;
  const subjects = said.filter((q) => subjectUse(own, sourceLang, q));
  // A stressed pronoun ("d'après lui", "avec elle") is a person in any role of the translation.
  if (said.length > subjects.length) return true;
  if (role === "object" || role === "reflexive") return false;
  if (role === "subject") return true;
  const speakers = subjects.filter((q) => SPEAKER.test(own.slice(0, q.start))).length;
  const judges = subjects.length > speakers || !quotedAt(targetText, p.start);
  return judges && thingPronounCount(targetText, targetLang) === 0;
}

/**
 * Whether a target text offers its pronouns of a grammatical gender another antecedent than a person (GenderData
 * thingAntecedents): a determiner of that gender before a capitalised noun, at most one word between ("der Bezirk",
 * "einen eigenen Rost"), or a generic "jeder"/"wer".
 */
export function thingAntecedentIn(text: string, lang: Lang): boolean {
  const a = languageOf(lang).gender.thingAntecedents;
  if (!a) return false;
  const words = [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m[0]);
  const noun = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  return words.some((w, k) => {
    const l = w.toLowerCase();
    if (a.generic.includes(l)) return true;
    return a.determiners.includes(l) && (noun(words[k + 1]) || (!noun(words[k + 1]) && noun(words[k + 2])));
  });
}
