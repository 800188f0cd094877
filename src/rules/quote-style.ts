import { defineRule, type Finding, type RuleContext } from "../check/rule";
import { paragraphMarks, type Mark } from "./lib/quote-marks";
import { conventionsFor, type PunctuationConventions } from "./lib/punctuation";

const CURLY_DOUBLE = new Set(["“", "”"]);

/** "en-GB (rules/punctuation.json: ‘…’ “…”)": the quotation convention that applied, for messages. */
function describeQuotes(conv: PunctuationConventions): string {
  return `${conv.label.replace(/\)$/, "")}: ${conv.quotes.accepted.map(([o, c]) => `${o}…${c}`).join(" ")})`;
}

/** A quotation mark with its nesting depth (0 = outermost quotation). */
interface QuoteMark extends Mark {
  depth: number;
}

/** Every quotation mark of the target, paragraph by paragraph, with its depth. */
function quoteMarks(ctx: RuleContext): QuoteMark[] {
  const out: QuoteMark[] = [];
  for (const { marks, partner } of paragraphMarks(ctx.memo.target)) {
    const open: number[] = [];
    marks.forEach((m, k) => {
      if (m.cls !== "double" && m.cls !== "single") return;
      if (m.role === "open") {
        out.push({ ...m, depth: open.length });
        if (partner[k] >= 0) open.push(k);
        return;
      }
      const at = partner[k] >= 0 ? open.lastIndexOf(partner[k]) : -1;
      if (at >= 0) open.length = at;
      out.push({ ...m, depth: open.length });
    });
  }
  return out;
}

/** The house mark for a role in a style string such as "“”", "«»" or "\"\"". */
function houseMark(style: string, role: "open" | "close"): string {
  const chars = [...style];
  return role === "open" ? chars[0] : (chars[1] ?? chars[0]);
}

/** Straight and curly double quotes mixed in one article: the minority marks, with the majority's mark as fix. */
function mixed(marks: QuoteMark[]): Finding[] {
  // Only outermost quotations: a straight pair nested in «…» is the nesting convention, not a second style.
  const straight = marks.filter((m) => m.depth === 0 && m.char === '"');
  const curly = marks.filter((m) => m.depth === 0 && CURLY_DOUBLE.has(m.char));
  if (!straight.length || !curly.length) return [];
  // On a tie the typographic marks win: they are the house style of both languages.
  const toStraight = curly.length < straight.length;
  return (toStraight ? curly : straight).map((m) => ({
    messageId: "mixed",
    data: { mark: m.char, other: toStraight ? "straight" : "curly" },
    target: { start: m.index, end: m.index + 1 },
    suggestion: toStraight ? '"' : m.role === "open" ? "“" : "”",
  }));
}

/** Quotation marks of a style the target locale does not use (« » in English): once per article. */
function foreign(marks: QuoteMark[], conv: PunctuationConventions): Finding[] {
  const accepted = new Set(conv.quotes.accepted.flat());
  const odd = marks.filter((m) => m.cls === "double" && m.char !== '"' && !accepted.has(m.char));
  if (!odd.length) return [];
  const first = odd[0];
  const data = { mark: first.char, count: odd.length, convention: describeQuotes(conv) };
  return [{ messageId: "foreign", data, target: { start: first.index, end: first.index + 1 } }];
}

/**
 * Outermost double quotation marks that are not the house style set in `options.style.quotes`; and, when the
 * house style is the language's primary pair, a quotation nested in it that repeats it instead of using the
 * secondary pair (“… “…” …” for “… ‘…’ …”).
 */
function notHouse(marks: QuoteMark[], style: string, conv: PunctuationConventions): Finding[] {
  const out: Finding[] = [];
  const secondary = conv.quotes.secondary.join("");
  const primary = conv.quotes.primary.join("");
  for (const m of marks) {
    const want = houseMark(style, m.role);
    if (m.cls === "double" && m.depth === 0 && m.char !== want) {
      out.push({ messageId: "house", data: { mark: m.char, want }, target: { start: m.index, end: m.index + 1 }, suggestion: want });
    } else if (m.depth === 1 && m.char === want && secondary && primary === style) {
      const inner = houseMark(secondary, m.role);
      const data = {
        mark: m.char,
        want: inner,
        convention: `${conv.label.replace(/ \(.*$/, "")}: ${primary[0]}…${primary[1]} with ${secondary[0]}…${secondary[1]} inside`,
      };
      out.push({ messageId: "nested", data, target: { start: m.index, end: m.index + 1 }, suggestion: inner });
    }
  }
  return out;
}

/** Quotation marks that are not the target's house style, or straight and curly quotes mixed in one article. */
export default defineRule({
  meta: {
    id: "quote-style",
    description:
      "Quotation marks that are not the house style set in options.style.quotes, straight and curly double quotes mixed in one article, or marks of another language's style (« » in English).",
    category: "locale/quote-style",
    severity: "minor",
    // Style choices, not mechanical: the suggestion is a hint for the editor and is not applied to `fixed`.
    fixable: false,
    messages: {
      mixed: "{{mark}} here, but this article mostly uses {{other}} double quotes.",
      foreign: "{{mark}} is not a quotation mark of {{convention}} ({{count}} such marks in this article).",
      house: "House style uses {{want}} here, not {{mark}}.",
      nested: "A quotation inside a quotation takes {{want}} here, not {{mark}} ({{convention}}).",
    },
    confidence: 0.7,
  },
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "«Sí», dijo. «No», respondió ella.",
        target: '"Yes," he said. "No," she replied. The 17" screen was "fine".',
      },
      {
        from: "es",
        to: "en",
        source: "«Dijo “sí”», recordó.",
        target: "“He said ‘yes’,” she recalled. Venezuelans’ savings don’t last.",
      },
      {
        from: "en",
        to: "es",
        source: "\"He said 'yes',\" she recalled.",
        target: "«Dijo “sí”», recordó. Luego habló del “plan B”.",
      },
      {
        from: "en",
        to: "es",
        source: '"Yes," he said.',
        target: "«Sí», dijo.",
        options: { style: { quotes: "«»" } },
      },
      {
        from: "es",
        to: "en",
        source: "«Dijo “nunca”», recordó.",
        target: "“He said ‘never’,” she recalled.",
        options: { style: { quotes: "“”" } },
      },
      {
        from: "en",
        to: "es",
        source: "“He said ‘never’,” she recalled.",
        target: "«Dijo “nunca”», recordó.",
        options: { style: { quotes: "«»" } },
      },
      {
        from: "en",
        to: "es",
        source: '"He called it \'a farce\'," she said. "No," he replied.',
        target: '«Lo llamó "una farsa"», dijo ella. «No», respondió él. Luego citó el “plan B”.',
      },
      {
        // en-GB (rules/punctuation.json): single quotes outside, double inside.
        from: "es",
        to: "en-GB",
        source: "«Dijo “nunca”», recordó.",
        target: "‘He said “never”,’ she recalled.",
        options: { style: { quotes: "‘’" } },
      },
      {
        // en-US keeps “…” outside: single quotes as the house style do not make nested ones wrong there.
        from: "es",
        to: "en-US",
        source: "«Dijo “nunca”», recordó.",
        target: "‘He said ‘never’,’ she recalled.",
        options: { style: { quotes: "‘’" } },
      },
      {
        // es-419 and es-MX use the Spanish marks; “…” is common in Latin American copy.
        from: "en",
        to: "es-419",
        source: '"Yes," he said.',
        target: "“Sí”, dijo.",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "«Sí», dijo. «No», respondió. «Quizá», añadieron.",
        target: '“Yes,” he said. “No,” she replied. <marker>"</marker>Maybe<marker>"</marker>, they added.',
        suggestion: "“",
      },
      {
        from: "es",
        to: "en",
        source: "«Sí», dijo. «No», respondió. «Quizá», añadieron.",
        target: '"Yes," he said. <marker>“</marker>No,<marker>”</marker> she replied. "Maybe," they added.',
        suggestion: '"',
      },
      {
        from: "es",
        to: "en",
        source: "«Sí», dijo. «No», respondió.",
        target: "<marker>«</marker>Yes», he said. «No», she replied.",
      },
      {
        from: "es",
        to: "en",
        source: "«Sí», dijo.",
        target: '<marker>"</marker>Yes,<marker>"</marker> he said.',
        options: { style: { quotes: "“”" } },
        suggestion: "“",
      },
      {
        from: "en",
        to: "es",
        source: '"Yes," he said about "the plan".',
        target: "<marker>“</marker>Sí<marker>”</marker>, dijo sobre el «plan».",
        options: { style: { quotes: "«»" } },
        suggestion: "«",
      },
      {
        from: "es",
        to: "en",
        source: "«Dijo “nunca”», recordó.",
        target: "“He said <marker>“</marker>never<marker>”</marker>,” she recalled.",
        options: { style: { quotes: "“”" } },
        suggestion: "‘",
      },
      {
        from: "es",
        to: "en-GB",
        source: "«Dijo “nunca”», recordó.",
        target: "‘He said <marker>‘</marker>never<marker>’</marker>,’ she recalled.",
        options: { style: { quotes: "‘’" } },
        suggestion: "“",
      },
      {
        from: "es-MX",
        to: "en-GB",
        source: "«Sí», dijo. «No», respondió.",
        target: "<marker>«</marker>Yes», he said. «No», she replied.",
      },
    ],
  },
  check(ctx: RuleContext) {
    const marks = quoteMarks(ctx);
    const style = ctx.options.style?.quotes;
    const conv = conventionsFor(ctx.target.locale);
    const findings = style ? notHouse(marks, style, conv) : [...mixed(marks), ...foreign(marks, conv)];
    for (const f of findings) ctx.report(f);
  },
});
