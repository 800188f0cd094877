// pronoun-gender, a relative clause opened right after a person noun (issue 12): its relative word may be the clause's
// subject, the noun ("the actor, who won an Oscar for his role"), which then owns the clause's possessive. The words are
// data: rules/pronoun-evidence.json subjectRelatives.
import type { Lang } from "../../types";
import table from "../../../rules/pronoun-evidence.json";

const RELATIVES = new Map<Lang, ReadonlySet<string>>();

/** The relative words of `lang` that are their clause's subject ("who"); none for a language without them. */
function subjectRelatives(lang: Lang): ReadonlySet<string> {
  let set = RELATIVES.get(lang);
  if (!set) {
    const raw = (table as unknown as Record<string, { subjectRelatives?: string[] } | undefined>)[lang];
    RELATIVES.set(lang, (set = new Set(raw?.subjectRelatives ?? [])));
  }
  return set;
}

/** A comma, a word, then words with no mark of punctuation: the stretch from a noun into a relative clause of its. */
// regex-safe: anchored; two letter runs and one negated character class, no nested quantifier
const RELATIVE_LEAD = /^\s*,\s*(\p{L}+)\s[^,;:.!?]*$/u;

/** Whether the stretch after a noun opens a relative clause whose subject is the noun (", who won … for "). */
export function subjectRelativeLead(between: string, lang: Lang): boolean {
  const word = RELATIVE_LEAD.exec(between)?.[1].toLowerCase();
  return word !== undefined && subjectRelatives(lang).has(word);
}
