// Planted kind: a clock time of the target sentence changed ("10:30" -> "12:30", "8 p.m." -> "8 a.m."), where the
// aligned source sentence gives a time too; or a time zone ("GMT" -> "EST") or a moment in words ("noon" ->
// "midnight") changed where the source has one too. The generator's patterns are its own.
import type { Lang } from "../../../src/types";
import type { BuiltSide } from "../corpus";
import { splice, type Plant } from "./kinds";

/** A time with a colon, or an hour with a.m./p.m. (either language writes them alike). */
const TIME = /(?<![\d.,:])(\d{1,2})(:\d{2}|\.\d{2}(?=\s*(?:[ap]\.?\s?m\.|horas|h\b)))?(\s*[ap]\.?\s?m\.)?(?![\d]|[:.]\d)/gu;
const SOURCE_TIME = /\d{1,2}[:.]\d{2}|\d\s*[ap]\.?\s?m\.|\d\s*horas|mediod[ií]a|noon|midnight|medianoche/iu;
/** A zone after a time, and a zone hours away from it. */
const ZONE = /(?<=\d\s?(?:[ap]\.\s?m\.\s)?)(GMT|UTC|CET|ET|EST)\b/u;
const OTHER_ZONE: Record<string, string> = { GMT: "EST", UTC: "EST", CET: "EST", ET: "GMT", EST: "GMT" };
/** Moments named in words, and their opposites. */
const MOMENT = /\b(noon|midnight|midday|mediod[ií]a|medianoche)\b/iu;
const OPPOSITE: Record<string, string> = {
  noon: "midnight",
  midday: "midnight",
  midnight: "noon",
  mediodía: "medianoche",
  mediodia: "medianoche",
  medianoche: "mediodía",
};

/** Changes a time zone or a moment in words of the target sentence (from `ts`), where the source has one too. */
function plantZoneOrWord(s: string, t: string, text: string, ts: number): Plant | undefined {
  for (const [re, swap, sub] of [
    [ZONE, OTHER_ZONE, "zone changed"],
    [MOMENT, OPPOSITE, "moment in words changed"],
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
export function plantClockChange(src: BuiltSide, tgt: BuiltSide, k: number, _from: Lang, _to: Lang): Plant | undefined {
  const [ss, se] = src.segments[k];
  const [ts, te] = tgt.segments[k];
  if (!SOURCE_TIME.test(src.text.slice(ss, se))) return undefined;
  const t = tgt.text.slice(ts, te);
  const special = plantZoneOrWord(src.text.slice(ss, se), t, tgt.text, ts);
  if (special) return special;
  for (const m of t.matchAll(TIME)) {
    if (!m[2] && !m[3]) continue;
    if (m[2]?.startsWith(":") && Number(m[2].slice(1)) > 59) continue;
    const h = Number(m[1]);
    if (h > 23) continue;
    let by: string;
    if (m[3]) by = `${m[1]}${m[2] ?? ""}${m[3].replace(/([ap])/i, (c) => (c.toLowerCase() === "a" ? "p" : "a"))}`;
    else by = `${(h + 2) % 24}${m[2]}`;
    const start = ts + m.index;
    return {
      target: splice(tgt.text, start, start + m[0].length, by),
      at: [start, start + by.length],
      sub: m[3] ? "a.m./p.m. swapped" : "hour moved",
    };
  }
  return undefined;
}
