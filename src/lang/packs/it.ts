// The Italian pack: its data in rules/it/, and its inflection (plural and gender endings) in code.
import abbreviations from "../../../rules/it/abbreviations.json";
import acronymConnectors from "../../../rules/it/acronym-connectors.json";
import calendar from "../../../rules/it/calendar.json";
import clockTimes from "../../../rules/it/clock-times.json";
import gender from "../../../rules/it/gender-cues.json";
import locale from "../../../rules/it/locale.json";
import negation from "../../../rules/it/negation.json";
import notNames from "../../../rules/it/not-names.json";
import numberWords from "../../../rules/it/number-words.json";
import questionWords from "../../../rules/it/question-words.json";
import repeatedWord from "../../../rules/it/repeated-word.json";
import stopwords from "../../../rules/it/stopwords.json";
import wordOrder from "../../../rules/it/word-order.json";
import type { Language } from "../language";
import { buildLanguage, type PackFiles } from "../pack";

/**
 * Italian plural and gender endings of a folded word: "ministro" also finds ministra, ministri, ministre; "direttore"
 * direttori, direttrice(s); "sindaco" sindaci and sindache; "giornalista" giornalisti. A word ending in a consonant or
 * a stressed vowel (leader, citta from città) does not change.
 */
function wordVariants(word: string, esc: (s: string) => string): string {
  if (/tor[ei]$/.test(word)) return `${esc(word.slice(0, -4))}(?:tore|tori|trice|trici)`;
  if (/ista$/.test(word)) return `${esc(word.slice(0, -1))}[aie]`;
  if (/[cg][oaie]$/.test(word)) return `${esc(word.slice(0, -1))}(?:o|a|i|e|hi|he)`;
  if (/[oaie]$/.test(word)) return `${esc(word.slice(0, -1))}[oaie]`;
  return esc(word);
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

/** Italian: written following docs/languages.md only, not registered yet (built on first use: packs/index.ts). */
export const it = (): Language => buildLanguage("it", files, { wordVariants });
