import { defineRule } from "../../check/rule";
import { sentenceKey, wordCount } from "../lib/coverage";
import { exclusiveWords, isStopword, isWrittenIn, stopwordCount, trigramsPrefer, WordCounts, withoutQuotes } from "./langid";
import type { Lang } from "../../types";
import type { Segment } from "../../segment/document";
import { languageOf } from "../../lang/registry";
import { pairScope, type PairScope } from "../../lang/pair";
import { isWordCharAt } from "../../lang/normalize";
import { likelyOtherLanguage, otherLanguageLists, otherLanguageOf } from "./other-language";
import { otherScriptOf } from "./other-script";

/** Shorter sentences are skipped: headlines of names, titles and slogans are too often legitimately kept. */
const MIN_WORDS = 4;
/** A sentence that is nothing but a quotation this short is taken for a title (of a song, a book, a show). */
const MAX_TITLE_WORDS = 8;

/** A target sentence left in the source language, copied verbatim from the source, or in a third language or script. */
export default defineRule({
  meta: {
    id: "untranslated",
    description:
      "A target sentence is still in the source language (or identical to the source sentence), or is in a third language or another script.",
    category: "accuracy/untranslated",
    severity: "minor",
    messages: {
      untranslated: "This target sentence is still in {{language}}.",
      copied: "This target sentence is a copy of the source sentence, still in {{language}}.",
      copiedHeadline: "This headline is copied from the source, still in {{language}}.",
      otherLanguage: "This target sentence is in {{language}}, not {{target}}.",
      otherScript: "This target sentence is written in {{script}} letters, not in {{target}}.",
    },
    confidence: 0.85,
  },
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "El presidente llegó el lunes. Se reunió con los ministros.",
        target: "The president arrived on Monday. He met the ministers.",
      },
      {
        // A quoted Spanish title inside an English sentence is fine.
        from: "es",
        to: "en",
        source: "La serie «La casa de las flores» vuelve en mayo. Tendrá diez episodios.",
        target: 'The series "La casa de las flores" returns in May. It will have ten episodes.',
      },
      {
        // Names and numbers kept as they are.
        from: "es",
        to: "en",
        source: "Real Madrid 2, Barcelona 1.\n\nEl equipo blanco ganó el clásico con dos goles de Vinícius Júnior.",
        target: "Real Madrid 2, Barcelona 1.\n\nThe white team won the clásico with two goals from Vinícius Júnior.",
      },
      {
        // A name with Spanish particles on its own line, and Spanish titles set in an English frame.
        from: "es",
        to: "en",
        source: "Habló María Teresa Fernández de la Vega.\n\n«El laberinto del fauno» y «La lengua de las mariposas».",
        target: 'María Teresa Fernández de la Vega spoke.\n\n"El laberinto del fauno" and "La lengua de las mariposas".',
      },
      {
        from: "en",
        to: "es",
        source: "The festival will open with a concert by Los Tigres del Norte on Friday.",
        target: "El festival se inaugurará el viernes con un concierto de Los Tigres del Norte.",
      },
      {
        // Names kept as they are in a language that capitalises its nouns: one function word is not a sentence.
        from: "de",
        to: "en",
        source: "Es sprachen Otto Brenner und Anna Schulte.\n\nOtto Brenner und Anna Schulte",
        target: "Otto Brenner and Anna Schulte spoke.\n\nOtto Brenner und Anna Schulte",
      },
      {
        // A title in a third language, kept on both sides: its last word before the cut is no headline's end.
        from: "es",
        to: "fr",
        source: "Shake Hands with the Devil se estrena en Santa Monica en enero.",
        target: "Shake Hands with the Devil est à l'affiche à Santa Monica en janvier.",
      },
      {
        // A French motto both sides keep is copied, but not in the source language.
        from: "es",
        to: "en",
        source: "Las estrellas bajo el cielo de París. Oh là là, c'est la vie.",
        target: "Stars under the Paris sky. Oh là là, c'est la vie.",
      },
      {
        // A sentence in a third language that the source has too was kept on purpose.
        from: "es",
        to: "en",
        source: "El actor cerró su discurso en francés. Nous sommes tous des enfants de la même planète.",
        target: "The actor closed his speech in French. Nous sommes tous des enfants de la même planète.",
      },
    ],
    bad: [
      {
        // A sentence in a third language.
        from: "es",
        to: "en",
        source: "El ministro visitó la fábrica el martes. Prometió nuevas inversiones para toda la región en dos años.",
        target:
          "The minister visited the factory on Tuesday. <marker>Il a promis des nouveaux investissements pour toute la région dans les deux ans.</marker>",
      },
      {
        from: "en",
        to: "es",
        source: "The bridge will reopen next week. The engineers finished the repairs on Friday after three months, the mayor said.",
        target:
          "El puente reabrirá la próxima semana. <marker>Die Ingenieure haben die Reparaturen am Freitag nach drei Monaten abgeschlossen, sagte der Bürgermeister.</marker>",
      },
      {
        // Spanish is a third language of a German-English check.
        from: "de",
        to: "en",
        source: "Der Bürgermeister eröffnete die Brücke. Die Arbeiten dauerten zwei Jahre und kosteten mehr als geplant.",
        target: "The mayor opened the bridge. <marker>Las obras duraron dos años y costaron más de lo que estaba previsto.</marker>",
      },
      {
        // German capitalises its nouns: a sentence of nouns and function words is still German.
        from: "de",
        to: "en",
        source: "Die Stadt baut eine neue Brücke. Der Bau beginnt im Frühjahr.",
        target: "The city is building a new bridge. <marker>Der Bau beginnt im Frühjahr.</marker>",
      },
      {
        // A quotation and its frame copied as they were: the frame is French too.
        from: "fr",
        to: "es",
        source: "Le maire a parlé lundi. «Nous ne céderons jamais», a déclaré le maire devant la foule.",
        target: "El alcalde habló el lunes. <marker>«Nous ne céderons jamais», a déclaré le maire devant la foule.</marker>",
      },
      {
        // Transliterated output: English in Cyrillic letters.
        from: "es",
        to: "en",
        source: "El ministro habló con la prensa el lunes por la tarde.",
        target: "<marker>Зе министер споук ту зе прес он Мандей афтернун.</marker>",
      },
      {
        from: "es",
        to: "en",
        source: "El presidente llegó a Lima el lunes por la tarde. Se reunió con todos los ministros del gabinete durante tres horas.",
        target:
          "The president arrived in Lima on Monday afternoon. <marker>Se reunió con todos los ministros del gabinete durante tres horas.</marker>",
      },
      {
        from: "en",
        to: "es",
        source: "The bridge will be closed for repairs until the end of the month. Drivers should use the ring road instead.",
        target: "El puente permanecerá cerrado por obras hasta final de mes. <marker>Drivers should use the ring road instead.</marker>",
      },
      {
        // A headline of few function words copied from the source and run into the translated first sentence.
        from: "en",
        to: "fr",
        source: "Fresh gas price row fears\n\nUkraine and Russia are arguing again over the price of the gas that flows to Europe.",
        target: "<marker>Fresh gas price row fears</marker> Une nouvelle dispute sur le prix du gaz oppose l'Ukraine et la Russie.",
      },
      {
        // A title-case headline copied as it was.
        from: "en",
        to: "es",
        source: "No Visa Needed to Enter the US from Next Year?\n\nTravellers from eight countries may soon visit without a visa.",
        target:
          "<marker>No Visa Needed to Enter the US from Next Year?</marker>\n\nLos viajeros de ocho países podrían pronto viajar sin visado.",
      },
      {
        // A Spanish headline left in front of the translated first sentence, with no punctuation between them.
        from: "es",
        to: "en",
        source:
          "Los trenes de cercanías vuelven a funcionar en Madrid\n\nEl servicio se recuperó el jueves por la mañana tras dos días de huelga.",
        target:
          "<marker>Los trenes de cercanías vuelven a funcionar en Madrid</marker> The service recovered on Thursday morning after a two-day strike.",
      },
      {
        from: "es",
        to: "en",
        source: "Los precios de la vivienda bajaron en marzo. La caída fue mayor en las ciudades del norte que en las del sur.",
        target: "House prices fell in March. <marker>La caída fue más fuerte en las ciudades del norte que en las del sur.</marker>",
      },
    ],
  },
  check(ctx) {
    const from = ctx.source.lang;
    const to = ctx.target.lang;
    if (from === to) return;
    const target = languageOf(to).name;
    for (const t of ctx.target.segments) {
      const pair = ctx.pairs[ctx.pairOfTarget[t.index]];
      const at = { start: t.start, end: t.end };
      // The sentence's function words of each kind read below, counted in one scan.
      const counts = new WordCounts(t.text, [...otherLanguageLists(to, from), exclusiveWords(from, to)]);
      const language = otherLanguageOf(t.text, to, from, true, counts);
      // A sentence the source has in that language too was kept on purpose (a quotation, a motto).
      if (language && !pair.source.some((s) => likelyOtherLanguage(s.text, ctx.source.pair) === language)) {
        ctx.report({ messageId: "otherLanguage", data: { language, target }, target: at });
        continue;
      }
      const script = otherScriptOf(t.text, to);
      if (script && !pair.source.some((s) => otherScriptOf(s.text, from) === script)) {
        ctx.report({ messageId: "otherScript", data: { script, target }, target: at });
        continue;
      }
      // A headline copied from the source and run into the translated first sentence (it may lack function words).
      const first = t.index === 0 ? ctx.source.segments[0] : undefined;
      const head = copiedHead(t.text, first ? [...pair.source, first] : pair.source, from, to);
      if (head) {
        const messageId = head < t.text.length ? "copiedHeadline" : "copied";
        ctx.report({ messageId, data: { language: languageOf(from).name }, target: { start: t.start, end: t.start + head } });
        continue;
      }
      // Every verdict needs at least one function word of the source language: most sentences stop here.
      if (counts.count(exclusiveWords(from, to)) === 0) continue;
      const key = sentenceKey(t.text);
      const copied = pair.source.some((s) => sentenceKey(s.text) === key);
      // A verbatim copy of its source needs less evidence: one function word of the source language is enough.
      const span = untranslatedSpan(t.text, from, to, copied);
      if (!span) continue;
      ctx.report({
        messageId: copied ? "copied" : "untranslated",
        data: { language: languageOf(from).name },
        target: { start: t.start + span[0], end: t.start + span[1] },
      });
    }
  },
});

/** Lower-case words that are not function words: names with particles ("Fernández de la Vega") have none. */
function lowerContentWords(text: string, scope: PairScope): number {
  let n = 0;
  for (const m of text.matchAll(LOWER_WORD)) if (!isStopword(m[0], scope)) n++;
  return n;
}
// regex-safe: a single character class repeated once; safe-regex misreads \p{…} without the u flag.
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’]*/gu;
// regex-safe: a single character class repeated once, as LOWER_WORD.
const CAPITAL_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’]*/gu;

/** Capitalised words after the first that are not function words (the nouns of a language that capitalises them). */
function capitalContentWords(text: string, scope: PairScope): number {
  let n = 0;
  for (const m of text.matchAll(CAPITAL_WORD)) if (m.index > 0 && !isStopword(m[0], scope)) n++;
  return n;
}

/**
 * Enough content words for a sentence rather than a name: two lower-case words that are not function words. In
 * a language that capitalises its nouns ("Der Run auf die Festivals") its nouns count too, when two function words
 * of that language say it is a sentence ("Hans-Dietrich Genscher und Helmut Kohl" has one).
 */
function sentenceLike(body: string, from: Lang, to: Lang): boolean {
  const scope = pairScope(from, to);
  const lower = lowerContentWords(body, scope);
  if (lower >= 2) return true;
  if (!languageOf(from).nounsCapitalised || stopwordCount(body, from, to) < 2) return false;
  return lower + capitalContentWords(body, scope) >= 2;
}

/** A lower-case word (or number) followed by a capitalised one: where a run-in headline may end. */
const CASE_BREAK = /[\p{Ll}\p{N}][)"'”’»]?\s+(?=[¿¡"“«]?\p{Lu})/gu;
const MAX_BREAKS = 8;
const MAX_HEADLINE_WORDS = 20;
const SENTENCE_PUNCTUATION = /[!?;]|\.\s/;

/**
 * Words of a headline rather than a name: a sentence's content words (`sentenceLike`), or, in a language that
 * capitalises only names, title case with two function words of the source language ("No Visa Needed to the US
 * from Next Year").
 */
function headlineLike(text: string, from: Lang, to: Lang): boolean {
  if (sentenceLike(text, from, to)) return true;
  return !languageOf(from).nounsCapitalised && stopwordCount(text, from, to) >= 2 && capitalContentWords(text, pairScope(from, to)) >= 2;
}

/**
 * The length of a headline at the start of `text` copied verbatim from the start of one of `sources` and run into
 * a sentence in the target language ("New gas row fears Une dispute sur le prix du gaz…"), or the whole of `text`
 * when it is such a headline alone: headlines have few function words, so the copy is the evidence. Null otherwise.
 */
export function copiedHead(text: string, sources: readonly Segment[], from: Lang, to: Lang, quick = true): number | null {
  // Fast path (src/fast/README.md): the answer is an opening of `text` that a source starts with, of MIN_WORDS - 1
  // words at least; when the longest opening any source shares holds fewer (most sentences: "El" against "The"),
  // the answer is null without the sentence keys and the case-break scan. `quick = false` is the plain version.
  if (quick && wordCount(text.slice(0, sharedOpening(text, sources))) < MIN_WORDS - 1) return null;
  const copiedStart = (part: string) =>
    wordCount(part) >= MIN_WORDS - 1 &&
    stopwordCount(part, to, from) === 0 &&
    sources.some((s) => s.text.startsWith(part) && !isWordCharAt(s.text, part.length)) &&
    headlineLike(part, from, to) &&
    trigramsPrefer(part, from, to);
  const key = sentenceKey(text);
  if (wordCount(text) <= MAX_HEADLINE_WORDS && sources.some((s) => sentenceKey(s.text) === key)) {
    // Alone, the copy must read as the source language too (a French motto both sides keep is no headline).
    return wordCount(text) >= MIN_WORDS && copiedStart(text) && isWrittenIn(text, from, to, 1) ? text.length : null;
  }
  let breaks = 0;
  for (const m of text.matchAll(CASE_BREAK)) {
    const cut = m.index + m[0].length;
    const left = text.slice(0, cut).trimEnd();
    if (++breaks > MAX_BREAKS || SENTENCE_PUNCTUATION.test(left) || wordCount(left) > MAX_HEADLINE_WORDS) break;
    // A headline does not end with a function word ("Shake Hands with the Devil" is one title).
    if (isStopword(lastWord(left), pairScope(from, to))) continue;
    const right = text.slice(cut);
    if (copiedStart(left) && wordCount(right) >= MIN_WORDS - 1 && isWrittenIn(right, to, from, 1)) return left.length;
  }
  return null;
}

/** The length of the longest opening `text` shares with any of `sources`. */
function sharedOpening(text: string, sources: readonly Segment[]): number {
  let best = 0;
  for (const s of sources) {
    const n = Math.min(text.length, s.text.length);
    let i = 0;
    while (i < n && text.charCodeAt(i) === s.text.charCodeAt(i)) i++;
    best = Math.max(best, i);
  }
  return best;
}
// regex-safe: one character class repeated once, anchored at the end.
const LAST_WORD = /[\p{L}\p{N}'’]+$/u;
const lastWord = (text: string) => LAST_WORD.exec(text.replace(TRAILING_MARKS, ""))?.[0] ?? "";
// regex-safe: one character class repeated once, anchored at the end.
const TRAILING_MARKS = /[^\p{L}\p{N}]+$/u;

/** Enough words, a sentence rather than a name, and written in the source language. */
function sourceSentence(text: string, from: Lang, to: Lang, minStop: number): boolean {
  return wordCount(text) >= MIN_WORDS && sentenceLike(text, from, to) && isWrittenIn(text, from, to, minStop);
}

/**
 * The part of a target sentence still in the source language, relative to the sentence: the whole sentence, or
 * (for a short headline run into the next sentence without punctuation) the headline or the sentence after it,
 * when the other part is clearly in the target language. Quoted material is ignored unless it is nearly the whole sentence.
 */
function untranslatedSpan(text: string, from: Lang, to: Lang, copied: boolean): [number, number] | null {
  const minStop = copied ? 1 : 2;
  if (stopwordCount(text, from, to) < minStop) return null;
  const unquoted = withoutQuotes(text);
  if (wordCount(unquoted) === 0 && wordCount(text) <= MAX_TITLE_WORDS) return null; // a quoted title
  const inSource = (part: string, need: number, unquotedPart = withoutQuotes(part)) => {
    let body = unquotedPart;
    if (wordCount(body) < MIN_WORDS) {
      if (stopwordCount(body, to, from) > 0) return false; // quotations set in a target-language frame ("X" and "Y")
      body = part;
    }
    return sourceSentence(body, from, to, need);
  };
  if (inSource(text, minStop, unquoted)) return [0, text.length];
  // A verbatim copy of its source sentence whose frame has no function word of the target language is judged with
  // its quotations: '«Nous vaincrons», a dit le maire.' left as it was is untranslated, quotation and all.
  if (copied && stopwordCount(unquoted, to, from) === 0 && sourceSentence(text, from, to, minStop)) return [0, text.length];
  // The longest leading part, else the longest trailing part, that qualifies.
  let lead: [number, number] | null = null;
  let trail: [number, number] | null = null;
  let breaks = 0;
  const inTarget = (part: string) => wordCount(part) >= MIN_WORDS - 1 && isWrittenIn(part, to, from, 1);
  for (const m of text.matchAll(CASE_BREAK)) {
    const cut = m.index + m[0].length;
    const left = text.slice(0, cut).trimEnd();
    // A run-in headline has no sentence punctuation and is short.
    if (++breaks > MAX_BREAKS || SENTENCE_PUNCTUATION.test(left) || wordCount(left) > MAX_HEADLINE_WORDS) break;
    const right = text.slice(cut);
    if (inSource(left, 2) && inTarget(right)) lead = [0, left.length];
    if (!trail && inSource(right, 2) && inTarget(left)) trail = [cut, text.length];
  }
  return lead ?? trail;
}
