// Holes a dropped word leaves in a sentence: a determiner with no noun after it ("the ,", "del ."), a preposition
// before a clause mark ("the inquiry of, at this stage") or, where the language forbids it, at the sentence's end
// ("…sobre el informe de."), and a sentence opening with a lower-case word. Well-formed news text has almost none;
// a translation that lost a name or an acronym often keeps the word that led into it, sometimes glued to what
// followed the name ("cases of-19" for "cases of COVID-19", "a guest on's show" for "on HBO's show"). A preposition
// before another is a hole when doubled ("de de Hove") or where the language does not stack them ("en de Japón"; its
// word-order table lists no stackedPrepositions); English stacks them ("moved on to"), so "published by in Spain" is not.
// Also from the word-order table: a word that never follows a determiner or preposition right after one ("las
// direcciones de y las páginas", "the the head", "control del fue"), a preposition the language never ends a sentence
// with ("caused by."), and marks with no word between them ("radio,, and", "(, Dessau"; a determiner before a bracket,
// "an (opinion institute) poll"). A determiner that stands alone as a pronoun ("each has", "la una") is none.
import type { Lang } from "../../types";
import { wordOrderTable, type WordOrderTable } from "./word-order";

// regex-safe: a letter run with single inner apostrophes or hyphens, or one punctuation mark; no nested repetition.
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[,;:().!?]/gu;
const CLAUSE_MARK = new Set([",", ";", ":", ")"]);
// regex-safe: one character class, no repetition.
const FIRST_WORD_CHAR = /[\p{L}\p{N}]/u;
// regex-safe: one character class, no repetition.
const LOWER = /\p{Ll}/u;
const END_MARK = new Set([".", "!", "?"]);

/** How many holes text has where a word was dropped (see the header); 0 when the language has no word-order table. */
export function sentenceGaps(text: string, lang: Lang): number {
  const t = wordOrderTable(lang);
  if (!t) return 0;
  // A word in capitals is an acronym or a shouted word ("DE" for desviación estándar), never a function word here.
  const raw = text.match(TOKEN) ?? [];
  const tokens = raw.map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()));
  // A sentence opening with a lower-case word lost its first word ("announced last month that…"); one opening with a
  // number does not count ("14 de enero"), and "iPhone" opens in lower case on both sides (the two counts cancel).
  let gaps = FIRST_WORD_CHAR.exec(text)?.[0].match(LOWER) ? 1 : 0;
  tokens.forEach((w, i) => {
    if (gluedToFunctionWord(raw[i], t)) gaps++;
    const next = tokens[i + 1];
    const ends = next === undefined || END_MARK.has(next);
    // A one-letter determiner is also a letter ("10 a.m.", "Plan A."), and one that stands alone a pronoun ("each
    // has", "$5 each."): left out.
    if (t.det.has(w) && w.length > 1 && !t.alone.has(w)) {
      if (ends || CLAUSE_MARK.has(next) || next === "(" || determinerAfter(w, next, t)) gaps++;
    } else if (t.prep.has(w)) {
      if (ends ? !t.finalPrep || t.notFinal.has(w) : CLAUSE_MARK.has(next) || prepositionAfter(w, next, t)) gaps++;
    } else if (OPENING_MARK.has(w) && next !== undefined && (CLAUSE_MARK.has(next) || END_MARK.has(next))) gaps++;
  });
  return gaps;
}

/** Marks after which another mark shows a word lost between them ("radio,, and", "(, Dessau"). */
const OPENING_MARK = new Set([",", ";", ":", "("]);

/**
 * True when a word after a determiner shows the noun it led into lost: another determiner ("says the the head"; not
 * one that stands alone as a pronoun, "a la una"), a word that never follows one (a conjunction, an auxiliary) or,
 * after an article, a verb ("del fue").
 */
function determinerAfter(w: string, next: string | undefined, t: WordOrderTable): boolean {
  if (next === undefined) return false;
  // "la del Ministerio" (the one of): a determiner the language lets stand before another is no hole.
  if ((t.det.has(next) && !t.alone.has(next) && !t.detBefore.has(next)) || t.notAfterDet.has(next)) return true;
  return t.notAfterArticle.has(next) && !t.beforeVerb.has(w);
}

// regex-safe: anchored, two single-character classes, no repetition.
const GLUED_TAIL = /^-[\p{N}\p{Lu}]|^['’]s$/u;

/**
 * True when the token is a determiner, preposition or conjunction with what followed a dropped word glued to it: a hyphen and a
 * number or capital ("of-19", "by-KOM") or a possessive "'s" ("on's", "a's"). Hyphenated words that open with a
 * function word ("in-depth", "on-site") go on in lower case.
 */
function gluedToFunctionWord(token: string, t: WordOrderTable): boolean {
  // regex-safe: one character class, no repetition.
  const cut = token.search(/['’-]/);
  if (cut <= 0) return false;
  const head = token.slice(0, cut).toLowerCase();
  return (t.det.has(head) || t.prep.has(head) || t.conj.has(head)) && GLUED_TAIL.test(token.slice(cut));
}

/**
 * True when a preposition follows a preposition where no word was lost: the same one doubled ("de de Hove"), or any
 * other where the language does not stack them ("presentado en de Japón"; English does: "moved on to").
 */
function prepositionAfter(w: string, next: string, t: WordOrderTable): boolean {
  if (t.notAfterPrep.has(next) && !t.stack.has(next)) return true;
  return t.prep.has(next) && (next === w || t.stack.size === 0);
}
