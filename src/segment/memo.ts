// The per-check memo: what one check derives from its two documents, created once per check (`checkMemo`, called by
// src/check/check.ts) and passed along, to the aligner and, as `RuleContext.memo`, to every rule. It is a plain value
// of this check, never a property of a Doc. Each field is filled on first request by the one function named in its
// comment. Fields whose type belongs to a later stage or a rule are declared beside the function that fills them
// (a `declare module "…/segment/memo"` block), so this stage imports none of them:
//   SideMemo.anchors       align/anchors.ts                      segmentAnchorKeys
//   SideMemo.anchorTokens  align/anchors.ts                      tokenMemoOf (segmentAnchorKeys, textAnchorKeys)
//   SideMemo.someAnchors   align/anchors.ts                      segmentKeysOf
//   SideMemo.marks         rules/lib/quote-marks.ts              paragraphMarks
//   SideMemo.wordCounts    rules/lib/coverage/words.ts           segmentWords
//   SideMemo.sentenceKeys, SideMemo.someSentenceKeys  rules/lib/coverage/sentence-key.ts  sentenceKeys, sentenceKeyOf
//   SideMemo.keyIndex      rules/lib/coverage/repeats.ts         (sentence keys counted, for the repeat tests)
//   SideMemo.capitals      rules/name-missing/people.ts          namedInDoc
//   SideMemo.surnames      rules/pronoun-gender/names.ts          surnamesOf
//   SideMemo.acronymTokens rules/lib/acronyms.ts                 segmentAcronyms
import type { Doc } from "./document";

/** What one check derives from one side's Doc; each field is filled on first request (see the file's header). */
export interface SideMemo {
  /** The document this memo derives from. */
  readonly doc: Doc;
  /** `fold(doc.text)`: src/lang/normalize.ts `foldedText`. */
  folded?: string;
}

/** What one check derives from its documents: one memo per side and the pair's own values. */
export interface CheckMemo {
  readonly source: SideMemo;
  readonly target: SideMemo;
  /** The aligner's expected length ratio of the pair: rules/lib/coverage/length-misfit.ts `ratioOf`. */
  ratio?: number;
}

/** A fresh, empty memo for one check of `source` against `target`. */
export function checkMemo(source: Doc, target: Doc): CheckMemo {
  return { source: sideMemo(source), target: sideMemo(target) };
}

/** A fresh, empty memo of one document (for code that reads one side alone, as tests and scripts do). */
export function sideMemo(doc: Doc): SideMemo {
  return { doc };
}
