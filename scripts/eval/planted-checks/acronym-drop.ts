// Planted kind: an acronym the acronym table does not know, present in both aligned sentences, dropped from the
// target sentence (with a parenthesis around it, or a determiner right before it).
import table from "../../../rules/acronyms.json";
import type { BuiltSide } from "../corpus";
import { splice, type Plant } from "./kinds";

/** Every form of the table, either language (the kind is about acronyms the table does not know). */
const KNOWN = new Set<string>([
  ...(table.concepts as { en?: string[]; es?: string[]; all?: string[] }[]).flatMap((p) => [
    ...(p.es ?? []),
    ...(p.en ?? []),
    ...(p.all ?? []),
  ]),
]);
const CAPS = /(?<![\p{L}\p{N}.])\p{Lu}{2,}(?![\p{L}\p{N}]|\.\p{L})/gu;
const ROMAN = /^[IVXLCDM]+$/;
const DETERMINER = /(?:^|\s)(?:the|The|el|El|la|La|los|Los|las|Las)\s$/;

/** True when most letters are capitals (a shouted headline: its capitals are words, not acronyms). */
function shouted(s: string): boolean {
  const letters = s.match(/\p{L}/gu)?.length ?? 0;
  const upper = s.match(/\p{Lu}/gu)?.length ?? 0;
  return letters > 0 && upper / letters > 0.5;
}

/** Drops the first unknown acronym of target segment k that the source segment k also has. */
export function plantAcronymDrop(src: BuiltSide, tgt: BuiltSide, k: number): Plant | undefined {
  const [ss, se] = src.segments[k];
  const [ts, te] = tgt.segments[k];
  const s = src.text.slice(ss, se);
  const t = tgt.text.slice(ts, te);
  if (shouted(s) || shouted(t)) return undefined;
  for (const m of t.matchAll(CAPS)) {
    const form = m[0];
    if (KNOWN.has(form) || ROMAN.test(form)) continue;
    const inSource = [...s.matchAll(CAPS)].find((x) => x[0] === form);
    if (!inSource) continue;
    let start = ts + m.index;
    let end = start + form.length;
    const text = tgt.text;
    if (text[start - 1] === "(" && text[end] === ")") {
      start -= text[start - 2] === " " ? 2 : 1;
      end += 1;
    } else {
      const det = DETERMINER.exec(text.slice(Math.max(ts, start - 5), start));
      if (det) start -= det[0].trimStart().length;
      if (text[end] === " ") end++;
      else if (text[start - 1] === " ") start--;
    }
    const planted = splice(text, start, end, "");
    // The change point, widened to the sentence around it (an omission has no span of its own).
    return {
      target: planted,
      at: [ts, te - (end - start)],
      sourceAt: [ss + inSource.index!, ss + inSource.index! + form.length],
      sub: form.length < 3 ? "2 letters" : "3+ letters",
    };
  }
  return undefined;
}
