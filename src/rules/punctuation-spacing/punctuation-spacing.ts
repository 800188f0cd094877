import type { Doc } from "../../segment/document";
import { defineRule, type Finding } from "../../check/rule";
import { conventionsFor, type PunctuationConventions } from "../lib/punctuation";
import { checkSpaces } from "./spaces";
import { checkGluedMarks, checkSpaceBeforeMarks } from "./glued-marks";
import { collapsePatterns } from "./habits";

/**
 * Every spacing check of this rule over one document, with the given locale conventions; `other` is the text of the
 * other side, whose glued forms ("Arch.Design") are names copied from it.
 */
export function checkSpacing(doc: Doc, conv: PunctuationConventions, report: (f: Finding) => void, other = ""): void {
  checkSpaces(doc, conv, report);
  checkGluedMarks(doc, conv, report, other);
  checkSpaceBeforeMarks(doc, conv, report);
}

/** Spaces around punctuation: before closing marks, after opening marks, missing after marks, doubled, at edges. */
export default defineRule({
  meta: {
    id: "punctuation-spacing",
    description:
      "Spacing around punctuation by the target locale's conventions: a space before , . ; : ! ? ) or after an opening bracket or quote, a missing space after a mark before the next word, double spaces, and spaces at the start or end of a line.",
    category: "linguistic/punctuation",
    severity: "minor",
    messages: {
      before: "Remove the space before “{{mark}}”.",
      after: "Remove the space after “{{mark}}”.",
      inside: "Remove the spaces inside “{{open}}…{{close}}”.",
      missing: "Add a space after “{{mark}}”.",
      missingBefore: "Add a space before “{{mark}}” ({{convention}}).",
      double: "Use a single space.",
      leading: "Remove the space at the start of the line.",
      trailing: "Remove the space at the end of the line.",
      pattern: "{{what}} throughout this article ({{count}} places, the first marked here): a convention to correct as a whole.",
    },
    confidence: 0.85,
    fixable: true,
  },
  examples: {
    good: [
      {
        // French typed with straight quotes keeps the guillemets' inner spaces (rules/punctuation.json spacedStraightQuotes).
        from: "en",
        to: "fr",
        source: 'He said: "We will appeal."',
        target: 'Il a déclaré : " Nous ferons appel. "',
      },
      {
        // A name written with a glued period, as the source writes it.
        from: "es",
        to: "en",
        source: "El sitio Spindl.Info informó, según los empleados de Arch.Design.",
        target: "The site Spindl.Info reported, according to employees of Arch.Design.",
      },
      {
        from: "es",
        to: "en",
        source: "La inflación subió al 3,1 por ciento, según datos de EE. UU. publicados a las 9.30 h en www.ejemplo.com.",
        target: "Inflation rose to 3.1 percent, according to U.S. data released at 9:30 a.m. on www.example.com/data.",
      },
      {
        from: "es",
        to: "en",
        source: "Escríbanos a info@ejemplo.org (o llame) si usa archivos .docx o .pdf.",
        target: "Write to info@example.org (or call) if you use .docx or .pdf files, e.g. reports.",
      },
      {
        from: "es",
        to: "en",
        source: "Los que actuaron con prudencia ... ahora pagan.",
        target: "Those who behaved prudently ... are now paying, said Ph.D. student Ana Ruiz.",
      },
      {
        from: "en",
        to: "es",
        source: "He asked: “Why now?” Nobody answered.",
        target: "Preguntó: «¿Por qué ahora?». Nadie respondió.",
      },
      {
        from: "es",
        to: "en",
        source: 'Dijo "basta" y se fue.',
        target: 'He said "enough" and left, at 5 p.m. sharp.',
      },
      {
        // Latin American Spanish: spaced "a. m." and thousands grouped with a space are correct.
        from: "en-US",
        to: "es-419",
        source: "At 10:00 a.m., 39,768 cases had been reported.",
        target: "A las 10:00 a. m., se habían notificado 39 768 casos.",
      },
      {
        from: "es-MX",
        to: "en-GB",
        source: "A las 10:00 a. m. (hora local), dijo: «Basta».",
        target: "At 10 am (local time), he said: ‘Enough.’",
      },
    ],
    bad: [
      {
        // French straight quotes keep only their inner spaces: a space after a closing one before "." is a slip.
        from: "en",
        to: "fr",
        source: 'The word is "appeal".',
        target: 'Le mot est "appel"<marker> </marker>.',
        suggestion: "",
      },
      {
        from: "en",
        to: "es",
        source: 'He called it a "mistake", a "shame" and a "disaster".',
        target: 'Lo llamó un <marker>" error "</marker>, una " vergüenza " y un " desastre ".',
        suggestion: null,
      },
      {
        from: "es",
        to: "en",
        source: "La frontera, dijo, está cerrada.",
        target: "The border line<marker> </marker>, he said, is closed.",
        suggestion: "",
      },
      {
        from: "es",
        to: "en",
        source: "El plan (aprobado ayer) entra en vigor hoy.",
        target: "The plan <marker>( approved yesterday )</marker> takes effect today.",
        suggestion: "(approved yesterday)",
      },
      {
        from: "en",
        to: "es",
        source: 'He called it a "mistake" and left.',
        target: 'Lo llamó un <marker>" error "</marker> y se fue, según «<marker> </marker>fuentes» del partido.',
        suggestion: null,
      },
      {
        from: "es",
        to: "en",
        source: "Llegó tarde, pero habló. Luego se fue.",
        target: "He arrived late<marker>,</marker>but he spoke<marker>.</marker>Then he left.",
        suggestion: ", ",
      },
      {
        from: "es",
        to: "en",
        source: "El ministro habló con la prensa.",
        target: "The minister spoke<marker>  </marker>to the press.",
        suggestion: null,
      },
      {
        from: "es",
        to: "en",
        source: "El sitio informó, según el ministro.",
        target: "The site Spindl<marker>.</marker>Info reported, the minister said.",
        suggestion: null,
      },
      {
        from: "es",
        to: "en",
        source: "Ella llegó ayer.\n\nÉl se quedó.",
        target: "She arrived yesterday.<marker> </marker>\n\nHe stayed.",
        suggestion: "",
      },
      {
        from: "en",
        to: "es",
        source: "Why now? Nobody knows.",
        target: "¿<marker> </marker>Por qué ahora<marker> </marker>? Nadie lo sabe.",
        suggestion: "",
      },
      {
        from: "en-GB",
        to: "es-MX",
        source: "The plan (approved on Monday) starts at 10 am.",
        target: "El plan <marker>( aprobado el lunes )</marker> empieza a las 10 a. m.",
        suggestion: "(aprobado el lunes)",
      },
    ],
  },
  check(ctx) {
    const found: Finding[] = [];
    checkSpacing(ctx.target, conventionsFor(ctx.target.locale), (f) => void found.push(f), ctx.source.text);
    for (const f of collapsePatterns(ctx.target.text, found)) ctx.report(f);
  },
});
