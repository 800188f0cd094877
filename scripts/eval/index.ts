import type { EvalModule } from "./types";
import punctuationMqm from "./punctuation-mqm";

/** Every evaluation section, in print order. Add one import line per module. */
export const EVAL_MODULES: EvalModule[] = [
  punctuationMqm,
];
