import type { Lang } from "../../types";
import { AsciiWordSet, NOT_ASCII } from "../../fast/word-set";
import { isLetterAt } from "../../fast/unit-class";
import type { NumberWordData } from "../../lang/language";
import { byLanguage, languageOf, supportedLanguages } from "../../lang/registry";

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

/** A language's number words as rules/<code>/number-words.json holds them. */
type WordTable = NumberWordData;

/** A language's number words compiled into Maps and Sets once. */
interface CompiledWords {
  units: Map<string, number>;
  scales: Map<string, number>;
  counted: Map<string, number>;
  soft: Map<string, number>;
  one: Set<string>;
  hundred: Set<string>;
  joiners: Set<string>;
  halves: Set<string>;
  unitOne: Set<string>;
  notAlone: Set<string>;
  /** Last word of a two-word percent phrase and the word before it ("ciento" after "por"). */
  percentTail: Map<string, string>;
  /** Where a joiner may stand, and after which words it takes any number below a hundred. */
  joinerAfter: "tens" | "hundreds";
  joinAfterWords: Set<string>;
  bareThousand: boolean;
  /** Every word that can start or continue a number: anything else is skipped at once. */
  any: Set<string>;
  /** `any` as a set that looks up the ASCII words of a text without slicing them. */
  anyAscii: AsciiWordSet;
  /** First two letters of those words, and the longest one's length: a cheap first filter. */
  prefixes: Set<string>;
  /** The same prefixes when ASCII, as a table indexed by first code * 128 + second code (0 for a one-letter word). */
  asciiPrefixes: Uint8Array;
  longest: number;
}

function compile(w: WordTable): CompiledWords {
  const m = (r: Record<string, number>) => new Map(Object.entries(r));
  const c: CompiledWords = {
    units: m(w.units), scales: m(w.scales), counted: m(w.counted), soft: m(w.soft),
    one: new Set(w.one), hundred: new Set(w.hundred), joiners: new Set(w.joiners), any: new Set(), anyAscii: new AsciiWordSet([]),
    halves: new Set(w.halves), unitOne: new Set(w.unitOne), notAlone: new Set(w.notAlone), percentTail: percentTails(w),
    joinerAfter: w.joinerAfter, joinAfterWords: new Set(w.joinAfterWords ?? []), bareThousand: w.bareThousand,
    prefixes: new Set(), asciiPrefixes: new Uint8Array(128 * 128), longest: 0,
  };
  for (const k of [...c.units.keys(), ...c.scales.keys(), ...c.counted.keys(), ...c.soft.keys(), ...c.one, ...c.hundred]) c.any.add(k);
  for (const k of [...c.halves, ...c.percentTail.values(), ...c.joiners]) c.any.add(k);
  c.anyAscii = new AsciiWordSet(c.any);
  for (const k of c.any) {
    const prefix = k.slice(0, 2);
    c.prefixes.add(prefix);
    if (/^[\x00-\x7f]+$/.test(prefix)) c.asciiPrefixes[prefix.charCodeAt(0) * 128 + (prefix.length > 1 ? prefix.charCodeAt(1) : 0)] = 1;
    c.longest = Math.max(c.longest, k.length);
  }
  return c;
}

/**
 * Two-word percent phrases whose last word is also a number word ("por ciento"), as last word → first word: that
 * word is then no number. ("per cent" is not one: "cent" is no number word.)
 */
function percentTails(w: WordTable): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of w.percent) {
    const words = p.split(" ");
    if (words.length === 2 && Object.hasOwn(w.units, words[1])) out.set(words[1], words[0]);
  }
  return out;
}

const WORDS: Record<Lang, CompiledWords> = byLanguage((l) => compile(l.numberWords));
// regex-safe: each group is exactly three digits after a mandatory space; sticky, anchored at one offset
const SPACED_THOUSANDS = /\p{N}{1,3}(?:[ \u00a0\u202f]\p{N}{3})+(?:[.,]\p{N}{1,2}(?![\p{N}]))?(?![\p{N}]|[.,]\p{N})/uy;
// regex-safe: anchored; each repetition must start with a separator the digit class cannot match
const NUMERIC = /^(\p{N}+(?:[.,: \u00a0\u202f]\p{N}+)*)([\p{L}ºª°]*)$/u;
const PM_AFTER = /^\s*(?:p\.\s?m\.?|pm\b)/i;
const ROMAN_NUMERAL = /\b([IVXLC]{2,7})\b/g;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const SHORT_YEAR_BEFORE = /(?:['’]|\bdel\s|\ba[ñn]o\s|\ba[ñn]os\s|\d{4}\s*(?:y|a|al|-|–|and|to)\s*)$/i;
/** Every language's regex fragments of one kind joined as alternatives (a text may quote another language). */
function anyLanguage(kind: "imperialUnits" | "metricUnits" | "compoundNouns"): string {
  return supportedLanguages().flatMap((l) => l.numberWords[kind]).join("|") || "(?!)";
}
// regex-safe: alternations of unit words from rules/<code>/number-words.json after a bounded prefix
/** Imperial units: a number next to them is a conversion of a metric source number, not a copy of it. */
const IMPERIAL_AFTER = new RegExp(`^[\\s-]*(?:${anyLanguage("imperialUnits")})`, "i");
/** Metric units: a number next to them may have been converted to imperial units in the translation. */
const METRIC_AFTER = new RegExp(`^[\\s-]*(?:${anyLanguage("metricUnits")})`, "i");
/** Compound adjectives ("12-month", "50-year-old") that often render a Spanish word without a number. */
const COMPOUND_AFTER = new RegExp(`^-(?:${anyLanguage("compoundNouns")})s?\\b`, "i");
/** Two number tokens that write one decimal with a stray space or a prime ("68, 78", "20''53"). */
const SPLIT_DECIMAL = /^(?:,\s|''|'|’’|″)$/;

interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** A letter (for the character before a number: "G20" is a code). */
const LETTER = /\p{L}/u;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/**
 * A number character. (Patterns with Unicode properties are module constants: some transpilers, tsx among them,
 * rewrite such a literal into a RegExp constructor call, which inside a function would run on every evaluation.)
 */
const NUMBER_CHAR = /\p{N}/u;
/** ASCII lower case of a unit code (other codes unchanged). */
const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Whether the word text[i, j) starts with the prefix of some number word (ASCII by code, else by string). */
function hasNumberPrefix(text: string, i: number, j: number, words: CompiledWords): boolean {
  const c0 = text.charCodeAt(i);
  const c1 = j - i > 1 ? text.charCodeAt(i + 1) : 0;
  if (c0 < 128 && c1 < 128) return words.asciiPrefixes[asciiLower(c0) * 128 + asciiLower(c1)] === 1;
  return words.prefixes.has(text.slice(i, Math.min(j, i + 2)).toLowerCase());
}

/** Splits text into number tokens and the words that can be part of a number (a hand-written scanner: no match arrays). */
function tokenize(text: string, start: number, end: number, lang: Lang): Token[] {
  const out: Token[] = [];
  const words = WORDS[lang];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // Spaces, controls and ASCII punctuation below "0" start no token.
    if (c < 48) {
      i++;
      continue;
    }
    if (isDigitCode(c)) {
      // digits, then (separator digits)*, then letters or ordinal marks ("26th", "1º", "5km")
      let j = i + 1;
      while (j < end && isDigitCode(text.charCodeAt(j))) j++;
      for (;;) {
        const sep = text.charCodeAt(j);
        if (j + 1 < end && (sep === 46 || sep === 44 || sep === 58) && isDigitCode(text.charCodeAt(j + 1))) {
          j += 2;
          while (j < end && isDigitCode(text.charCodeAt(j))) j++;
        } else break;
      }
      while (j < end && (isLetterAt(text, j) || text[j] === "º" || text[j] === "ª" || text[j] === "°")) j++;
      SPACED_THOUSANDS.lastIndex = i;
      const sm = SPACED_THOUSANDS.exec(text);
      if (sm && i + sm[0].length <= end && i + sm[0].length > j) j = i + sm[0].length;
      const t = text.slice(i, j);
      out.push({ start: i, end: j, text: t, lower: t.toLowerCase() });
      i = j;
      continue;
    }
    if (c < 128 ? ((c | 32) - 97) >>> 0 < 26 : isLetterAt(text, i)) {
      // (an ASCII unit is a letter when, lower-cased by setting bit 5, it falls in a-z)
      let j = i + 1;
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (d < 128 ? ((d | 32) - 97) >>> 0 >= 26 : !isLetterAt(text, j)) break;
      }
      // Words that can take no part in a number are left out: a gap check between kept tokens then fails on them.
      if (j - i <= words.longest && hasNumberPrefix(text, i, j, words)) {
        // ASCII words are looked up in place (their lower case is the member found); others are sliced.
        const found = words.anyAscii.find(text, i, j);
        if (found === NOT_ASCII) {
          const t = text.slice(i, j);
          const lower = t.toLowerCase();
          if (words.any.has(lower)) out.push({ start: i, end: j, text: t, lower });
        } else if (found !== undefined) out.push({ start: i, end: j, text: text.slice(i, j), lower: found });
      }
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/** True when `s` is one or more ASCII digits and nothing else. */
function isAsciiDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Candidate values of a digit string such as "800.000", "3,1", "1,234.5", "10:30", "800 000". */
export function parseDigits(raw: string, lang: Lang): { values: number[]; value: number; decimals: number } | null {
  // The commonest case, plain ASCII digits ("2009", "15"), is the last line below reached without a pattern.
  if (isAsciiDigits(raw)) return { values: [Number(raw)], value: Number(raw), decimals: 0 };
  const s = raw.replace(/[ \u00a0\u202f]/g, "");
  if (s.includes(":")) {
    const m = /^(\d{1,2}):(\d{2})$/.exec(s);
    if (!m) return null;
    const v = Number(`${m[1]}.${m[2]}`);
    // The same clock time on a 12- and a 24-hour clock: 11:45 and 23:45.
    const h = Number(m[1]);
    const other = h <= 12 ? Number(`${h + 12}.${m[2]}`) : Number(`${h - 12}.${m[2]}`);
    return { values: [v, other], value: v, decimals: 2 };
  }
  // regex-safe: anchored; each repetition starts with a separator the digit class cannot match
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null;
  const groups = s.split(/[.,]/);
  const seps = s.replace(/\d/g, "");
  if (seps.length === 0) return { values: [Number(s)], value: Number(s), decimals: 0 };
  const rest = groups.slice(1);
  if (seps.length === 1) {
    const [a, b] = groups;
    const dec = Number(`${a}.${b}`);
    if (b.length !== 3) return { values: [dec], value: dec, decimals: b.length };
    const thou = Number(a + b);
    const own = seps === languageOf(lang).numberFormat.group ? thou : dec;
    return { values: [thou, dec], value: own, decimals: own === dec ? 3 : 0 };
  }
  const same = new Set(seps).size === 1;
  if (same) {
    if (!rest.every((g) => g.length === 3) || groups[0].length > 3) return null;
    return { values: [Number(groups.join(""))], value: Number(groups.join("")), decimals: 0 };
  }
  const last = seps[seps.length - 1];
  const head = seps.slice(0, -1);
  if (new Set(head).size !== 1 || head[0] === last) return null;
  if (!rest.slice(0, -1).every((g) => g.length === 3) || groups[0].length > 3) return null;
  const intPart = groups.slice(0, -1).join("");
  const frac = groups[groups.length - 1];
  const v = Number(`${intPart}.${frac}`);
  return { values: [v], value: v, decimals: frac.length };
}

function romanValue(r: string): number {
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN[r[i]];
    const next = ROMAN[r[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Whether a unit word may continue a number word sequence whose running value is `cur`. */
function unitFits(cur: number, unit: number): boolean {
  const low = cur % 100;
  if (cur === 0) return true;
  if (low === 0) return unit < 100 || cur % 1000 === 0;
  return low % 10 === 0 && low >= 20 && unit < 10;
}

/**
 * Whether "y" / "and" joins `cur`, whose last word is `word`, to the unit word that follows ("treinta y cinco",
 * "two hundred and five", and the old-style Spanish "ciento y treinta").
 */
function joinerFits(w: CompiledWords, cur: number, word: string, unit: number | undefined): boolean {
  if (unit === undefined) return false;
  if (w.joinerAfter === "tens") return (cur % 10 === 0 && cur % 100 >= 30 && unit < 10) || (w.joinAfterWords.has(word) && unit < 100);
  return cur >= 100 && cur % 100 === 0 && unit < 100;
}

/** The value of a unit word, "one" and its Spanish forms included. */
function unitWord(w: CompiledWords, word: string): number | undefined {
  return w.units.get(word) ?? (w.unitOne.has(word) ? 1 : undefined);
}

/** `v` to 12 significant digits; integers below 10^12 are already exact (toPrecision is slow), -0 becomes 0 as there. */
const round = (v: number) => (Number.isInteger(v) && Math.abs(v) < 1e12 ? v + 0 : Number(v.toPrecision(12)));

/** Finds every number in text[start, end) under the conventions of `lang`. */
/** Whether only spaces, hyphens or one line break (at most three units) separate two tokens. */
function gapOk(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 3) return false;
  for (let x = a.end; x < b.start; x++) {
    const ch = text.charCodeAt(x);
    if (ch !== 32 && ch !== 45 && ch !== 160 && ch !== 9 && ch !== 10 && ch !== 0x202f) return false;
  }
  return true;
}

/** The scale of token `i` ("millones") when it directly follows `prev`, else 0. */
function scaleAt(text: string, tokens: Token[], w: CompiledWords, i: number, prev: Token): number {
  const t = tokens[i];
  return t && gapOk(text, prev, t) ? w.scales.get(t.lower) ?? 0 : 0;
}

export function extractNumbers(text: string, lang: Lang, start = 0, end = text.length): NumberMention[] {
  const w = WORDS[lang];
  const tokens = tokenize(text, start, end, lang);
  const out: NumberMention[] = [];

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const c0 = t.text.charCodeAt(0);
    if (!(c0 >= 48 && c0 <= 57) && !w.any.has(t.lower)) {
      i++;
      continue;
    }
    // (A token of ASCII digits alone matches NUMERIC as itself with no suffix: no pattern needed.)
    const numeric = isAsciiDigits(t.text) ? [t.text, t.text, ""] : NUMERIC.exec(t.text);
    if (numeric) {
      const before = text[t.start - 1] ?? "";
      const before2 = text[t.start - 2] ?? "";
      const code = LETTER.test(before) || (/[-\/]/.test(before) && LETTER.test(before2)) || /[.,]/.test(before) && NUMBER_CHAR.test(before2);
      const parsed = code ? null : parseDigits(numeric[1], lang);
      i++;
      if (!parsed) {
        // A dotted or slashed date ("28.8.09"): its parts may absorb a day, month or year of the other side.
        if (!code && /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(numeric[1])) {
          for (const g of numeric[1].split(/[./]/)) {
            const v = Number(g);
            const vs = g.length === 2 && v >= 0 ? [v, 2000 + v, 1900 + v] : [v];
            out.push({ start: t.start, end: t.end, numStart: t.start, numEnd: t.end, values: vs, value: v, base: v, scale: 1, decimals: 0, digits: true, soft: true });
          }
        }
        continue;
      }
      const suffix = numeric[2].toLowerCase();
      let values = parsed.values.slice();
      let scale = 1;
      let last = t;
      const suffixScale = suffix ? w.scales.get(suffix) : undefined;
      if (suffixScale) scale = suffixScale;
      if (suffix === "s" && /^\d{2,4}$/.test(numeric[1])) {
        const v = Number(numeric[1]);
        if (v < 100) values.push(1900 + v);
        else if (v >= 1900 && v < 2100 && v % 10 === 0) values.push(v % 100);
      }
      const numEnd = t.start + numeric[1].length;
      for (let s = scaleAt(text, tokens, w, i, last); s; s = scaleAt(text, tokens, w, i, last)) {
        scale *= s;
        last = tokens[i];
        i++;
      }
      if (/^\s+y\s+medi[oa]\b|^\s+and\s+a\s+half\b/i.test(text.slice(last.end, last.end + 14)) && scale > 1) {
        values.push(round((parsed.value + 0.5) * scale));
      }
      if (scale !== 1) values = values.concat(values.map((v) => round(v * scale)));
      if (/^\d{2}$/.test(numeric[1]) && SHORT_YEAR_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) {
        values.push(1900 + parsed.value, 2000 + parsed.value);
      }
      if ((suffix === "pm" || PM_AFTER.test(text.slice(last.end, last.end + 8))) && parsed.value < 12) {
        values.push(round(parsed.value + 12));
      }
      const after = suffix && !w.scales.has(suffix) ? numeric[2] : text.slice(last.end, last.end + 24);
      const unit = IMPERIAL_AFTER.test(after) ? "imperial" : METRIC_AFTER.test(after) ? "metric" : undefined;
      const soft = unit === "imperial" || COMPOUND_AFTER.test(after);
      out.push({
        start: t.start, end: last.end, numStart: t.start, numEnd,
        values: distinct(values), value: round(parsed.value * scale), base: parsed.value, scale,
        decimals: parsed.decimals, digits: true, soft, unit,
      });
      // "68, 78" may be one decimal written with a stray space: offer 68.78 as a soft reading of the pair.
      const next = tokens[i];
      if (scale === 1 && next && /^\d{1,2}$/.test(next.text) && /^\d+$/.test(numeric[1]) && SPLIT_DECIMAL.test(text.slice(t.end, next.start))) {
        const v = Number(`${numeric[1]}.${next.text}`);
        out.push({ start: t.start, end: next.end, numStart: t.start, numEnd: next.end, values: [v], value: v, base: v, scale: 1, decimals: next.text.length, digits: true, soft: true, parts: 2 });
      }
      continue;
    }
    const tail = w.percentTail.get(t.lower);
    if (tail !== undefined && tokens[i - 1]?.lower === tail) {
      i++;
      continue;
    }
    // Number words: units, hundreds, scales, "y"/"and" joiners, an article or "one" before a scale.
    const startTok = t;
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
      const nextIsScale = next && gapOk(text, k, next) && (w.scales.get(next.lower) || w.hundred.has(next.lower) || w.counted.get(next.lower));
      // After tens or hundreds, "one" (un, una, uno) is the unit 1: "twenty-one", "treinta y un", "mil una".
      const unit = used > 0 ? unitWord(w, lw) : w.units.get(lw);
      const counted = w.counted.get(lw);
      const scaleWord = w.scales.get(lw);
      if (unit !== undefined && unitFits(cur, unit)) cur += unit;
      else if (w.one.has(lw) && nextIsScale && used === 0) cur += 1;
      else if (w.halves.has(lw) && used === 0 && next && gapOk(text, k, next) && (w.scales.get(next.lower) || (/^an?$/.test(next.lower) && tokens[j + 2] && w.scales.get(tokens[j + 2].lower)))) {
        cur = 0.5;
        if (/^an?$/.test(next.lower)) j++;
      }
      else if (w.hundred.has(lw) && used > 0) cur = cur - (cur % 1000) + ((cur % 1000) || 1) * 100;
      else if (counted !== undefined && used > 0) cur = (cur || 1) * counted;
      else if (scaleWord === 1000 && used === 0 && w.bareThousand) cur = 1000;
      else if (scaleWord !== undefined && used > 0 && lw.length > 2) {
        const s = scaleWord;
        if (s === 1000) cur = (cur || 1) * s;
        else { total = (total + (cur || 1)) * s; cur = 0; }
      } else if (w.joiners.has(lw) && used > 0 && next && gapOk(text, k, next) &&
        joinerFits(w, cur, lastTok.lower, unitWord(w, next.lower))) {
        continue;
      } else break;
      used++;
      lastTok = k;
    }
    if (used === 1 && w.notAlone.has(startTok.lower)) used = 0; // "ciento" alone is not a number ("cien" is)
    if (used > 0) {
      const v = round(total + cur);
      out.push({
        start: startTok.start, end: lastTok.end, numStart: startTok.start, numEnd: lastTok.end,
        values: [v], value: v, base: v, scale: 1, decimals: 0, digits: false, soft: false,
      });
      i = j;
      continue;
    }
    const softValue = w.soft.get(t.lower) ?? (w.one.has(t.lower) ? 1 : undefined) ?? w.counted.get(t.lower);
    if (softValue !== undefined) {
      out.push({
        start: t.start, end: t.end, numStart: t.start, numEnd: t.end,
        values: [softValue], value: softValue, base: softValue, scale: 1, decimals: 0, digits: false, soft: true,
      });
    }
    i++;
  }
  // Roman numerals ("distrito XXII", "siglo XX") may only absorb a match.
  // Search the segment alone: a rare pattern searched in the whole text would scan far past `end`.
  const slice = text.slice(start, end);
  const re = ROMAN_NUMERAL;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const v = romanValue(m[1]);
    const at = start + m.index;
    out.push({ start: at, end: at + m[1].length, numStart: at, numEnd: at + m[1].length, values: [v], value: v, base: v, scale: 1, decimals: 0, digits: false, soft: true });
  }
  // Mentions are mostly found in order already: sorting (which copies the array) only when they are not.
  for (let k = 1; k < out.length; k++) {
    if (byPosition(out[k - 1], out[k]) > 0) {
      out.sort(byPosition);
      break;
    }
  }
  return out;
}

/** Mentions by start, the longer first. */
const byPosition = (a: NumberMention, b: NumberMention) => a.start - b.start || b.end - a.end;

/** The values without repeats, in order of first occurrence (as `[...new Set(values)]`, without the Set). */
function distinct(values: number[]): number[] {
  const out: number[] = [];
  for (const v of values) if (!out.includes(v)) out.push(v);
  return out;
}

/** True when two mentions can denote the same quantity (any candidate equal, or equal after rounding to the coarser precision). */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  for (const x of a.values) {
    for (const y of b.values) {
      if (x === y) return true;
      const d = Math.min(a.decimals, b.decimals);
      if (d >= 1 && a.decimals !== b.decimals && round(Number(x.toFixed(d))) === round(Number(y.toFixed(d)))) return true;
      // A decimal rounded to a whole number ("8,3" -> "8") is a common, harmless simplification.
      if (d === 0 && a.decimals !== b.decimals && a.digits && b.digits && Math.round(x) === Math.round(y) && Math.abs(x - y) < 0.5) return true;
      if (x >= 1e6 && y >= 1e6 && Math.abs(x - y) / Math.max(x, y) < 0.01) return true;
    }
  }
  return false;
}

/** Formats a value in the conventions of `lang` (CLDR: grouping from 10,000 in Spanish and 1,000 in English). */
export function formatNumber(value: number, lang: Lang, decimals = 0, groupFrom = languageOf(lang).numberFormat.groupFrom): string {
  const [intPart, frac] = value.toFixed(decimals).split(".");
  const { group, decimal: dec } = languageOf(lang).numberFormat;
  // regex-safe: fixed three-digit groups on a short digit string (a number formatted for output)
  const grouped = Math.abs(value) >= groupFrom ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group) : intPart;
  return frac ? `${grouped}${dec}${frac}` : grouped;
}
