// Planted kind: a clock time of the target sentence changed ("10:30" -> "12:30", "8 p.m." -> "8 a.m."), where the
// aligned source sentence gives a time too; or a time zone ("GMT" -> "EST") or a moment in words ("noon" ->
// "midnight") changed where the source has one too. The patterns are its own; hour and moment words of languages
// other than es/en come from ./lexicon (the packs' clock times).
import type { Lang } from "../../../src/types";
import type { BuiltSide } from "../corpus";
import { splice, type Plant } from "./kinds";
import { esc, lexicon } from "./lexicon";

/** A time with a colon, or an hour with a.m./p.m. (either language writes them alike). */
const TIME = /(?<![\d.,:])(\d{1,2})(:\d{2}|\.\d{2}(?=\s*(?:[ap]\.?\s?m\.|horas|h\b)))?(\s*[ap]\.?\s?m\.)?(?![\d]|[:.]\d)/gu;
const SOURCE_TIME = /\d{1,2}[:.]\d{2}|\d\s*[ap]\.?\s?m\.|\d\s*horas|mediod[ií]a|noon|midnight|medianoche/iu;
/** A zone after a time, and a zone hours away from it. */
const ZONE = /(?<=\d\s?(?:[ap]\.\s?m\.\s)?)(GMT|UTC|CET|ET|EST)\b/u;
const OTHER_ZONE: Record<string, string> = { GMT: "EST", UTC: "EST", CET: "EST", ET: "GMT", EST: "GMT" };

const alternatives = (words: string[]) => words.map(esc).join("|");

/** A language's times (pack languages add "18h30" and a bare hour before an hour word, "18 Uhr", in group 4). */
function timeIn(lang: Lang): RegExp {
  const lex = lexicon(lang);
  if (!lex.bareHour) return TIME;
  const hw = `(?:${alternatives(lex.hourWords)})(?![\\p{L}])`;
  return new RegExp(
    `(?<![\\d.,:])(\\d{1,2})(:\\d{2}|\\s?h\\s?\\d{2}|\\.\\d{2}(?=\\s*${hw}))?(\\s*[ap]\\.?\\s?m\\.)?(?![\\d]|[:.]\\d)(?=(\\s*${hw})?)`,
    "gu",
  );
}

/** Whether a source sentence gives a time (pack languages add "18h30", an hour before an hour word, moments). */
function sourceHasTime(s: string, lang: Lang): boolean {
  if (SOURCE_TIME.test(s)) return true;
  const lex = lexicon(lang);
  if (!lex.bareHour) return false;
  const hours = `\\d\\s*h\\s?\\d{2}|\\d\\s*(?:${alternatives(lex.hourWords)})(?![\\p{L}])`;
  const named = Object.keys(lex.moments).length ? `|(?<![\\p{L}])(?:${alternatives(Object.keys(lex.moments))})(?![\\p{L}])` : "";
  return new RegExp(hours + named, "iu").test(s);
}

/** Moments named in words in either language, and their opposites ("noon" -> "midnight"). */
function moments(from: Lang, to: Lang): { re: RegExp; swap: Record<string, string> } {
  const swap = { ...lexicon(from).moments, ...lexicon(to).moments };
  return { re: new RegExp(`\\b(${Object.keys(swap).map(esc).join("|")})\\b`, "iu"), swap };
}

/** Changes a time zone or a moment in words of the target sentence (from `ts`), where the source has one too. */
function plantZoneOrWord(s: string, t: string, text: string, ts: number, from: Lang, to: Lang): Plant | undefined {
  const moment = moments(from, to);
  for (const [re, swap, sub] of [
    [ZONE, OTHER_ZONE, "zone changed"],
    [moment.re, moment.swap, "moment in words changed"],
  ] as const) {
    const m = re.exec(t);
    if (!m || !re.test(s)) continue;
    const by = (swap as Record<string, string>)[m[1].toLowerCase()] ?? (swap as Record<string, string>)[m[1]];
    if (!by) continue;
    const start = ts + m.index;
    return { target: splice(text, start, start + m[0].length, by), at: [start, start + by.length], sub };
  }
  return undefined;
}

/** Changes the first time of target segment k: swaps a.m./p.m., else moves the hour on by two. */
export function plantClockChange(src: BuiltSide, tgt: BuiltSide, k: number, from: Lang, to: Lang): Plant | undefined {
  const [ss, se] = src.segments[k];
  const [ts, te] = tgt.segments[k];
  if (!sourceHasTime(src.text.slice(ss, se), from)) return undefined;
  const t = tgt.text.slice(ts, te);
  const special = plantZoneOrWord(src.text.slice(ss, se), t, tgt.text, ts, from, to);
  if (special) return special;
  for (const m of t.matchAll(timeIn(to))) {
    if (!m[2] && !m[3] && !m[4]) continue;
    if (m[2]?.startsWith(":") && Number(m[2].slice(1)) > 59) continue;
    const h = Number(m[1]);
    if (h > 23) continue;
    let by: string;
    if (m[3]) by = `${m[1]}${m[2] ?? ""}${m[3].replace(/([ap])/i, (c) => (c.toLowerCase() === "a" ? "p" : "a"))}`;
    else by = `${(h + 2) % 24}${m[2] ?? ""}`;
    const start = ts + m.index;
    return {
      target: splice(tgt.text, start, start + m[0].length, by),
      at: [start, start + by.length],
      sub: m[3] ? "a.m./p.m. swapped" : "hour moved",
    };
  }
  return undefined;
}
