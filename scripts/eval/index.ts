import type { EvalModule } from "./types";

/** Every evaluation section, in print order. Add one import line per module. */
export const EVAL_MODULES: EvalModule[] = [
];
