// What number-mismatch reports for one bead once its numbers are matched: differing figures, missing and extra ones.
import { pairStopwords, perPair } from "../../lang/pair";
import type { AlignedPair, RuleContext } from "../../check/rule";
import { type NumberMention, temperatureAfter, unitAfter } from "../lib/number-mentions";
import { isConfidentOneToOne, isConfidentSplitOrJoin, isPairedInPlace } from "../lib/confident-pair";
import type { Doc } from "../../segment/document";
import { fractionPercents, isPercentAt, statedByFraction } from "./fractions";
import { flaggable, type Slot, standsIn, suggestionFor, textOf } from "./slots";

/**
 * Whether bead k pairs its sentences surely enough to compare a lone number word with the other side's number: a
 * confident 1–1 bead, a very confident 1–2 or 2–1 one (a sentence split or joined), or a 1–1 bead held in place
 * by confident 1–1 neighbours (a short sentence, a headline, has few anchors to score on), unless it scores next to
 * nothing (a dropped sentence beside a duplicated one: "tres polideportivos" / "two bridges").
 */
export function pairedForWords(pairs: AlignedPair[], k: number): boolean {
  const p = pairs[k];
  if (isConfidentOneToOne(p, 0.5) || isConfidentSplitOrJoin(p, 0.9)) return true;
  return p.source.length === 1 && p.target.length === 1 && p.bead.score >= 0.1 && isPairedInPlace(pairs, k, 0.5);
}

/** Holds the one unmatched flaggable number of each side of a bead paired for words when one of the two is a word. */
export function holdWordPair(pairs: AlignedPair[], k: number, src: Slot[], tgt: Slot[], held: Set<Slot>): void {
  if (!pairedForWords(pairs, k)) return;
  const su = src.filter((x) => !x.matched && flaggable(x.m));
  const tu = tgt.filter((x) => !x.matched && flaggable(x.m));
  if (su.length !== 1 || tu.length !== 1 || (su[0].m.digits && tu[0].m.digits)) return;
  held.add(su[0]);
  held.add(tu[0]);
}

/** A metric measurement whose other side has an imperial one: converted on purpose, so its number differs. */
function isConverted(s: Slot, otherHasImperial: boolean): boolean {
  return s.m.unit === "metric" && otherHasImperial;
}

const hasImperial = (slots: Slot[]): boolean => slots.some((o) => o.m.unit === "imperial");

export function reportPair(ctx: RuleContext, k: number, src: Slot[], tgt: Slot[]): void {
  const p = ctx.pairs[k];
  if (p.source.length === 0 || p.target.length === 0) return;
  const { su, tu } = unmatched(ctx, p, src, tgt);
  dropFractions(ctx, p, su, tu);
  // Only digits against digits is a clear contradiction; an unmatched number word means the sentence was rephrased.
  const sd = su.filter((s) => s.m.digits);
  const td = tu.filter((t) => t.m.digits);
  const words = wordCountPair(ctx, pairedForWords(ctx.pairs, k), su, tu, sd, td);
  if (words) {
    sd.splice(0, sd.length, words[0]);
    td.splice(0, td.length, words[1]);
  }
  const rephrased = su.length > sd.length || tu.length > td.length;
  const n = Math.min(sd.length, td.length);
  reportDiffering(ctx, sd, td, n);
  if (rephrased) return;
  reportLeftOver(ctx, p, sd.slice(n), td.slice(n));
}

/** The flaggable numbers of each side of a bead left unmatched, less conversions and numbers that stand in the other side. */
function unmatched(ctx: RuleContext, p: AlignedPair, src: Slot[], tgt: Slot[]): { su: Slot[]; tu: Slot[] } {
  // The joined sentence texts are needed only for unmatched numbers: most pairs have none.
  let targetText: string | undefined;
  let sourceText: string | undefined;
  const tgtImperial = hasImperial(tgt);
  const srcImperial = hasImperial(src);
  const inTarget = new Map<string, boolean>();
  const inSource = new Map<string, boolean>();
  const su = src.filter(
    (s) => !s.matched && flaggable(s.m) && !standsIn((targetText ??= textOf(ctx.target, p.target)), ctx.source, s.m, inTarget),
  );
  const tu = tgt.filter(
    (t) => !t.matched && flaggable(t.m) && !standsIn((sourceText ??= textOf(ctx.source, p.source)), ctx.target, t.m, inSource),
  );
  if (!su.length && !tu.length) return { su, tu };
  // Temperatures first: "9 Grad" is metric by its word, and would otherwise pass for a conversion of another figure.
  dropTemperatures(ctx, su, tu);
  return { su: su.filter((s) => !isConverted(s, tgtImperial)), tu: tu.filter((t) => !isConverted(t, srcImperial)) };
}

/**
 * The source and target numbers that state one count differently, when one number is left on one side and one of the
 * two is in words ("cuatro heridos" / "five injured", "dos mil millones" / "3 billion"): of the same order of
 * magnitude, the target no clock time ("las dos" vs "2.30"), both read alike: two plain counts, or two measurements
 * in one unit system ("seis millas" / "seven miles"; "tres metros" / "ten feet" is a conversion).
 * (Words in a bead paired for words only: in a larger or doubtful one the two may belong to different sentences.)
 * When the other side has several numbers left (one the translation dropped), its counterpart is the one number
 * that reads alike and lies within a factor of two ("six" of "six … 1995" for "siete").
 */
function wordCountPair(ctx: RuleContext, paired: boolean, su: Slot[], tu: Slot[], sd: Slot[], td: Slot[]): [Slot, Slot] | undefined {
  if (!(sd.length === 0 || td.length === 0) || (su.length !== 1 && tu.length !== 1)) return undefined;
  if (su.length === 1 && tu.length === 1) {
    if (!paired && sd.length + td.length !== 1) return undefined;
    return countsDiffer(ctx, su[0], tu[0], 10) ? [su[0], tu[0]] : undefined;
  }
  if (!paired) return undefined;
  const pairs: [Slot, Slot][] = su.length === 1 ? tu.map((t) => [su[0], t]) : su.map((s) => [s, tu[0]]);
  const near = pairs.filter(([s, t]) => countsDiffer(ctx, s, t, 2));
  return near.length === 1 ? near[0] : undefined;
}

/** Whether a source and a target number are two readings alike of one count, less than `factor` apart. */
function countsDiffer(ctx: RuleContext, s: Slot, t: Slot, factor: number): boolean {
  const raw = ctx.target.text.slice(t.m.numStart, t.m.numEnd);
  const [a, b] = [s.m.value, t.m.value].sort((x, y) => x - y);
  if (/[:.]\d\d$/.test(raw) || !(a > 0 && b / a < factor)) return false;
  const reading = readingOf(ctx.source, s.m);
  return reading !== "other" && reading === readingOf(ctx.target, t.m);
}

/** Reports the first `n` source and target figures, paired by order, as differing. */
function reportDiffering(ctx: RuleContext, sd: Slot[], td: Slot[], n: number): void {
  for (let i = 0; i < n; i++) {
    const s = sd[i].m;
    const t = td[i].m;
    ctx.report({
      messageId: "differs",
      data: { source: ctx.source.text.slice(s.start, s.end), target: ctx.target.text.slice(t.start, t.end) },
      source: { start: s.start, end: s.end },
      target: { start: t.numStart, end: t.numEnd },
      suggestion: suggestionFor(ctx, s, t),
      // One figure against one figure is the clearest; several are paired by order, a number word may be rephrased.
      confidence: !s.digits ? 0.7 : n === 1 ? 0.9 : 0.75,
    });
  }
}

/** Reports the figures left over on either side once the differing ones are paired: missing or extra. */
function reportLeftOver(ctx: RuleContext, p: AlignedPair, missing: Slot[], extra: Slot[]): void {
  const first = p.target[0];
  const last = p.target[p.target.length - 1];
  for (const { m } of missing) {
    ctx.report({
      messageId: "missing",
      severity: "minor",
      confidence: 0.6,
      data: { source: ctx.source.text.slice(m.start, m.end) },
      source: { start: m.start, end: m.end },
      target: { start: first.start, end: last.end },
    });
  }
  for (const { m } of extra) {
    ctx.report({
      messageId: "extra",
      severity: "minor",
      confidence: 0.55,
      data: { target: ctx.target.text.slice(m.start, m.end) },
      target: { start: m.numStart, end: m.numEnd },
    });
  }
}

/** Removes the percentages the other side states as a fraction ("20 %" for "a fifth", "50 %" for "half"). */
function dropFractions(ctx: RuleContext, p: AlignedPair, su: Slot[], tu: Slot[]): void {
  const sides = [
    [su, ctx.source, p.target, ctx.target],
    [tu, ctx.target, p.source, ctx.source],
  ] as const;
  for (const [slots, doc, otherSegs, other] of sides) {
    if (!slots.some((s) => s.m.digits && isPercentAt(doc.text, s.m.numEnd))) continue;
    const fractions = fractionPercents(otherSegs.map((s) => s.text).join(" "), other.lang);
    if (!fractions.length) continue;
    for (let i = slots.length - 1; i >= 0; i--) {
      const m = slots[i].m;
      if (m.digits && isPercentAt(doc.text, m.numEnd) && statedByFraction(m.value, fractions)) slots.splice(i, 1);
    }
  }
}

/**
 * Removes the temperatures given in Fahrenheit on one side and Celsius on the other when neither says which ("48
 * degrees" / "9 Grad"): a source and a target figure one conversion apart (within rounding), one of them before a
 * temperature word of its language.
 */
function dropTemperatures(ctx: RuleContext, su: Slot[], tu: Slot[]): void {
  const isTemperature = (doc: Doc, m: NumberMention) => temperatureAfter(doc.text.slice(m.end, m.end + 12), doc.pair);
  for (let i = su.length - 1; i >= 0; i--) {
    const s = su[i].m;
    if (!s.digits) continue;
    const j = tu.findIndex(
      (t) => t.m.digits && isFahrenheitOf(s.value, t.m.value) && (isTemperature(ctx.source, s) || isTemperature(ctx.target, t.m)),
    );
    if (j < 0) continue;
    su.splice(i, 1);
    tu.splice(j, 1);
  }
}

/** Whether one of two figures is the other's Fahrenheit reading of a Celsius temperature, rounded (9 °C is 48 °F). */
function isFahrenheitOf(a: number, b: number): boolean {
  const near = (c: number, f: number) => Math.abs(c * 1.8 + 32 - f) <= 1;
  return a !== b && (near(a, b) || near(b, a));
}

/** What tells a count from other uses of a number, in either language of a pair (a text may quote the other). */
const NOT_COUNTS = perPair((languages) => {
  /** The pair's regex fragments of one kind joined as alternatives. */
  // (A fragment's final \b ends a word only where letters end: "m\b" is no metre in "dos médicos".)
  const either = (kind: "approximate" | "gluedOrdinal" | "notCountAfter" | "notCountBefore") =>
    languages.flatMap((l) => l.numberWords[kind].map((f) => f.replace(/\\b$/, "(?!\\p{L})"))).join("|") || "(?!)";
  return {
    /** Approximate collective words ("una decena", "a dozen"): renderings of "about ten", not exact counts. */
    approximate: new RegExp(either("approximate"), "iu"),
    // Clock times, ordinals and measurements around a number word, where the two sides legitimately differ. (An
    // ordinal ending is glued to the number, "4th", or an ordinal word follows, "one hundred fiftieth": a word that
    // merely ends in "th", as in "six health authorities", is no ordinal.)
    // regex-safe: alternations of the fragments of rules/<code>/number-words.json, each a word or a bounded run
    after: new RegExp(`^(?:[º°ª]|${either("gluedOrdinal")}|[\\s-]*(?:${either("notCountAfter")}))`, "iu"),
    // A clock time: "a las dos", "hasta las tres", "at two" ("las dos alas" alone is a count).
    before: new RegExp(`(?:${either("notCountBefore")})\\s*$`, "iu"),
  };
});

/** How a number reads: a plain count of things, a measurement in one unit system, or neither (a clock time, an ordinal). */
type Reading = "count" | "metric" | "imperial" | "other";

/** How a number (in words or digits, when the other side's is in words) reads. */
function readingOf(doc: Doc, m: NumberMention): Reading {
  const text = doc.text;
  const not = NOT_COUNTS(doc.pair);
  if (not.approximate.test(text.slice(m.start, m.end))) return "other";
  const after = text.slice(m.end, m.end + 24);
  const unit = unitAfter(after, doc.pair).unit;
  if (unit) return unit;
  if (not.after.test(after)) return "other";
  // After a clock word ("a las", "at") the number is an hour, unless a content word follows it: "de las tres tiendas",
  // "at four outlets" count things ("a las tres de la tarde", "at eight is blessed" are hours).
  const clockBefore = not.before.test(text.slice(Math.max(0, m.start - 16), m.start));
  return clockBefore && !contentWordAfter(doc, m.end) ? "other" : "count";
}

// regex-safe: one run of letters after optional spaces, anchored
const NEXT_WORD = /^[^\S\n]+(\p{L}+)/u;

/** Whether the word right after `end` is a content word (a letter word that no language of the pair lists as a stop word). */
function contentWordAfter(doc: Doc, end: number): boolean {
  const w = NEXT_WORD.exec(doc.text.slice(end, end + 40));
  return !!w && !pairStopwords(doc.pair).has(w[1].toLowerCase());
}
