// An attribution after a comma (", sagte die Polizeisprecherin Alena Romova", ", said Ana Ruiz"): the person it names
// is the speaker of what comes before, not the referent of a pronoun in it.
import { languageOf } from "../../lang/registry";
import type { Lang } from "../../types";

/** Verbs of saying per language (the negation data's `reporting` list), lower-cased, built once per language. */
const SAYING = new Map<Lang, ReadonlySet<string>>();
function sayingVerbs(lang: Lang): ReadonlySet<string> {
  let set = SAYING.get(lang);
  if (!set) SAYING.set(lang, (set = new Set(languageOf(lang).negation.reporting.map((w) => w.toLowerCase()))));
  return set;
}

/**
 * Whether text[from, to) (between a pronoun and the name after it) holds a comma right before a verb of saying
 * (", sagte die Polizeisprecherin, Alena Romova"): the name is the speaker's.
 */
export function saysBeforeName(text: string, lang: Lang, from: number, to: number): boolean {
  const verbs = sayingVerbs(lang);
  // regex-safe: a comma, spaces, one letter run; no nesting
  for (const m of text.slice(from, to).matchAll(/,\s*(\p{L}+)/gu)) if (verbs.has(m[1]!.toLowerCase())) return true;
  return false;
}
