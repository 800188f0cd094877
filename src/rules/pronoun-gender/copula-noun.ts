// pronoun-gender into English (issue 12): a subject pronoun said to be a noun of marked gender through a copula ("she
// was the son of …"), read strictly: the copula, its auxiliaries, a determiner and plain modifiers only, so that a
// verb after the copula ("he is meeting Secretary …", "he was crowned by the Queen") says nothing of the pronoun.
import type { Lang } from "../../types";
import table from "../../../rules/pronoun-evidence.json";
import type { PersonMark } from "./sentence-evidence";
import { copulaSubject } from "./binding";

type Raw = Partial<Record<"copulas" | "copulaFillers" | "phraseStarts", string[]>>;
const rawOf = (lang: Lang): Raw => (table as unknown as Record<string, Raw | undefined>)[lang] ?? {};

/** A participle or gerund ("crowned", "meeting"): a verb, not a modifier of the noun after it. */
// regex-safe: one anchored alternation of two fixed endings
const VERB_FORM = /(?:ed|ing)$/u;

/**
 * The subject pronoun the noun at `at` (of marked gender) is said to be: copulaSubject's, when only the copula, its
 * auxiliaries, then a determiner (one of phraseStarts) and up to two modifiers that are not verb forms stand between;
 * undefined otherwise.
 */
export function copulaNounSubject(text: string, lang: Lang, marks: readonly PersonMark[], at: number): PersonMark | undefined {
  const subject = copulaSubject(text, lang, marks, at);
  if (!subject) return undefined;
  const raw = rawOf(lang);
  const words = text
    .slice(subject.end, marks[at].start)
    .trim()
    .split(/\s+/u)
    .map((w) => w.toLowerCase());
  let k = 0;
  while (k < words.length && (raw.copulaFillers ?? []).includes(words[k])) k++;
  if (!(raw.copulas ?? []).includes(words[k])) return undefined;
  const rest = words.slice(k + 1);
  if (!(raw.phraseStarts ?? []).includes(rest[0]) || rest.length > 3) return undefined;
  return rest.slice(1).some((w) => VERB_FORM.test(w)) ? undefined : subject;
}
