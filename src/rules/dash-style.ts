import { defineRule, type Finding, type RuleContext } from "../check/rule";

/** Runs of hyphens or en dashes; a run of exactly two stands for an em dash (not "---", a --flag or <!-- -->). */
const DASH_RUN = /-{2,}|–{2,}/g;
const CLI_FLAG = /^[\p{Ll}\d][\w-]*/u;
const EM_DASH = /—/g;
const ELLIPSIS = /\.{3,}|…/g;
const SPACE = /\s/;
const DIGIT = /\d/;
/** From this many "--" in one article they are its convention (an ASCII wire feed): one finding, not dozens. */
const HABIT_MIN = 3;

/** One occurrence of a style choice: where it is and which variant it uses. */
interface Choice {
  start: number;
  end: number;
  variant: string;
}

/** The minority variant of a two-way choice in one article; on a tie, the variant used first wins. */
function minority(choices: Choice[]): Choice[] {
  if (!choices.length) return [];
  const counts = new Map<string, number>();
  for (const c of choices) counts.set(c.variant, (counts.get(c.variant) ?? 0) + 1);
  if (counts.size < 2) return [];
  const first = choices[0].variant;
  const winner = [...counts].sort((a, b) => b[1] - a[1] || (a[0] === first ? -1 : b[0] === first ? 1 : 0))[0][0];
  return choices.filter((c) => c.variant !== winner);
}

function doubleDashes(text: string): Finding[] {
  const out: Finding[] = [];
  DASH_RUN.lastIndex = 0;
  for (let m = DASH_RUN.exec(text); m; m = DASH_RUN.exec(text)) {
    if (m[0].length !== 2) continue;
    const before = text[m.index - 1];
    const next = text[m.index + 2];
    // Not an HTML comment, a markdown table rule (|--|, :--) or a numeric range written with two hyphens.
    if (before === "!" || before === "<" || next === ">" || before === "|" || next === "|" || before === ":" || next === ":") continue;
    if (before !== undefined && next !== undefined && DIGIT.test(before) && DIGIT.test(next)) continue;
    const after = text.slice(m.index + 2, m.index + 40);
    if (m[0] === "--" && (before === undefined || SPACE.test(before)) && CLI_FLAG.test(after)) continue;
    out.push({ messageId: "doubleDash", data: { dash: m[0] }, target: { start: m.index, end: m.index + 2 }, suggestion: "—" });
  }
  return collapseHabit(out);
}

/** Double dashes that recur HABIT_MIN times or more: one finding at the first, with the count and no suggestion. */
function collapseHabit(found: Finding[]): Finding[] {
  if (found.length < HABIT_MIN) return found;
  return [{ messageId: "doubleDashHabit", data: { ...found[0].data, count: found.length }, target: found[0].target }];
}

/** Em dashes with spaces on both sides against em dashes with none, in one article. */
function dashSpacing(text: string): Finding[] {
  const choices: Choice[] = [];
  EM_DASH.lastIndex = 0;
  for (let m = EM_DASH.exec(text); m; m = EM_DASH.exec(text)) {
    const i = m.index;
    const before = text[i - 1];
    const after = text[i + 1];
    if (before === undefined || after === undefined || before === "\n" || after === "—" || before === "—") continue;
    const spacedBefore = before === " ";
    const spacedAfter = after === " ";
    if (spacedBefore && spacedAfter) choices.push({ start: i - 1, end: i + 2, variant: "spaced" });
    else if (!SPACE.test(before) && !SPACE.test(after)) choices.push({ start: i, end: i + 1, variant: "closed" });
    // One-sided spacing is the Spanish inciso (—dijo—) or a dialogue dash: not a spacing choice.
  }
  return minority(choices).map((c) => ({
    messageId: "dashSpacing",
    data: { variant: c.variant === "spaced" ? "spaced" : "unspaced", other: c.variant === "spaced" ? "unspaced" : "spaced" },
    target: { start: c.start, end: c.end },
    suggestion: c.variant === "spaced" ? "—" : " — ",
  }));
}

/** "..." against "…" in one article. */
function ellipses(text: string): Finding[] {
  const choices: Choice[] = [];
  ELLIPSIS.lastIndex = 0;
  for (let m = ELLIPSIS.exec(text); m; m = ELLIPSIS.exec(text)) {
    // Four dots are an ellipsis and a period: the ellipsis is the first three.
    if (m[0] === "…") choices.push({ start: m.index, end: m.index + 1, variant: "…" });
    else choices.push({ start: m.index, end: m.index + 3, variant: "..." });
  }
  return minority(choices).map((c) => ({
    messageId: "ellipsis",
    data: { mark: c.variant, other: c.variant === "…" ? "..." : "…" },
    target: { start: c.start, end: c.end },
    suggestion: c.variant === "…" ? "..." : "…",
  }));
}

/** "--" for an em dash, em dashes spaced and unspaced in one article, "..." and "…" in one article. */
export default defineRule({
  meta: {
    id: "dash-style",
    description:
      "A double hyphen or double en dash where an em dash is meant, em dashes spaced in some places and unspaced in others, or three periods and the ellipsis character mixed in one article.",
    category: "linguistic/punctuation",
    severity: "minor",
    // Style choices, not mechanical: the suggestion is a hint for the editor and is not applied to `fixed`.
    fixable: false,
    messages: {
      doubleDash: "“{{dash}}” stands in for an em dash: use “—”.",
      doubleDashHabit:
        "“{{dash}}” stands in for an em dash throughout this article ({{count}} places, the first marked here): a convention to correct as a whole.",
      dashSpacing: "This em dash is {{variant}}, but the article's other em dashes are {{other}}.",
      ellipsis: "“{{mark}}” here, but this article writes its ellipses as “{{other}}”.",
    },
    confidence: 0.7,
  },
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "El plan, aprobado el lunes, costará millones. Los precios subieron otra vez.",
        target: "The plan — approved on Monday — will cost millions. Prices rose — again.",
      },
      {
        from: "es",
        to: "en",
        source: "El plan, aprobado el lunes, costará millones.",
        target: "The plan—approved on Monday—will cost millions.",
      },
      {
        from: "en",
        to: "es",
        source: 'The plan, approved on Monday, will cost millions. "I will come," he said. Prices rose — again.',
        target: "El plan —aprobado el lunes— costará millones. «Vendré», dijo él. Los precios subieron — otra vez.",
      },
      {
        from: "es",
        to: "en",
        source: "Espera... y luego... nada. Ejecute la herramienta con la opción --help.",
        target: "Wait... and then... nothing.... Run the tool with the --help option. Scores rose 10-20% (see pages 10--12).",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "El plan, aprobado el lunes, costará millones.",
        target: "The plan <marker>--</marker> approved on Monday <marker>--</marker> will cost millions.",
        suggestion: "—",
      },
      {
        from: "es",
        to: "en",
        source: "El plan, aprobado el lunes, costará millones. Los precios, otra vez, subieron.",
        target: "The plan <marker>--</marker> approved on Monday -- will cost millions. Prices -- again -- rose.",
      },
      {
        from: "es",
        to: "en",
        source: "El plan, aprobado el lunes, costará millones.",
        target: "The plan<marker>––</marker>approved on Monday<marker>––</marker>will cost millions.",
        suggestion: "—",
      },
      {
        from: "es",
        to: "en",
        source: "El plan, aprobado el lunes, costará millones. Los precios subieron otra vez. La votación, secreta, fue ayer.",
        target:
          "The plan — approved on Monday — will cost millions. Prices rose — again. The vote<marker>—</marker>held in secret<marker>—</marker>took place yesterday.",
        suggestion: " — ",
      },
      {
        from: "en",
        to: "es",
        source: "Wait... and then... nothing…",
        target: "Espera... y luego... nada<marker>…</marker>",
        suggestion: "...",
      },
    ],
  },
  check(ctx: RuleContext) {
    const text = ctx.target.text;
    for (const f of [...doubleDashes(text), ...dashSpacing(text), ...ellipses(text)]) ctx.report(f);
  },
});
