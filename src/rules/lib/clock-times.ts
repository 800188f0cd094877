// Clock times named in a text ("a las 10:30", "3 p. m.", "las 15 horas", "0800 GMT", "ten o'clock", "noon"), each
// with the minutes after midnight it may mean: one value when the half of the day is known, two (morning, evening)
// when it is not; and, when a zone follows ("10 a.m. ET"), the offsets from UTC it may have. Words are the
// language pack's (rules/<code>/clock-times.json, number words for the hours).
import { escapeRegExp } from "../../lang/inflect";
import type { ClockTimeData } from "../../lang/language";
import { byLanguage, languageOf } from "../../lang/registry";
import type { Lang } from "../../types";

/** A clock time in a text. */
export interface ClockTime {
  start: number;
  end: number;
  /** Minutes after midnight it may mean. */
  minutes: number[];
  /** Offsets from UTC in hours its zone may have, when the text names one. */
  offsets?: number[];
}

/** A phrase as a regex source: literal, with any spacing between its words. */
const phrasePattern = (w: string) => escapeRegExp(w).replace(/ /g, "\\s*");
const alternation = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join("|");

interface Compiled {
  before: ReadonlySet<string>;
  marker: RegExp;
  zone: RegExp;
  zones: Map<string, number[]>;
  words: RegExp;
  values: Map<string, number[]>;
  hourWords: RegExp;
  /** hourWords and words without their look-behind, not global: found in a part wherever either is (a gate). */
  anyWord: RegExp;
  hours: Map<string, number>;
  data: ClockTimeData;
  /** Minutes as words: number words up to 30 and the pack's parts ("half", "cuarto"). */
  minuteWords: Map<string, number>;
}

/** The number words of the hours 1 to 12 ("one", "diez"), lower case. */
function hourWords(lang: Lang): Map<string, number> {
  const { units, unitOne } = languageOf(lang).numberWords;
  const out = new Map(Object.entries(units).filter(([, n]) => n >= 1 && n <= 12));
  for (const w of unitOne) out.set(w, 1);
  return out;
}

function compile(e: ClockTimeData, lang: Lang): Compiled {
  const hours = hourWords(lang);
  return {
    before: new Set(e.before),
    // regex-safe: an alternation of escaped literals from the pack, anchored, no nested quantifier.
    marker: new RegExp(
      `^\\s*(?:(${alternation(e.am)})|(${alternation(e.pm)})|(${alternation(e.clock)})|(${alternation(e.hours)}))(?![\\p{L}])`,
      "iu",
    ),
    // regex-safe: as above (zones match as written: "ET" but not "et").
    zone: new RegExp(`^\\s*(?:${alternation(Object.keys(e.zones))})(?![\\p{L}])`, "u"),
    zones: new Map(Object.entries(e.zones)),
    // regex-safe: as above.
    words: new RegExp(`(?<![\\p{L}])(?:${alternation(Object.keys(e.words))})(?![\\p{L}])`, "giu"),
    values: new Map(Object.entries(e.words).map(([w, v]) => [w.toLowerCase(), v])),
    // regex-safe: as above.
    hourWords: new RegExp(`(?<![\\p{L}])(?:${alternation([...hours.keys()])})(?![\\p{L}])`, "giu"),
    // regex-safe: as above.
    anyWord: new RegExp(`(?:${alternation([...hours.keys()])}|${alternation(Object.keys(e.words))})(?![\\p{L}])`, "iu"),
    hours,
    data: e,
    minuteWords: new Map([
      ...Object.entries(languageOf(lang).numberWords.units).filter(([, n]) => n >= 1 && n <= 30),
      ...Object.entries(e.minuteParts),
    ]),
  };
}

const COMPILED: Record<Lang, Compiled> = byLanguage((l) => compile(l.clockTimes, l.code));

/** The word expressions of `lang` and their gate, for the test that the gate holds wherever they match. */
export const clockWordExpressions = (lang: Lang) => {
  const { anyWord, hourWords, words } = COMPILED[lang];
  return { anyWord, hourWords, words };
};

/** An hour with optional minutes, not inside a longer number ("14h30", and the French typographic "14 h 30"). */
// regex-safe: fixed-length digit groups, one optional group, no quantifier inside a repetition; safe-regex misreads \p{…}.
const DIGITS = /(?<![\p{L}\p{N}.,:])(\d{1,2})(?:([:.]|[ \u00a0\u202f]?[hH][ \u00a0\u202f]?)(\d{2}))?(?![\p{N}]|[.,:]\d)/gu;
/** Four digits of a 24-hour time without a separator ("0800"): a time only before a zone. */
// regex-safe: fixed-length groups, no repetition.
const HHMM = /(?<![\p{L}\p{N}.,:])([01]\d|2[0-3])([0-5]\d)(?![\p{N}]|[.,:]\d)/gu;
/** The word right before an offset (lower case), or "". */
function wordBefore(text: string, at: number): string {
  return /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1].toLowerCase() ?? "";
}

/** The minutes a time may mean, given its half of the day ("am", "pm") or none. */
function minutesOf(h: number, m: number, half: "am" | "pm" | null): number[] {
  if (h > 24 || m > 59) return [];
  if (half === "am") return h > 12 ? [] : [(h % 12) * 60 + m];
  if (half === "pm") return h > 12 ? [h * 60 + m] : [((h % 12) + 12) * 60 + m];
  if (h === 0 || h === 24) return [m];
  return h > 12 ? [h * 60 + m] : [h * 60 + m, ((h % 12) + 12) * 60 + m].filter((v, i, a) => a.indexOf(v) === i);
}

/** What follows a time at `end` of `part`: its marker ("p. m.", "horas"), then its zone ("GMT"), and where they end. */
interface After {
  half: "am" | "pm" | null;
  /** "clock": a marker that is no duration; "hours": one that may be ("8 horas"); "": none. */
  kind: "half" | "clock" | "hours" | "";
  offsets?: number[];
  end: number;
}

function after(c: Compiled, part: string, end: number): After {
  // A zone right after the time is read first: "hora peninsular" is a zone, not "hora".
  const zoneFirst = c.zone.exec(part.slice(end, end + 24));
  if (zoneFirst)
    return { half: null, kind: "clock", offsets: c.zones.get(zoneFirst[0].trim().replace(/\s+/g, " ")), end: end + zoneFirst[0].length };
  const m = c.marker.exec(part.slice(end, end + 24));
  const out: After = { half: m?.[1] ? "am" : m?.[2] ? "pm" : null, kind: "", end: end + (m?.[0].length ?? 0) };
  if (m) out.kind = m[1] || m[2] ? "half" : m[3] ? "clock" : "hours";
  // "a las 7:30 horas de la tarde": a half of the day after the hours word still tells it.
  const half = out.kind === "hours" ? c.marker.exec(part.slice(out.end, out.end + 24)) : null;
  if (half && (half[1] || half[2])) [out.half, out.end] = [half[1] ? "am" : "pm", out.end + half[0].length];
  const z = c.zone.exec(part.slice(out.end, out.end + 24));
  if (z) {
    out.offsets = c.zones.get(z[0].trim().replace(/\s+/g, " "));
    out.end += z[0].length;
    if (!out.kind) out.kind = "clock";
  }
  return out;
}

/** The clock time of digits `d` of `part`, or null when they are no clock time. */
function digitTime(c: Compiled, part: string, d: RegExpMatchArray, from: number): ClockTime | null {
  const end = d.index! + d[0].length;
  const a = after(c, part, end);
  const colon = d[2] === ":" || d[2]?.trim().toLowerCase() === "h";
  const afterBefore = c.before.has(wordBefore(part, d.index!));
  // A bare hour before "horas" / "hours" is a duration unless a clock word comes before it ("a las 15 horas").
  const byMarker = a.kind === "half" || a.kind === "clock" || (a.kind === "hours" && (afterBefore || !!d[3]));
  if (!colon && !(d[3] && afterBefore) && !byMarker) return null;
  // Minutes before an hours word ("las 7:30 horas", "0730 hours") read on the 24-hour clock: 7:30 is in the morning.
  const h = Number(d[1]);
  const minutes =
    a.kind === "hours" && d[3] && !a.half ? minutesOf(h, Number(d[3]), h >= 12 ? "pm" : "am") : minutesOf(h, Number(d[3] ?? 0), a.half);
  return minutes.length ? { start: from + d.index!, end: from + a.end, minutes, offsets: a.offsets } : null;
}

// regex-safe: two words and the spaces after them, anchored at the end; no nested quantifier.
const TWO_WORDS_BEFORE = /(\p{L}+)\s+(\p{L}+)\s+$/u;
// regex-safe: as above, anchored at the start.
const TWO_WORDS_AFTER = /^\s+(\p{L}+)\s+(\p{L}+)/u;

/**
 * The minutes given before an hour in words ("ten to", "menos diez" reads after it) and where they start in `part`;
 * null when a joiner stands there with minutes the pack does not know.
 */
function minutesBefore(c: Compiled, part: string, start: number): { minutes: number; start: number } | null {
  const b = TWO_WORDS_BEFORE.exec(part.slice(Math.max(0, start - 30), start));
  const joinBefore = b ? c.data.minutesBefore[b[2].toLowerCase()] : undefined;
  if (!b || !joinBefore) return { minutes: 0, start };
  const m = c.minuteWords.get(b[1].toLowerCase());
  // "from two to five": a range, not minutes.
  if (m === undefined || m % 5 || c.data.rangeStarts.includes(wordBefore(part, start - b[0].length))) return null;
  return { minutes: joinBefore * m, start: start - b[0].length };
}

/** The minutes given after an hour in words ("y media", "menos diez") and where they end; null as `minutesBefore`. */
function minutesAfter(c: Compiled, part: string, end: number): { minutes: number; end: number } | null {
  const a = TWO_WORDS_AFTER.exec(part.slice(end, end + 30));
  const joinAfter = a ? c.data.minutesAfter[a[1].toLowerCase()] : undefined;
  if (!a || !joinAfter) return { minutes: 0, end };
  const m = c.minuteWords.get(a[2].toLowerCase());
  if (m === undefined || m % 5) return null;
  return { minutes: joinAfter * m, end: end + a[0].length };
}

/** The clock time of an hour in words `w` ("ten o'clock", "cinco menos diez de la tarde"), or null when it is none. */
function wordTime(c: Compiled, part: string, w: RegExpMatchArray, from: number): ClockTime | null {
  const later = minutesAfter(c, part, w.index! + w[0].length);
  if (!later) return null;
  // A number word is a time only before a marker that is no duration ("ten o'clock", "las cinco de la tarde"): most
  // are none ("una", "two"), so the words before it, which never move where it ends, are read only then.
  const a = after(c, part, later.end);
  if (a.kind !== "half" && a.kind !== "clock") return null;
  const earlier = minutesBefore(c, part, w.index!);
  if (!earlier) return null;
  const hour = c.hours.get(w[0].toLowerCase()) ?? 0;
  const minutes = minutesOf(hour, 0, a.half).map((m) => (m + earlier.minutes + later.minutes + 1440) % 1440);
  return { start: from + earlier.start, end: from + a.end, minutes, offsets: a.offsets };
}

// regex-safe: one character class, no quantifier
const ANY_DIGIT = /\d/;

/**
 * The matches of the global expression `re` in `part`, as `part.matchAll(re)` finds them, without the copy of `re`
 * (and its iterator) that matchAll makes at every call.
 */
function matchesOf(re: RegExp, part: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    out.push(m);
    // (An empty match moves on by one code point, as matchAll does.)
    if (m[0] === "") re.lastIndex = m.index + ((part.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return out;
}

/** Every clock time of text[from, to) in `lang`. */
export function clockTimes(text: string, lang: Lang, from = 0, to = text.length): ClockTime[] {
  const c = COMPILED[lang];
  const part = text.slice(from, to);
  const out: ClockTime[] = [];
  // A part without a digit has no digit time: the two expressions are skipped.
  if (ANY_DIGIT.test(part)) {
    for (const d of matchesOf(DIGITS, part)) {
      const t = digitTime(c, part, d, from);
      if (t) out.push(t);
    }
    for (const d of matchesOf(HHMM, part)) {
      const a = after(c, part, d.index + d[0].length);
      if (a.offsets && !a.half && a.kind === "clock")
        out.push({ start: from + d.index, end: from + a.end, minutes: minutesOf(Number(d[1]), Number(d[2]), null), offsets: a.offsets });
    }
  }
  // The look-behind of hourWords and words is tried at every position of the part: most parts hold neither's words.
  if (c.anyWord.test(part)) {
    for (const w of matchesOf(c.hourWords, part)) {
      const t = wordTime(c, part, w, from);
      if (t) out.push(t);
    }
    for (const w of matchesOf(c.words, part)) {
      out.push({ start: from + w.index, end: from + w.index + w[0].length, minutes: c.values.get(w[0].toLowerCase()) ?? [] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when two clock times may mean the same moment (compared in UTC when both name a zone). */
export function sameTime(a: ClockTime, b: ClockTime): boolean {
  if (!a.offsets || !b.offsets) return a.minutes.some((m) => b.minutes.includes(m));
  const utc = (t: ClockTime) => t.minutes.flatMap((m) => t.offsets!.map((o) => (((m - 60 * o) % 1440) + 1440) % 1440));
  const theirs = utc(b);
  return utc(a).some((m) => theirs.includes(m));
}
