// Gender evidence of each name mention: honorifics, titles before and after, agreement, given names, and pronouns.
import type { Lang } from "../../types";
import type { GenderData } from "../../lang/language";
import type { Evidence, Gender, NameMention } from "./types";
import { own } from "./words";
import { givenTokenGender, nameMentions, personLike } from "./names";
import { CUES, titleGender } from "./cues";
import { BETWEEN_SHAPE, lastBefore, ownerBeforeApposition, plausibleBetween, roleBefore, type TitleAt, titlesIn } from "./titles";
import { pronounsIn } from "./pronouns";
import { NAME_WORDS, type NameWords } from "./name-words";
import type { PeopleSide } from "./people-index";

const LETTER = /\p{L}/u;

/** A segment's bounds and, once asked for, its Spanish titles. */
export interface SegmentView {
  start: number;
  end: number;
  titles?: TitleAt[];
}

/** Adds one piece of evidence (when there is a gender) with the text that shows it. */
function pushEvidence(
  out: Evidence[],
  text: string,
  gender: Gender | undefined,
  strength: number,
  from: number,
  to: number,
  cue?: { start: number; end: number },
): void {
  if (!gender) return;
  const e: Evidence = { gender, strength, text: text.slice(from, to).trim() };
  if (cue) e.cue = cue;
  out.push(e);
}

/** A title after a comma whose complement ends before another name ("Paulson, la présidente de la Chambre, Nancy Pelosi"). */
// regex-safe: one bounded negated class, then fixed capitalised words
const NEXT_NAME = /^[^,;.:()]{0,90},\s*\p{Lu}[\p{L}\p{M}'’-]*\s+\p{Lu}/u;

/**
 * The title match after a name, or null when it is the title of the name after it: its complement names no person
 * ("the brother of the strong man of the party, Jean Guerini": the name is the strong man's) and a name follows.
 */
function nextNamesTitle(
  text: string,
  end: number,
  match: RegExpExecArray | null,
  segEnd: number,
  personWord: RegExp,
): RegExpExecArray | null {
  if (!match) return null;
  const from = end + match[0].length;
  const next = NEXT_NAME.exec(text.slice(from, Math.min(segEnd, from + 140)));
  if (!next) return match;
  const complement = next[0].slice(0, next[0].lastIndexOf(","));
  personWord.lastIndex = 0;
  for (let w = personWord.exec(complement); w; w = personWord.exec(complement)) {
    if (!/[\p{L}\p{M}]/u.test(complement.charAt(w.index - 1)) && !/[\p{L}\p{M}]/u.test(complement.charAt(w.index + w[0].length)))
      return match;
  }
  return null;
}

/**
 * A preposition right before a name ("par Barack Obama, satisfaite", "la ferme de Philip Minthorne fut divisée"): a
 * participle after it agrees with the clause's subject, not with the name.
 */
function complementBefore(g: GenderData, text: string, segStart: number, m: NameMention): boolean {
  const preps = g.complementPrepositions;
  if (!preps) return false;
  const words = [...text.slice(Math.max(segStart, m.leadStart - 80), m.leadStart).matchAll(/[\p{L}\p{M}]+['’]?/gu)].map((w) =>
    w[0].replace("’", "'"),
  );
  const last = words.at(-1)?.toLowerCase();
  if (last === undefined) return false;
  if (preps.includes(last)) return true;
  // A name joined by a conjunction to a complement name ("dans Hamlet et Peter Pan, décédée"): a complement too.
  if (!g.complementConjunctions?.includes(last)) return false;
  let k = words.length - 2;
  for (let n = 0; k >= 0 && n < 4 && /^\p{Lu}/u.test(words[k]); n++) k--;
  return k >= 0 && k < words.length - 2 && preps.includes(words[k].toLowerCase());
}

/** Gender evidence of one name mention (in a fixed order: honorific, title before, title after, agreement, given name). */
export function mentionEvidence(text: string, lang: Lang, seg: SegmentView, m: NameMention, nw: NameWords): Evidence[] {
  const out: Evidence[] = [];
  const after = text.slice(m.end, Math.min(seg.end, m.end + 70));
  const cues = CUES[lang];
  const a = cues.agreement;
  const r = cues.roles;
  if (a) {
    const hb = nw.foreignHonorifics.get(lang)?.has(m.lead)
      ? undefined
      : (own(cues.honorifics, m.lead) ?? own(cues.honorifics, m.lead.replace(/\.$/, "")));
    if (m.lead && hb) pushEvidence(out, text, hb, 3, m.leadStart, m.end);
    seg.titles ??= titlesIn(a, text, seg.start, seg.end);
    let tb = lastBefore(seg.titles, m.start);
    if (tb && a.ofBeforeName.test(text.slice(Math.max(seg.start, m.start - 90), m.start))) tb = undefined;
    const between = tb && tb.start >= m.start - 90 ? text.slice(tb.end, m.start) : undefined;
    if (
      tb &&
      between !== undefined &&
      BETWEEN_SHAPE.test(between) &&
      plausibleBetween(a, between, titleGender(a, tb.det, tb.title)) &&
      !ownerBeforeApposition(a, text, seg.start, tb, between)
    ) {
      pushEvidence(out, text, titleGender(a, tb.det, tb.title), 3, tb.start, m.end, { start: tb.start, end: tb.end });
    }
    const ta = nextNamesTitle(text, m.end, a.titleAfter.exec(after), seg.end, a.titleWord);
    if (ta)
      pushEvidence(out, text, titleGender(a, ta[1], ta[2]), 3, m.start, m.end + ta[0].length, {
        start: m.end + ta[0].search(LETTER),
        end: m.end + ta[0].length,
      });
    const ag = personLike(m) && !complementBefore(cues.data, text, seg.start, m) ? a.agreementAfter.exec(after) : null;
    if (ag)
      pushEvidence(out, text, own(a.participleGender, ag[2]), 2, m.start, m.end + ag[0].length, {
        start: m.end + ag[0].length - ag[1].length,
        end: m.end + ag[0].length,
      });
  } else if (r) {
    const h = own(cues.honorifics, m.lead) ?? own(cues.honorifics, m.lead.replace(/\.$/, ""));
    if (h) pushEvidence(out, text, h, 3, m.leadStart, m.end);
    const rb = roleBefore(r, text, seg.start, m.start);
    if (rb) pushEvidence(out, text, own(r.roles, rb.title.toLowerCase()), 3, rb.start, m.end);
    const ra = nextNamesTitle(text, m.end, r.roleAfter.exec(after), seg.end, r.personNounCandidate);
    if (ra) pushEvidence(out, text, own(r.roles, ra[1].toLowerCase()), 3, m.start, m.end + ra[0].length);
  }
  // A body's name that starts with a given name ("Christian Democratic Union") is no one's.
  if (m.tokens.length >= 2 && !nw.bodyWords.has(m.tokens[m.tokens.length - 1]))
    pushEvidence(out, text, givenTokenGender(m.tokens[0]), 1, m.start, m.end);
  return out;
}

/** Gender evidence for name mentions of one text (a Doc, or its text, language, pair and segments), keyed by mention. */
export function findEvidence(side: PeopleSide, withPronouns: boolean): { mention: NameMention; evidence: Evidence }[] {
  const { text, lang, segments } = side;
  const nw = NAME_WORDS(side.pair);
  const out: { mention: NameMention; evidence: Evidence }[] = [];
  const cues = CUES[lang];
  let prevSingle: NameMention | null = null;
  for (const seg of segments) {
    const mentions = nameMentions(text, seg.start, seg.end, side.pair);
    const view: SegmentView = { start: seg.start, end: seg.end };
    for (const m of mentions) for (const evidence of mentionEvidence(text, lang, view, m, nw)) out.push({ mention: m, evidence });
    if (!withPronouns) continue;
    const persons = mentions.filter(personLike);
    const prons = pronounsIn(text, lang, seg.start, seg.end).filter((p) => cues.subject.has(p.word.toLowerCase()));
    if (persons.length === 1 && prons.length > 0 && prons.every((p) => p.gender === prons[0].gender) && prons[0].start > persons[0].end) {
      out.push({
        mention: persons[0],
        evidence: { gender: prons[0].gender, strength: 2, text: `${text.slice(persons[0].start, persons[0].end)} … ${prons[0].word}` },
      });
    } else if (
      cues.roles &&
      persons.length === 0 &&
      prevSingle &&
      prons.length > 0 &&
      prons[0].start - seg.start < 3 &&
      prons.every((p) => p.gender === prons[0].gender)
    ) {
      out.push({
        mention: prevSingle,
        evidence: { gender: prons[0].gender, strength: 2, text: `${text.slice(prevSingle.start, prevSingle.end)} … ${prons[0].word}` },
      });
    }
    prevSingle = persons.length === 1 ? persons[0] : null;
  }
  return out;
}

/**
 * Confidence of a finding from the source's evidence of the person's gender: an explicit title or determiner
 * ("la presidenta") 0.9, agreement or a pronoun ("elegida", "ella") 0.75, a given name's usual gender 0.55.
 */
export function evidenceConfidence(strength: number): number {
  return strength >= 3 ? 0.9 : strength === 2 ? 0.75 : 0.55;
}
