import type { EvalModule } from "./types";
import segmentation from "./segmentation";
import structural from "./structural";
import punctuationMqm from "./punctuation-mqm";
import accuracyPronounNumber from "./accuracy-pronoun-number";
import punctuationPlanted from "./punctuation-planted";
import accuracyTerms from "./accuracy-terms";
import dates from "./dates";
import localeRegions from "./locale-regions";
import pronounIndependent from "./pronoun-independent";
import plantedChecks from "./planted-checks";
import clean from "./clean-corpora";
import precisionSample from "./precision-sample";
import pairsTable from "./pairs-table";

/** Every evaluation section, in print order. Add one import line per module. */
export const EVAL_MODULES: EvalModule[] = [
  segmentation,
  structural,
  punctuationMqm,
  accuracyPronounNumber,
  punctuationPlanted,
  accuracyTerms,
  dates,
  pronounIndependent,
  localeRegions,
  plantedChecks,
  clean,
  precisionSample,
  pairsTable,
];
