// The matches of one expression (a word, spaces, then a capitalised word) found by trying it only next to a
// capital: run over a whole article with matchAll, the expression is tried at every position and backtracks through
// every word, most of which hold no capital and precede none.
import { isSpaceUnit } from "./unit-class";

/**
 * A run of letters, marks and dots from a word's start, spaces, then a capitalised word ("en Cornwall": "en",
 * "Cornwall"); a run holding a capital matches up to its last capital ("McDonald": "Mc", "Donald"). The
 * look-behind starts the run at a word's start (without it, the run was scanned again from each of its letters).
 * pronoun-gender's placeOnlyWords reads a source text through it.
 */
// regex-safe: a letter run from a word's start, spaces, then one capitalised word; no nested quantifier
export const WORD_BEFORE_CAPITAL = /(?<![\p{L}\p{M}.])([\p{L}\p{M}.]*)\s*(\p{Lu}[\p{L}\p{M}'’-]*)/gu;

// regex-safe: the same expression, sticky (tried at one position)
const AT = new RegExp(WORD_BEFORE_CAPITAL.source, "uy");
// regex-safe: one character class; every unit \p{Lu} matches is in it (surrogates included), and few others
const CAPITAL_CANDIDATE = /[A-Z\u00C0-\u00DE\u0100-\uFFFF]/g;
// regex-safe: one character class
const RUN = /[\p{L}\p{M}.]/u;
// regex-safe: one character class
const UPPER = /\p{Lu}/u;
/** Per UTF-16 unit that is not a surrogate: 0 = not looked at yet, else 1 + RUN_BIT (in RUN) + UPPER_BIT (\p{Lu}). */
const UNIT = new Uint8Array(65536);
const RUN_BIT = 2;
const UPPER_BIT = 4;

function classOf(c: number): number {
  let known = UNIT[c];
  if (known === 0) {
    const ch = String.fromCharCode(c);
    UNIT[c] = known = 1 + (RUN.test(ch) ? RUN_BIT : 0) + (UPPER.test(ch) ? UPPER_BIT : 0);
  }
  return known;
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
/** A unit that may belong to a code point of RUN (a surrogate: maybe; the expression decides). */
const mayRun = (c: number) => isSurrogate(c) || (classOf(c) & RUN_BIT) !== 0;

/** The first unit at or after `from` that may start a capital (\p{Lu}, or a surrogate), or -1. */
function nextCapital(text: string, from: number): number {
  CAPITAL_CANDIDATE.lastIndex = from;
  for (let m = CAPITAL_CANDIDATE.exec(text); m; m = CAPITAL_CANDIDATE.exec(text)) {
    const c = text.charCodeAt(m.index);
    if (isSurrogate(c) || classOf(c) & UPPER_BIT) return m.index;
  }
  return -1;
}

/**
 * Calls `found(run, capital)` for each match of WORD_BEFORE_CAPITAL in `text`, in order: the matches
 * `text.matchAll(WORD_BEFORE_CAPITAL)` finds, with their two groups. A match starting at i holds a capital at some
 * p >= i with only letters, marks and dots, then spaces, between i and p; so for the next capital p after the last
 * match, the expression is tried only at the positions of [s, p] (s: as far back from p as such units go), in order,
 * where the look-behind can hold. Elsewhere it cannot match; where it is tried, it decides.
 */
export function forEachWordBeforeCapital(text: string, found: (run: string, capital: string) => void): void {
  let pos = 0;
  for (let p = nextCapital(text, pos); p >= 0; p = nextCapital(text, pos)) {
    let s = p;
    while (s > pos && isSpaceUnit(text.charCodeAt(s - 1))) s--;
    while (s > pos && mayRun(text.charCodeAt(s - 1))) s--;
    let next = p + 1;
    for (let i = s; i <= p; i++) {
      // Inside a run (the look-behind fails): no match starts here.
      if (i > 0 && !isSurrogate(text.charCodeAt(i - 1)) && classOf(text.charCodeAt(i - 1)) & RUN_BIT) continue;
      AT.lastIndex = i;
      const m = AT.exec(text);
      if (m) {
        found(m[1], m[2]);
        next = AT.lastIndex;
        break;
      }
    }
    pos = next;
  }
}
