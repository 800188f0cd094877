// pronoun-gender into English (issue 12): a subject pronoun said to be a noun of marked gender through a copula ("she
// was the son of …"), read strictly: the copula, its auxiliaries, a determiner and plain modifiers only, so that a
// verb after the copula ("he is meeting Secretary …", "he was crowned by the Queen") says nothing of the pronoun.
import type { Lang } from "../../types";
import table from "../../../rules/pronoun-evidence.json";
import type { PersonMark } from "./sentence-evidence";
import { copulaSubject } from "./binding";
import { foldWord, STOPWORDS } from "../../align/anchors";

type Raw = Partial<Record<"copulas" | "copulaFillers" | "phraseStarts" | "predicateVerbs", string[]>>;
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

/** The words of the clause before offset `at`: back to the last mark of punctuation of the 80 characters before it. */
function clauseWordsBefore(text: string, at: number): string[] {
  const stretch = text.slice(Math.max(0, at - 80), at);
  // regex-safe: one negated character class, anchored at the end
  const clause = /[^,;:.!?()"“”«»—–]*$/u.exec(stretch)?.[0] ?? "";
  return clause
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== "")
    .map((w) => w.toLowerCase());
}

/**
 * Whether a noun at `at` is said of its clause's subject past a copula, perhaps one of predicateVerbs, a determiner and
 * up to four modifiers that are neither stop words nor verb forms ("who was considered a possible Republican
 * presidential candidate"): it names the subject, no one more.
 */
export function predicateAfterCopula(text: string, lang: Lang, at: number): boolean {
  const raw = rawOf(lang);
  const words = clauseWordsBefore(text, at);
  let det = words.length - 1;
  while (det >= 0 && !(raw.phraseStarts ?? []).includes(words[det])) det--;
  if (det < 1 || words.length - det - 1 > 4) return false;
  const modifiers = words.slice(det + 1);
  if (modifiers.some((w) => STOPWORDS[lang].has(foldWord(w)) || VERB_FORM.test(w))) return false;
  let k = det - 1;
  if ((raw.predicateVerbs ?? []).includes(words[k])) k--;
  return k >= 0 && (raw.copulas ?? []).includes(words[k]);
}
