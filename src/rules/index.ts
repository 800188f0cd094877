import type { Rule } from "../core/rule";
import omission from "./omission";

/** Every registered rule, in report order of evaluation. Add one import line per rule file. */
export const RULES: readonly Rule[] = [
  omission,
];

/** Rules by id. */
export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
