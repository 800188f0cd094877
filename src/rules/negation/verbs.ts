// The negation rule's own table of frequent news verbs and predicates (rules/negation-verbs.json): one row per
// concept, a column of stems per language. A word is a form of a stem when it is the stem plus one of its language's
// verb endings (rules/<lang>/negation.json `verbEndings`, asked of the language interface); a stem written with more
// words ("rule out") needs its other words right after it. The keys it gives are compared across the two sides of a
// bead, as anchor keys are, to find the counterpart of a negated verb that is no cognate ("descartó" / "ruled out").
import verbTable from "../../../rules/negation-verbs.json";
import type { Lang } from "../../types";
import { foldWord } from "../../align/anchors";
import { byLanguage } from "../../lang/registry";

/** One stem of a concept: its first word (a stem) and the words that must follow it (exact, folded). */
interface Stem {
  concept: string;
  rest: string[];
}

/** A language's stems by their first word, and its verb endings. */
interface VerbIndex {
  stems: ReadonlyMap<string, Stem[]>;
  /** The endings, longest first ("" last): of one length, at most one ends a word. */
  endings: readonly string[];
}

/** Shortest stem looked up in a word: a shorter one would be a form of too many words. */
const MIN_STEM = 3;

const ROWS = (verbTable as { rows: Record<string, string[]>[] }).rows;

const INDEX: Readonly<Record<Lang, VerbIndex>> = byLanguage((l) => {
  const stems = new Map<string, Stem[]>();
  ROWS.forEach((row, k) => {
    for (const entry of row[l.code] ?? []) {
      const [first, ...rest] = entry.split(" ").map(foldWord);
      const list = stems.get(first!) ?? [];
      list.push({ concept: `verb:${k}`, rest });
      stems.set(first!, list);
    }
  });
  const endings = [...new Set(["", ...(l.negation.verbEndings ?? [])].map(foldWord))].sort((a, b) => b.length - a.length);
  return { stems, endings };
});

/** The verb concepts word `i` of `words` (folded chunk words) is a form of, with the words after it when a stem has more. */
export function verbKeys(lang: Lang, words: readonly string[], i: number): string[] {
  const v = INDEX[lang];
  if (!v.stems.size) return [];
  const w = words[i]!;
  const found: Stem[] = [];
  // Each ending the word has, the longest first (so its stems are tried shortest first); a stem under MIN_STEM letters
  // is the whole word ("ya", "vu").
  for (const ending of v.endings) {
    const n = w.length - ending.length;
    if ((n < MIN_STEM && ending !== "") || !w.endsWith(ending)) continue;
    for (const s of v.stems.get(w.slice(0, n)) ?? []) {
      if (s.rest.every((r, j) => words[i + 1 + j] === r)) found.push(s);
    }
  }
  if (!found.length) return [];
  // A stem of more words wins over its first word alone ("give up" is no "give").
  const most = Math.max(0, ...found.map((s) => s.rest.length));
  return [...new Set(found.filter((s) => s.rest.length === most).map((s) => s.concept))];
}
