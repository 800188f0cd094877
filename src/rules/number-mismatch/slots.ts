// The numbers of each bead as slots, matched across the two sides (a number of one side that the other states).
import type { RuleContext } from "../../check/rule";
import { extractNumbers, formatNumber, sameNumber, type NumberMention } from "../lib/number-mentions";
import type { Doc, Segment } from "../../segment/document";

/** A number mention of one side and whether a number of the other side has matched it. */
export interface Slot {
  m: NumberMention;
  matched: boolean;
  /** The mentions a split decimal ("68, 78") covers. */
  parts: Slot[];
}

export function mentionsOf(doc: Doc, segs: Segment[]): Slot[] {
  const out: Slot[] = [];
  for (const s of segs) {
    const found = extractNumbers(doc.text, doc.lang, doc.pair, s.start, s.end).map((m) => ({ m, matched: false, parts: [] as Slot[] }));
    for (const slot of found) {
      if (slot.m.parts) slot.parts = found.filter((o) => o !== slot && o.m.start >= slot.m.start && o.m.end <= slot.m.end);
    }
    out.push(...found);
  }
  return out;
}

/** Above this many unmatched pairs of numbers in one bead, the any-reading pass is skipped (bounded work). */
const MAX_FUZZY_PAIRS = 10_000;

function matchBoth(a: Slot, b: Slot): void {
  a.matched = b.matched = true;
  for (const part of a.parts) part.matched = true;
  for (const part of b.parts) part.matched = true;
}

/**
 * Pairs up equal numbers: first same primary value (each source number takes the first unmatched target number of
 * that value, through a queue per value: linear), then any shared reading (pairwise, when the bead is small enough).
 * Of equal values above one, a vague or ordinal word takes its like first ("second" ↔ "segundo", "pair" ↔ "par"), so
 * that it does not take the figure a plain "two" needs. (Not for one: an article, "un", "a", is vague and everywhere.)
 */
export function matchSlots(src: Slot[], tgt: Slot[]): void {
  if (src.length === 0 || tgt.length === 0) return;
  matchValues(src, tgt, true);
  matchValues(src, tgt, false);
  const openSrc = src.filter((a) => !a.matched);
  const openTgt = tgt.filter((b) => !b.matched);
  if (openSrc.length * openTgt.length > MAX_FUZZY_PAIRS) return;
  for (const a of openSrc) {
    if (a.matched) continue;
    for (const b of openTgt) {
      if (!b.matched && sameNumber(a.m, b.m)) {
        matchBoth(a, b);
        break;
      }
    }
  }
}

/**
 * Pairs equal primary values through a queue per value (linear): each source number takes the first unmatched target
 * number of its value; with `sameSoftness`, only one as vague (or as plain) as itself.
 */
function matchValues(src: Slot[], tgt: Slot[], sameSoftness: boolean): void {
  if (src.length === 0 || tgt.length === 0) return;
  // A queue per value; with `sameSoftness`, the vague words (but "one") have queues of their own.
  const plain = new Map<number, { slots: Slot[]; head: number }>();
  const soft = sameSoftness ? new Map<number, { slots: Slot[]; head: number }>() : plain;
  const queuesOf = (x: Slot) => (x.m.soft && x.m.value !== 1 ? soft : plain);
  for (const b of tgt) {
    if (b.matched || Number.isNaN(b.m.value)) continue; // (NaN equals nothing, as with ===)
    const queues = queuesOf(b);
    const q = queues.get(b.m.value);
    if (q) q.slots.push(b);
    else queues.set(b.m.value, { slots: [b], head: 0 });
  }
  for (const a of src) {
    if (a.matched) continue;
    const q = queuesOf(a).get(a.m.value);
    if (!q) continue;
    while (q.head < q.slots.length && q.slots[q.head].matched) q.head++; // a part matched meanwhile is passed over, as the pairwise loop did
    if (q.head < q.slots.length) matchBoth(a, q.slots[q.head]);
  }
}

/**
 * Whether a mention's number also stands in the other side's text, even where that side's parser did not take it
 * for the same quantity (inside codes such as "G20", "COVID-19"). A decimal ("3,2") must stand there as a decimal
 * (with either separator), so that "3,2 millones" never counts as found in "32 million".
 */
export function standsIn(otherText: string, doc: Doc, m: NumberMention, seen: Map<string, boolean>): boolean {
  const raw = doc.text.slice(m.numStart, m.numEnd);
  // One scan of the other text per distinct number of a bead (a bead may repeat one number thousands of times).
  let found = seen.get(raw);
  if (found !== undefined) return found;
  if (DECIMAL_IN_NUMBER.test(raw)) {
    const swapped = raw.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
    found = containsDigits(otherText, raw) || containsDigits(otherText, swapped);
  } else found = containsDigits(otherText, raw.replace(/\D/g, ""));
  seen.set(raw, found);
  return found;
}

/** A separator followed by one, two or four and more digits: a decimal, not thousands grouping. */
const DECIMAL_IN_NUMBER = /\d[.,]\d{1,2}(?!\d)|\d[.,]\d{4}/;

/** Whether `digits` occurs in `text` as a whole digit run (inside codes such as "G20" too). */
function containsDigits(text: string, digits: string): boolean {
  if (!digits) return false;
  for (let i = text.indexOf(digits); i >= 0; i = text.indexOf(digits, i + 1)) {
    if (!/\d/.test(text[i - 1] ?? "") && !/\d/.test(text[i + digits.length] ?? "")) return true;
  }
  return false;
}

export function textOf(_doc: Doc, segs: Segment[]): string {
  // Thousands separators are dropped ("1.500" finds "1500") but a decimal separator is kept: "3,2" (3.2) must not
  // find "32". A separator followed by exactly three digits is taken for grouping.
  return (
    segs
      .map((s) => s.text)
      .join(" ")
      // regex-safe: zero-width context plus two optional single characters, no repetition
      .replace(/(?<=\d)[.,]?[\u00a0\u202f ]?(?=\d{3}(?!\d))/g, "")
  );
}

/** Whether the number is a flaggable quantity: non-vague, and not a lone "1" (articles say "one"). */
export function flaggable(m: NumberMention): boolean {
  return !m.soft && !(m.value === 1 && !m.digits);
}

export function suggestionFor(ctx: RuleContext, s: NumberMention, t: NumberMention): string | undefined {
  if (!s.digits || !t.digits || s.scale !== t.scale) return undefined;
  const raw = ctx.target.text.slice(t.numStart, t.numEnd);
  const grouped = /[.,\u00a0\u202f ]\d{3}(?!\d)/.test(raw) && !/[.,]\d{1,2}$|[.,]\d{4,}$/.test(raw);
  const groupFrom = grouped ? 1000 : 1e21;
  return formatNumber(s.base, ctx.target.lang, s.decimals, groupFrom);
}
