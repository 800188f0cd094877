// Finds every number mention of a text: digits, number words and Roman numerals, in text order.
import type { Lang } from "../../../types";
import { digitMention, numericParts } from "./digit-mention";
import type { NumberMention } from "./mention";
import { romanMentions } from "./roman";
import type { MentionScan } from "./scan";
import type { PairScope } from "../../../lang/pair";
import { tokenize, type Token } from "./tokenize";
import { WORDS } from "./word-table";
import { wordMention } from "./word-mention";

/** Finds every number in text[start, end) under the conventions of `lang`, one language of the pair `scope`. */
export function extractNumbers(text: string, lang: Lang, scope: PairScope, start = 0, end = text.length): NumberMention[] {
  const scan: MentionScan = { text, tokens: tokenize(text, start, end, lang), w: WORDS[lang], lang, scope, out: [] };
  let i = 0;
  while (i < scan.tokens.length) i = mentionAt(scan, i);
  const out = scan.out;
  // Roman numerals ("distrito XXII", "siglo XX") may only absorb a match.
  romanMentions(text, start, end, out);
  // Mentions are mostly found in order already: sorting (which copies the array) only when they are not.
  for (let k = 1; k < out.length; k++) {
    if (byPosition(out[k - 1], out[k]) > 0) {
      out.sort(byPosition);
      break;
    }
  }
  return out;
}

/** Reads the mention that starts at token `i`, if any; returns the index of the next token to read. */
function mentionAt(scan: MentionScan, i: number): number {
  const { tokens, w } = scan;
  const t = tokens[i];
  if (t.compound !== undefined) return softMention(scan, t, t.compound, i);
  const c0 = t.text.charCodeAt(0);
  if (!(c0 >= 48 && c0 <= 57) && !w.any.has(t.lower)) return i + 1;
  const numeric = numericParts(t);
  if (numeric) return digitMention(scan, i, numeric);
  const tail = w.percentTail.get(t.lower);
  if (tail !== undefined && tokens[i - 1]?.lower === tail) return i + 1;
  // "sechs- bis siebenjährigen": a number word with a suspended hyphen shares the compound's stem, so is soft.
  if (w.inCompound && scan.text[t.end] === "-" && /\s/.test(scan.text[t.end + 1] ?? "") && w.units.has(t.lower))
    return softMention(scan, t, w.units.get(t.lower) as number, i);
  return wordMention(scan, i);
}

/** Adds a soft word mention of `value` over token `t`; returns the index of the next token. */
function softMention(scan: MentionScan, t: Token, value: number, i: number): number {
  const m = { start: t.start, end: t.end, numStart: t.start, numEnd: t.end, values: [value], value, base: value };
  scan.out.push({ ...m, scale: 1, decimals: 0, digits: false, soft: true });
  return i + 1;
}

/** Mentions by start, the longer first. */
const byPosition = (a: NumberMention, b: NumberMention) => a.start - b.start || b.end - a.end;
