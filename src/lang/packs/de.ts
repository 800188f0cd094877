// The German pack: its data in rules/de/, and its inflection (plural and feminine endings) in code.
import abbreviations from "../../../rules/de/abbreviations.json";
import acronymConnectors from "../../../rules/de/acronym-connectors.json";
import calendar from "../../../rules/de/calendar.json";
import clockTimes from "../../../rules/de/clock-times.json";
import gender from "../../../rules/de/gender-cues.json";
import locale from "../../../rules/de/locale.json";
import negation from "../../../rules/de/negation.json";
import notNames from "../../../rules/de/not-names.json";
import numberWords from "../../../rules/de/number-words.json";
import questionWords from "../../../rules/de/question-words.json";
import repeatedWord from "../../../rules/de/repeated-word.json";
import stopwords from "../../../rules/de/stopwords.json";
import wordOrder from "../../../rules/de/word-order.json";
import type { Language } from "../language";
import { buildLanguage, type PackFiles } from "../pack";

/**
 * German plural and feminine endings of a folded word (umlauts are folded away, so "anwalt" also finds anwalte,
 * the folded "Anwälte"): "ministerin" finds ministerinnen, "minister" ministerin(nen) and ministern, "regierung"
 * regierungen. A compound is one word: "bank" does not find "zentralbank".
 */
function wordVariants(word: string, esc: (s: string) => string): string {
  if (/innen$/.test(word)) return `${esc(word.slice(0, -5))}(?:in|innen)`;
  if (/[^aeiou]in$/.test(word) && word.length > 5) return `${esc(word.slice(0, -2))}(?:in|innen)`;
  if (/ung$/.test(word)) return `${esc(word)}(?:en)?`;
  if (/e$/.test(word)) return `${esc(word)}[nr]?`;
  if (/er$/.test(word)) return `${esc(word)}(?:s|n|in|innen)?`;
  return `${esc(word)}(?:e|en|er|es|s|in|innen)?`;
}

/** Number words that open a compound ("einjährig" takes "ein"), longest first so "dreizehn" wins over "drei". */
const compoundNumbers: Record<string, number> = { ...numberWords.units, ein: 1 };
const COMPOUND = new RegExp(
  `^(${Object.keys(compoundNumbers)
    .sort((a, b) => b.length - a.length)
    .join("|")})(?:${numberWords.compoundStems.join("|")})$`,
);

/** The number a compound opens with when a known stem follows it ("dreitägigen": 3, "elfjährige": 11). */
function numberInCompound(lowerWord: string): number | undefined {
  const m = COMPOUND.exec(lowerWord);
  return m ? compoundNumbers[m[1]] : undefined;
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

/** German: written as docs/languages.md says, not registered yet (built on first use: packs/index.ts). */
export const de = (): Language => buildLanguage("de", files, { wordVariants, numberInCompound });
