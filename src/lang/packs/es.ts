// The Spanish pack: its data in rules/es/, and its inflection (plural and gender endings) in code.
import abbreviations from "../../../rules/es/abbreviations.json";
import acronymConnectors from "../../../rules/es/acronym-connectors.json";
import calendar from "../../../rules/es/calendar.json";
import clockTimes from "../../../rules/es/clock-times.json";
import gender from "../../../rules/es/gender-cues.json";
import locale from "../../../rules/es/locale.json";
import negation from "../../../rules/es/negation.json";
import notNames from "../../../rules/es/not-names.json";
import numberWords from "../../../rules/es/number-words.json";
import questionWords from "../../../rules/es/question-words.json";
import repeatedWord from "../../../rules/es/repeated-word.json";
import stopwords from "../../../rules/es/stopwords.json";
import wordOrder from "../../../rules/es/word-order.json";
import type { Language } from "../language";
import { buildLanguage, type PackFiles } from "../pack";

/** Spanish plural and gender endings of a folded word: "ministro" also finds ministra, ministros, ministras. */
function wordVariants(word: string, esc: (s: string) => string): string {
  if (/[oa]s$/.test(word)) return `${esc(word.slice(0, -2))}(?:o|a|os|as)`;
  if (/[oa]$/.test(word)) return `${esc(word.slice(0, -1))}(?:o|a|os|as)`;
  if (/z$/.test(word)) return `${esc(word.slice(0, -1))}(?:z|ces)`;
  if (/ces$/.test(word)) return `${esc(word.slice(0, -3))}(?:z|ces)`;
  if (/[aeiou]s$/.test(word)) return `${esc(word.slice(0, -1))}s?`;
  if (/es$/.test(word)) return `${esc(word.slice(0, -2))}(?:es)?`;
  if (/[aeiou]$/.test(word)) return `${esc(word)}s?`;
  return `${esc(word)}(?:es)?`;
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

/** Spanish (built on first use: packs/index.ts). */
export const es = (): Language => buildLanguage("es", files, { wordVariants });
