// What a found number is: its spans, its candidate values and how it was written.

/** One number found in a text: digits ("800.000", "3,1", "26th") or words ("dos", "a dozen", "mil millones"). */
export interface NumberMention {
  /** Span of the whole mention (digits plus any scale words such as "millones"), in text offsets. */
  start: number;
  end: number;
  /** Span of the digits alone (equal to the mention span for words). */
  numStart: number;
  numEnd: number;
  /** Every value the mention can mean (locale-ambiguous separators, with and without scale, 12-hour clock). */
  values: number[];
  /** The value under the text language's own conventions, scale included. */
  value: number;
  /** The value of the digits before any scale word ("1,5" of "1,5 millones"). */
  base: number;
  /** The scale multiplier that followed the digits (1 if none). */
  scale: number;
  /** Number of decimals written. */
  decimals: number;
  /** True when written with digits. */
  digits: boolean;
  /** True for vague or ordinal words (months, "both", "first", "a"): they may absorb a match but are never flagged. */
  soft: boolean;
  /** Unit system of a measurement ("30 km" metric, "20 miles" imperial). */
  unit?: "metric" | "imperial";
  /** For a split decimal ("68, 78"): the number of mentions it spans; when it is matched, they are too. */
  parts?: number;
}

/** A number written in words or Roman digits, text[start, end), of one value `v` (no digits, no scale). */
export function wordValueMention(start: number, end: number, v: number, soft: boolean): NumberMention {
  return { start, end, numStart: start, numEnd: end, values: [v], value: v, base: v, scale: 1, decimals: 0, digits: false, soft };
}
