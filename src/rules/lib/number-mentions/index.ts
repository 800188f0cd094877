/**
 * Numbers in a text (rules number-mismatch and number-format): `extractNumbers` finds digits, number words and
 * Roman numerals with every value each can mean; `sameNumber` compares two mentions; `formatNumber` writes a
 * value in a language's conventions. One file per step: tokenize → digit-mention / word-mention / roman → extract.
 */
export type { NumberMention } from "./mention";
export { extractNumbers } from "./extract";
export { parseDigits } from "./parse-digits";
export { temperatureAfter, unitAfter } from "./digit-mention";
export { sameNumber } from "./same-number";
export { formatNumber } from "./format";
