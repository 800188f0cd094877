// The French pack: its data in rules/fr/, and its inflection (plural and gender endings) in code.
import abbreviations from "../../../rules/fr/abbreviations.json";
import acronymConnectors from "../../../rules/fr/acronym-connectors.json";
import calendar from "../../../rules/fr/calendar.json";
import clockTimes from "../../../rules/fr/clock-times.json";
import gender from "../../../rules/fr/gender-cues.json";
import locale from "../../../rules/fr/locale.json";
import negation from "../../../rules/fr/negation.json";
import notNames from "../../../rules/fr/not-names.json";
import numberWords from "../../../rules/fr/number-words.json";
import questionWords from "../../../rules/fr/question-words.json";
import repeatedWord from "../../../rules/fr/repeated-word.json";
import stopwords from "../../../rules/fr/stopwords.json";
import wordOrder from "../../../rules/fr/word-order.json";
import type { Language } from "../language";
import { buildLanguage, type PackFiles } from "../pack";

/**
 * French plural and gender endings of a folded word: "ministre" also finds ministres, "directeur" directrice(s),
 * "journal" journaux, "president" presidente(s).
 */
function wordVariants(word: string, esc: (s: string) => string): string {
  if (/eur$/.test(word)) return `${esc(word.slice(0, -3))}(?:eur|eurs|euse|euses|rice|rices)`;
  if (/al$/.test(word)) return `${esc(word.slice(0, -2))}(?:al|aux|ale|ales)`;
  if (/aux$/.test(word)) return `${esc(word.slice(0, -3))}(?:al|aux|ale|ales)`;
  if (/e$/.test(word)) return `${esc(word)}s?`;
  if (/[sxz]$/.test(word)) return esc(word);
  return `${esc(word)}(?:e|s|es)?`;
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

/** French: written as docs/languages.md says (see "French pack" there) (built on first use: packs/index.ts). */
export const fr = (): Language => buildLanguage("fr", files, { wordVariants });
