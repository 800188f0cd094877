import type { Rule } from "../core/rule";
import omission from "./omission";
import unpairedBrackets from "./unpaired-brackets";
import unpairedQuotes from "./unpaired-quotes";

/** Every registered rule, in report order of evaluation. Add one import line per rule file. */
export const RULES: readonly Rule[] = [
  omission,
  unpairedBrackets,
  unpairedQuotes,
];

/** Rules by id. */
export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
