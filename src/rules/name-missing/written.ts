// Whether the target article writes a name the source has (name-missing's own tests, split out of name-missing.ts
// for its size).
import type { RuleContext } from "../../check/rule";
import { knownWords } from "../lib/language-words";
import { folded, isGivenName, tokens, type Person } from "./people";

/**
 * True when the target article writes a source run as the source does (outside the bead, which lost it), or writes
 * a word of it that is a word of neither language nor a given name ("Favre" of "Brett Favre") while the sentence's
 * new runs stand once in the article (`once`: a name the translator uses again, "Jemeres Rojos", is their rendering).
 * The translator keeps that name, so a sentence without it did not render it in words of its own.
 */
export function writtenElsewhere(ctx: RuleContext, x: Person, once: () => boolean): boolean {
  if (ctx.target.text.includes(ctx.source.text.slice(x.start, x.end))) return true;
  const [from, to] = [ctx.source.lang, ctx.target.lang];
  const own = x.words.filter((w) => !knownWords(from).has(w) && !knownWords(to).has(w) && !isGivenName(w));
  if (!own.length || !once()) return false;
  let words = TARGET_WORDS.get(ctx.memo.target);
  if (!words) TARGET_WORDS.set(ctx.memo.target, (words = new Set(tokens(ctx.target.text, 0, ctx.target.text.length).map(folded))));
  return own.some((w) => words.has(w));
}
/** Each target article's words, folded, built once per document. */
const TARGET_WORDS = new WeakMap<object, Set<string>>();

/** True when text holds `part` once only. */
export function writtenOnce(text: string, part: string): boolean {
  const at = text.indexOf(part);
  return at >= 0 && text.indexOf(part, at + 1) < 0;
}
