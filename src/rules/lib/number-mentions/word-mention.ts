// Reads a number written in words ("veintitrés", "two hundred and five", "1,5 millones" aside: words only).
import type { MentionScan } from "./scan";
import { gapOk, type Token } from "./tokenize";
import type { CompiledWords } from "./word-table";
import { round } from "./values";
import { wordValueMention } from "./mention";

/** Whether a unit word may continue a number word sequence whose running value is `cur`. */
function unitFits(w: CompiledWords, cur: number, unit: number): boolean {
  const low = cur % 100;
  if (cur === 0) return true;
  if (low === 0) return unit < 100 || cur % 1000 === 0;
  if (low % 10 !== 0) return false;
  return (low >= w.unitsAfterTensFrom && unit < 10) || (w.teensAfter.has(low) && unit >= 10 && unit < 20);
}

/** The running value after a word that multiplies the unit before it ("quatre-vingts"), or undefined. */
function product(w: CompiledWords, cur: number, word: string): number | undefined {
  const p = w.products.get(word);
  const low = cur % 100;
  return p && low > 0 && p.after.includes(low) ? cur - low + low * p.value : undefined;
}

/**
 * Whether "y" / "and" joins `cur`, whose last word is `word`, to the unit word that follows ("treinta y cinco",
 * "vinte e cinco", "two hundred and five", and the old-style Spanish "ciento y treinta").
 */
function joinerFits(w: CompiledWords, cur: number, word: string, unit: number | undefined): boolean {
  if (unit === undefined) return false;
  if (w.joinerAfter === "tens")
    return (
      (cur % 10 === 0 && cur % 100 >= w.joinedTensFrom && (unit < 10 || (w.teensAfter.has(cur % 100) && unit < 20))) ||
      (w.joinAfterWords.has(word) && unit < 100)
    );
  return cur >= 100 && cur % 100 === 0 && unit < 100;
}

/** The value of a unit word, "one" and its Spanish forms included. */
function unitWord(w: CompiledWords, word: string): number | undefined {
  return w.units.get(word) ?? (w.unitOne.has(word) ? 1 : undefined);
}

/** A run of number words read from one token on: its value so far (total + cur), words used, and where it stopped. */
interface WordRun {
  total: number;
  cur: number;
  used: number;
  /** Index of the first token after the run. */
  j: number;
  lastTok: Token;
  /** The run ends in an ordinal joined by a hyphen ("vingt-septième", "twenty-seventh"): a soft mention. */
  ordinal?: boolean;
}

/**
 * The value of an ordinal unit word ("septième", "seventh") hyphenated to the tens before it ("vingt-septième",
 * "twenty-seventh": 27), when it fits them as a unit would; undefined otherwise.
 */
function hyphenOrdinal(scan: MentionScan, prev: Token, k: Token, cur: number): number | undefined {
  const v = scan.w.soft.get(k.lower);
  if (v === undefined || k.start !== prev.end + 1 || scan.text[prev.end] !== "-") return undefined;
  return Number.isInteger(v) && v >= 1 && unitFits(scan.w, cur, v) ? v : undefined;
}

/** A run with the ordinal that ends it, hyphenated ("vingt-septième") or after a joiner ("trente-et-unième"), if any. */
function withOrdinal(scan: MentionScan, run: WordRun): WordRun {
  const { total, cur, used, j, lastTok } = run;
  if (used === 0 || j >= scan.tokens.length) return run;
  const ord = hyphenOrdinal(scan, lastTok, scan.tokens[j], cur);
  if (ord !== undefined) return { total, cur: cur + ord, used: used + 1, j: j + 1, lastTok: scan.tokens[j], ordinal: true };
  const joined = joinedOrdinal(scan, lastTok, j, cur);
  if (joined !== undefined) return { total, cur: cur + joined, used: used + 1, j: j + 2, lastTok: scan.tokens[j + 1], ordinal: true };
  return run;
}

/**
 * The value of an ordinal unit word after a joiner ("trente-et-unième", "vingt et unième": 1 after "trente-et"),
 * when the joiner may stand there and the ordinal fits the tens as a unit would; undefined otherwise.
 */
function joinedOrdinal(scan: MentionScan, prev: Token, j: number, cur: number): number | undefined {
  const { tokens, text, w } = scan;
  const joiner = tokens[j];
  const after = tokens[j + 1];
  if (!after || !w.joiners.has(joiner.lower) || !gapOk(text, prev, joiner) || !gapOk(text, joiner, after)) return undefined;
  const v = w.soft.get(after.lower);
  if (v === undefined || !Number.isInteger(v) || v < 1) return undefined;
  return unitFits(w, cur, v) && joinerFits(w, cur, prev.lower, v) ? v : undefined;
}

/**
 * Reads the number words from token `i` on and adds their mention (or the first word's soft value: "both", "first",
 * "a") to the scan's output; returns the index of the next token to read.
 */
export function wordMention(scan: MentionScan, i: number): number {
  const { tokens, w, out } = scan;
  const t = tokens[i];
  const startTok = t;
  const run = wordRun(scan, i);
  const { total, cur, j, lastTok, ordinal } = run;
  let used = run.used;
  if (used === 1 && scan.w.notAlone.has(startTok.lower)) used = 0; // "ciento" alone is not a number ("cien" is)
  if (used > 0) {
    out.push(wordValueMention(startTok.start, lastTok.end, round(total + cur), !!ordinal));
    return j;
  }
  const softValue = w.soft.get(t.lower) ?? (w.one.has(t.lower) ? 1 : undefined) ?? w.counted.get(t.lower);
  if (softValue !== undefined) {
    out.push({
      start: t.start,
      end: t.end,
      numStart: t.start,
      numEnd: t.end,
      values: [softValue],
      value: softValue,
      base: softValue,
      scale: 1,
      decimals: 0,
      digits: false,
      soft: true,
    });
  }
  return i + 1;
}

/** The number-word run starting at token `i`: units, hundreds, scales, joiners, an article or "one" before a scale. */
function wordRun(scan: MentionScan, i: number): WordRun {
  const { text, tokens, w } = scan;
  const t = tokens[i];
  // Number words: units, hundreds, scales, "y"/"and" joiners, an article or "one" before a scale.
  let total = 0;
  let cur = 0;
  let used = 0;
  let j = i;
  let lastTok = t;
  for (; j < tokens.length; j++) {
    const k = tokens[j];
    if (j > i && !gapOk(text, tokens[j - 1], k)) break;
    const lw = k.lower;
    const next = tokens[j + 1];
    const nextIsScale =
      next && gapOk(text, k, next) && (w.scales.get(next.lower) || w.hundred.has(next.lower) || w.counted.get(next.lower));
    // After tens or hundreds, "one" (un, una, uno) is the unit 1: "twenty-one", "treinta y un", "mil una".
    const unit = used > 0 ? unitWord(w, lw) : w.units.get(lw);
    const counted = w.counted.get(lw);
    const scaleWord = w.scales.get(lw);
    const multiplied = used > 0 ? product(w, cur, lw) : undefined;
    if (unit !== undefined && unitFits(w, cur, unit)) cur += unit;
    else if (multiplied !== undefined) cur = multiplied;
    else if (w.one.has(lw) && nextIsScale && used === 0) cur += 1;
    else if (
      w.halves.has(lw) &&
      used === 0 &&
      next &&
      gapOk(text, k, next) &&
      (w.scales.get(next.lower) || (/^an?$/.test(next.lower) && tokens[j + 2] && w.scales.get(tokens[j + 2].lower)))
    ) {
      cur = 0.5;
      if (/^an?$/.test(next.lower)) j++;
    } else if (w.hundred.has(lw) && used > 0) cur = cur - (cur % 1000) + (cur % 1000 || 1) * 100;
    else if (counted !== undefined && used > 0) cur = (cur || 1) * counted;
    else if (scaleWord === 1000 && used === 0 && w.bareThousand) cur = 1000;
    else if (scaleWord !== undefined && used > 0 && lw.length > 2) {
      const s = scaleWord;
      if (s === 1000) cur = (cur || 1) * s;
      else {
        total = (total + (cur || 1)) * s;
        cur = 0;
      }
    } else if (
      w.joiners.has(lw) &&
      used > 0 &&
      next &&
      gapOk(text, k, next) &&
      joinerFits(w, cur, lastTok.lower, unitWord(w, next.lower))
    ) {
      continue;
    } else break;
    used++;
    lastTok = k;
  }
  return withOrdinal(scan, { total, cur, used, j, lastTok });
}
