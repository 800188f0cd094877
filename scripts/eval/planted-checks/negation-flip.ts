// Planted kind: a negation removed from, or added to, the target sentence at its first verb a reader would see
// negated: en "did not" -> "did", "won't" -> "will", "has been" -> "has not been"; es "no cerró" -> "cerró",
// "ha cerrado" -> "no ha cerrado". Removal only where the source sentence is negated too, addition only where it
// is not. The generator's word lists are its own.
import type { Lang } from "../../../src/types";
import type { BuiltSide } from "../corpus";
import { splice, type Plant } from "./kinds";

const EN_AUX = "is|are|was|were|has|have|had|will|would|can|could|should|must|does|do|did|may|might";
const EN_NEG = /\b(?:not|never|cannot|\w+n't)\b/i;
const ES_NEG = /(?<![\p{L}])(?:no|nunca|jamás)(?![\p{L}])/iu;
const EN_REMOVE = new RegExp(`\\b(${EN_AUX}) not\\b`, "i");
const EN_CONTRACTED: Record<string, string> = {
  "don't": "do",
  "doesn't": "does",
  "didn't": "did",
  "isn't": "is",
  "aren't": "are",
  "wasn't": "was",
  "weren't": "were",
  "hasn't": "has",
  "haven't": "have",
  "hadn't": "had",
  "won't": "will",
  "wouldn't": "would",
  "can't": "can",
  "couldn't": "could",
  "shouldn't": "should",
  cannot: "can",
};
const EN_CONTRACTION =
  /\b(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|shouldn't|cannot)\b/i;
const EN_ADD = new RegExp(`\\b(${EN_AUX}) (?=[a-z])`, "i");
const ES_REMOVE = /(?<![\p{L}])no (?=(?:se |lo |la |le |les |los |las |me |te |nos )?\p{Ll}{2,})(?!obstante|sólo|solo|solamente)/u;
const ES_AUX =
  "es|son|era|eran|fue|fueron|está|están|estaba|estaban|ha|han|había|habían|será|serán|sería|serían|puede|pueden|podría|podrían|debe|deben|va|van|tiene|tienen|hay|quiere|quieren";
const ES_ADD = new RegExp(`(?<![\\p{L}])(?:(?:se|lo|le|les|nos|me|te) )?(?:${ES_AUX})(?![\\p{L}])`, "u");

/** Where to change target segment text `t` (language `to`): [offset, removed length, inserted text], or null. */
function change(t: string, to: Lang, sourceNegated: boolean): { at: number; cut: number; put: string } | null {
  if (to === "en") {
    if (sourceNegated) {
      const c = EN_CONTRACTION.exec(t);
      const r = EN_REMOVE.exec(t);
      if (c && (!r || c.index < r.index)) {
        const pos = EN_CONTRACTED[c[0].toLowerCase()];
        return { at: c.index, cut: c[0].length, put: c[0][0] === c[0][0].toUpperCase() ? pos[0].toUpperCase() + pos.slice(1) : pos };
      }
      return r ? { at: r.index + r[1].length, cut: 4, put: "" } : null;
    }
    const a = EN_ADD.exec(t);
    return a ? { at: a.index + a[1].length, cut: 0, put: " not" } : null;
  }
  if (sourceNegated) {
    const r = ES_REMOVE.exec(t);
    if (!r) return null;
    const capital = t[r.index] === "N";
    return capital ? null : { at: r.index, cut: 3, put: "" };
  }
  const a = ES_ADD.exec(t);
  if (!a) return null;
  const capital = /^\p{Lu}/u.test(a[0]);
  return capital ? null : { at: a.index, cut: 0, put: "no " };
}

/** Adds or removes the negation of target segment k (removes it when the source segment is negated). */
export function plantNegation(src: BuiltSide, tgt: BuiltSide, k: number, from: Lang, to: Lang): Plant | undefined {
  const [ss, se] = src.segments[k];
  const [ts, te] = tgt.segments[k];
  const s = src.text.slice(ss, se);
  const t = tgt.text.slice(ts, te);
  const sourceNegated = (from === "en" ? EN_NEG : ES_NEG).test(s);
  const targetNegated = (to === "en" ? EN_NEG : ES_NEG).test(t);
  // Removal where both sides are negated; addition where neither is.
  if (sourceNegated !== targetNegated) return undefined;
  const c = change(t, to, sourceNegated);
  if (!c) return undefined;
  const start = ts + c.at;
  const planted = splice(tgt.text, start, start + c.cut, c.put);
  const newEnd = te - c.cut + c.put.length;
  return {
    target: planted,
    // A removal leaves nothing to point at: the sentence is the place; an addition points at the added word.
    at: sourceNegated ? [ts, newEnd] : [start, start + c.put.length],
    sub: sourceNegated ? "removed" : "added",
  };
}
