// The English pack: its data in rules/en/, and its inflection (plural and gender endings) in code.
import abbreviations from "../../../rules/en/abbreviations.json";
import acronymConnectors from "../../../rules/en/acronym-connectors.json";
import calendar from "../../../rules/en/calendar.json";
import clockTimes from "../../../rules/en/clock-times.json";
import gender from "../../../rules/en/gender-cues.json";
import locale from "../../../rules/en/locale.json";
import negation from "../../../rules/en/negation.json";
import notNames from "../../../rules/en/not-names.json";
import numberWords from "../../../rules/en/number-words.json";
import questionWords from "../../../rules/en/question-words.json";
import repeatedWord from "../../../rules/en/repeated-word.json";
import stopwords from "../../../rules/en/stopwords.json";
import wordOrder from "../../../rules/en/word-order.json";
import type { Language } from "../language";
import { buildLanguage, type PackFiles } from "../pack";

/** English plural endings of a folded word: "policy" also finds policies, "tax" taxes. */
function wordVariants(word: string, esc: (s: string) => string): string {
  if (/[^aeiou]y$/.test(word)) return `${esc(word.slice(0, -1))}(?:y|ies)`;
  if (/[^aeiou]ies$/.test(word)) return `${esc(word.slice(0, -3))}(?:y|ies)`;
  if (/(?:s|x|z|ch|sh)es$/.test(word)) return `${esc(word.slice(0, -2))}(?:es)?`;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${esc(word)}(?:es)?`;
  if (word.length >= 5 && /[^s]s$/.test(word)) return `${esc(word.slice(0, -1))}s?`;
  return `${esc(word)}s?`;
}

const files = {
  locale,
  stopwords,
  abbreviations,
  numberWords,
  calendar,
  clockTimes,
  negation,
  questionWords,
  repeatedWord,
  acronymConnectors,
  notNames,
  gender,
  wordOrder,
} as unknown as PackFiles;

/** English (built on first use: packs/index.ts). */
export const en = (): Language => buildLanguage("en", files, { wordVariants });
