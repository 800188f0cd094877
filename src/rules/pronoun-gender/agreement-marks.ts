// What a sentence of an agreement language (Spanish) itself says of people's gender: marks, opening subject, nouns.
import type { PairScope } from "../../lang/pair";
import type { Lang } from "../../types";
import type { Gender, PeopleLookup } from "./types";
import { givenTokenGender, lookupKey, nameMentions } from "./names";
import { CUES, titleGender } from "./cues";
import { pronounMarksPerson } from "./pronoun-use";
import table from "../../../rules/pronoun-evidence.json";

/** A word before `at` that is a perfect auxiliary ("han muerto"): a participle after it marks no one's gender. */
function afterPerfect(lang: Lang, text: string, at: number): boolean {
  const aux = CUES[lang].data.perfectAuxiliaries;
  if (!aux) return false;
  // regex-safe: one letter run anchored at the end, no nested quantifier
  const word = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 12), at));
  return !!word && aux.includes(word[1].toLowerCase());
}

/** Whether one of the language's possessives stands right before `at`, perhaps past one modifier ("su difunto marido"). */
function afterPossessive(lang: Lang, text: string, at: number): boolean {
  const possessives = (table as unknown as Record<string, { possessives?: string[] } | undefined>)[lang]?.possessives ?? [];
  // regex-safe: anchored at the end; at most two letter runs, each before whitespace
  const words = /(?:(\p{L}+)\s+)?(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 24), at));
  if (!words) return false;
  return possessives.includes(words[2].toLowerCase()) || (!!words[1] && possessives.includes(words[1].toLowerCase()));
}

/** The language's row of rules/pronoun-evidence.json, as far as this file reads it. */
const rowOf = (lang: Lang) => (table as unknown as Record<string, { prepositions?: string[] } | undefined>)[lang];

/**
 * Whether a bare person noun at `at` (no determiner) stands right after a preposition ("de médico en médico", "con
 * abogado"): it names no one, so no pronoun refers to it.
 */
function bareAfterPreposition(lang: Lang, text: string, at: number): boolean {
  // regex-safe: one letter run anchored at the end, no nested quantifier
  const word = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 12), at));
  return !!word && (rowOf(lang)?.prepositions ?? []).includes(word[1].toLowerCase());
}

/** The gap between two marks of one person: a comma and at most two words ("su", "el nuevo"), or a bare "y". */
// regex-safe: anchored; a comma then at most two letter runs, or one conjunction; no nested quantifier
const APPOSED = /^(?:\s*,\s*(?:[\p{Ll}]+\s+){0,2}|\s+(?:y|e)\s+)$/u;

/**
 * A gap between a person noun and what follows it with the noun's complement taken off its start ("de televisión, "
 * of "la presentadora de televisión, Oprah Winfrey" -> ", "): a complement word and at most three lower-case words.
 */
function withoutComplement(gap: string, complementWords: readonly string[]): string {
  // regex-safe: anchored; at most four letter runs, each after whitespace, then the rest
  const m = /^((?:\s+\p{Ll}+){1,4})(\s*,.*)$/su.exec(gap);
  if (!m) return gap;
  const words = m[1].trim().split(/\s+/u);
  return complementWords.includes(words[0]) ? m[2] : gap;
}

/**
 * How often a sentence of an agreement language itself marks someone of gender `g`: "ella"/"él", a gendered person
 * noun or title ("la periodista", "su esposa"), or a known person of that gender named in it; returns how many such
 * marks there are (0 in a language without agreement). A pronoun of that gender in the translation may then refer to one of them.
 * `withoutPossessed`: not the nouns after a possessive ("su abogada"), which a possessive pronoun cannot render.
 */
export function marksGender(text: string, lang: Lang, g: Gender, index: PeopleLookup, scope: PairScope, withoutPossessed = false): number {
  const a = CUES[lang].agreement;
  if (!a) return 0;
  let count = 0;
  const explicit = a.explicit[g];
  explicit.lastIndex = 0;
  for (let m = explicit.exec(text); m; m = explicit.exec(text)) if (pronounMarksPerson(text, lang, m.index, m.index + m[0].length)) count++;
  a.personNoun.lastIndex = 0;
  const nounEnds = new Set<number>();
  const spans: [number, number, boolean, boolean][] = [];
  for (let m = a.personNoun.exec(text); m; m = a.personNoun.exec(text)) {
    if (titleGender(a, m[1], m[2]) !== g || (!m[1] && (afterPerfect(lang, text, m.index) || bareAfterPreposition(lang, text, m.index))))
      continue;
    spans.push([m.index, m.index + m[0].length, false, withoutPossessed && !m[1] && afterPossessive(lang, text, m.index)]);
    // Where a name may start after this noun: past one space (or a no-break space).
    nounEnds.add(m.index + m[0].length + 1);
  }
  for (const m of nameMentions(text, 0, text.length, scope)) {
    // "la señora Arroyo" is one person: a name right after a person noun of that gender was counted with the noun.
    if (nounEnds.has(m.leadStart) || nounEnds.has(m.start)) continue;
    const info = index.get(lookupKey(m));
    if ((info && info.gender === g) || (!info && m.tokens.length >= 2 && givenTokenGender(m.tokens[0]) === g))
      spans.push([m.start, m.end, true, false]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  return count + people(text, spans, a.complementWords).filter((possessed) => !possessed).length;
}

/**
 * The people a sentence's marks (start, end, whether a name, whether possessed) stand for, each as whether one of its
 * marks is possessed. "su difunto marido, su predecesor y socio político, Néstor Kirchner" is one person: a mark in
 * apposition to the one before it (after a comma) or joined to it without a determiner of its own ("predecesor y
 * socio") adds no one; names after names are a list ("Ana, Luis y Pedro").
 */
function people(text: string, spans: readonly [number, number, boolean, boolean][], complementWords: readonly string[]): boolean[] {
  const out: boolean[] = [];
  spans.forEach(([start, end, name, possessed], k) => {
    const prev = spans[k - 1];
    const gap = prev ? withoutComplement(text.slice(prev[1], start), complementWords) : "";
    // A bare "y" joins one person's nouns only when the second has no determiner ("la jueza y Ana Mora" are two).
    const joined = !gap.includes(",") && (name || /\s/u.test(text.slice(start, end)));
    if (!prev || (name && prev[2]) || joined || !APPOSED.test(gap)) out.push(possessed);
    else out[out.length - 1] ||= possessed;
  });
  return out;
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
