// The Portuguese pack (pt-PT and pt-BR): its data in rules/pt/, and its inflection (plural and gender endings) in code.
import abbreviations from "../../../rules/pt/abbreviations.json";
import acronymConnectors from "../../../rules/pt/acronym-connectors.json";
import calendar from "../../../rules/pt/calendar.json";
import clockTimes from "../../../rules/pt/clock-times.json";
import gender from "../../../rules/pt/gender-cues.json";
import locale from "../../../rules/pt/locale.json";
import negation from "../../../rules/pt/negation.json";
import notNames from "../../../rules/pt/not-names.json";
import numberWords from "../../../rules/pt/number-words.json";
import questionWords from "../../../rules/pt/question-words.json";
import repeatedWord from "../../../rules/pt/repeated-word.json";
import stopwords from "../../../rules/pt/stopwords.json";
import wordOrder from "../../../rules/pt/word-order.json";
import type { Language } from "../language";
import { buildLanguage, type PackFiles } from "../pack";

/**
 * Portuguese plural and gender endings of a folded word: "ministro" also finds ministra(s), "senador" senadora(s)
 * and senadores, "eleicao" (the folded "eleição") eleicoes, "nacional" nacionais, "homem" homens.
 */
function wordVariants(word: string, esc: (s: string) => string): string {
  if (/ao$/.test(word)) return `${esc(word.slice(0, -2))}(?:ao|oes|aes|aos)`;
  if (/oes$/.test(word)) return `${esc(word.slice(0, -3))}(?:ao|oes|aes|aos)`;
  if (/[oa]s$/.test(word)) return `${esc(word.slice(0, -2))}(?:o|a|os|as)`;
  if (/[oa]$/.test(word)) return `${esc(word.slice(0, -1))}(?:o|a|os|as)`;
  if (/[rz]$/.test(word)) return `${esc(word)}(?:a|as|es)?`;
  if (/l$/.test(word)) return `${esc(word.slice(0, -1))}(?:l|is)`;
  if (/m$/.test(word)) return `${esc(word.slice(0, -1))}(?:m|ns)`;
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

/** Portuguese: written as docs/languages.md says, not registered yet (built on first use: packs/index.ts). */
export const pt = (): Language => buildLanguage("pt", files, { wordVariants });
