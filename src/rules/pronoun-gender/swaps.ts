// The other-gender forms of a language's words: subject pronouns, determiners, participles, titles.
import type { Lang } from "../../types";
import type { Gender } from "./types";
import { own } from "./words";
import { CUES } from "./cues";

/** The subject pronoun of a gender ("ella", "she"): the first of the language's subject pronouns that marks it. */
export function subjectPronoun(lang: Lang, g: Gender): string | undefined {
  const data = CUES[lang].data;
  return data.subjectPronouns.find((w) => data.pronouns[w] === g);
}

/** The other-gender form of a determiner ("el" -> "la", "al" -> "a la"), if the language's table has the pair. */
export function otherDeterminer(lang: Lang, det: string): string | undefined {
  const d = det.toLowerCase();
  for (const [m, f] of CUES[lang].data.determinerPairs ?? []) {
    if (m === d) return f;
    if (f === d) return m;
  }
  return undefined;
}

/** A participle of the other gender ("elegido" -> "elegida"), when the word is one. */
export function otherParticiple(lang: Lang, word: string): string | undefined {
  const a = CUES[lang].agreement;
  const m = a?.participleAt.exec(word);
  if (!a || !m) return undefined;
  const g = own(a.participleGender, m[1].toLowerCase());
  const other = Object.keys(a.participleGender).find((e) => a.participleGender[e] !== g);
  return other === undefined ? undefined : word.slice(0, word.length - m[1].length) + other;
}

/** The other-gender form of a title ("presidente" -> "presidenta"), if the language's table has the pair. */
export function otherTitle(lang: Lang, title: string): string | undefined {
  const t = title.toLowerCase();
  for (const [m, f] of CUES[lang].agreement?.pairs ?? []) {
    if (m === t) return f;
    if (f === t) return m;
  }
  return undefined;
}

/** Regex alternations of a language's gendered determiners and titles (for the evaluation's planted title flips). */
export function titleAlternations(lang: Lang): { determiners: string; titles: string } {
  const a = CUES[lang].agreement;
  return { determiners: a?.detAlt ?? "(?!)", titles: a?.titleAlt ?? "(?!)" };
}
