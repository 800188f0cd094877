// Third-person pronouns and person nouns of a text.
import type { Lang } from "../../types";
import type { Gender, PronounMention } from "./types";
import { insideWord, wordEnd } from "./words";
import { CUES } from "./cues";
import { pronounMarksPerson } from "./pronoun-use";

const LETTER = /[\p{L}\p{M}]/u;

/** Third-person singular pronouns of text[start, end). */
export function pronounsIn(text: string, lang: Lang, start: number, end: number): PronounMention[] {
  const cues = CUES[lang];
  const re = cues.pronoun;
  const out: PronounMention[] = [];
  // Search the segment alone: a rare pronoun searched in the whole text would scan far past `end`.
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const w = m[1].toLowerCase();
    const gender: Gender = cues.pronounGender.get(w) ?? "f";
    // Inside a word of letters \b does not see ("ré-elle", "œil"), or "il faut", the clitic "lui" of "je vais lui
    // parler": no one of that gender.
    if (LETTER.test(slice.charAt(m.index - 1)) || LETTER.test(slice.charAt(m.index + m[0].length))) continue;
    if (!pronounMarksPerson(slice, lang, m.index, m.index + m[0].length)) continue;
    out.push({ start: start + m.index, end: start + m.index + m[0].length, gender, word: m[0] });
  }
  return out;
}

/** Pronouns of one segment less the gender-neutral pairs written with a slash ("his/her", "he/she"), which mark nobody. */
export function withoutSlashPairs(text: string, list: readonly PronounMention[]): PronounMention[] {
  const paired = new Set<PronounMention>();
  for (let k = 1; k < list.length; k++) {
    const [a, b] = [list[k - 1], list[k]];
    if (a.gender !== b.gender && /^\s*\/\s*$/u.test(text.slice(a.end, b.start))) paired.add(a).add(b);
  }
  return paired.size ? list.filter((q) => !paired.has(q)) : [...list];
}

/**
 * Role nouns for people at their offsets: gendered ("woman", "wife") or not ("a reporter"): possible unnamed referents
 * (none in a language whose gender cues are not role nouns). With `possessive`, a noun with a possessive ending
 * ("son's") counts too.
 */
export function personNouns(
  text: string,
  lang: Lang,
  start: number,
  end: number,
  possessive = false,
): { start: number; gender: Gender | "unknown" }[] {
  const out: { start: number; gender: Gender | "unknown" }[] = [];
  const r = CUES[lang].roles;
  if (!r) return out;
  const re = r.personNounCandidate;
  // Search the stretch alone: the search would otherwise run on past `end` to the next candidate.
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const i = start + m.index;
    // Only whole words (as the word scanner reads them from `start`) count.
    if (insideWord(text, i, start)) continue;
    const e = wordEnd(text, i, end);
    let word = m[0];
    if (e !== i + word.length) {
      if (!possessive) continue;
      const full = text.slice(i, e);
      const tail = full.slice(word.length);
      if (tail !== "'s" && tail !== "’s" && tail !== "'S" && tail !== "’S") continue;
      word = full.slice(0, -2);
    }
    const lw = word.toLowerCase();
    const g = r.roleMap.get(lw);
    if (g) out.push({ start: i, gender: g });
    else if (r.neutral.has(lw) && word === lw) out.push({ start: i, gender: "unknown" });
  }
  return out;
}

/** The explicit pronouns of a text that stand for people (not "en ella", "por él": in it, by it). */
export function personPronouns(text: string, lang: Lang): PronounMention[] {
  const thing = CUES[lang].agreement?.thingPreposition;
  return pronounsIn(text, lang, 0, text.length).filter((p) => !thing?.test(text.slice(Math.max(0, p.start - 16), p.start)));
}
