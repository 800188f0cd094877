// How an English (pronoun-language) pronoun is used and what replaces it: role, clause, suggestion.
import type { Lang } from "../../types";
import { byLanguage } from "../../lang/registry";
import type { Doc } from "../../segment/document";
import type { PronounMention } from "./types";
/** A pronoun language's grammar of pronouns (rules/<code>/gender-cues.json), compiled. */
interface PronounGrammar {
  roles: Record<string, string>;
  swaps: Record<string, string>;
  ambiguous: { object: string; possessive: string } | undefined;
  /** What may follow an object pronoun: a closing mark, the end, or a word of objectContextWords. */
  objectContext: RegExp;
  /** A subordinate clause with its own subject: "why a pair …", "because the law …", "that it …". */
  ownClause: RegExp;
  forward: readonly [string, string][];
}

const GRAMMAR: Record<Lang, PronounGrammar> = byLanguage(({ gender: g }) => ({
  roles: g.pronounRoles ?? {},
  swaps: g.pronounSwaps ?? {},
  ambiguous: g.ambiguousSwap,
  // regex-safe: alternations of literal words after a fixed prefix; no nested quantifier
  objectContext: new RegExp(`^(?:\\s*[,.;:!?)”"']|\\s*$|\\s+(?:${(g.objectContextWords ?? []).join("|") || "(?!)"})\\b)`, "i"),
  // regex-safe: one alternation of literal words, then another; no nested quantifier
  ownClause: new RegExp(
    `\\b(?:${(g.clauseOpeners ?? []).join("|") || "(?!)"})\\s+(?:${(g.clauseSubjects ?? []).join("|") || "(?!)"})\\s`,
    "gi",
  ),
  forward: g.forwardPossessives ?? [],
}));

/** Leading punctuation before a sentence's first word (whitespace, opening marks and quotes, dashes). */
// regex-safe: one character class, anchored
export const SENTENCE_LEAD = /^[\s¿¡"“«'‘(—–-]*$/u;

// regex-safe: a class that holds no letter, then one letter run, anchored at both ends (tried once, linear)
const OPENING_WORD = /^[\s¿¡"“«'‘(—–-]*(\p{L}+)\s+$/u;

/**
 * The one word of a sentence's opening `before` (leading punctuation, a word, spaces), or undefined. Fast path of
 * `/(\p{L}+)\s+$/u` (its last word) with SENTENCE_LEAD before it: that expression is tried at every position of
 * the sentence up to the pronoun (src/fast/README.md; test pronoun-tokens).
 */
export function openingWordBefore(before: string): string | undefined {
  return OPENING_WORD.exec(before)?.[1];
}

/**
 * Whether pronoun p of the sentence starting at `segStart` is a possessive in a sentence-opening phrase that refers
 * forward to the subject after it ("For her part, the mayor …"; rules/<code>/gender-cues.json forwardPossessives).
 */
export function forwardPossessive(text: string, lang: Lang, segStart: number, p: PronounMention): boolean {
  const forward = GRAMMAR[lang].forward;
  if (forward.length === 0) return false;
  const before = openingWordBefore(text.slice(segStart, p.start));
  // regex-safe: one letter run anchored at the start
  const after = /^\s+(\p{L}+)/u.exec(text.slice(p.end, p.end + 12));
  if (before === undefined || !after) return false;
  const pair = [before.toLowerCase(), after[1].toLowerCase()];
  return forward.some(([b, a]) => b === pair[0] && a === pair[1]);
}

export function caseLike(model: string, word: string): string {
  return model[0] === model[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

/** The right pronoun for a flagged one, or undefined when "her" -> "his"/"him" cannot be decided. */
export function suggestionFor(doc: Doc, p: PronounMention): string | undefined {
  const w = p.word.toLowerCase();
  const g = GRAMMAR[doc.lang];
  if (g.roles[w] !== "objectOrPossessive" || !g.ambiguous) return Object.hasOwn(g.swaps, w) ? caseLike(p.word, g.swaps[w]) : undefined;
  const after = doc.text.slice(p.end, p.end + 12);
  if (g.objectContext.test(after)) return caseLike(p.word, g.ambiguous.object);
  if (LOWERCASE_WORD_NEXT.test(after)) return caseLike(p.word, g.ambiguous.possessive);
  return undefined;
}

/** Whether an own subordinate clause (with a subject of its own) starts between `from` and `to`: an object pronoun
 * there is outside the named person's clause, so binding does not keep it from referring to that person. */
export function ownClauseAfter(text: string, lang: Lang, from: number, to: number): boolean {
  const between = text.slice(from, to);
  const re = GRAMMAR[lang].ownClause;
  re.lastIndex = 0;
  return re.test(between);
}

/** How a pronoun is used: "her" is possessive before a word that starts a noun phrase, an object otherwise. */
export function pronounRole(doc: Doc, p: PronounMention): "subject" | "possessive" | "object" | "reflexive" {
  return roleIn(doc.text, doc.lang, p.word, p.end);
}

/** pronounRole of a pronoun of a text of `lang` (its offsets the text's). */
export function pronounRoleIn(text: string, lang: Lang, p: PronounMention): "subject" | "possessive" | "object" | "reflexive" {
  return roleIn(text, lang, p.word, p.end);
}

/** How the pronoun `word` of a `lang` text, ending at `end`, is used (pronounRole on a bare text). */
export function roleIn(text: string, lang: Lang, word: string, end: number): "subject" | "possessive" | "object" | "reflexive" {
  const g = GRAMMAR[lang];
  const role = Object.hasOwn(g.roles, word.toLowerCase()) ? g.roles[word.toLowerCase()] : "object";
  if (role === "objectOrPossessive") {
    const after = text.slice(end, end + 12);
    return !g.objectContext.test(after) && LOWERCASE_WORD_NEXT.test(after) ? "possessive" : "object";
  }
  return role as "subject" | "possessive" | "reflexive" | "object";
}

/** Spaces and then a lower-case letter: the word after a pronoun is no name ("her own", "her sister"). */
const LOWERCASE_WORD_NEXT = /^\s+\p{Ll}/u;
