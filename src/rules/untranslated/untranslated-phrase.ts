import { defineRule, type RuleContext } from "../../check/rule";
import type { Segment } from "../../segment/document";
import { STOPWORDS } from "../../align/anchors";
import type { Lang } from "../../types";
import { foldedText } from "../../lang/normalize";
import { languageOf } from "../../lang/registry";
import table from "../../../rules/untranslated-phrase.json";
import { isStopword, stopwordCount } from "./langid";
import { knownWords } from "./language-words";
import { adjacentPairs, blankQuotes, segmentWordsIn, sharedRuns, wordsIn, type RunWord } from "./source-runs";

interface LangEntry {
  name: string;
  spelling: string;
  letters: string;
  kept: string[];
}
const ENTRIES = table as unknown as Record<Lang, LangEntry>;
/** The languages the table has (keys starting with "_" are comments). */
const LANGS = (Object.keys(ENTRIES) as Lang[]).filter((l) => !l.startsWith("_"));
/** Per language: its spelling pattern and the foreign phrases its writers keep. */
// regex-safe: the patterns of rules/untranslated-phrase.json are alternations of literal letters, no quantifier.
const SPELLING = new Map(LANGS.map((l) => [l, new RegExp(ENTRIES[l].spelling, "u")]));
const KEPT = new Map(LANGS.map((l) => [l, ENTRIES[l].kept.map((k) => ` ${foldPhrase(k)} `)]));
/** Per language: a word spelt only with its letters. */
// regex-safe: a single character class from rules/untranslated-phrase.json, anchored, repeated once.
const OWN_LETTERS = new Map(LANGS.map((l) => [l, new RegExp(`^[${ENTRIES[l].letters}'’-]+$`, "u")]));

/** A phrase folded word by word (no accents, lower case, single spaces). */
function foldPhrase(p: string): string {
  return wordsIn(p)
    .map((w) => w.folded)
    .join(" ");
}

/** A run longer than this share of its sentence's words is the whole sentence's matter (rule `untranslated`). */
const MAX_SHARE = 0.6;
/** Function words of the target language the rest of the sentence needs, to count as translated. */
const MIN_TARGET_STOPWORDS = 2;

/** Shortest content word that makes a run more than function words ("de la" alone may be a name's particles). */
const MIN_CONTENT = 4;

/**
 * True when the word shows language `a` rather than `b`: a function word or a known word only `a` has, or a
 * spelling of `a` and not of `b`.
 */
function shows(w: RunWord, a: Lang, b: Lang): boolean {
  if (STOPWORDS[a].has(w.folded) && !STOPWORDS[b].has(w.folded)) return true;
  // A known word of `a` only counts when `b` has a word list too (else every word of `a` would seem foreign to `b`).
  const other = knownWords(b);
  if (other.size > 0 && knownWords(a).has(w.folded) && !other.has(w.folded)) return true;
  const lower = w.raw.toLowerCase();
  return (SPELLING.get(a)?.test(lower) ?? false) && !(SPELLING.get(b)?.test(lower) ?? false);
}

/** True when a glossary entry covers the phrase (either side contains it, or it contains either side). */
function inGlossary(ctx: RuleContext, folded: string): boolean {
  for (const g of ctx.options.glossary ?? []) {
    for (const term of [g.source, g.target].map(foldPhrase)) if (term && (term.includes(folded) || folded.includes(term))) return true;
  }
  return false;
}

/** True when the run touches a capitalised word: it is part of a name or a title ("Tour de France", "Los girasoles ciegos"). */
function nextToName(text: string, words: RunWord[], run: RunWord[], from: Lang, to: Lang): boolean {
  const i = words.indexOf(run[0]);
  const before = words[i - 1];
  const after = words[i + run.length];
  const touches = (a: RunWord, b: RunWord) => /^[ \t\u00a0]+$/.test(text.slice(a.end, b.start));
  // The sentence's first word is capitalised anyway, unless it is a function word of the source ("Los …").
  const titleStart = (w: RunWord) => i - 1 > 0 || (STOPWORDS[from].has(w.folded) && !STOPWORDS[to].has(w.folded));
  if (before && /^\p{Lu}/u.test(before.raw) && touches(before, run[0]) && titleStart(before)) return true;
  return !!after && /^\p{Lu}/u.test(after.raw) && touches(run[run.length - 1], after);
}

/** True when the phrase stands more than once in the target: a term the translator chose to keep, not a slip. */
function keptThroughout(ctx: RuleContext, folded: string): boolean {
  const text = foldedText(ctx.target);
  let n = 0;
  for (let at = text.indexOf(folded); at >= 0 && n < 2; at = text.indexOf(folded, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[at + folded.length] ?? "")) n++;
  }
  return n >= 2;
}

/** The runs of target segment t copied from its aligned source sentences and showing the source language. */
function leftRuns(ctx: RuleContext, t: Segment, sources: Segment[]): RunWord[][] {
  const from = ctx.source.lang;
  const to = ctx.target.lang;
  const pairs = new Set<string>();
  for (const s of sources)
    for (const p of adjacentPairs(s.text, segmentWordsIn(ctx.source.text, s, ctx.words.source.of(s.index)))) pairs.add(p);
  const text = blankQuotes(t.text);
  // Without quotes or brackets to blank, the sentence's words are those the check already holds.
  const words = text === t.text ? segmentWordsIn(ctx.target.text, t, ctx.words.target.of(t.index)) : wordsIn(text);
  const out: RunWord[][] = [];
  for (const run of sharedRuns(text, words, pairs)) {
    if (run.length > MAX_SHARE * words.length || !run.some((w) => w.raw.length >= MIN_CONTENT && !isStopword(w.raw, ctx.source.pair)))
      continue;
    // A word with a capital is a name's or a title's; one spelt with other letters is of a third language.
    if (run.some((w) => /\p{Lu}/u.test(w.raw) || !OWN_LETTERS.get(from)?.test(w.raw.toLowerCase()))) continue;
    // Some word must show the source language, and no more words the target's (a phrase the source borrowed from it).
    const mine = run.filter((w) => shows(w, from, to)).length;
    if (!mine || mine < run.filter((w) => shows(w, to, from)).length) continue;
    if (nextToName(text, words, run, from, to)) continue;
    const folded = run.map((w) => w.folded).join(" ");
    if ((KEPT.get(to) ?? []).some((k) => ` ${folded} `.includes(k)) || inGlossary(ctx, folded)) continue;
    if (keptThroughout(ctx, folded)) continue;
    const rest = text.slice(0, run[0].start) + text.slice(run[run.length - 1].end);
    const own = stopwordCount(rest, to, from);
    if (own < MIN_TARGET_STOPWORDS || own <= stopwordCount(rest, from, to)) continue;
    out.push(run);
  }
  return out;
}

/** A run of source-language words left inside an otherwise translated target sentence. */
export default defineRule({
  meta: {
    id: "untranslated-phrase",
    description:
      "Two or more words copied side by side from the aligned source sentence, showing the source language (its function words or spelling), inside a target sentence otherwise in the target language; names, titles, quotations and glossary terms excepted.",
    category: "accuracy/untranslated",
    severity: "minor",
    messages: {
      phrase: "“{{phrase}}” is left in {{language}}, as in the source, inside a translated sentence.",
    },
    confidence: 0.7,
  },
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "La diputación provincial aprobó el presupuesto el lunes.",
        target: "The provincial council approved the budget on Monday.",
      },
      {
        // A name, a quoted title and a Latin tag are kept on purpose.
        from: "es",
        to: "en",
        source: "El Consejo de Ministros aprobó de facto el plan «Vivienda para todos».",
        target: 'The Consejo de Ministros de facto approved the "Vivienda para todos" plan.',
      },
      {
        // A glossary term the client keeps in Spanish.
        from: "es",
        to: "en",
        source: "La diputación provincial aprobó el presupuesto el lunes.",
        target: "The diputación provincial approved the budget on Monday.",
        options: { glossary: [{ source: "diputación provincial", target: "diputación provincial" }] },
      },
      {
        // A whole sentence left in Spanish is the untranslated rule's, not this one's.
        from: "es",
        to: "en",
        source: "Todo sigue igual. La situación económica no ha cambiado.",
        target: "Everything is the same. La situación económica no ha cambiado.",
      },
    ],
    bad: [
      {
        // German: a phrase of lower-case words with German spellings (sch, -lich) left in the English sentence.
        from: "de",
        to: "en",
        source: "Der Minister will die Reform schnellstmöglich umsetzen, sagte er am Montag in Berlin.",
        target: "The minister wants to <marker>schnellstmöglich umsetzen</marker> the reform, he said in Berlin on Monday.",
      },
      {
        from: "es",
        to: "en",
        source: "El presupuesto fue aprobado el lunes por la diputación provincial.",
        target: "The budget was approved by the <marker>diputación provincial</marker> on Monday.",
      },
      {
        from: "en",
        to: "es",
        source: "The mayor said the new housing scheme would start in May.",
        target: "El alcalde dijo que el <marker>housing scheme</marker> empezaría en mayo.",
      },
      {
        from: "es",
        to: "en",
        source: "El ministro habló ante el consejo de ministros sobre la reforma.",
        target: "The minister spoke to the <marker>consejo de ministros</marker> about the reform.",
      },
    ],
  },
  check(ctx) {
    if (ctx.source.lang === ctx.target.lang) return;
    const language = languageOf(ctx.source.lang).name;
    for (const t of ctx.target.segments) {
      const sources = ctx.pairs[ctx.pairOfTarget[t.index]]?.source ?? [];
      if (!sources.length) continue;
      for (const run of leftRuns(ctx, t, sources)) {
        const start = run[0].start;
        const end = run[run.length - 1].end;
        ctx.report({
          messageId: "phrase",
          data: { phrase: t.text.slice(start, end), language },
          target: { start: t.start + start, end: t.start + end },
        });
      }
    }
  },
});
