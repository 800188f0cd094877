import calendar from "../../rules/calendar.json";
import type { Doc, Segment } from "../core/document";
import { defineRule, type RuleContext } from "../core/rule";
import type { Lang } from "../core/types";

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

/** Name → entry per language: Spanish keys in lower case, English keys as written (capitalised). */
const LOOKUP: Record<Lang, Map<string, Entry>> = { es: new Map(), en: new Map() };
for (const kind of KINDS) {
  for (const lang of ["es", "en"] as const) {
    calendar[kind][lang].forEach((forms, index) => {
      for (const form of forms) LOOKUP[lang].set(form, { kind, index });
    });
  }
}
const AMBIGUOUS: Record<Lang, Set<string>> = { es: new Set(calendar.ambiguous.es), en: new Set(calendar.ambiguous.en) };
const DATE_PREPOSITIONS: Record<Lang, Set<string>> = {
  es: new Set(calendar.datePrepositions.es),
  en: new Set(calendar.datePrepositions.en),
};

/** A word, with a following period kept for abbreviations ("Jan."). */
const WORD = /\p{L}+\.?/gu;
const DIGIT = /\d/;

/** The months and weekdays named in text[start, end). */
function mentionsIn(text: string, start: number, end: number, lang: Lang): CalendarMention[] {
  const out: CalendarMention[] = [];
  const lookup = LOOKUP[lang];
  WORD.lastIndex = start;
  let previous = "";
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const token = m[0];
    const bare = token.endsWith(".") ? token.slice(0, -1) : token;
    const entry = lookup.get(token) ?? lookup.get(bare);
    const word = lookup.has(token) ? token : bare;
    if (entry && acceptable(text, m.index, word, previous, lang)) {
      out.push({ kind: entry.kind, index: entry.index, start: m.index, end: m.index + word.length });
    }
    previous = bare.toLowerCase();
  }
  return out;
}

/** Spanish names only in lower case (capitalised they are often names); ambiguous English names need a date context. */
function acceptable(text: string, at: number, word: string, previous: string, lang: Lang): boolean {
  if (lang === "es") return word === word.toLowerCase();
  if (!AMBIGUOUS.en.has(word)) return true;
  if (DATE_PREPOSITIONS[lang].has(previous)) return true;
  // "April 26", "26 April", "May 2010".
  const after = text.slice(at + word.length, at + word.length + 3);
  const before = text.slice(Math.max(0, at - 3), at);
  return DIGIT.test(after.trimStart()[0] ?? "") || DIGIT.test(before.trimEnd().slice(-1));
}

function mentionsOfSegments(doc: Doc, segments: Segment[]): CalendarMention[] {
  return segments.flatMap((s) => mentionsIn(doc.text, s.start, s.end, doc.lang));
}

/** The first name of a month or weekday in a language (the suggestion). */
function nameOf(kind: Kind, index: number, lang: Lang): string {
  return calendar[kind][lang][index][0];
}

/** A month or weekday in the aligned target that contradicts the one the source names ("martes" → "Monday"). */
export default defineRule({
  meta: {
    id: "date-mismatch",
    description:
      "A month or weekday in the aligned target contradicts the source (martes → Monday, abril → March); one only the target names (an added \"on Tuesday\" for \"ayer\") is not flagged.",
    category: "accuracy/mistranslation",
    severity: "major",
    messages: {
      differs: "The source says “{{source}}” but the translation says “{{target}}”.",
    },
  },
  examples: {
    good: [
      {
        from: "es", to: "en",
        source: "El Consejo aprobó el plan el 26 de abril. El ministro habló el martes con la prensa.",
        target: "The Council approved the plan on April 26. The minister spoke to the press on Tuesday.",
      },
      {
        // A weekday the source does not name: English news often writes the day for "ayer".
        from: "es", to: "en",
        source: "El presidente dijo ayer que no dimitirá.",
        target: "The president said on Wednesday that he would not resign.",
      },
      {
        // "May" as a verb and "Domingo" as a surname are not dates.
        from: "es", to: "en",
        source: "El tenor Plácido Domingo cantará en marzo. La gira podría retrasarse.",
        target: "Tenor Plácido Domingo will sing in March. May the tour be delayed? It may.",
      },
      {
        // The day moved to the next sentence by the translator.
        from: "en", to: "es",
        source: "The talks ended on Friday. Both sides signed the deal.",
        target: "Las conversaciones terminaron. Ambas partes firmaron el acuerdo el viernes.",
      },
    ],
    bad: [
      {
        from: "es", to: "en",
        source: "El Consejo de Ministros aprobó el martes un plan de vivienda.",
        target: "The Council of Ministers on <marker>Monday</marker> approved a housing plan.",
        suggestion: "Tuesday",
      },
      {
        from: "es", to: "en",
        source: "Las obras empezarán el 26 de abril y durarán seis meses.",
        target: "Work will begin on <marker>March</marker> 26 and last six months.",
        suggestion: "April",
      },
      {
        from: "en", to: "es",
        source: "The election will be held in September.",
        target: "Las elecciones se celebrarán en <marker>noviembre</marker>.",
        suggestion: "septiembre",
      },
    ],
  },
  check(ctx: RuleContext) {
    const src = ctx.pairs.map((p) => mentionsOfSegments(ctx.source, p.source));
    const tgt = ctx.pairs.map((p) => mentionsOfSegments(ctx.target, p.target));
    ctx.pairs.forEach((p, k) => {
      if (p.source.length === 0 || p.target.length === 0 || tgt[k].length === 0 || src[k].length === 0) return;
      for (const kind of KINDS) {
        const has = (list: CalendarMention[] | undefined, index: number) => !!list?.some((m) => m.kind === kind && m.index === index);
        const near = (lists: (CalendarMention[] | undefined)[], index: number) => lists.some((l) => has(l, index));
        // Names the translator may have moved across a sentence boundary count as present.
        const extraTarget = tgt[k].filter((t) => t.kind === kind && !near([src[k - 1], src[k], src[k + 1]], t.index));
        const missingSource = src[k].filter((s) => s.kind === kind && !near([tgt[k - 1], tgt[k], tgt[k + 1]], s.index));
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
