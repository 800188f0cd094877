// The planted kinds of the "planted-checks" eval, one generator each (own word lists, no rule code).
import type { Lang } from "../../../src/types";
import type { BuiltSide } from "../corpus";
import { plantAcronymDrop } from "./acronym-drop";
import { plantNegation } from "./negation-flip";
import { plantNumberWord } from "./number-word";
import { plantPhraseLeft } from "./phrase-left";
import { plantClockChange } from "./clock-change";
import { plantNameSwap } from "./name-swap";
import { plantCorpusNameSwap } from "./name-swap-corpus";
import { plantOtherLanguage } from "./other-language";
import { plantWordLoop } from "./word-loop";
import { plantWordScramble } from "./word-scramble";

/** A planted copy of the target: its text, where the change lies, and where its source anchor lies (if any). */
export interface Plant {
  target: string;
  /** [start, end) in the planted target a correct report must overlap (the change, or the changed sentence). */
  at: [number, number];
  /** [start, end) in the source of what the change concerns (an issue on the source only must overlap it). */
  sourceAt?: [number, number];
  /** A sub-kind reported separately ("2 letters", "added"). */
  sub?: string;
}

/** One kind: the rule meant to catch it and a generator for target segment k (undefined: nothing to plant there). */
export interface PlantKind {
  name: string;
  ruleId: string;
  plant(src: BuiltSide, tgt: BuiltSide, k: number, from: Lang, to: Lang): Plant | undefined;
}

/** Every kind, in print order. */
export const PLANT_KINDS: PlantKind[] = [
  { name: "unknown acronym dropped", ruleId: "acronym-missing", plant: plantAcronymDrop },
  { name: "number word changed", ruleId: "number-mismatch", plant: plantNumberWord },
  { name: "negation added or removed", ruleId: "negation", plant: plantNegation },
  { name: "source phrase left untranslated", ruleId: "untranslated-phrase", plant: plantPhraseLeft },
  { name: "clock time changed", ruleId: "date-mismatch", plant: plantClockChange },
  { name: "person's name replaced", ruleId: "name-missing", plant: plantNameSwap },
  { name: "name replaced by another article's", ruleId: "name-missing", plant: plantCorpusNameSwap },
  { name: "sentence in a third language or script", ruleId: "untranslated", plant: plantOtherLanguage },
  { name: "words repeated in a loop", ruleId: "unintelligible", plant: plantWordLoop },
  { name: "paragraph's words scrambled", ruleId: "unintelligible", plant: plantWordScramble },
];

/** Replaces [start, end) of a text. */
export function splice(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}
