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
  peopleIn,
  tokens,
  tokensAt,
  type Person,
  type Tok,
} from "./people";
import type { Segment } from "../../segment/document";
import { sameTransliterated } from "./transliteration";
import { glossesSourceAcronym } from "./acronym-gloss";
import { foreignLetters, lettersOfNoLanguageWeKnow, thirdLanguageWords } from "./spelling";
import { writtenElsewhere, writtenOnce } from "./written";
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
 * The source sentence's runs of capitalised words, the first word included when it is no common word of the
 * language ("United Internet informó", not "Los Ángeles"). A run keeps as its words only those that name something:
 * "Las Vegas" is named again by "Vegas", "On Friday" (a run-in heading's first words) by nothing, so it is no name.
 */
function sourceRuns(text: string, s: { start: number; end: number }, lang: Lang, toks: Tok[]): Person[] {
  const first = !knownWords(lang).has(toks[0] ? foldWord(toks[0].raw) : "");
  const { nounsCapitalised } = languageOf(lang);
  const out: Person[] = [];
  for (const r of capitalisedRunsIn(text, s.start, s.end, toks, first).flatMap((x) => splitAtFunctionWords(x, toks, lang))) {
    const words = r.words.filter((w) => !NOT_NAME_WORDS[lang].has(w));
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
function newRuns(ctx: RuleContext, k: number, tToks: Tok[]): { strict: Person[]; candidates: Person[]; loose: () => Person[] } {
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
    (x) => !namedInDoc(x, ctx.memo.source, person(x) ? 1 : 0) && !glossesSourceAcronym(ctx.target.text, x, sourceText),
  );
  // In a language that capitalises every noun (German), a run of capitals is as often a translated phrase
  // ("Obersten Gerichtshof") as a name: there only a person counts.
  const nounsCapitalised = languageOf(ctx.target.lang).nounsCapitalised;
  const candidates = fresh.filter((x) => person(x) || !nounsCapitalised);
  // A loose run shares no anchor (a cognate, a lexicon word) with the source sentence: no translated description.
  // Taken only when asked (a lost person), the anchor keys being the dearer test.
  const loose = () => {
    const sourceKeys = new Set(ctx.pairs[k].source.flatMap((g) => segmentKeysOf(ctx.memo.source, g.index)));
    const keys = (x: Person) => textAnchorKeys(ctx.memo.target, ctx.target.text.slice(x.start, x.end));
    return candidates.filter((x) => !keys(x).some((key) => sourceKeys.has(key)));
  };
  const strict = fresh.filter(
    (x) =>
      !foreignLetters(ctx.target.text.slice(x.start, x.end), ctx.source.lang, ctx.target.lang) &&
      (person(x) || (!nounsCapitalised && properName(x, ctx.target.lang))),
  );
  return { strict, candidates, loose };
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
 * article never has. Only the target sentence itself is searched: a name that a new name stands in for is gone
 * even when a neighbouring sentence repeats it.
 */
function replaced(ctx: RuleContext, k: number): { gone: Person[]; added: Person[] } {
  const s = span(ctx.pairs[k].source);
  const tToks = beadTokens(ctx.target.text, ctx.words.target, ctx.pairs[k].target);
  const runs = newRuns(ctx, k, tToks);
  if (!runs.candidates.length && !runs.strict.length) return { gone: [], added: [] };
  const sToks = beadTokens(ctx.source.text, ctx.words.source, ctx.pairs[k].source);
  const named = peopleIn(ctx.source.text, s.start, s.end, ctx.source.lang, sToks);
  // Any other name of two or more capitalised words (a body, a place, a person whose given name the table lacks).
  const others = sourceRuns(ctx.source.text, s, ctx.source.lang, sToks).filter(
    (r) => !named.some((x) => x.start < r.end && r.start < x.end),
  );
  const capitals = beadCapitals(tToks, sToks);
  const lostNamed = named.filter((x) => !keptIn(x, capitals, 1));
  const lostOthers = others.filter((x) => !keptIn(x, capitals, 0));
  const lost = [...lostNamed, ...lostOthers];
  // A person the translation lost may have been replaced by any new run, proper-looking or not; so may a name the
  // translation writes as the source does elsewhere in the article (the translator keeps it, no rendering in words).
  // A lost body or place with nothing to translate may have been replaced only by a name in a third language's
  // letters; one with a word of its own, only by a name in letters none of our languages writes and with no common
  // word of a third language of ours ("Bayerischer Wald", "Sächsischen Schweiz": German renderings).
  const single = () => runs.candidates.every((x) => writtenOnce(ctx.target.text, ctx.target.text.slice(x.start, x.end)));
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
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "El senador Tomás Ellis habló el lunes. Ellis pidió calma.",
        target: "Senator Tomás Ellis spoke on Monday. The senator called for calm.",
      },
      {
        // A near miss is name-mismatch's; a name moved to the next sentence is present.
        from: "es",
        to: "en",
        source: "La jueza Carmen Ruiz firmó el auto. Lo anunció el martes.",
        target: "The order was signed. Judge Carmen Ruis announced it on Tuesday.",
      },
      {
        // German capitalises every noun: a translated body's name is no new name.
        from: "en",
        to: "de",
        source: "The lawyers appealed to the Supreme Court on Monday.",
        target: "Die Anwälte riefen am Montag den Obersten Gerichtshof an.",
      },
      {
        // A name spelt as in a third language (the article's first language), which the source renders its own way.
        from: "de",
        to: "fr",
        source: "Die Prager Verkehrsbetriebe erhöhten am Montag die Preise.",
        target: "La société Pražský Dopravní Podnik a augmenté ses tarifs lundi.",
      },
      {
        // One person's name transliterated the German way.
        from: "en",
        to: "de",
        source: "The heavyweight Nikolay Valuev lost his title on Saturday.",
        target: "Der Schwergewichtler Nikolai Walujew verlor am Samstag seinen Titel.",
      },
      {
        // The run spells out an acronym the source writes; a capitalised article after a name opens the next sentence.
        from: "en",
        to: "es",
        source: "Solidarity from Vienna to Sao Paulo The list is long, says the MDR.",
        target: "Solidaridad desde Viena hasta Sao Paulo La lista es larga, dice la Mitteldeutsche Rundfunk (MDR).",
      },
      {
        // A body's name the translation renders in words throughout: no stranger, though the sentence names another.
        from: "es",
        to: "en",
        source: "Izquierda Unida pidió una comisión. Según Izquierda Unida, el Consejo Escolar votará el martes.",
        target: "United Left called for an inquiry. According to United Left, the School Board will vote on Tuesday.",
      },
      {
        from: "en",
        to: "es",
        source: "Pope Benedict XVI met Barack Obama in Rome.",
        target: "El papa Benedicto XVI se reunió con Obama en Roma.",
      },
    ],
    bad: [
      {
        // A lost person replaced by a run of common words that renders nothing of the source sentence.
        from: "es",
        to: "en",
        source: "Lo dijo el economista jefe de la consultora, Kieran Davies, el martes.",
        target: "The consultancy's chief economist, <marker>Commonwealth Office</marker>, said so on Tuesday.",
      },
      {
        // A lost person replaced by a name spelt with letters neither language writes.
        from: "es",
        to: "en",
        source: "La portavoz del hospital, Ana Castillo, rechazó la propuesta.",
        target: "The hospital's spokeswoman, <marker>Jarmila Šuláková</marker>, rejected the proposal.",
      },
      {
        // A place with nothing to translate, replaced by a name in a third language's letters.
        from: "es",
        to: "en",
        source: "Cada vez más compradores buscan casas en Veliko Tarnovo y Gabrovo.",
        target: "More and more buyers look for homes in <marker>Tomáš Harabiš</marker> and Gabrovo.",
      },
      {
        // A person whose given name the tables lack; the translation writes the surname elsewhere, not here.
        from: "es",
        to: "en",
        source: "Kowalczyk volvió a entrenar el lunes. El delantero Darek Kowalczyk marcó dos goles en la final.",
        target: "Kowalczyk trained again on Monday. Striker <marker>Scotland Yard</marker> scored two goals in the final.",
      },
      {
        // A place with a word of its own, replaced by a name in letters none of our languages writes.
        from: "es",
        to: "en",
        source: "El archivo de Bad Lauterbach abrió sus fondos a los historiadores.",
        target: "The archive in <marker>Vojtěch Šimáček</marker> opened its records to historians.",
      },
      {
        // A given name of rules/given-names-more.json ("Kurt") makes the stranger a person, though "Kurt" is a word.
        from: "es",
        to: "en",
        source: "El ministro de Defensa, Carlos Ortega, pidió más tropas.",
        target: "The defence minister, <marker>Kurt Warner</marker>, asked for more troops.",
      },
      {
        // A body's name the translation writes as the source does elsewhere, replaced here by a run of common words.
        from: "es",
        to: "en",
        source: "La firma Tarraco Logística compró dos almacenes en Valencia. Según Tarraco Logística, la compra se cerrará en marzo.",
        target:
          "The firm Tarraco Logística bought two warehouses in Valencia. According to <marker>National Trust</marker>, the purchase will close in March.",
      },
      {
        from: "es",
        to: "en",
        source: "El senador Tomás Ellis, de Ohio, votó en contra de la ley.",
        target: "Senator <marker>Walter Hopkins</marker>, of Ohio, voted against the bill.",
      },
      {
        // A new name right after a title, in one run of capitalised words.
        from: "es",
        to: "en",
        source: "El ministro de Finanzas János Veres firmó el acuerdo en Bruselas.",
        target: "Finance Minister <marker>Gregor Vanstraaten</marker> signed the agreement in Brussels.",
      },
      {
        // Another person with the same given name.
        from: "es",
        to: "en",
        source: "Lo anunció el senador Thomas Ellis en Boston el lunes.",
        target: "It was announced by Senator <marker>Thomas Hopkins</marker> in Boston on Monday.",
      },
      {
        // In German a replaced person is still found among the capitalised nouns.
        from: "en",
        to: "de",
        source: "Senator Tom Ellis of Ohio voted against the bill on Tuesday.",
        target: "Senator <marker>Walter Hopkins</marker> aus Ohio stimmte am Dienstag gegen das Gesetz.",
      },
      {
        // The heading run into the sentence keeps one "Bush"; the sentence's own mention is replaced.
        from: "es",
        to: "en",
        source: "Bush gana en Ohio El presidente George Bush celebró el resultado con sus votantes.",
        target: "Bush wins in Ohio President <marker>Walter Hopkins</marker> celebrated the result with his voters.",
      },
      {
        from: "en",
        to: "es",
        source: "The award, worth 50,000 dollars, went to the writer Margaret Atwood in Toronto on Thursday.",
        target: "El premio, dotado con 50.000 dólares, fue para la escritora <marker>Alice Munro</marker> en Toronto el jueves.",
      },
    ],
  },
  check(ctx) {
    if (ctx.source.lang === ctx.target.lang) return;
    ctx.pairs.forEach((_p, k) => {
      if (!isPairedInPlace(ctx.pairs, k, CONFIDENT)) return;
      const { gone, added } = replaced(ctx, k);
      for (const [i, t] of added.slice(0, gone.length).entries()) {
        const s = gone[Math.min(i, gone.length - 1)];
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
