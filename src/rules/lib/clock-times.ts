// Clock times named in a text ("a las 10:30", "3 p. m.", "las 15 horas", "noon"), each with the minutes after
// midnight it may mean: one value when the half of the day is known, two (morning, evening) when it is not.
import table from "../../../rules/clock-times.json";
import type { Lang } from "../../types";

/** A clock time in a text. */
export interface ClockTime {
  start: number;
  end: number;
  /** Minutes after midnight it may mean. */
  minutes: number[];
}

interface Entry {
  before: string[];
  am: string[];
  pm: string[];
  clock: string[];
  words: Record<string, number[]>;
}
const ENTRIES = table as unknown as Record<Lang, Entry>;

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s*");
const alternation = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join("|");

interface Compiled {
  before: ReadonlySet<string>;
  marker: RegExp;
  words: RegExp;
  values: Map<string, number[]>;
}

function compile(e: Entry): Compiled {
  return {
    before: new Set(e.before),
    // regex-safe: an alternation of escaped literals from rules/clock-times.json, anchored, no nested quantifier.
    marker: new RegExp(`^\\s*(?:(${alternation(e.am)})|(${alternation(e.pm)})|(${alternation(e.clock)}))(?![\\p{L}])`, "iu"),
    // regex-safe: as above.
    words: new RegExp(`(?<![\\p{L}])(?:${alternation(Object.keys(e.words))})(?![\\p{L}])`, "giu"),
    values: new Map(Object.entries(e.words).map(([w, v]) => [w.toLowerCase(), v])),
  };
}

const COMPILED = new Map<string, Compiled>();
function compiled(lang: Lang): Compiled | undefined {
  if (!ENTRIES[lang] || lang.startsWith("_")) return undefined;
  let c = COMPILED.get(lang);
  if (!c) COMPILED.set(lang, (c = compile(ENTRIES[lang])));
  return c;
}

/** An hour with optional minutes, not inside a longer number. */
// regex-safe: fixed-length digit groups, one optional group, no quantifier inside a repetition; safe-regex misreads \p{…}.
const DIGITS = /(?<![\p{L}\p{N}.,:])(\d{1,2})(?:([:.h])(\d{2}))?(?![\p{N}]|[.,:]\d)/gu;
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

/** Every clock time of text[from, to) in `lang` (none for a language the table does not have). */
export function clockTimes(text: string, lang: Lang, from = 0, to = text.length): ClockTime[] {
  const c = compiled(lang);
  if (!c) return [];
  const part = text.slice(from, to);
  const out: ClockTime[] = [];
  for (const d of part.matchAll(DIGITS)) {
    const end = d.index + d[0].length;
    const marker = c.marker.exec(part.slice(end, end + 24));
    const colon = d[2] === ":" || d[2] === "h";
    const after = !!d[3] && c.before.has(wordBefore(part, d.index));
    // A bare hour before "horas" / "hours" is a duration unless a clock word comes before it ("a las 15 horas").
    const clockOnly = !!marker?.[3] && !d[3] && !c.before.has(wordBefore(part, d.index));
    if ((!marker || clockOnly) && !colon && !after) continue;
    const half = marker?.[1] ? "am" : marker?.[2] ? "pm" : null;
    const minutes = minutesOf(Number(d[1]), Number(d[3] ?? 0), half);
    if (minutes.length) out.push({ start: from + d.index, end: from + end + (marker?.[0].length ?? 0), minutes });
  }
  c.words.lastIndex = 0;
  for (const w of part.matchAll(c.words)) {
    out.push({ start: from + w.index, end: from + w.index + w[0].length, minutes: c.values.get(w[0].toLowerCase()) ?? [] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when two clock times may mean the same moment. */
export function sameTime(a: ClockTime, b: ClockTime): boolean {
  return a.minutes.some((m) => b.minutes.includes(m));
}
