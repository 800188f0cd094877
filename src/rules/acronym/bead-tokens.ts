// The acronym rule's tokens of each side, grouped by bead (split out of acronym-check.ts for its size).
import { lowerFormsIn, segmentAcronymsWith, type AcronymToken } from "../lib/acronyms";
import type { SideMemo } from "../../segment/memo";
import type { AlignedPair } from "../../check/rule";
import { isSpaceUnit } from "../../fast/unit-class";

// regex-safe: a digit, one class repeated, then spaces to the end; no nested repetition.
const AFTER_NUMBER = /\d[\d.,]*\s*$/;

/** An acronym token of a bead. */
export interface Tok extends AcronymToken {
  known: boolean;
  bead: number;
}

/** Acronym tokens of one side, grouped by bead; shouted (all-capital) segments contribute none. */
export function tokensByBead(memo: SideMemo, pairs: AlignedPair[], side: "source" | "target"): Tok[][] {
  const doc = memo.doc;
  const lowerForms = lowerFormsIn(doc.text, doc.pair);
  return pairs.map((p, k) => {
    const out: Tok[] = [];
    for (const seg of p[side]) {
      // Null for a shouted segment (isAllCaps), which contributes none.
      for (const t of segmentAcronymsWith(memo, seg, lowerForms) ?? []) {
        // "500 BCE", "20 GB", "3 PM": capitals right after a number are units or eras, not bodies.
        if (afterNumber(doc.text, Math.max(seg.start, t.start - 12), t.start)) continue;
        out.push({ ...t, bead: k });
      }
    }
    return out;
  });
}

/**
 * `AFTER_NUMBER.test(text.slice(from, to))`, the expression tried only when the last unit before `to` that is no
 * space is a digit, a period or a comma (what its match must end with before the spaces): most tokens follow a word.
 */
export function afterNumber(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isSpaceUnit(text.charCodeAt(i))) i--;
  const c = i >= from ? text.charCodeAt(i) : -1;
  return ((c >= 48 && c <= 57) || c === 46 || c === 44) && AFTER_NUMBER.test(text.slice(from, to));
}
