// Planted kind: a negation removed from, or added to, the target sentence at its first verb a reader would see
// negated: en "did not" -> "did", "won't" -> "will", "has been" -> "has not been"; es "no cerró" -> "cerró",
// "ha cerrado" -> "no ha cerrado". Removal only where the source sentence is negated too, addition only where it
// is not; only in the sentence's main clause (./main-clause), where a reader sees the claim reversed. The es/en
// word lists are its own; another language (./lexicon: its verbal negators and the words completing them, French
// "ne … pas", lists of the generator's own) only has its negation removed, since adding one needs its verb syntax.
// A Spanish "no" after "o" ("estén o no disponibles", "ser o no ser") is left: without it the clause is garbled,
// not reversed.
import type { Lang } from "../../../src/types";
import type { BuiltSide } from "../corpus";
import { splice, type Plant } from "./kinds";
import { esc, hasOwnCode, lexicon } from "./lexicon";
import { inMainClause } from "./main-clause";

/** EVAL_NEG_ANY_CLAUSE=1: plant in any clause, as before 2026-12-06 (for comparing numbers). */
const ANY_CLAUSE = !!process.env.EVAL_NEG_ANY_CLAUSE;

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
const ES_REMOVE =
  /(?<![\p{L}])(?<!(?:^|[^\p{L}])o )no (?=(?:se |lo |la |le |les |los |las |me |te |nos )?\p{Ll}{2,})(?!obstante|sólo|solo|solamente)/u;
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
  // "es decir" (that is) negates nothing.
  if (!a || (!ANY_CLAUSE && t.startsWith(" decir", a.index + a[0].length))) return null;
  const capital = /^\p{Lu}/u.test(a[0]);
  return capital ? null : { at: a.index, cut: 0, put: "no " };
}

/** A pack language's negators: a verbal negator as a word (or elided, "n'"), and its completing words. */
function packNegation(lang: Lang): { verbal: RegExp; concord: RegExp | null } {
  const lex = lexicon(lang);
  const word = (ws: string[]) => ws.map((w) => (/['’]$/.test(w) ? esc(w) : `${esc(w)}(?![\\p{L}'’])`)).join("|");
  return {
    verbal: new RegExp(`(?<![\\p{L}])(?:${word(lex.negators)})`, "iu"),
    concord: lex.concord.length ? new RegExp(`(?<![\\p{L}])(?:${word(lex.concord)})`, "iu") : null,
  };
}

/** Removes a pack language's first verbal negator (and a completing word within six words after it). */
function packRemoval(t: string, lang: Lang): { at: number; cut: number; put: string; rest?: [number, number] } | null {
  const neg = packNegation(lang);
  const v = neg.verbal.exec(t);
  if (!v || /^\p{Lu}/u.test(v[0])) return null;
  const cut = v[0].length + (t[v.index + v[0].length] === " " ? 1 : 0);
  if (!neg.concord) return { at: v.index, cut, put: "" };
  const after = t.slice(v.index + cut);
  const window = after.split(" ").slice(0, 6).join(" ");
  const c = neg.concord.exec(window);
  if (!c) return null;
  return { at: v.index, cut, put: "", rest: [v.index + cut + c.index, c[0].length + (after[c.index + c[0].length] === " " ? 1 : 0)] };
}

/** Removes a pack language's negation of target segment k (both sides negated); no addition. */
function plantPackNegation(src: BuiltSide, tgt: BuiltSide, k: number, from: Lang, to: Lang): Plant | undefined {
  const [ss, se] = src.segments[k];
  const [ts, te] = tgt.segments[k];
  const s = src.text.slice(ss, se);
  const t = tgt.text.slice(ts, te);
  const sourceNegated = hasOwnCode(from) ? (from === "en" ? EN_NEG : ES_NEG).test(s) : packNegation(from).verbal.test(s);
  if (!sourceNegated) return undefined;
  const c = packRemoval(t, to);
  if (!c) return undefined;
  let text = t;
  let removed = c.cut;
  if (c.rest) {
    text = splice(text, c.rest[0], c.rest[0] + c.rest[1], "");
    removed += c.rest[1];
  }
  text = splice(text, c.at, c.at + c.cut, "");
  return { target: splice(tgt.text, ts, te, text), at: [ts, te - removed], sub: "removed" };
}

/** Adds or removes the negation of target segment k (removes it when the source segment is negated). */
export function plantNegation(src: BuiltSide, tgt: BuiltSide, k: number, from: Lang, to: Lang): Plant | undefined {
  if (!hasOwnCode(to)) return plantPackNegation(src, tgt, k, from, to);
  const [ss, se] = src.segments[k];
  const [ts, te] = tgt.segments[k];
  const s = src.text.slice(ss, se);
  const t = tgt.text.slice(ts, te);
  const sourceNegated = hasOwnCode(from) ? (from === "en" ? EN_NEG : ES_NEG).test(s) : packNegation(from).verbal.test(s);
  const targetNegated = (to === "en" ? EN_NEG : ES_NEG).test(t);
  // Removal where both sides are negated; addition where neither is.
  if (sourceNegated !== targetNegated) return undefined;
  const c = change(t, to, sourceNegated);
  // Only a negation flipped in the main clause (or a reported message) is one a reader sees as the sentence's claim.
  if (!c || (!ANY_CLAUSE && !inMainClause(t, c.at, to))) return undefined;
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
