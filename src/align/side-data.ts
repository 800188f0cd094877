// Per-side arrays the aligner's cost reads: lengths, prefix sums, interned anchor keys and paragraph marks.
import type { SideMemo } from "../segment/memo";
import { segmentAnchorKeys } from "./anchors";
import type { KeyInterner } from "./interned-keys";

/** Per-side data the cost function reads; prefix sums make multi-segment beads O(1). */
export interface SideData {
  len: Float64Array;
  /** cumLen[i] = total length of segments before i; cumKeys likewise for anchor counts. */
  cumLen: Float64Array;
  cumKeys: Int32Array;
  /** Interned anchor keys of all segments, segment i's sorted in keys[cumKeys[i], cumKeys[i + 1]). */
  keys: Int32Array;
  first: Uint8Array;
  last: Uint8Array;
  para: Int32Array;
}

/** The cost function's arrays for one side (its anchor keys are computed into, or read from, the check's memo). */
export function sideData(side: SideMemo, interner: KeyInterner): SideData {
  const segments = side.doc.segments;
  const anchors = segmentAnchorKeys(side);
  const n = segments.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += anchors[i].length;
  const d: SideData = {
    len: new Float64Array(n),
    cumLen: new Float64Array(n + 1),
    cumKeys: new Int32Array(n + 1),
    keys: new Int32Array(total),
    first: new Uint8Array(n),
    last: new Uint8Array(n),
    para: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const s = segments[i];
    d.len[i] = Math.max(1, s.text.length);
    interner.encodeInto(anchors[i], d.keys, d.cumKeys[i]);
    d.cumLen[i + 1] = d.cumLen[i] + d.len[i];
    d.cumKeys[i + 1] = d.cumKeys[i] + anchors[i].length;
    d.para[i] = s.paragraph;
    d.first[i] = i === 0 || segments[i - 1].paragraph !== s.paragraph ? 1 : 0;
    d.last[i] = i === n - 1 || segments[i + 1].paragraph !== s.paragraph ? 1 : 0;
  }
  return d;
}
