// pronoun-gender into an agreement language (Spanish): titles and explicit pronouns against the English source.
import type { RuleContext } from "../../check/rule";
import type { Lang } from "../../types";
import { givenTokenGender, lookupKey, otherPerson } from "./names";
import type { Gender, NameMention } from "./types";
import { pronounsIn } from "./pronouns";
import { beadSource, NOBODY } from "./source-beads";
import { otherGender, personMarks, soleGender } from "./sentence-evidence";
import { evidenceConfidence, findEvidence } from "./evidence";
import { indexPeople } from "./people-index";
import { otherDeterminer, otherParticiple, otherTitle, subjectPronoun } from "./swaps";
import { spanishPronounsAgainstSource } from "./source-window-gender";
import { caseLike } from "./pronoun-grammar";
import { pronounsForThings } from "./thing-pronouns";
import { alignedPronounFindings } from "./aligned-pronouns";
/** The cue rewritten for the other gender: "el ministro" -> "la ministra", "elegido" -> "elegida"; undefined if unsure. */
function swapCue(lang: Lang, cue: string): string | undefined {
  // Every word in the other gender where the evidence words know them ("el nuevo entrenador" -> "la nueva entrenadora").
  const whole = otherGender(lang, cue);
  if (whole) return whole;
  const words = cue.split(/\s+/);
  if (words.length === 1) {
    const w = words[0];
    const title = otherTitle(lang, w);
    if (title && title !== w.toLowerCase()) return caseLike(w, title);
    return otherParticiple(lang, w);
  }
  const det = otherDeterminer(lang, words[0]);
  const rest = words.slice(1).join(" ");
  const title = otherTitle(lang, rest);
  if (!det) return undefined;
  return `${caseLike(words[0], det)} ${title ? caseLike(rest, title) : rest}`;
}

/** en -> es: "él"/"ella" of the wrong gender for the English sentence they translate. */
export function checkSpanishPronouns(ctx: RuleContext): void {
  // Into a language whose pronouns also stand for things (French), the people the article genders are asked too.
  const people = pronounsForThings(ctx.target.lang) ? indexPeople(findEvidence(ctx.source, true)) : NOBODY;
  const found = ctx.target.segments.flatMap((seg) => spanishPronounsAgainstSource(ctx, seg.index, people));
  // A pronoun rendering the English one at its place ("she died" -> "él murió"), whatever else the sentence says.
  const starts = new Set(found.map((f) => f.pronoun.start));
  for (const f of alignedPronounFindings(ctx)) if (!starts.has(f.pronoun.start)) found.push(f);
  for (const f of found) {
    const right = subjectPronoun(ctx.target.lang, f.gender) ?? f.pronoun.word;
    ctx.report({
      messageId: "sourceOnly",
      data: { pronoun: f.pronoun.word, gender: f.gender === "f" ? "woman" : "man", evidence: f.evidence },
      target: { start: f.pronoun.start, end: f.pronoun.end },
      suggestion: caseLike(f.pronoun.word, right),
    });
  }
}

/**
 * Whether a full name's given name has gender `g` ("Giorgio Napolitano") and the source sentence aligned with the one
 * at `at` speaks of that gender only: by pronouns ("… his message"), or by its every person ("chairman … Georg Funke").
 */
function givenNameAndPronouns(ctx: RuleContext, mention: NameMention, g: Gender, at: number): boolean {
  if (mention.tokens.length < 2 || givenTokenGender(mention.tokens[0]) !== g) return false;
  const segment = ctx.target.segments.findIndex((s) => s.start <= at && at < s.end);
  if (segment < 0) return false;
  const own = beadSource(ctx, segment);
  const said = pronounsIn(own, ctx.source.lang, 0, own.length);
  if (said.length > 0 && said.every((q) => q.gender === g)) return true;
  return soleGender(personMarks(own, ctx.source.lang, NOBODY, ctx.source.pair)) === g;
}

/** A surname, then a given name of hyphenated syllables ("Ma Ying-jeou", "Ban Ki-moon"), as written. */
// regex-safe: anchored; letter runs separated by one space and one hyphen, no nested quantifier
const SURNAME_FIRST = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** Whether a two-word name is written surname first ("Ma Ying-jeou", whom the article calls "Mr Ma"). */
function givenAfterSurname(text: string, mention: NameMention): boolean {
  return mention.tokens.length === 2 && SURNAME_FIRST.test(text.slice(mention.start, mention.end));
}

/** en -> es: "el ministro Helen Clark", "Clark, elegido…" for a person the English source marks as a woman. */
export function checkSpanishTitles(ctx: RuleContext): void {
  const src = ctx.source;
  const tgt = ctx.target;
  const evidence = findEvidence(src, true);
  // No one the source genders: nothing to correct.
  if (evidence.length === 0) return;
  const index = indexPeople(evidence);
  // A source that contradicts itself about one full name ("spokesman Jana …": a woman's given name) is not trusted
  // to correct the translation.
  const byFullName = new Map<string, Set<string>>();
  for (const { mention, evidence: e } of evidence) {
    if (mention.tokens.length < 2) continue;
    const full = mention.tokens.join(" ");
    byFullName.set(full, (byFullName.get(full) ?? new Set<string>()).add(e.gender));
  }
  const selfContradicted = new Set<string>();
  for (const [full, set] of byFullName) if (set.size > 1) for (const t of full.split(" ").slice(1)) selfContradicted.add(t);
  const seen = new Set<number>();
  for (const { mention, evidence: cue } of findEvidence(tgt, false)) {
    if (!cue.cue || seen.has(cue.cue.start)) continue;
    const surnameFirst = !index.has(lookupKey(mention)) && givenAfterSurname(tgt.text, mention);
    const info = index.get(surnameFirst ? mention.tokens[0] : lookupKey(mention));
    if (!info || info.gender === "ambiguous" || otherPerson(mention, info)) continue;
    // A given name alone is too weak to correct an explicit Spanish title (not a participle, which may agree with a
    // thing), unless the sentence it translates speaks of that gender only, by pronouns ("Giorgio Napolitano … his").
    const weak = info.evidence.strength < 2;
    if (weak && (cue.strength < 3 || !givenNameAndPronouns(ctx, mention, info.gender, cue.cue.start))) continue;
    if (selfContradicted.has(lookupKey(mention))) continue;
    // A full name must be the same person: its first word among the first names the source used with the surname.
    if (!surnameFirst && mention.tokens.length >= 2 && info.firstNames.length > 0 && !info.firstNames.includes(mention.tokens[0])) continue;
    if (cue.gender === info.gender) continue;
    // The translation names the person by a given name of the cue's gender where the source gives only the surname
    // ("du député … Járóka" / "la diputada … Lívia Járóka"): the source's word is the slip, not the translation's.
    if (!surnameFirst && mention.tokens.length >= 2 && givenTokenGender(mention.tokens[0]) === cue.gender) continue;
    seen.add(cue.cue.start);
    const word = tgt.text.slice(cue.cue.start, cue.cue.end);
    ctx.report({
      messageId: "title",
      data: {
        title: word,
        name: tgt.text.slice(mention.start, mention.end),
        gender: info.gender === "f" ? "woman" : "man",
        evidence: info.evidence.text,
      },
      target: { start: cue.cue.start, end: cue.cue.end },
      suggestion: swapCue(tgt.lang, word),
      confidence: evidenceConfidence(info.evidence.strength),
    });
  }
}
