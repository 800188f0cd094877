import type { Doc } from "../segment/document";
import { defineRule } from "../check/rule";
import type { Lang } from "../types";
import {
  conventionsFor,
  couldBeAbbreviationPeriod,
  isAbbreviationPeriod,
  sourceTest,
  tokenStartBefore,
  isDigit,
  isLetter,
  isUpper,
  isTagFree,
  isWebLike,
} from "./lib/punctuation";

/** A period followed by spaces (or one line break) and a lowercase letter. */
const PERIOD_THEN_LOWER = /\.(?:[ \t\u00a0]+|[ \t]*\r?\n[ \t]*)(?=\p{Ll})/gu;
const CLOSERS = "\"'”’»)]";
/** The next word, with the inner periods, slashes and @ of addresses (punctuation after it excluded). */
const NEXT_WORD = /[\p{L}\p{N}.@/_-]+/uy;
const DOTTED = /\p{L}\.\p{L}/u;
/** A lowercase roman numeral from ii to xxxix, as list labels are written ("ii. second"). */
const ROMAN_LABEL = /^x{0,3}(?:ix|iv|vi{0,3}|i{2,3})$|^x{1,3}i?$/;
const LIST_CONTEXT = /(?:^|[\n:;,(])\s*$/;
const WORD_AFTER = /[^\s.,;:!?"”’»)]+/y;
const SPACE = /\s/;
/** One to three digits alone: an ordinal where the language writes "5." for "fifth". */
const ORDINAL_DIGITS = /^\d{1,3}$/;

/**
 * Offsets of the stray periods in text[from, to): a period that is not an abbreviation, ellipsis or list number,
 * followed by a lowercase ordinary word (not a brand like iPhone, a web address or a number).
 */
export function strayPeriods(text: string, from: number, to: number, lang: Lang): number[] {
  const out: number[] = [];
  // Searched in text[0, to) (a cheap sliced view): on the whole text the last search of a paragraph would run on to
  // the next match however far away, making the rule quadratic. A match that needs a character at `to` or beyond
  // was dropped below anyway (next >= to).
  const region = to < text.length ? text.slice(0, to) : text;
  PERIOD_THEN_LOWER.lastIndex = from;
  for (let m = PERIOD_THEN_LOWER.exec(region); m && m.index < to; m = PERIOD_THEN_LOWER.exec(region)) {
    const dot = m.index;
    const next = dot + m[0].length;
    if (next >= to) break;
    if (isStray(text, dot, next, lang)) out.push(dot);
  }
  return out;
}

function isStray(text: string, dot: number, next: number, lang: Lang): boolean {
  const before = text[dot - 1];
  // Only after a word, a number or a closing mark; "..", ". ." and "…" are ellipses or doubled marks.
  if (!(isLetter(before) || isDigit(before) || CLOSERS.includes(before ?? "."))) return false;
  if (isAbbreviationPeriod(text, dot, lang)) return false;
  if ((isDigit(before) || isLetter(before)) && isListLabel(text, dot)) return false;
  // "am 5. und 6. Mai", "der 18. ein": German writes ordinals as digits and a period.
  if (isDigit(before) && conventionsFor(lang).ordinalPeriod && ORDINAL_DIGITS.test(text.slice(tokenStartBefore(text, dot), dot)))
    return false;
  if (ROMAN_LABEL.test(text.slice(tokenStartBefore(text, dot), dot))) return false;
  NEXT_WORD.lastIndex = next;
  const word = NEXT_WORD.exec(text)?.[0] ?? "";
  // Brands and names with inner capitals (iPhone, eBay), numbers and codes (mp3), web addresses (hvg.hu).
  for (let k = 1; k < word.length; k++) if (isUpper(word[k]) || isDigit(word[k])) return false;
  if (DOTTED.test(word) || isWebLike(word)) return false;
  return true;
}

/** A number of one or two digits or a single letter, at the start of a line or after : ; , ( — a list label ("1. first", "b. second"). */
function isListLabel(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && isDigit(text[s - 1])) s--;
  if (s === dot && isLetter(text[dot - 1])) s = dot - 1;
  if (s === dot || dot - s > 2 || isLetter(text[s - 1]) || isDigit(text[s - 1])) return false;
  return LIST_CONTEXT.test(text.slice(Math.max(0, s - 40), s));
}

/** Whether the aligned source sentences show a lowercase start after a period of their own (a shared break). */
function sourceHasStrayPeriod(source: Doc, parts: { text: string; start: number }[]): boolean {
  if (parts.length === 0) return false;
  let from = Infinity;
  let to = -Infinity;
  for (const p of parts) {
    from = Math.min(from, p.start);
    to = Math.max(to, p.start + p.text.length);
  }
  return strayPeriods(source.text, from, to, source.lang).length > 0;
}

/** A sentence starting lowercase after a period: a stray period has split one sentence in two. */
export default defineRule({
  meta: {
    id: "sentence-start-case",
    description:
      "A sentence of the target starts with a lowercase letter right after a period that is not an abbreviation, an ellipsis or a list number: a stray period has broken one sentence in two.",
    category: "linguistic/punctuation",
    severity: "minor",
    messages: {
      stray: "A period is followed by a lowercase “{{next}}”: this looks like a stray period inside one sentence.",
    },
    confidence: 0.7,
    // A hint only: deleting the period is right in "recorded. in that situation" but wrong in "los servicios
    // religiosos. eventos deportivos", where a comma was meant; on clean references about half the deletions
    // were right (docs/precision.md), so `fixed` leaves the choice to the editor.
    fixable: false,
  },
  examples: {
    good: [
      {
        // German writes ordinals as digits and a period (rules/punctuation.json de ordinalPeriod).
        from: "en",
        to: "de",
        source: "The fair runs from 5 to 7 February; on the 20th it closes.",
        target: "Die Messe findet vom 5. bis zum 7. Februar statt; am 20. schließt sie.",
      },
      {
        // A company's legal form (rules/punctuation.json companyForms) ends with a period in any language's text.
        from: "en",
        to: "fr",
        source: "The firm Dunavolt Kft. issued invoices for work never done.",
        target: "La société Dunavolt Kft. a émis des factures pour des travaux jamais faits.",
      },
      {
        from: "en",
        to: "fr",
        source: "The Czech Republic can obtain up to 22 percent of the funds.",
        target: "La Rép. tchèque peut obtenir jusqu'à 22 pour cent des fonds.",
      },
      {
        from: "es",
        to: "en",
        source: "Se registraron picos de hasta 250 personas en esa situación.",
        target: "Peaks of up to 250 people were recorded in that situation.",
      },
      {
        from: "es",
        to: "en",
        source: "El gobierno de EE. UU. aprobó la ley a las 5 p. m. del martes, según el Dr. Pérez.",
        target: "The U.S. government passed the law at 5 p.m. on Tuesday, according to Dr. Pérez, i.e. after the vote.",
      },
      {
        from: "es",
        to: "en",
        source: "Compró un iPhone. eBay lo vendía más barato, etc. y nadie se quejó.",
        target: "He bought an iPhone. eBay sold it cheaper, etc. and nobody complained.",
      },
      {
        from: "es",
        to: "en",
        source: "Dijo que esperaba... bueno, que esperaba más.",
        target: "He said he expected... well, he expected more.",
      },
      {
        from: "es",
        to: "en",
        source: "Hay dos opciones: 1. subir los impuestos; 2. recortar el gasto.",
        target: "There are two options: 1. raise taxes; 2. cut spending.",
      },
      {
        from: "es",
        to: "en",
        source: "El sitio hvg.hu lo publicó. iPad y mp3 son marcas.",
        target: "The site told hvg.hu. hvg.hu published it. mp3 players sold well.",
      },
      {
        from: "en",
        to: "es",
        source: "The new wing opened in 2010. in June, it was closed again.",
        target: "El ala nueva abrió en 2010. en junio, volvió a cerrarse.",
      },
      {
        from: "en",
        to: "es",
        source: "The company Tiger Holding Kft. agreed to the deal with the U.S. government.",
        target: "La empresa Tiger Holding Kft. acordó el trato con el gobierno de EE.UU. y con Canadá.",
      },
      {
        from: "en",
        to: "es",
        source: "At 10:00 a.m. the U.S. firm Grupo Lara Inc. opened page no. 5 of the 300 B.C. text.",
        target: "A las 10:00 a. m. la empresa de EE. UU. Grupo Lara S. A. abrió la pág. 5, n.º 2, del texto del año 300 a. C. en inglés.",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "Se registraron picos de hasta 250 personas en esa situación.",
        target: "Peaks of up to 250 people were recorded<marker>.</marker> in that situation.",
        suggestion: "",
      },
      {
        from: "en",
        to: "es",
        source: "The minister said the plan would be approved next week by the cabinet.",
        target: "El ministro dijo que el plan sería aprobado<marker>.</marker> la próxima semana por el gabinete.",
        suggestion: "",
      },
      {
        from: "es",
        to: "en",
        source: "La cifra subió a 2010 casos en toda la región durante el año.",
        target: "The figure rose to 2010<marker>.</marker> cases across the region during the year.",
        suggestion: null,
      },
      {
        from: "es",
        to: "en",
        source: "Dijo que «no habría más retrasos» y que la obra terminaría pronto.",
        target: "He said “there would be no more delays”<marker>.</marker> and that the work would end soon.",
        suggestion: "",
      },
      {
        from: "en",
        to: "es",
        source: "The Spindl Info site reported it on the 18th of July.",
        target: "El sitio Spindl<marker>.</marker> info lo publicó el 18<marker>.</marker> de julio.",
        suggestion: null,
      },
    ],
  },
  check(ctx) {
    const target = ctx.target;
    const cache = new Map<string, boolean>();
    for (const p of target.paragraphs) {
      for (const dot of strayPeriods(target.text, p.start, p.end, target.lang)) {
        let next = dot + 1;
        while (next < p.end && SPACE.test(target.text[next])) next++;
        if (sourceTest(ctx, cache, [dot, next], "", (parts) => sourceHasStrayPeriod(ctx.source, parts))) continue;
        WORD_AFTER.lastIndex = next;
        const finding = {
          messageId: "stray",
          data: { next: WORD_AFTER.exec(target.text)?.[0] ?? target.text[next] },
          target: { start: dot, end: dot + 1 },
        };
        // The fix removes the period: only when it cannot be an abbreviation's (a long lowercase word before it).
        const certain = !couldBeAbbreviationPeriod(target.text, dot, target.lang) && isTagFree(target, dot, dot + 1);
        ctx.report(certain ? { ...finding, suggestion: "" } : finding);
      }
    }
  },
});
