// Pairing of brackets and quotation marks within a paragraph (straight quotes by parity), for punctuation-spacing.
import type { Doc } from "../../segment/document";

export const STRAIGHT_QUOTE = '"';

/** Role of each straight double quote of a paragraph with an even number of them: opening or closing by parity. */
export function straightQuoteRoles(doc: Doc): Map<number, "open" | "close"> {
  const roles = new Map<number, "open" | "close">();
  for (const p of doc.paragraphs) {
    const at: number[] = [];
    for (let i = doc.text.indexOf(STRAIGHT_QUOTE, p.start); i >= 0 && i < p.end; i = doc.text.indexOf(STRAIGHT_QUOTE, i + 1)) at.push(i);
    if (at.length % 2 !== 0) continue;
    for (let k = 0; k < at.length; k++) roles.set(at[k], k % 2 === 0 ? "open" : "close");
  }
  return roles;
}

/** The opening mark of each closing bracket or quote whose inner spaces are reported together. */
const OPENER_OF: Record<string, string> = { ")": "(", "]": "[", "”": "“", "»": "«" };

/** Any bracket or double quote that takes part in pairing. */
const PAIR_MARK = /["()[\]“”«»]/g;

/** Closing position of each opening bracket or quote (straight quotes paired by parity), within a paragraph. */
export function closerPositions(doc: Doc, quoteRoles: Map<number, "open" | "close">): Map<number, number> {
  const out = new Map<number, number>();
  const text = doc.text;
  for (const p of doc.paragraphs) {
    const stacks: Record<string, number[]> = { "(": [], "[": [], "“": [], "«": [] };
    let openQuote = -1;
    // Search the paragraph only (a sliced view): on the whole text the last search would run on to the next mark.
    const region = text.slice(0, p.end);
    PAIR_MARK.lastIndex = p.start;
    for (let m = PAIR_MARK.exec(region); m && m.index < p.end; m = PAIR_MARK.exec(region)) {
      const i = m.index;
      const c = m[0];
      if (c === STRAIGHT_QUOTE) {
        const role = quoteRoles.get(i);
        if (role === "open") openQuote = i;
        else if (role === "close" && openQuote >= 0) out.set(openQuote, i);
      } else if (c in stacks) {
        stacks[c].push(i);
      } else {
        const o = stacks[OPENER_OF[c]]?.pop();
        if (o !== undefined) out.set(o, i);
      }
    }
  }
  return out;
}
