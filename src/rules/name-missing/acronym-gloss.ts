// A target run that spells out an acronym the source sentence writes (name-missing's own test, split out of
// name-missing.ts for its size).
import type { Person } from "./people";

/** An acronym in brackets right after a run, or the acronym a bracket holding the run follows: "Rundfunk (MDR)". */
// regex-safe: anchored, one bracket and one capitals class each, no nested quantifier.
const ACRONYM_AFTER = /^\s?\((\p{Lu}[\p{Lu}\p{N}]{1,9})\)/u;
// regex-safe: end-anchored, one capitals class and a bracket, no nested quantifier.
const ACRONYM_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}]{1,9})\s?\($/u;

/**
 * True when a target run spells out an acronym the source sentence writes, the acronym in brackets beside it
 * ("Mitteldeutsche Rundfunk (MDR)", "START (Strategic Arms Reduction Treaty)"): the expansion of a body the source
 * names, not a stranger.
 */
export function glossesSourceAcronym(text: string, x: Person, sourceSentence: string): boolean {
  const acronym =
    ACRONYM_AFTER.exec(text.slice(x.end, x.end + 14))?.[1] ?? ACRONYM_BEFORE.exec(text.slice(Math.max(0, x.start - 14), x.start))?.[1];
  return acronym !== undefined && sourceSentence.includes(acronym);
}
