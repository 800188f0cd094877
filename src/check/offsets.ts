// Binary searches over spans sorted by start (segments, paragraphs), shared by the rules and the review page.

/** A span with a start and an end offset. */
export interface Spanned {
  start: number;
  end: number;
}

/** Index of the span that contains offset `at` (start ≤ at < end), or -1. Spans sorted and disjoint. */
export function indexContaining(spans: readonly Spanned[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else if (spans[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Index of the last span starting at or before offset `at` (the one holding it, or the one before a gap), or -1. */
export function lastStartingAtOrBefore(spans: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
