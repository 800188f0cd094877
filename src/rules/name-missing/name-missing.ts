import { isPairedInPlace } from "../lib/confident-pair";
import { defineRule, type RuleContext } from "../../check/rule";
import type { Lang } from "../../types";
import { byLanguage, languageOf } from "../../lang/registry";
import { foldWord, segmentKeysOf, STOPWORDS, textAnchorKeys } from "../../align/anchors";
import { knownWords } from "../lib/language-words";
import { wordOrderTable } from "../lib/word-order";
import {
  beadCapitals,
  capitalisedRunsIn,
  folded,
  isGivenName,
  keptIn,
  namedInDoc,
  nearName,
  peopleIn,
  tokens,
  tokensAt,
  type Person,
  type Tok,
} from "./people";
import type { Segment } from "../../segment/document";
import { sameTransliterated } from "./transliteration";
import { glossesSourceAcronym } from "./acronym-gloss";
import { foreignLetters, lettersOfNoLanguageWeKnow, thirdLanguageWords, wordKeys } from "./spelling";
import { writtenElsewhere, writtenOnce } from "./written";
import { pairUp } from "./pairing";
import { examples } from "./examples";
import type { SegmentWords } from "../../segment/letter-words";

/** Alignment score from which a 1–1, 1–2 or 2–1 bead counts as confident. */
const CONFIDENT = 0.5;

/**
 * The letter words of a bead's sentences on one side: a single sentence's from the check's shared `SegmentWords`,
 * two sentences' scanned over their whole span (the span also holds the gap between them).
 */
function beadTokens(text: string, words: SegmentWords, segs: Segment[]): Tok[] {
  return segs.length === 1 ? tokensAt(text, words.of(segs[0].index)) : tokens(text, segs[0].start, segs[segs.length - 1].end);
}

/** [start, end) of a bead's sentences on one side. */
const span = (segs: { start: number; end: number }[]) => ({ start: segs[0].start, end: segs[segs.length - 1].end });

/**
 * True when every word of the name is a given name or no common word of the language: a proper name, not a
 * description the translator renders word by word ("United States", "Consejo Coordinador Empresarial").
 */
const properName = (x: Person, lang: Lang) => x.words.every((w) => isGivenName(w) || !knownWords(lang).has(w));

/** A run without the common words that open it ("Prime Minister Rosalind Okafor"), when two proper words remain. */
function afterTitle(text: string, x: Person, lang: Lang): Person {
  const lead = x.words.findIndex((w) => !knownWords(lang).has(w));
  if (lead <= 0 || x.words.length - lead < 2) return x;
  const words = x.words.slice(lead);
  const rest: Person = { start: x.start, end: x.end, words };
  if (!properName(rest, lang)) return x;
  return { ...rest, start: afterWords(text, x, lead).start };
}

/** Each language's function words and capitalised common words (weekdays, months): no word that names anything. */
const NOT_NAME_WORDS = byLanguage((l) => new Set([...l.stopwords, ...l.notNames].map(foldWord)));
/**
 * Per language that capitalises every noun (German), its number words: a run they open is a noun phrase ("Fünf
 * Rekordfrauen"), no name.
 */
const NUMBER_WORDS = byLanguage((l) => new Set(l.nounsCapitalised ? Object.keys(l.numberWords.units).map(foldWord) : []));

/** True when a folded word names nothing: a function word, a capitalised common word, a number word of a German run. */
const notNameWord = (w: string, lang: Lang) => NOT_NAME_WORDS[lang].has(w) || NUMBER_WORDS[lang].has(w);

/**
 * The source sentence's runs of capitalised words, the first word included when it is no common word of the
 * language ("United Internet informó", not "Los Ángeles"). A run keeps as its words only those that name something:
 * "Las Vegas" is named again by "Vegas", "On Friday" (a run-in heading's first words) by nothing, so it is no name.
 */
function sourceRuns(text: string, s: { start: number; end: number }, lang: Lang, toks: Tok[]): Person[] {
  const first = !knownWords(lang).has(toks[0] ? foldWord(toks[0].raw) : "");
  const { nounsCapitalised } = languageOf(lang);
  const out: Person[] = [];
  for (const r of capitalisedRunsIn(text, s.start, s.end, toks, first).flatMap((x) => splitAtFunctionWords(x, toks, lang))) {
    const words = r.words.filter((w) => !notNameWord(w, lang));
    // Where every noun is capitalised (German), a run with a function word is a noun phrase ("Das Ziel").
    if (words.length && !(nounsCapitalised && words.length < r.words.length)) out.push({ ...r, words });
  }
  return out;
}

/**
 * A run cut before each function word inside it: a capitalised function word after a name opens the next sentence
 * or heading ("Garci En 1873…", "Triennat La…"), not the name. The pieces of two words or more remain.
 */
function splitAtFunctionWords(r: Person, toks: Tok[], lang: Lang): Person[] {
  const stop = STOPWORDS[lang];
  return splitAt(r, toks, (t) => stop.has(folded(t)), false);
}

/**
 * A run cut at each word after its first for which `cut` holds, that word opening the next piece (`drop`: left out
 * of it, and out of the first piece too). The pieces of two words or more remain.
 */
function splitAt(r: Person, toks: Tok[], cut: (t: Tok) => boolean, drop: boolean): Person[] {
  // regex-safe: one anchored character class.
  const inRun = toks.filter((t) => t.start >= r.start && t.end <= r.end && /^\p{Lu}/u.test(t.raw));
  if (!inRun.slice(drop ? 0 : 1).some(cut)) return [r];
  const out: Person[] = [];
  let from = 0;
  for (let i = 1; i <= inRun.length; i++) {
    if (i < inRun.length && !cut(inRun[i])) continue;
    const piece = inRun.slice(from + (drop && cut(inRun[from]) ? 1 : 0), i);
    if (piece.length >= 2) out.push({ start: piece[0].start, end: piece[piece.length - 1].end, words: piece.map(folded) });
    from = i;
  }
  return out;
}

/**
 * A target run cut before each determiner or preposition inside it, which is left out: a capitalised article after a
 * name opens a heading's next sentence ("Sao Paulo The list…", "Michelle El amarillo…", "… physics In Stockholm
 * today"), not the name.
 */
function splitAtArticles(r: Person, toks: Tok[], lang: Lang): Person[] {
  const order = wordOrderTable(lang);
  if (!order) return [r];
  return splitAt(r, toks, (t) => order.det.has(t.raw.toLowerCase()) || order.prep.has(t.raw.toLowerCase()), true);
}

/** The run without its first n words (the run's words are separated by spaces only). */
function afterWords(text: string, x: Person, n: number): Person {
  let start = x.start;
  // regex-safe: one anchored word and its following spaces, no nested quantifier.
  for (let i = 0; i < n; i++) start += /^\S+\s+/u.exec(text.slice(start, x.end))?.[0].length ?? 0;
  return { ...x, start };
}

/**
 * The target sentence's capitalised runs that the source article never has: `strict`, those that read as a proper
 * name of the target language (a person, or no common word, no third language's letters; not a run of German
 * nouns); `loose`, any of them that shares no anchor (cognate, lexicon word) with the source sentence. The loose
 * ones count only where the translation lost a person: a person's name has no words to translate, so a new run in
 * the sentence that renders none of the source's words stands in the person's place ("Commonwealth Office",
 * "Tomáš Harabiš" for "Kieran Davies"), while a translated description ("Sächsischen Schweiz") shares the source's
 * words or replaces no person. A run beside an acronym in brackets that the source writes spells that acronym out.
 */
function newRuns(
  ctx: RuleContext,
  k: number,
  tToks: Tok[],
): { strict: Person[]; candidates: Person[]; loose: () => Person[]; nearly: (x: Person) => boolean } {
  const t = span(ctx.pairs[k].target);
  const people = peopleIn(ctx.target.text, t.start, t.end, ctx.target.lang, tToks);
  // A person named after a title in one run ("Finance Minister Desmond Pratchley") is taken alone.
  const runs = capitalisedRunsIn(ctx.target.text, t.start, t.end, tToks)
    .flatMap((x) => splitAtArticles(x, tToks, ctx.target.lang))
    .map((x) => people.find((y) => x.start <= y.start && y.end <= x.end) ?? afterTitle(ctx.target.text, x, ctx.target.lang));
  const person = (x: Person) => people.some((y) => y.start === x.start);
  // A person is new when the source never has the surname (a given name alone is shared by many people).
  const sourceText = ctx.source.text.slice(span(ctx.pairs[k].source).start, span(ctx.pairs[k].source).end);
  const fresh = runs.filter(
    (x) =>
      !namedInDoc(x, ctx.memo.source, person(x) ? 1 : 0, person(x) ? "one" : "any") &&
      !glossesSourceAcronym(ctx.target.text, x, sourceText),
  );
  // A person's surname named by a near miss of two edits only: a misspelling of an article's name, unless it stands
  // for a lost person.
  const nearly = (x: Person) => namedInDoc(x, ctx.memo.source, person(x) ? 1 : 0);
  // In a language that capitalises every noun (German), a run of capitals is as often a translated phrase
  // ("Obersten Gerichtshof") as a name: there only a person counts.
  const nounsCapitalised = languageOf(ctx.target.lang).nounsCapitalised;
  const candidates = fresh.filter((x) => person(x) || !nounsCapitalised);
  // A loose run shares no anchor (a cognate, a lexicon word) with the source sentence: no translated description.
  // Taken only when asked (a lost person), the anchor keys being the dearer test.
  const loose = () => {
    const sourceKeys = new Set(ctx.pairs[k].source.flatMap((g) => segmentKeysOf(ctx.memo.source, g.index)));
    // The anchor keys of the source sentence's capitalised words: a new run's word that has one writes a source name.
    // regex-safe: one anchored character class.
    const capitals = tokens(sourceText, 0, sourceText.length).filter((t) => /^\p{Lu}/u.test(t.raw));
    const names = new Set(textAnchorKeys(ctx.memo.source, capitals.map((t) => t.raw).join(" ")));
    return candidates.filter((x) => !wordKeys(ctx, x, names).some((key) => sourceKeys.has(key)));
  };
  const strict = fresh.filter(
    (x) =>
      !foreignLetters(ctx.target.text.slice(x.start, x.end), ctx.source.lang, ctx.target.lang) &&
      (person(x) || (!nounsCapitalised && properName(x, ctx.target.lang))),
  );
  return { strict, candidates, loose, nearly };
}

/**
 * True when a source run has nothing to translate (`all`): no word of it is a known word of either language ("Veliko
 * Tarnovo", "Tempus Consulting"), or names something of its own (not `all`): some word of it is none ("Bad Arolsen",
 * "Lucky Luciano"); and none of its anchors (cognates, lexicon words) is in the aligned target sentence.
 */
function untranslatable(ctx: RuleContext, k: number, x: Person, all: boolean): boolean {
  const [from, to] = [ctx.source.lang, ctx.target.lang];
  const known = (w: string) => knownWords(from).has(w) || knownWords(to).has(w);
  if (all ? x.words.some(known) : x.words.every(known)) return false;
  const targetKeys = new Set(ctx.pairs[k].target.flatMap((g) => segmentKeysOf(ctx.memo.target, g.index)));
  return !textAnchorKeys(ctx.memo.source, ctx.source.text.slice(x.start, x.end)).some((key) => targetKeys.has(key));
}

/**
 * Names of bead k's source sentence that its target sentence lacks, and names of the target sentence that the source
 * article never has (`strict`: those of them that read as proper names). Only the target sentence itself is searched:
 * a name that a new name stands in for is gone even when a neighbouring sentence repeats it.
 */
function replaced(ctx: RuleContext, k: number): { gone: Person[]; added: Person[]; strict: Person[] } {
  const s = span(ctx.pairs[k].source);
  const tToks = beadTokens(ctx.target.text, ctx.words.target, ctx.pairs[k].target);
  const found = newRuns(ctx, k, tToks);
  if (!found.candidates.length && !found.strict.length) return { gone: [], added: [], strict: [] };
  const sToks = beadTokens(ctx.source.text, ctx.words.source, ctx.pairs[k].source);
  const named = peopleIn(ctx.source.text, s.start, s.end, ctx.source.lang, sToks);
  // Any other name of two or more capitalised words (a body, a place, a person whose given name the table lacks).
  const others = sourceRuns(ctx.source.text, s, ctx.source.lang, sToks).filter(
    (r) => !named.some((x) => x.start < r.end && r.start < x.end),
  );
  const capitals = beadCapitals(tToks, sToks);
  const lostNamed = named.filter((x) => !keptIn(x, capitals, 1));
  // A run near an article's name stands in a lost person's place: a name put there, not that name misspelt; unless
  // it is near a name of the sentence itself ("Nikolai Valujev" for "Nikolay Valuev").
  const variant = (x: Person) => x.words.some((w) => capitals.source.some((c) => nearName(c, w)));
  const keep = (x: Person) => (lostNamed.length > 0 && !variant(x)) || !found.nearly(x);
  const runs = { strict: found.strict.filter(keep), candidates: found.candidates.filter(keep), loose: () => found.loose().filter(keep) };
  const lostOthers = others.filter((x) => !keptIn(x, capitals, 0));
  const lost = [...lostNamed, ...lostOthers];
  // A person the translation lost may have been replaced by any new run, proper-looking or not; so may a name the
  // translation writes as the source does elsewhere in the article (the translator keeps it, no rendering in words).
  // A lost body or place with nothing to translate may have been replaced only by a name in a third language's
  // letters; one with a word of its own, only by a name in letters none of our languages writes and with no common
  // word of a third language of ours ("Bayerischer Wald", "Sächsischen Schweiz": German renderings).
  const single = () => runs.candidates.every((x) => writtenOnce(ctx.memo.target, x));
  const anyRun = lostNamed.length > 0 || (runs.candidates.length > 0 && lostOthers.some((x) => writtenElsewhere(ctx, x, single)));
  const foreign = (x: Person) => foreignLetters(ctx.target.text.slice(x.start, x.end), ctx.source.lang, ctx.target.lang);
  const stranger = (x: Person) => lettersOfNoLanguageWeKnow(ctx.target.text.slice(x.start, x.end)) && !thirdLanguageWords(ctx, x);
  const bare = (all: boolean, by: (x: Person) => boolean) =>
    !languageOf(ctx.source.lang).nounsCapitalised && runs.candidates.some(by) && lostOthers.some((x) => untranslatable(ctx, k, x, all));
  const by = anyRun ? () => true : bare(true, foreign) ? foreign : bare(false, stranger) ? stranger : undefined;
  const loose = by ? runs.loose().filter((x) => !runs.strict.includes(x) && by(x)) : [];
  const added = [...runs.strict, ...loose];
  // A transliteration of a lost name is that name ("Nikolay Valuev" / "Nikolai Walujew"): neither is reported.
  return {
    gone: lost.filter((g) => !added.some((x) => sameTransliterated(g, x))),
    added: added.filter((x) => !lost.some((g) => sameTransliterated(g, x))),
    strict: runs.strict,
  };
}

/** A name of the source sentence that the aligned translation replaces by a name the source never has. */
export default defineRule({
  meta: {
    id: "name-missing",
    description:
      "A name of the source sentence (a person, a body, a place: two or more capitalised words) has no counterpart in the confidently aligned target sentence (or the two a sentence was split into), which names instead someone or something the source never mentions. Near misses are name-mismatch's; a name the target drops or replaces by a pronoun or a role is not flagged.",
    category: "accuracy/mistranslation",
    severity: "minor",
    messages: {
      replaced: "The source names “{{name}}”, but the translation names “{{found}}” instead, which the source never mentions.",
    },
    confidence: 0.8,
  },
  examples,
  check(ctx) {
    if (ctx.source.lang === ctx.target.lang) return;
    ctx.pairs.forEach((_p, k) => {
      if (!isPairedInPlace(ctx.pairs, k, CONFIDENT)) return;
      for (const [s, t] of pairUp(ctx, replaced(ctx, k), span(ctx.pairs[k].source), span(ctx.pairs[k].target))) {
        ctx.report({
          messageId: "replaced",
          data: { name: ctx.source.text.slice(s.start, s.end), found: ctx.target.text.slice(t.start, t.end) },
          source: { start: s.start, end: s.end },
          target: { start: t.start, end: t.end },
        });
      }
    });
  },
});
