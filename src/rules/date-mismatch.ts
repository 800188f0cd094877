import { escapeRegExp } from "../lang/inflect";
import type { Doc, Segment } from "../segment/document";
import { lastStartingAtOrBefore } from "../check/offsets";
import { defineRule, type RuleContext } from "../check/rule";
import type { Lang } from "../types";
import { byLanguage, languageOf } from "../lang/registry";
import { reportClockMismatches } from "./lib/clock-mismatch";

type Kind = "months" | "weekdays";

/** A month or weekday named in a text. */
interface CalendarMention {
  kind: Kind;
  /** 0 = January / Monday. */
  index: number;
  start: number;
  end: number;
}

interface Entry {
  kind: Kind;
  index: number;
}

const KINDS: Kind[] = ["months", "weekdays"];

/** Name → entry per language, each name as its language writes it in running text ("enero", "January"). */
const LOOKUP: Record<Lang, Map<string, Entry>> = byLanguage(({ calendar }) => {
  const lookup = new Map<string, Entry>();
  for (const kind of KINDS) {
    calendar[kind].forEach((forms, index) => {
      for (const form of forms) lookup.set(form, { kind, index });
    });
  }
  return lookup;
});
const AMBIGUOUS: Record<Lang, Set<string>> = byLanguage((l) => new Set(l.calendar.ambiguous));
const DATE_PREPOSITIONS: Record<Lang, Set<string>> = byLanguage((l) => new Set(l.calendar.datePrepositions));

/**
 * One alternation of every name per language, longest first, not followed by a letter (abbreviations keep their
 * period). That no letter precedes it is checked by `mentionsIn`: a lookbehind here would be tried at every
 * position of the text and makes the scan about three times slower.
 */
const NAMES: Record<Lang, RegExp> = byLanguage(
  ({ code }) =>
    new RegExp(
      `(?:${[...LOOKUP[code].keys()]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join("|")})(?![\\p{L}])`,
      "gu",
    ),
);
const DIGIT = /\d/;
const LETTER = /\p{L}/u;

/** Every month and weekday named in a document, in text order (one scan of the whole text). */
function mentionsIn(doc: Doc): CalendarMention[] {
  const out: CalendarMention[] = [];
  const re = NAMES[doc.lang];
  re.lastIndex = 0;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    if (letterBefore(doc.text, m.index)) {
      // As a lookbehind would: no match here, so the search goes on from the next position (a name's first unit is
      // a BMP letter, so that is never inside a surrogate pair).
      re.lastIndex = m.index + 1;
      continue;
    }
    const entry = LOOKUP[doc.lang].get(m[0])!;
    if (acceptable(doc.text, m.index, m[0], doc.lang))
      out.push({ kind: entry.kind, index: entry.index, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** True when one of the mention lists names the month or weekday `index` of `kind`. */
function namedNear(lists: (CalendarMention[] | undefined)[], kind: Kind, index: number): boolean {
  return lists.some((list) => !!list?.some((m) => m.kind === kind && m.index === index));
}

/** True when the code point just before offset `at` is a letter (as the lookbehind (?<![\p{L}]) with the u flag sees it). */
function letterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const h = text.charCodeAt(at - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER.test(text.slice(at - 2, at));
  }
  return LETTER.test(text[at - 1]);
}

/** The word just before offset `at` (lower case), or "". */
function previousWord(text: string, at: number): string {
  let e = at;
  while (e > 0 && !LETTER.test(text[e - 1])) {
    if (at - e > 3) return "";
    e--;
  }
  let b = e;
  while (b > 0 && LETTER.test(text[b - 1]) && e - b < 12) b--;
  return text.slice(b, e).toLowerCase();
}

/**
 * Names of a language that writes them in lower case only in lower case (capitalised they are often names:
 * Domingo, Mayo); ambiguous names need a date context.
 */
function acceptable(text: string, at: number, word: string, lang: Lang): boolean {
  if (!languageOf(lang).calendar.capitalised) return word === word.toLowerCase();
  if (!AMBIGUOUS[lang].has(word)) return true;
  if (DATE_PREPOSITIONS[lang].has(previousWord(text, at))) return true;
  // "April 26", "26 April", "May 2010".
  const after = text.slice(at + word.length, at + word.length + 3);
  const before = text.slice(Math.max(0, at - 3), at);
  return DIGIT.test(after.trimStart()[0] ?? "") || DIGIT.test(before.trimEnd().slice(-1));
}

/** The mentions (sorted by offset) that lie inside the given segments. */
function mentionsOfSegments(all: CalendarMention[], segments: Segment[]): CalendarMention[] {
  if (all.length === 0 || segments.length === 0) return [];
  const from = segments[0].start;
  const to = segments[segments.length - 1].end;
  const out: CalendarMention[] = [];
  for (let i = lastStartingAtOrBefore(all, from - 1) + 1; i < all.length && all[i].start < to; i++) if (all[i].end <= to) out.push(all[i]);
  return out;
}

/** The first name of a month or weekday in a language (the suggestion). */
function nameOf(kind: Kind, index: number, lang: Lang): string {
  return languageOf(lang).calendar[kind][index][0];
}

/**
 * A month, weekday or clock time in the aligned target that contradicts the one the source names ("martes" →
 * "Monday", "a las 10:30" → "at 11.30 am").
 */
export default defineRule({
  meta: {
    id: "date-mismatch",
    description:
      'A month, weekday or clock time in the aligned target contradicts the source (martes → Monday, abril → March, a las 10:30 → at 11.30 am, 8 p. m. → 8 a.m.); one only the target names (an added "on Tuesday" for "ayer") is not flagged, and the same time on a 12- or 24-hour clock (15 horas, 3 pm) is equal.',
    category: "accuracy/mistranslation",
    severity: "minor",
    messages: {
      differs: "The source says “{{source}}” but the translation says “{{target}}”.",
      time: "The source gives the time “{{source}}” but the translation says “{{target}}”: a different time.",
    },
    confidence: 0.8,
  },
  examples: {
    good: [
      {
        // French typography spaces the hour mark: "14 h 30" is 2.30 p.m.
        from: "en",
        to: "fr",
        source: "The plan starts at 2.30 p.m. and ends at 6 p.m., the minister said.",
        target: "Le plan commence à 14 h 30 et se termine à 18 h, a déclaré le ministre.",
      },
      {
        from: "es",
        to: "en",
        source: "El Consejo aprobó el plan el 26 de abril. El ministro habló el martes con la prensa.",
        target: "The Council approved the plan on April 26. The minister spoke to the press on Tuesday.",
      },
      {
        // A weekday the source does not name: English news often writes the day for "ayer".
        from: "es",
        to: "en",
        source: "El presidente dijo ayer que no dimitirá.",
        target: "The president said on Wednesday that he would not resign.",
      },
      {
        // "May" as a verb and "Domingo" as a surname are not dates.
        from: "es",
        to: "en",
        source: "El tenor Plácido Domingo cantará en marzo. La gira podría retrasarse.",
        target: "Tenor Plácido Domingo will sing in March. May the tour be delayed? It may.",
      },
      {
        // The day moved to the next sentence by the translator.
        from: "en",
        to: "es",
        source: "The talks ended on Friday. Both sides signed the deal.",
        target: "Las conversaciones terminaron. Ambas partes firmaron el acuerdo el viernes.",
      },
      {
        // The same times on a 24- and a 12-hour clock, and noon.
        from: "es",
        to: "en",
        source: "El pleno empezó a las 10:30, paró a las 15 horas y el acto terminó a mediodía. Duró 8 horas.",
        target: "The session began at 10.30 am, stopped at 3 pm and the event ended at noon. It lasted eight hours.",
      },
      {
        from: "en",
        to: "es",
        source: "Voting ends at 8 p.m. (20:00 GMT).",
        target: "La votación termina a las 20:00 (20:00 GMT).",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "El Consejo de Ministros aprobó el martes un plan de vivienda.",
        target: "The Council of Ministers on <marker>Monday</marker> approved a housing plan.",
        suggestion: "Tuesday",
      },
      {
        from: "es",
        to: "en",
        source: "Las obras empezarán el 26 de abril y durarán seis meses.",
        target: "Work will begin on <marker>March</marker> 26 and last six months.",
        suggestion: "April",
      },
      {
        from: "en",
        to: "es",
        source: "The election will be held in September.",
        target: "Las elecciones se celebrarán en <marker>noviembre</marker>.",
        suggestion: "septiembre",
      },
      {
        from: "es",
        to: "en",
        source: "La reunión empezó a las 10:30 en el ayuntamiento.",
        target: "The meeting began at <marker>11.30 am</marker> at the town hall.",
      },
      {
        from: "en",
        to: "es",
        source: "The polls close at 8 p.m. on Sunday.",
        target: "Los colegios electorales cierran a las <marker>8 a. m.</marker> del domingo.",
      },
      {
        from: "es",
        to: "en",
        source: "El tren salió al mediodía.",
        target: "The train left at <marker>5 pm</marker>.",
      },
      {
        // Minutes before "horas" are on the 24-hour clock; a sentence's own times are compared even when the next
        // sentence has the source's time.
        from: "es",
        to: "en",
        source: "Empieza a nevar a las 7:30 horas. Los juegos se cierran a medianoche. Nadie juega después de medianoche.",
        target: "It starts snowing at <marker>7.30 pm</marker>. Games close at <marker>noon</marker>. Nobody plays after midnight.",
      },
    ],
  },
  check(ctx: RuleContext) {
    reportClockMismatches(ctx);
    const allSource = mentionsIn(ctx.source);
    const allTarget = mentionsIn(ctx.target);
    if (allSource.length === 0 || allTarget.length === 0) return;
    const src = ctx.pairs.map((p) => mentionsOfSegments(allSource, p.source));
    const tgt = ctx.pairs.map((p) => mentionsOfSegments(allTarget, p.target));
    ctx.pairs.forEach((p, k) => {
      if (p.source.length === 0 || p.target.length === 0 || tgt[k].length === 0 || src[k].length === 0) return;
      for (const kind of KINDS) {
        // Names the translator may have moved across a sentence boundary count as present.
        const extraTarget = tgt[k].filter((t) => t.kind === kind && !namedNear([src[k - 1], src[k], src[k + 1]], kind, t.index));
        const missingSource = src[k].filter((s) => s.kind === kind && !namedNear([tgt[k - 1], tgt[k], tgt[k + 1]], kind, s.index));
        if (extraTarget.length === 0 || missingSource.length === 0) continue;
        const only = missingSource.length === 1 ? missingSource[0] : undefined;
        for (const t of extraTarget.slice(0, missingSource.length)) {
          const s = only ?? missingSource[extraTarget.indexOf(t)];
          ctx.report({
            messageId: "differs",
            data: { source: ctx.source.text.slice(s.start, s.end), target: ctx.target.text.slice(t.start, t.end) },
            source: { start: s.start, end: s.end },
            target: { start: t.start, end: t.end },
            suggestion: only ? nameOf(kind, only.index, ctx.target.lang) : undefined,
          });
        }
      }
    });
  },
});
