// Planted kind: a clock time of the target sentence changed ("10:30" -> "12:30", "8 p.m." -> "8 a.m."), where the
// aligned source sentence gives a time too. The generator's patterns are its own.
import type { Lang } from "../../../src/types";
import type { BuiltSide } from "../corpus";
import { splice, type Plant } from "./kinds";

/** A time with a colon, or an hour with a.m./p.m. (either language writes them alike). */
const TIME = /(?<![\d.,:])(\d{1,2})(:\d{2}|\.\d{2}(?=\s*(?:[ap]\.?\s?m\.|horas|h\b)))?(\s*[ap]\.?\s?m\.)?(?![\d]|[:.]\d)/gu;
const SOURCE_TIME = /\d{1,2}[:.]\d{2}|\d\s*[ap]\.?\s?m\.|\d\s*horas|mediod[ií]a|noon|midnight|medianoche/iu;

/** Changes the first time of target segment k: swaps a.m./p.m., else moves the hour on by two. */
export function plantClockChange(src: BuiltSide, tgt: BuiltSide, k: number, _from: Lang, _to: Lang): Plant | undefined {
  const [ss, se] = src.segments[k];
  const [ts, te] = tgt.segments[k];
  if (!SOURCE_TIME.test(src.text.slice(ss, se))) return undefined;
  const t = tgt.text.slice(ts, te);
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
