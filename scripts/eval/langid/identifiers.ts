// The language identifiers compared: franc-min as translint restricts it (the pair's languages, their neighbours and
// the third languages of rules/language-identification.json), franc-min over all its languages, and fastText's
// model over all its 176 languages and restricted to the same candidates as translint's franc.
import { franc } from "franc-min";
import identification from "../../../rules/language-identification.json";
import { pairScope } from "../../../src/lang/pair";
import { languageOf } from "../../../src/lang/registry";
import { trigramScores } from "../../../src/rules/untranslated/langid";
import type { FastTextPredict } from "./fasttext";

/** Names a text's language (ISO 639-1 where the language has such a code, "und" when it cannot tell). */
export interface Identifier {
  name: string;
  identify(text: string): string;
}

/** ISO 639-3 → 639-1 for the languages franc is restricted to (other codes are kept as they are). */
const ISO1: Record<string, string> = {
  eng: "en",
  spa: "es",
  fra: "fr",
  deu: "de",
  por: "pt",
  ita: "it",
  cat: "ca",
  nld: "nl",
  ces: "cs",
  pol: "pl",
  ron: "ro",
};
const iso1 = (code: string) => ISO1[code] ?? code;

/** The third languages translint scores besides a pair's (otherLanguageOf adds them to every pair's candidates). */
const OTHER_CODES = identification.otherLanguages.map((o) => o.franc);
/** Any pair of the measured languages: its candidates are the same (alsoScored holds the other three). */
const SCOPE = pairScope("en", "es");
/**
 * translint's candidate set in 639-1 (the pair's languages, alsoScored and the third languages), for restricting
 * fastText the same way. It holds Catalan, which franc-min does not know (it never scores "cat").
 */
const CANDIDATES = new Set(
  [...[languageOf("en"), languageOf("es")].map((l) => l.francCode), ...identification.alsoScored, ...OTHER_CODES].map(iso1),
);

/** The four identifiers; fastText's two share one loaded model. */
export function identifiers(predict: FastTextPredict): Identifier[] {
  return [
    { name: "franc-min, translint's candidates", identify: (t) => iso1([...trigramScores(t, SCOPE, OTHER_CODES).keys()][0] ?? "und") },
    { name: "franc-min, all 82 languages", identify: (t) => iso1(franc(t, { minLength: 1 })) },
    { name: "fastText lid.176, all 176 languages", identify: (t) => predict(t, 1)[0]?.[0] ?? "und" },
    {
      name: "fastText lid.176, translint's candidates",
      identify: (t) => predict(t, -1).find(([l]) => CANDIDATES.has(l))?.[0] ?? "und",
    },
  ];
}

/** translint's candidate languages (ISO 639-1), and those of them franc-min can name, for the report. */
export function candidateLanguages(): { all: string[]; franc: string[] } {
  return { all: [...CANDIDATES].sort(), franc: [...trigramScores("text", SCOPE, OTHER_CODES).keys()].map(iso1).sort() };
}
