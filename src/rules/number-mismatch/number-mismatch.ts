import { defineRule, type AlignedPair, type RuleContext } from "../../check/rule";
import { extractNumbers, formatNumber, sameNumber, type NumberMention } from "../lib/number-mentions";
import type { Doc, Segment } from "../../segment/document";
import { fractionPercents, isPercentAt, statedByFraction } from "./fractions";
import { supportedLanguages } from "../../lang/registry";

interface Slot {
  m: NumberMention;
  matched: boolean;
  /** The mentions a split decimal ("68, 78") covers. */
  parts: Slot[];
}

function mentionsOf(doc: Doc, segs: Segment[]): Slot[] {
  const out: Slot[] = [];
  for (const s of segs) {
    const found = extractNumbers(doc.text, doc.lang, s.start, s.end).map((m) => ({ m, matched: false, parts: [] as Slot[] }));
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
 */
function matchSlots(src: Slot[], tgt: Slot[]): void {
  const byValue = new Map<number, Slot[]>();
  for (const b of tgt) {
    if (b.matched || b.m.value !== b.m.value) continue; // (NaN equals nothing, as with ===)
    const q = byValue.get(b.m.value);
    if (q) q.push(b);
    else byValue.set(b.m.value, [b]);
  }
  const head = new Map<number, number>();
  for (const a of src) {
    if (a.matched) continue;
    const q = byValue.get(a.m.value);
    if (!q) continue;
    let k = head.get(a.m.value) ?? 0;
    while (k < q.length && q[k].matched) k++; // a part matched meanwhile is passed over, as the pairwise loop did
    head.set(a.m.value, k);
    if (k < q.length) matchBoth(a, q[k]);
  }
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
 * Whether a mention's number also stands in the other side's text, even where that side's parser did not take it
 * for the same quantity (inside codes such as "G20", "COVID-19"). A decimal ("3,2") must stand there as a decimal
 * (with either separator), so that "3,2 millones" never counts as found in "32 million".
 */
function standsIn(otherText: string, doc: Doc, m: NumberMention, seen: Map<string, boolean>): boolean {
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

function textOf(doc: Doc, segs: Segment[]): string {
  // Thousands separators are dropped ("1.500" finds "1500") but a decimal separator is kept: "3,2" (3.2) must not
  // find "32". A separator followed by exactly three digits is taken for grouping.
  // regex-safe: zero-width context plus two optional single characters, no repetition
  return segs.map((s) => s.text).join(" ").replace(/(?<=\d)[.,]?[\u00a0\u202f ]?(?=\d{3}(?!\d))/g, "");
}

/** Whether the number is a flaggable quantity: non-vague, and not a lone "1" (articles say "one"). */
function flaggable(m: NumberMention): boolean {
  return !m.soft && !(m.value === 1 && !m.digits);
}

function suggestionFor(ctx: RuleContext, s: NumberMention, t: NumberMention): string | undefined {
  if (!s.digits || !t.digits || s.scale !== t.scale) return undefined;
  const raw = ctx.target.text.slice(t.numStart, t.numEnd);
  const grouped = /[.,\u00a0\u202f ]\d{3}(?!\d)/.test(raw) && !/[.,]\d{1,2}$|[.,]\d{4,}$/.test(raw);
  const groupFrom = grouped ? 1000 : 1e21;
  return formatNumber(s.base, ctx.target.lang, s.decimals, groupFrom);
}

/**
 * A number in the source that the aligned target renders with a different value (major: a contradiction), or that
 * only one side has (minor: often a rephrasing such as "12-month" for "anual", worth a look but not certain).
 */
export default defineRule({
  meta: {
    id: "number-mismatch",
    description: "A number in the aligned target differs from the source, is missing from it, or is not in the source.",
    category: "accuracy/mistranslation",
    severity: "minor",
    messages: {
      differs: "The source says {{source}} but the translation says {{target}}.",
      missing: "The source number {{source}} is missing from the translation.",
      extra: "The translation has the number {{target}}, which is not in the source.",
    },
    confidence: 0.8,
  },
  examples: {
    good: [
      {
        // "twenty-one" is one number, 21.
        from: "es", to: "en",
        source: "La actriz, de 21 años, ganó el premio en Cannes.",
        target: "The twenty-one-year-old actress won the prize in Cannes.",
      },
      {
        from: "es", to: "en",
        source: "Unos 800.000 venezolanos llegaron el 26 de abril. La inflación subió un 3,1 por ciento.",
        target: "Some 800,000 Venezuelans arrived on April 26. Inflation rose 3.1 percent.",
      },
      {
        from: "es", to: "en",
        source: "El proyecto costará 1,5 millones de dólares. Otros dos países aportarán mil millones.",
        target: "The project will cost $1.5 million. Two other countries will contribute a billion.",
      },
      {
        from: "es", to: "en",
        source: "Una docena de agentes llegó a las 10.30 horas. Una mujer fue detenida.",
        target: "A dozen officers arrived at 10:30 a.m. A woman was arrested.",
      },
      {
        from: "en", to: "es",
        source: "Prices rose 134% in the first quarter. The G20 met on May 1st.",
        target: "Los precios subieron un 134 % en el primer trimestre. El G-20 se reunió el 1 de mayo.",
      },
      {
        from: "es", to: "en",
        source: "Murieron veinticinco personas y otras doscientas resultaron heridas.",
        target: "Twenty-five people died and 200 others were injured.",
      },
      {
        from: "en", to: "es",
        source: "The new train reaches 140mph and covers the 58 miles in 38 minutes.",
        target: "El nuevo tren alcanza los 225 km/h y recorre los 93 kilómetros en 38 minutos.",
      },
      {
        from: "es", to: "en",
        source: "El índice subió 68,78 puntos, hasta 10.405,83. La empresa perdió 1.500 millones de dólares.",
        target: "The index rose 68.78 points to 10,405.83. The company lost $1.5 billion.",
      },
      {
        from: "es", to: "en",
        source: "La sesión empezó a las 16.30. Una mujer pidió la palabra.",
        target: "The session began at 4.30pm. One woman asked to speak.",
      },
      {
        from: "es", to: "en",
        source: "Las ventas subieron un 20 % y la mitad de las tiendas abrió. Uno de cada tres clientes pagó con tarjeta.",
        target: "Sales rose by a fifth and 50% of the shops opened. A third of customers paid by card.",
      },
      {
        from: "en", to: "es",
        source: "A quarter of the voters stayed home; unemployment rose two percentage points to 12 per cent.",
        target: "El 25 % de los votantes se quedó en casa; el paro subió dos puntos porcentuales, hasta el 12 %.",
      },
    ],
    bad: [
      {
        from: "es", to: "en",
        source: "Hubo cuatro heridos en el choque de ayer.",
        target: "There were <marker>five</marker> injured in yesterday's crash.",
      },
      {
        from: "en", to: "es",
        source: "Police arrested 3 people after the match.",
        target: "La policía detuvo a <marker>dos</marker> personas tras el partido.",
      },
      {
        from: "es", to: "en",
        source: "Unos 800.000 venezolanos cruzaron la frontera. La inflación subió un 3,1 por ciento.",
        target: "Some <marker>80,000</marker> Venezuelans crossed the border. Inflation rose 3.1 percent.",
        suggestion: "800,000",
      },
      {
        from: "es", to: "en",
        source: "La reunión fue el 26 de abril. Asistieron 45 delegados.",
        target: "The meeting was on April 26. <marker>Delegates attended.</marker>",
      },
      {
        from: "en", to: "es",
        source: "The fire destroyed 12 homes.",
        target: "El incendio destruyó <marker>14</marker> viviendas.",
        suggestion: "12",
      },
      {
        from: "es", to: "en",
        source: "El Gobierno aprobó el plan el martes.",
        target: "The government approved the plan on Tuesday with <marker>300</marker> votes.",
      },
      {
        from: "en", to: "es",
        source: "The company lost $2.5 billion last year.",
        target: "La empresa perdió <marker>1.500</marker> millones de dólares el año pasado.",
      },
      {
        from: "es", to: "en",
        source: "El paro bajó al 7,5 por ciento en 2010.",
        target: "Unemployment fell to <marker>7.6</marker> percent in 2010.",
        suggestion: "7.5",
      },
      {
        // "las" before a number word is a count here, not a clock time; a word after it ending in "th" is no ordinal.
        from: "es", to: "en",
        source: "Las dos alas del partido no se ponen de acuerdo. El informe revisó cinco autoridades sanitarias.",
        target: "The party's <marker>three</marker> wings cannot agree. The report reviewed <marker>six</marker> health authorities.",
      },
      {
        // The lone number word of a sentence keeps to its own sentence, even when a neighbour has its value.
        from: "en", to: "es",
        source: "Four people were injured in the crash. The driver, a father of several children, fled.",
        target: "Hubo <marker>cinco</marker> heridos en el choque. El conductor, padre de cuatro hijos, huyó.",
      },
      {
        // One source sentence split in two by the translator.
        from: "es", to: "en",
        source: "Hubo cuatro heridos en el choque de ayer en la autopista, que quedó cortada durante tres horas.",
        target: "There were <marker>five</marker> injured in yesterday's crash on the motorway. It was closed for three hours.",
      },
      {
        // A lost decimal separator: the same digits, ten times the amount.
        from: "es", to: "en",
        source: "El Gobierno aprobó un plan de 3,2 millones de euros para las escuelas.",
        target: "The government approved a <marker>32</marker> million euro plan for schools.",
        suggestion: "3.2",
      },
    ],
  },
  check(ctx) {
    const src = ctx.pairs.map((p) => mentionsOf(ctx.source, p.source));
    const tgt = ctx.pairs.map((p) => mentionsOf(ctx.target, p.target));
    ctx.pairs.forEach((_, k) => matchSlots(src[k], tgt[k]));
    // Translators move numbers across sentence boundaries: try the neighbouring beads before flagging. A lone number
    // word left on each side of a confident 1–1 bead ("cuatro heridos" / "five injured") stays for its own bead:
    // "two" or "three" in a neighbour is too common to be its counterpart.
    const held = new Set<Slot>();
    ctx.pairs.forEach((p, k) => {
      holdWordPair(p, src[k], tgt[k], held);
    });
    const free = (slots: Slot[]) => (held.size ? slots.filter((x) => !held.has(x)) : slots);
    ctx.pairs.forEach((_, k) => {
      if (k > 0) matchSlots(free(src[k]), free(tgt[k - 1]));
      if (k + 1 < ctx.pairs.length) matchSlots(free(src[k]), free(tgt[k + 1]));
    });
    ctx.pairs.forEach((p, k) => reportPair(ctx, p, src[k], tgt[k]));
  },
});

/** Holds the one unmatched flaggable number of each side of a confident 1–1 bead when one of the two is a word. */
function holdWordPair(p: AlignedPair, src: Slot[], tgt: Slot[], held: Set<Slot>): void {
  if (p.source.length !== 1 || p.target.length !== 1 || p.bead.score < 0.5) return;
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

function reportPair(ctx: RuleContext, p: AlignedPair, src: Slot[], tgt: Slot[]): void {
  if (p.source.length === 0 || p.target.length === 0) return;
  // The joined sentence texts are needed only for unmatched numbers: most pairs have none.
  let targetText: string | undefined;
  let sourceText: string | undefined;
  const tgtImperial = hasImperial(tgt);
  const srcImperial = hasImperial(src);
  const inTarget = new Map<string, boolean>();
  const inSource = new Map<string, boolean>();
  const su = src.filter((s) => !s.matched && flaggable(s.m) && !isConverted(s, tgtImperial) && !standsIn((targetText ??= textOf(ctx.target, p.target)), ctx.source, s.m, inTarget));
  const tu = tgt.filter((t) => !t.matched && flaggable(t.m) && !isConverted(t, srcImperial) && !standsIn((sourceText ??= textOf(ctx.source, p.source)), ctx.target, t.m, inSource));
  dropFractions(ctx, p, su, tu);
  // Only digits against digits is a clear contradiction; an unmatched number word means the sentence was rephrased.
  const sd = su.filter((s) => s.m.digits);
  const td = tu.filter((t) => t.m.digits);
  // Unless exactly one number is left on each side and one of them is in words ("cuatro heridos" / "five injured",
  // "dos mil millones" / "3 billion"): a different count, when both are of the same order of magnitude and the
  // target is not a clock time ("las dos" vs "2.30").
  // (Words in a confident 1–1 bead only: in a larger or doubtful one the two may belong to different sentences.)
  // (A very confident 1–2 or 2–1 bead, one sentence split or joined by the translator, counts too.)
  const oneToOne = (p.source.length === 1 && p.target.length === 1 && p.bead.score >= 0.5) ||
    (p.source.length + p.target.length <= 3 && p.bead.score >= 0.9);
  if (su.length === 1 && tu.length === 1 && (sd.length === 0 || td.length === 0) && (oneToOne || sd.length + td.length === 1)) {
    const raw = ctx.target.text.slice(tu[0].m.numStart, tu[0].m.numEnd);
    const [a, b] = [su[0].m.value, tu[0].m.value].sort((x, y) => x - y);
    const plainCounts = plainCount(ctx.source, su[0].m) && plainCount(ctx.target, tu[0].m);
    if (!/[:.]\d\d$/.test(raw) && a > 0 && b / a < 10 && plainCounts) {
      sd.splice(0, sd.length, su[0]);
      td.splice(0, td.length, tu[0]);
    }
  }
  const rephrased = su.length > sd.length || tu.length > td.length;
  const n = Math.min(sd.length, td.length);
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
  const first = p.target[0];
  const last = p.target[p.target.length - 1];
  if (rephrased) return;
  for (const { m } of sd.slice(n)) {
    ctx.report({
      messageId: "missing",
      severity: "minor",
      confidence: 0.6,
      data: { source: ctx.source.text.slice(m.start, m.end) },
      source: { start: m.start, end: m.end },
      target: { start: first.start, end: last.end },
    });
  }
  for (const { m } of td.slice(n)) {
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
  const sides = [[su, ctx.source, p.target, ctx.target], [tu, ctx.target, p.source, ctx.source]] as const;
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

/** Approximate collective words ("una decena", "a dozen"): renderings of "about ten", not exact counts. */
const APPROXIMATE = new RegExp(anyLanguage("approximate"), "i");
/** Clock times, ordinals and measurements around a number word, where the two sides legitimately differ. */
// (An ordinal ending is glued to the number, "4th", or an ordinal word follows, "one hundred fiftieth": a word that
// merely ends in "th", as in "six health authorities", is no ordinal.)
// regex-safe: alternations of the fragments of rules/<code>/number-words.json, each a word or a bounded run
const NOT_A_COUNT_AFTER = new RegExp(`^(?:[º°ª]|${anyLanguage("gluedOrdinal")}|[\\s-]*(?:${anyLanguage("notCountAfter")}))`, "iu");
// A clock time: "a las dos", "hasta las tres", "at two" ("las dos alas" alone is a count).
const NOT_A_COUNT_BEFORE = new RegExp(`(?:${anyLanguage("notCountBefore")})\\s*$`, "i");

/** Every language's regex fragments of one kind joined as alternatives (a text may quote another language). */
function anyLanguage(kind: "approximate" | "gluedOrdinal" | "notCountAfter" | "notCountBefore"): string {
  return supportedLanguages().flatMap((l) => l.numberWords[kind]).join("|") || "(?!)";
}

/** Whether a number (in words or digits, when the other side's is in words) reads as a plain count of things. */
function plainCount(doc: Doc, m: NumberMention): boolean {
  const text = doc.text;
  if (APPROXIMATE.test(text.slice(m.start, m.end))) return false;
  return !NOT_A_COUNT_AFTER.test(text.slice(m.end, m.end + 24)) && !NOT_A_COUNT_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
}
