import type { Lang } from "./types";

/** Splits the paragraph [start, end) of `text` into sentences; returns [start, end) pairs, trimmed. */
export function segmentParagraph(text: string, start: number, end: number, lang: Lang): [number, number][] {
  void lang;
  const out: [number, number][] = [];
  const re = /[.!?]+["'”’»)]*\s+/g;
  re.lastIndex = start;
  let s = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const e = m.index + m[0].trimEnd().length;
    if (e > s) out.push([s, e]);
    s = m.index + m[0].length;
  }
  if (end > s) out.push([s, end]);
  return out;
}
