// Whether a third-person pronoun at a place stands for a person of its gender, from the language's gender cues:
// not the impersonal subject of "il faut", "il y a", "faut-il" (GenderData impersonal), and not a pronoun that marks
// gender only when stressed ("lui" of "pour lui", "lui-même", "c'est lui") used as an unstressed clitic ("je vais lui
// parler", "qui lui avaient": either gender; GenderData stressed).
import type { Lang } from "../../types";
import type { GenderData, Language } from "../../lang/language";
import { byLanguage } from "../../lang/registry";

/** A language's pronoun uses, compiled: impersonal phrases split at their pronoun, stressed-only pronouns. */
interface PronounUse {
  /** Per pronoun: the words before it (joined, as written before it) and the word tokens after it. */
  impersonal: Map<string, { before: string; after: string[] }[]>;
  skip: Set<string>;
  stressedOnly: Set<string>;
  stressedAfter: Set<string>;
  stressedBefore: string[];
  /** Forms that are a possessive only before a noun (German "sein", also the verb "to be"). */
  beforeNoun: Set<string>;
}

/** The words of a stretch, lower case, an elided word keeping its apostrophe ("s'", "n'"). */
function tokens(text: string): string[] {
  return [
    ...text
      .toLowerCase()
      .replace(/’/g, "'")
      .matchAll(/[\p{L}\p{M}-]+'?/gu),
  ].map((m) => m[0]);
}

/** Every impersonal phrase of the data, with the copula and predicate combinations spelled out. */
function phrasesOf(g: GenderData): string[] {
  const im = g.impersonal;
  if (!im) return [];
  const out = [...im.phrases];
  for (const subject of im.predicateSubjects ?? [])
    for (const c of im.copulas ?? []) for (const p of im.predicates ?? []) out.push(`${subject} ${c} ${p}`);
  return out;
}

function compile(l: Language): PronounUse {
  const g = l.gender;
  const pronouns = new Set(Object.keys(g.pronouns));
  const skip = new Set(g.impersonal?.skip ?? []);
  const impersonal = new Map<string, { before: string; after: string[] }[]>();
  for (const phrase of phrasesOf(g)) {
    // The phrase's pronoun: its first word that is one of the language's pronouns, after a space or a hyphen.
    const m = /(^|[\s-])([\p{L}]+)(?=$|[\s-])/gu;
    for (let x = m.exec(phrase); x; x = m.exec(phrase)) {
      if (!pronouns.has(x[2])) continue;
      const at = x.index + x[1].length;
      const list = impersonal.get(x[2]) ?? [];
      list.push({ before: phrase.slice(0, at), after: tokens(phrase.slice(at + x[2].length)).filter((t) => !skip.has(t)) });
      impersonal.set(x[2], list);
      break;
    }
  }
  return {
    impersonal,
    skip,
    stressedOnly: new Set(g.stressed?.pronouns ?? []),
    stressedAfter: new Set(g.stressed?.after ?? []),
    stressedBefore: g.stressed?.before ?? [],
    beforeNoun: new Set(g.possessiveBeforeNoun ?? []),
  };
}

export const USES = byLanguage(compile);

/** Whether the pronoun text[start, end) is impersonal ("il faut", "il n'y a pas", "y a-t-il"). */
function impersonalAt(u: PronounUse, text: string, start: number, end: number, word: string): boolean {
  const list = u.impersonal.get(word);
  if (!list) return false;
  const before = text
    .slice(Math.max(0, start - 24), start)
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\s+/g, " ");
  const after = tokens(text.slice(end, end + 60)).filter((t) => !u.skip.has(t));
  return list.some(
    (p) =>
      before.endsWith(p.before) &&
      (p.before === "" || !/\p{L}/u.test(before.charAt(before.length - p.before.length - 1))) &&
      p.after.every((t, k) => after[k] === t),
  );
}

/** Whether a stressed-only pronoun is stressed here: after a preposition or "c'est", before "-même" or "aussi". */
export function stressedAt(u: PronounUse, text: string, start: number, end: number): boolean {
  const raw = text.slice(end, end + 12).toLowerCase();
  const next = raw.startsWith("-") ? raw : raw.trimStart();
  if (u.stressedBefore.some((b) => next.startsWith(b) && !/\p{L}/u.test(next.charAt(b.length)))) return true;
  const before = tokens(text.slice(Math.max(0, start - 24), start));
  const last = before.at(-1);
  // "c'est lui": an elided word is written joined to the next.
  const two = before.length >= 2 ? `${before.at(-2)}${before.at(-2)!.endsWith("'") ? "" : " "}${last}` : "";
  return (last !== undefined && u.stressedAfter.has(last)) || u.stressedAfter.has(two);
}

/** A capitalised word next, or after one lower-case word (an adjective): a noun in a language that capitalises nouns. */
// regex-safe: two bounded words, no nested quantifier
const NOUN_NEXT = /^\s+(?:\p{Ll}+\s+)?\p{Lu}/u;

/**
 * Whether the pronoun text[start, end) of `lang` stands for a person of its gender: not impersonal, and not a
 * stressed-only pronoun used as a clitic.
 */
export function pronounMarksPerson(text: string, lang: Lang, start: number, end: number): boolean {
  const u = USES[lang];
  if (u.impersonal.size === 0 && u.stressedOnly.size === 0 && u.beforeNoun.size === 0) return true;
  const word = text.slice(start, end).toLowerCase();
  // "zu regieren sein", "verfügbar sein könnten": the verb; "sein Buch", "sein neues Buch": the possessive.
  if (u.beforeNoun.has(word)) return NOUN_NEXT.test(text.slice(end, end + 60));
  if (impersonalAt(u, text, start, end, word)) return false;
  return !u.stressedOnly.has(word) || stressedAt(u, text, start, end);
}
