// What a sentence of an agreement language (Spanish) itself says of people's gender: marks, opening subject, nouns.
import type { PairScope } from "../../lang/pair";
import type { Lang } from "../../types";
import type { Gender, PeopleLookup } from "./types";
import { givenTokenGender, lookupKey, nameMentions } from "./names";
import { CUES, titleGender } from "./cues";
import { pronounMarksPerson } from "./pronoun-use";

/** A word before `at` that is a perfect auxiliary ("han muerto"): a participle after it marks no one's gender. */
function afterPerfect(lang: Lang, text: string, at: number): boolean {
  const aux = CUES[lang].data.perfectAuxiliaries;
  if (!aux) return false;
  // regex-safe: one letter run anchored at the end, no nested quantifier
  const word = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 12), at));
  return !!word && aux.includes(word[1].toLowerCase());
}

/**
 * How often a sentence of an agreement language itself marks someone of gender `g`: "ella"/"él", a gendered person
 * noun or title ("la periodista", "su esposa"), or a known person of that gender named in it; returns how many such
 * marks there are (0 in a language without agreement). A pronoun of that gender in the translation may then refer to one of them.
 */
export function marksGender(text: string, lang: Lang, g: Gender, index: PeopleLookup, scope: PairScope): number {
  const a = CUES[lang].agreement;
  if (!a) return 0;
  let count = 0;
  const explicit = a.explicit[g];
  explicit.lastIndex = 0;
  for (let m = explicit.exec(text); m; m = explicit.exec(text)) if (pronounMarksPerson(text, lang, m.index, m.index + m[0].length)) count++;
  a.personNoun.lastIndex = 0;
  const nounEnds = new Set<number>();
  for (let m = a.personNoun.exec(text); m; m = a.personNoun.exec(text)) {
    if (titleGender(a, m[1], m[2]) !== g || (!m[1] && afterPerfect(lang, text, m.index))) continue;
    count++;
    // Where a name may start after this noun: past one space (or a no-break space).
    nounEnds.add(m.index + m[0].length + 1);
  }
  for (const m of nameMentions(text, 0, text.length, scope)) {
    // "la señora Arroyo" is one person: a name right after a person noun of that gender was counted with the noun.
    if (nounEnds.has(m.leadStart) || nounEnds.has(m.start)) continue;
    const info = index.get(lookupKey(m));
    if ((info && info.gender === g) || (!info && m.tokens.length >= 2 && givenTokenGender(m.tokens[0]) === g)) count++;
  }
  return count;
}

/** The gendered subject a sentence of an agreement language opens with ("Ella …", "El alcalde de Quito …"). */
export function openingSubject(text: string, lang: Lang): { gender: Gender; cue: string } | undefined {
  const cues = CUES[lang];
  const a = cues.agreement;
  if (!a) return undefined;
  const lead = /^[\s¿¡]*/u.exec(text)![0].length;
  const rest = text.slice(lead);
  const pronoun = a.openingPronoun.exec(rest);
  if (pronoun && pronounMarksPerson(rest, lang, 0, pronoun[1].length))
    return { gender: cues.pronounGender.get(pronoun[1].toLowerCase()) ?? "m", cue: pronoun[0] };
  if (pronoun) return undefined;
  a.personNoun.lastIndex = 0;
  const m = a.personNoun.exec(rest);
  if (m?.index !== 0 || !m[1]) return undefined;
  const gender = titleGender(a, m[1], m[2]);
  return gender ? { gender, cue: m[0] } : undefined;
}

/** Every gendered person noun or title of a text ("el alcalde", "la ministra", "consejero"), in order. */
export function genderedNouns(text: string, lang: Lang): { gender: Gender; cue: string; start: number }[] {
  const out: { gender: Gender; cue: string; start: number }[] = [];
  const a = CUES[lang].agreement;
  if (!a) return out;
  a.personNoun.lastIndex = 0;
  for (let m = a.personNoun.exec(text); m; m = a.personNoun.exec(text)) {
    const gender = titleGender(a, m[1], m[2]);
    if (gender && !(!m[1] && afterPerfect(lang, text, m.index))) out.push({ gender, cue: m[0], start: m.index });
  }
  return out;
}
