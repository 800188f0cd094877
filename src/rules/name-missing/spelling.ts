// How a name is spelt (name-missing's own tests, split out of name-missing.ts for its size): with letters neither
// language of the pair writes, or with a third language's common words.
import table from "../../../rules/name-missing.json";
import type { RuleContext } from "../../check/rule";
import type { Lang } from "../../types";
import { byLanguage, languageOf } from "../../lang/registry";
import { knownWords } from "../lib/language-words";
import { isGivenName, type Person } from "./people";
import { foldWord, textAnchorKeys } from "../../align/anchors";

/** The languages whose letters and common words a name may be written in (rules/name-missing.json nameLanguages). */
const NAME_LANGUAGES = (table.nameLanguages as Lang[]).map((l) => languageOf(l));

/** Per language, the letters beyond a-z it writes its words with (rules/name-missing.json). */
const LETTERS = byLanguage((l) => new Set([...((table as unknown as Record<string, { letters?: string }>)[l.code]?.letters ?? "")]));

/**
 * True when a name holds a letter that neither language writes its words with ("Český Krumlov", "Miloš Vystrčil" in
 * a French translation of a German text): a name spelt as in a third language, most often the one the article
 * was first written in, which the source renders in its own way. Not a stranger put in a name's place.
 */
export function foreignLetters(name: string, from: Lang, to: Lang): boolean {
  // regex-safe: one character class, no quantifier.
  for (const c of name.toLowerCase()) if (/[^a-z\P{L}]/u.test(c) && !LETTERS[from].has(c) && !LETTERS[to].has(c)) return true;
  return false;
}

/** True when a word of the run, no given name, is a common word of another of nameLanguages (the article's first). */
export function thirdLanguageWords(ctx: RuleContext, x: Person): boolean {
  const third = NAME_LANGUAGES.filter((l) => l.code !== ctx.source.lang && l.code !== ctx.target.lang);
  return x.words.some((w) => !isGivenName(w) && third.some((l) => knownWords(l.code).has(w)));
}

/**
 * True when a name holds a letter that none of our languages writes ("Šimáček", not "Bayerischer Wald" or
 * "Schwäbische Alb"): spelt in a language whose words we do not know, so no rendering of a name into one of ours.
 */
export function lettersOfNoLanguageWeKnow(name: string): boolean {
  // regex-safe: one character class, no quantifier.
  for (const c of name.toLowerCase()) if (/[^a-z\P{L}]/u.test(c) && !NAME_LANGUAGES.some((l) => LETTERS[l.code].has(c))) return true;
  return false;
}

/**
 * The anchor keys (cognate prefixes, lexicon words) of a target run's words that are common words of either language
 * of the pair (not given names: "Tomáš" is no verb "tomas"), and those keys of its other words that a capitalised word
 * of the source sentence has (`names`): what a translated description or a name kept ("Žďárského" for "Žďárský")
 * shares with its source sentence. Another word neither language knows ("Harabiš", "Proček") is a name's own, and its
 * prefix meets a common source word's by chance ("Proček" / "procesal", "Tomáš" / "tomaba").
 */
export function wordKeys(ctx: RuleContext, x: Person, names: ReadonlySet<string>): string[] {
  const [from, to] = [ctx.source.lang, ctx.target.lang];
  const out: string[] = [];
  for (const w of ctx.target.text.slice(x.start, x.end).split(" ")) {
    const f = foldWord(w);
    const keys = textAnchorKeys(ctx.memo.target, w);
    const known = !isGivenName(f) && (knownWords(from).has(f) || knownWords(to).has(f));
    out.push(...(known ? keys : keys.filter((key) => names.has(key))));
  }
  return out;
}
