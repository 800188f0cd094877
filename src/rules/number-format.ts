import { defineRule, type RuleContext } from "../check/rule";
import { extractNumbers } from "./lib/number-mentions";
import { clockTimes } from "./lib/clock-times";
import { byLanguage } from "../lang/registry";
import type { Lang } from "../types";
import type { Segment } from "../segment/document";
import { indexContaining } from "../check/offsets";
import { describeSeparators, numberConventions, percentStyle, type NumberConventions } from "../lang/locale-conventions";

const ONE_SEPARATOR_THREE_DIGITS = /^\d+[.,]\d{3}$/;

/** Digits with separators: "800.000", "1,000,000", "3,1", "1.234,5". */
// regex-safe: each repetition must start with a separator the digit class cannot match
const NUMBER = /(?<![\p{L}\p{N}.,:/-])\d+(?:[.,]\d+)+(?![\p{N}]|[.,]\d|[\p{L}º])/gu;
// regex-safe: one optional separator group, no nested quantifier
const PERCENT = /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?)(\s?)%/gu;
const SECTION_BEFORE =
  /(?:art[íi]culo|art\.|secci[óo]n|apartado|cap[íi]tulo|punto|versi[óo]n|ley|norma|inciso|párrafo|fase|nivel|tabla|figura|las|a las|de las|hacia las|sobre las)\s*$/i;
/** The word (a name: "Web", "OpenOffice.org", "Mazda3") right before a number, and the spaces after it. */
// regex-safe: one word class then one repeated class, anchored at the end of a 30-character slice
const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}.-]*)\s+$/u;
// regex-safe: one character class, anchored
const NAME_LIKE = /^\p{Lu}|\d/u;

/** The separator a fix writes: the target's first accepted one (a space group becomes a no-break space). */
const written = (sep: string) => (sep === " " ? "\u00a0" : sep);

/** Reformats a number token written with `group` and `decimal` into the target's preferred separators. */
function reformat(token: string, group: string, decimal: string, to: NumberConventions): string {
  const [intPart, frac] = decimal && token.includes(decimal) ? token.split(decimal) : [token, undefined];
  const digits = group ? intPart.split(group).join(written(to.group[0])) : intPart;
  return frac !== undefined ? `${digits}${written(to.decimal[0])}${frac}` : digits;
}

/** The target segment holding offset `at` (undefined between segments). */
function targetSegmentAt(ctx: RuleContext, at: number): Segment | undefined {
  return ctx.target.segments[indexContaining(ctx.target.segments, at)];
}

/** The source segments of the bead holding the target segment at offset `at` (none when it is unaligned). */
function sourceSegmentsAt(ctx: RuleContext, at: number): readonly Segment[] {
  const seg = targetSegmentAt(ctx, at);
  return (seg && ctx.pairs[ctx.pairOfTarget[seg.index]]?.source) ?? [];
}

/** The scale multiplier written after the target number that starts at `at` ("billion": 1e9; 1 when none). */
function targetScale(ctx: RuleContext, at: number): number {
  const seg = targetSegmentAt(ctx, at);
  if (!seg) return 1;
  const m = extractNumbers(ctx.target.text, ctx.target.lang, ctx.target.pair, seg.start, seg.end).find((x) => x.numStart === at);
  return m?.scale ?? 1;
}

/**
 * The numbers written in digits in the aligned source of a target offset, each as `read` gives it: its `base` (the
 * value as written) or its `value` (scale words included: "1.047 millones" is 1,047,000,000).
 */
function sourceNumbers(ctx: RuleContext, targetOffset: number, read: "base" | "value"): Set<number> {
  const out = new Set<number>();
  for (const s of sourceSegmentsAt(ctx, targetOffset)) {
    for (const m of extractNumbers(ctx.source.text, ctx.source.lang, ctx.source.pair, s.start, s.end)) if (m.digits) out.add(m[read]);
  }
  return out;
}

/** A number in the target written with the source locale's separators, or percent spacing against the target's style. */
export default defineRule({
  meta: {
    id: "number-format",
    description:
      "A number in the translation uses the source's digit separators where the target locale's CLDR conventions differ (es-ES 25.000, es-MX 25,000; a bare language accepts any of its regions), or the wrong percent spacing.",
    category: "locale/number-format",
    severity: "minor",
    fixable: true,
    messages: {
      separators: "“{{number}}” has the source's separators; {{convention}}. Write “{{fixed}}”.",
      percent: "{{label}}: percent written {{percentStyle}}. Write “{{fixed}}”.",
      both: "“{{number}}” has the source's separators and percent spacing; {{convention}}, percent written {{percentStyle}}. Write “{{fixed}}”.",
    },
    confidence: 0.75,
  },
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "Llegaron 800.000 venezolanos en 2010. La inflación fue del 3,1 %.",
        target: "Some 800,000 Venezuelans arrived in 2010. Inflation was 3.1%.",
      },
      {
        from: "en",
        to: "es",
        source: "Some 800,000 people voted and turnout was 54.5%. Article 3.1 applies.",
        target: "Votaron unas 800.000 personas y la participación fue del 54,5 %. Se aplica el artículo 3.1.",
      },
      {
        from: "es",
        to: "en",
        source: "La correlación fue fuerte (p <0.001).",
        target: "The correlation was strong (p < 0.001).",
      },
      {
        from: "en",
        to: "es",
        source: "The meeting starts at 10.30 a.m. and 45% of members attend.",
        target: "La reunión empieza a las 10.30 horas y asiste el 45% de los miembros.",
      },
      {
        // "1.047 millones" is 1,047 million: "1.047 billion" is a decimal of billions, the same quantity.
        from: "es",
        to: "en",
        source: "El túnel costará 1.047 millones de euros.",
        target: "The tunnel will cost 1.047 billion euros.",
      },
      {
        // es-MX (CLDR) groups with "," and writes decimals with ".", as English does.
        from: "en-US",
        to: "es-MX",
        source: "About 25,000 people marched at 10:00 a.m.; prices rose 7.5% in 2023.",
        target: "Unas 25,000 personas marcharon a las 10:00 a. m.; los precios subieron un 7.5% en 2023.",
      },
      {
        // es-419 as es-MX; the percent space is tolerated in Spanish (rules/es/locale.json).
        from: "en",
        to: "es-419",
        source: "Of the 1,250 cases, 12.5% were severe.",
        target: "De los 1,250 casos, el 12.5 % fueron graves.",
      },
      {
        // A bare "es" accepts what any Spanish region writes: 25,000 (Mexico, US) and 25.000 (Spain).
        from: "en",
        to: "es",
        source: "About 25,000 people marched; the year before, 25,000 had.",
        target: "Unas 25,000 personas marcharon; el año anterior, 25.000.",
      },
      {
        from: "es-MX",
        to: "en-GB",
        source: "Unas 25,000 personas votaron y la participación fue del 54.5%.",
        target: "Some 25,000 people voted and turnout was 54.5%.",
      },
      {
        // German writes clock times with a period ("7.30 Uhr"); a version keeps its name's spelling ("Web 2.0").
        from: "en",
        to: "de",
        source: "At 7.30 a.m. the Web 2.0 conference opened; OpenOffice.org 3.0 ships today.",
        target: "Um 7.30 Uhr begann die Konferenz zum Web 2.0; OpenOffice.org 3.0 erscheint heute.",
      },
      {
        from: "en",
        to: "fr",
        source: "The web 2.0 is about collaboration.",
        target: "Le web 2.0 est une affaire de collaboration.",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "Unos 800.000 venezolanos cruzaron la frontera.",
        target: "Some <marker>800.000</marker> Venezuelans crossed the border.",
        suggestion: null,
      },
      {
        from: "es",
        to: "en",
        source: "Unos 1.800.000 venezolanos cruzaron la frontera.",
        target: "Some <marker>1.800.000</marker> Venezuelans crossed the border.",
        suggestion: "1,800,000",
      },
      {
        from: "es",
        to: "en",
        source: "La economía creció un 3,1 por ciento.",
        target: "The economy grew <marker>3,1</marker> percent.",
        suggestion: "3.1",
      },
      {
        from: "es",
        to: "en",
        source: "Los precios subieron un 134 %.",
        target: "Prices rose <marker>134 %</marker>.",
        suggestion: "134%",
      },
      {
        from: "es",
        to: "en",
        source: "La inversión cayó un 4,5 % en 2023.",
        target: "Investment fell by <marker>4,5 %</marker> in 2023.",
        suggestion: "4.5%",
      },
      {
        // es-ES (CLDR): thousands ".", decimals ",".
        from: "en",
        to: "es-ES",
        source: "About 1,250,000 people live there.",
        target: "Allí viven unas <marker>1,250,000</marker> personas.",
        suggestion: "1.250.000",
      },
      {
        from: "en",
        to: "de",
        source: "Unemployment fell to 7.5 percent at 10.30 a.m.",
        target: "Die Arbeitslosigkeit sank um 10.30 Uhr auf <marker>7.5</marker> Prozent.",
        suggestion: null,
      },
      {
        from: "en-US",
        to: "es-ES",
        source: "Unemployment fell to 7.5 percent.",
        target: "El desempleo bajó al <marker>7.5</marker> por ciento.",
        suggestion: "7,5",
      },
      {
        from: "en-GB",
        to: "es-ES",
        source: "Some 25,000 people marched.",
        target: "Unas <marker>25,000</marker> personas marcharon.",
        suggestion: null,
      },
      {
        // A source in Spain's style leaks into en-GB; the es-MX style would not (see the good examples).
        from: "es-ES",
        to: "en-GB",
        source: "Votaron 25.000 personas.",
        target: "Some <marker>25.000</marker> people voted.",
        suggestion: null,
      },
      {
        from: "es-MX",
        to: "en-US",
        source: "La economía creció 3.1 por ciento en 2023.",
        target: "The economy grew <marker>3.1 %</marker> in 2023.",
        suggestion: "3.1%",
      },
    ],
  },
  check(ctx) {
    if (ctx.target.lang === ctx.source.lang) return;
    const to = numberConventions(ctx.target.locale);
    const from = numberConventions(ctx.source.locale);
    const text = ctx.target.text;
    const conventions = { convention: describeSeparators(to), label: to.label, percentStyle: percentStyle(to) };
    // A bare language whose regions disagree gets no mechanical fix (its separators are tolerated anyway); nor does
    // one separator before exactly three digits: "1.047 billion" may be a decimal as well as a thousand (the message
    // still says what the target convention would be).
    const sure = to.group.length === 1 && to.decimal.length === 1;
    const fix = (suggestion: string, tok: string) => (sure && !ONE_SEPARATOR_THREE_DIGITS.test(tok) ? { suggestion } : {});
    // Separator fixes by start offset, so that a percentage with both faults ("4,5 %" in English) gets one
    // finding whose fix repairs both, instead of two overlapping fixes of which only one could apply.
    const separators = new Map<number, { end: number; tok: string; fixed: string }>();
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
      const tok = m[0];
      const fixed = foreignFormat(ctx, tok, m.index, from, to);
      if (fixed) separators.set(m.index, { end: m.index + tok.length, tok, fixed });
    }
    if (to.percent !== "either") {
      PERCENT.lastIndex = 0;
      for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
        const spaced = m[2] !== "";
        if (spaced === (to.percent === "space")) continue;
        const sep = separators.get(m.index);
        const number = sep && sep.end === m.index + m[1].length ? sep.fixed : m[1];
        if (number !== m[1]) separators.delete(m.index);
        const fixed = `${number}${to.percent === "space" ? "\u00a0" : ""}%`;
        ctx.report({
          messageId: number === m[1] ? "percent" : "both",
          data: { ...conventions, number: m[0], fixed },
          target: { start: m.index, end: m.index + m[0].length },
          ...fix(fixed, number === m[1] ? "" : m[1]),
        });
      }
    }
    for (const [start, { end, tok, fixed }] of separators) {
      ctx.report({ messageId: "separators", data: { number: tok, ...conventions, fixed }, target: { start, end }, ...fix(fixed, tok) });
    }
  },
});

/** The aligned source of the target segment holding offset `at` (its segments' texts). */
function alignedSource(ctx: RuleContext, at: number): string[] {
  return sourceSegmentsAt(ctx, at).map((s) => ctx.source.text.slice(s.start, s.end));
}

/**
 * True when target[at, end) is the hour and minutes of a clock time by the target language's own clock words
 * (rules/<code>/clock-times.json): "7.30 Uhr", "a las 10.30", "10.30 horas" are times, not decimals.
 */
function inClockTime(ctx: RuleContext, at: number, end: number): boolean {
  const seg = targetSegmentAt(ctx, at);
  if (!seg) return false;
  return clockTimes(ctx.target.text, ctx.target.lang, seg.start, seg.end).some((t) => t.start <= at && t.end >= end);
}

/** The source language's stopwords, as a set (a word before a number that is one is no name). */
const STOPWORDS = byLanguage((l) => new Set(l.stopwords));
function isStopword(word: string, lang: Lang): boolean {
  return STOPWORDS[lang].has(word.toLowerCase());
}

/**
 * True when the number follows a word that the aligned source writes before the very same number ("Web 2.0",
 * "OpenOffice.org 3.0", "Mazda3 2.0"; French "le web 2.0" for "web 2.0"): a version or model, copied with its name,
 * not a decimal to localise. The word must look like a name (a capital or a digit in it) or be no stopword of at
 * least three letters ("a 2.5" in Spanish after "a 2.5" in English is no name).
 */
function versionOfName(ctx: RuleContext, tok: string, at: number): boolean {
  const word = WORD_BEFORE.exec(ctx.target.text.slice(Math.max(0, at - 30), at))?.[1];
  if (!word || word.length < 3) return false;
  const phrase = `${word} ${tok}`.toLowerCase();
  for (const s of alignedSource(ctx, at)) {
    // regex-safe: a single class, repeated once
    const one = s.replace(/\s+/g, " ");
    const lower = one.toLowerCase();
    for (let i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + 1)) {
      const written = one.slice(i, i + word.length);
      if (NAME_LIKE.test(written) || !isStopword(written, ctx.source.lang)) return true;
    }
  }
  return false;
}

/** The token reformatted for the target when it is written in the source's style and not the target's; undefined when fine or unclear. */
function foreignFormat(ctx: RuleContext, tok: string, at: number, from: NumberConventions, to: NumberConventions): string | undefined {
  const seps = tok.replace(/\d/g, "");
  const groups = tok.split(/[.,]/);
  const threes = groups.slice(1).every((g) => g.length === 3);
  const uniform = new Set(seps).size === 1;
  const before = ctx.target.text.slice(Math.max(0, at - 16), at);
  const sep = seps[0];
  if (uniform && from.group.includes(sep) && !to.group.includes(sep)) {
    // "1.000.000" in English or "1,000,000" in es-ES: grouping in the source style.
    // "0.001" is never a thousands grouping (no number is written with a leading 0 group).
    if (!threes || groups[0].length > 3 || groups[0] === "0") return undefined;
    if (seps.length >= 2) return reformat(tok, sep, "", to);
    // One separator: "800.000" could be a decimal; require the aligned source to have this very quantity, scale
    // words included ("1.047 billion" for "1.047 millones" is a decimal, and right).
    const value = Number(groups.join(""));
    if (!sourceNumbers(ctx, at, "base").has(value)) return undefined;
    if (!sourceNumbers(ctx, at, "value").has(value * targetScale(ctx, at))) return undefined;
    if (SECTION_BEFORE.test(before)) return undefined;
    return reformat(tok, sep, "", to);
  }
  if (uniform && seps.length === 1 && from.decimal.includes(sep) && !to.decimal.includes(sep)) {
    // "3,1" in English or "3.1" in es-ES: a decimal in the source style.
    const value = Number(`${groups[0]}.${groups[1]}`);
    if (groups[1].length === 3) return undefined;
    if (to.decimal[0] === ",") {
      if (SECTION_BEFORE.test(before) || inClockTime(ctx, at, at + tok.length)) return undefined;
      if (!sourceNumbers(ctx, at, "base").has(value)) return undefined;
    }
    if (versionOfName(ctx, tok, at)) return undefined;
    return `${groups[0]}${written(to.decimal[0])}${groups[1]}`;
  }
  const last = seps[seps.length - 1];
  if (
    !uniform &&
    seps.length >= 2 &&
    sep !== last &&
    from.group.includes(sep) &&
    from.decimal.includes(last) &&
    !threes &&
    !(to.group.includes(sep) && to.decimal.includes(last))
  ) {
    const head = groups.slice(1, -1);
    if (!head.every((g) => g.length === 3) || groups[0].length > 3) return undefined;
    return reformat(tok, sep, last, to);
  }
  return undefined;
}
