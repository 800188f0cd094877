// Where a run-in headline (a headline run into the next sentence once markup is stripped) may end in a text.
import type { Doc, Segment } from "../../../segment/document";
import { foldWord, pairStopwords } from "../../../align/anchors";
import { languageOf } from "../../../lang/registry";
import { wordCount } from "./words";

/**
 * A word or number (maybe closing a quote), then a capitalised word, with no punctuation between: where a run-in
 * headline may end and the sentence start ("… en toda Francia Cientos de vuelos …", "… en coma Johnny Hallyday fue …").
 */
const RUN_IN_CUT = /[\p{L}\p{N}][)"'”’»]?\s+(?=[¿¡"“«‘]?\p{Lu})/gu;
const OPENING_MARK = /^[¿¡"“«‘]/u;
const SENTENCE_MARK = /[!?;]|\.\s/;
export const MAX_HEADLINE_WORDS = 20;
/** Summed length cost under which a run-in cut of the target mirrors the source's headline and rest. */
export const RUN_IN_MIRROR = 1.5;

/** A place where a run-in headline (or a sentence without its final mark) may end and the next sentence start. */
export interface RunInCut {
  headEnd: number;
  bodyStart: number;
  /** Words before the cut. */
  words: number;
  /** The word before the cut starts with a capital (the cut may fall inside a name: "Estados Unidos"). */
  capitalBefore: boolean;
}

/** True when segment `s` is the first of its paragraph. */
export function opensParagraph(doc: Doc, s: Segment): boolean {
  return s.index === 0 || doc.segments[s.index - 1].paragraph !== s.paragraph;
}

/**
 * The places where a run-in part of `text` (a sentence of `doc`) may end, within its first `maxWords` words and first
 * sentence (a function word of the pair's languages ends none). In a language that capitalises its nouns a capital
 * shows no sentence start: there a cut needs a capitalised function word after it ("… Notenbank Die EZB …"), unless
 * `loose` (for a caller that weighs each cut against the translation): then a capitalised content word may start
 * the sentence after a content word, and a function word may end the run-in part when a capitalised function word
 * follows it (German ends clauses with verb particles: "… hält seine Prognosen ein Der Hersteller …").
 */
export function runInCuts(text: string, maxWords: number, doc: Doc, loose = false): RunInCut[] {
  const stopwords = pairStopwords(doc.pair);
  const nouns = languageOf(doc.lang).nounsCapitalised;
  const out: RunInCut[] = [];
  let words = 0;
  let counted = 0;
  // (exec on the one expression: matchAll would copy it at every call, most of this function's cost.)
  RUN_IN_CUT.lastIndex = 0;
  for (let m = RUN_IN_CUT.exec(text); m; m = RUN_IN_CUT.exec(text)) {
    const headEnd = m.index + m[0].trimEnd().length;
    // Count words and look for a sentence mark only in the text added since the previous cut.
    const added = text.slice(Math.max(0, counted - 1), headEnd);
    if (SENTENCE_MARK.test(added)) break;
    words += wordCount(text.slice(counted, headEnd));
    counted = headEnd;
    if (words > maxWords) break;
    const bodyStart = m.index + m[0].length;
    const last = lastWord(text, headEnd);
    const lastIsFunction = stopwords.has(foldWord(last));
    const nextIsFunction = !nouns || stopwords.has(foldWord(firstWord(text, bodyStart)));
    // A headline does not end with a function word, unless a question or quotation opens after it.
    if (words < 2 || (lastIsFunction && !OPENING_MARK.test(text.slice(bodyStart)) && !(loose && nouns && nextIsFunction))) {
      continue;
    }
    // The English "I" is written with a capital anywhere in a sentence: it shows no sentence start.
    if (text[bodyStart] === "I" && !WORD_CHAR.test(text[bodyStart + 1] ?? "")) continue;
    // Loose, a capitalised content word may start the sentence after a noun or a name (a capitalised word): after a
    // word in lower case it is most likely the noun of an adjective ("ein niedrigeres Risiko").
    if (!nextIsFunction && !(loose && !lastIsFunction && CAPITAL_START.test(last))) continue;
    out.push({ headEnd, bodyStart, words, capitalBefore: CAPITAL.test(last) });
  }
  return out;
}

/** The first run of letters and digits at or after `start` (opening marks skipped). */
function firstWord(text: string, start: number): string {
  return /[\p{L}\p{N}]+/u.exec(text.slice(start, start + 40))?.[0] ?? "";
}

/** The last run of letters and digits ending at or before `end` (the closing marks after it skipped). */
function lastWord(text: string, end: number): string {
  let e = end;
  while (e > 0 && !WORD_CHAR.test(text[e - 1])) e--;
  let b = e;
  while (b > 0 && WORD_CHAR.test(text[b - 1])) b--;
  return text.slice(b, e);
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CAPITAL = /^\p{Lu}\p{Ll}/u;
const CAPITAL_START = /^\p{Lu}/u;
