import { defineRule, type RuleContext } from "../../check/rule";
import type { Segment } from "../../segment/document";
import { STOPWORDS } from "../../align/anchors";
import type { Lang } from "../../types";
import { foldedText } from "../../lang/normalize";
import { languageOf } from "../../lang/registry";
import table from "../../../rules/untranslated-phrase.json";
import { isStopword, stopwordCount } from "./langid";
import { knownWords } from "../lib/language-words";
import { addSegmentPairs, blankQuotes, isSpace, mayShareAPair, segmentWordsIn, sharedRuns, wordsIn, type RunWord } from "./source-runs";

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
const MIN_CONTENT = 3;
/** Shortest word of a run of function words only that makes it a phrase ("cada vez", "not only"; not "de la"). */
const MIN_FUNCTION = 4;

/** True when the run is more than a name's particles: a content word, or source-only function words with a long one. */
function hasMatter(run: RunWord[], ctx: RuleContext): boolean {
  const pair = ctx.source.pair;
  if (run.some((w) => w.raw.length >= MIN_CONTENT && !isStopword(w.raw, pair))) return true;
  const from = ctx.source.lang;
  const to = ctx.target.lang;
  const sourceOnly = (w: RunWord) => STOPWORDS[from].has(w.folded) && !STOPWORDS[to].has(w.folded);
  return run.every(sourceOnly) && run.some((w) => w.raw.length >= MIN_FUNCTION);
}

/**
 * True when the word shows language `a` rather than `b`: a function word or a known word only `a` has, or a
 * spelling of `a` and not of `b`.
 */
function shows(w: RunWord, a: Lang, b: Lang): boolean {
  if (STOPWORDS[a].has(w.folded) && !STOPWORDS[b].has(w.folded)) return true;
  // A known word of `a` only counts when `b` has a word list too (else every word of `a` would seem foreign to `b`).
  const other = knownWords(b);
  if (other.size > 0 && knownWords(a).has(w.folded) && !other.has(w.folded)) return true;
  // A word both languages know ("simple", "modification") shows neither, whatever its spelling.
  if (other.has(w.folded) && knownWords(a).has(w.folded)) return false;
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

/**
 * True when the run is joined to a capitalised word as part of a name or a title: the joint is a function word (a
 * name's particle, "Tour de France", "Banco de España") or the capitalised word before it is a source-only article
 * opening a title ("Los girasoles ciegos"). A plain word next to a name ("Budaörs canasta habitual") is not.
 */
function nextToName(text: string, words: RunWord[], run: RunWord[], ctx: RuleContext): boolean {
  const from = ctx.source.lang;
  const i = words.indexOf(run[0]);
  const before = words[i - 1];
  const after = words[i + run.length];
  const last = run[run.length - 1];
  const touches = (a: RunWord, b: RunWord) => isSpace(text, a.end, b.start);
  const capital = (w: RunWord | undefined): w is RunWord => !!w && /^\p{Lu}/u.test(w.raw);
  const particle = (w: RunWord) => isStopword(w.raw, ctx.source.pair);
  const article = (w: RunWord) => STOPWORDS[from].has(w.folded) && !STOPWORDS[ctx.target.lang].has(w.folded);
  if (capital(before) && touches(before, run[0]) && (particle(run[0]) || article(before))) return true;
  return capital(after) && touches(last, after) && particle(last);
}

/** True when the phrase stands more than once in the target: a term the translator chose to keep, not a slip. */
function keptThroughout(ctx: RuleContext, folded: string): boolean {
  const text = foldedText(ctx.memo.target);
  let n = 0;
  for (let at = text.indexOf(folded); at >= 0 && n < 2; at = text.indexOf(folded, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[at + folded.length] ?? "")) n++;
  }
  return n >= 2;
}

/** True when a stretch reads as the target language: its function words are the target's, at least two. */
function writtenInTarget(text: string, to: Lang, from: Lang): boolean {
  const own = stopwordCount(text, to, from);
  return own >= MIN_TARGET_STOPWORDS && own > stopwordCount(text, from, to);
}

/** The runs of target segment t copied from its aligned source sentences and showing the source language. */
function leftRuns(ctx: RuleContext, t: Segment, sources: Segment[]): RunWord[][] {
  const from = ctx.source.lang;
  const to = ctx.target.lang;
  // Most sentences share no pair of words with their sources: none of the work below (src/fast/README.md). Blanking
  // quotes leaves some of the sentence's words, never makes one.
  const sourceSpans = sources.map((s) => ctx.words.source.of(s.index));
  if (!mayShareAPair(ctx.target.text, ctx.words.target.of(t.index), ctx.source.text, sourceSpans)) return [];
  // A quotation or aside in the target language is ordinary text; a gloss, a title or a kept quotation is not.
  const text = blankQuotes(t.text, (inner) => writtenInTarget(inner, to, from));
  // Without quotes or brackets to blank, the sentence's words are those the check already holds.
  const words = text === t.text ? segmentWordsIn(ctx.target.text, t, ctx.words.target.of(t.index)) : wordsIn(text);
  // Only the source's pairs of this sentence's own words can be shared (src/fast/README.md): most sentences share none.
  const among = new Set(words.map((w) => w.folded));
  const pairs = new Set<string>();
  for (const spans of sourceSpans) addSegmentPairs(ctx.source.text, spans, pairs, among);
  const out: RunWord[][] = [];
  if (!pairs.size) return out;
  for (const run of sharedRuns(text, words, pairs)) {
    if (run.length > MAX_SHARE * words.length || !hasMatter(run, ctx)) continue;
    // A word with a capital is a name's or a title's; one spelt with other letters is of a third language.
    if (run.some((w) => /\p{Lu}/u.test(w.raw) || !OWN_LETTERS.get(from)?.test(w.raw.toLowerCase()))) continue;
    // Two words at least that are not the target's function words: "un déficit de" in Spanish for French "un déficit
    // de" is one shared word in a target frame, not a phrase left in the source language.
    if (run.filter((w) => !STOPWORDS[to].has(w.folded)).length < 2) continue;
    // Some word must show the source language, and no more words the target's (a phrase the source borrowed from it).
    const mine = run.filter((w) => shows(w, from, to)).length;
    if (!mine || mine < run.filter((w) => shows(w, to, from)).length) continue;
    if (nextToName(text, words, run, ctx)) continue;
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
        // One shared word between the target's own function words is no phrase left in French.
        from: "fr",
        to: "es",
        source: "Le pays devrait gouverner avec un déficit de trois pour cent.",
        target: "El país debería gobernar con un déficit de tres por ciento.",
      },
      {
        // Words both languages share ("simple modification") show neither.
        from: "en",
        to: "fr",
        source: "The new car is more than a simple modification of the old one.",
        target: "La nouvelle voiture est bien plus qu'une simple modification de l'ancienne.",
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
        // Inside a translated aside in brackets (not a gloss), and next to a name it is not part of.
        from: "es",
        to: "en",
        source: "Los vecinos (que celebraron la inauguración el sábado) llenaron la plaza de Budaörs.",
        target: "The residents (who celebrated the <marker>inauguración el sábado</marker>) filled the square in Budaörs.",
      },
      {
        from: "es",
        to: "en",
        source: "Los precios subieron un 16 por ciento en la cesta navideña de Budaörs.",
        target: "Prices rose 16 percent in the Budaörs <marker>cesta navideña</marker> this year.",
      },
      {
        // Function words alone, when only the source language has them.
        from: "es",
        to: "en",
        source: "Muchos turistas visitan la ciudad, sobre todo en verano.",
        target: "Many tourists visit the city, <marker>sobre todo</marker> in summer.",
      },
      {
        from: "es",
        to: "en",
        source: "El ministro habló ante el consejo de ministros sobre la reforma.",
        target: "The minister spoke to the <marker>consejo de ministros</marker> about the reform.",
      },
      {
        // Spanish endings ("-ados", "-mente") show the language where no accent does.
        from: "es",
        to: "en",
        source: "El gobierno fijó los precios regulados del gas el lunes.",
        target: "The government set the <marker>precios regulados</marker> of gas on Monday.",
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
