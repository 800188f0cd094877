// pronoun-gender's person marks, remembered: the checks of one sentence (its own-sentence verdicts, the person-by-
// person counterparts, the sentences before it) ask `personMarks` for the same text up to six times per check.
// Fast path of `personMarks` (sentence-evidence.ts), tested against it in fast-paths.test.ts.
import type { PairScope } from "../../lang/pair";
import type { Lang } from "../../types";
import type { PeopleLookup } from "./types";
import { personMarks, type PersonMark } from "./sentence-evidence";
import { NOBODY } from "./source-beads";

/** Texts remembered per people index, scope, surname set and language at most (the memo of that key starts afresh past it). */
const KEPT = 4000;
const NO_SURNAMES = {};
const MEMO = new WeakMap<object, WeakMap<object, WeakMap<object, Map<Lang, Map<string, PersonMark[]>>>>>();

/**
 * The memo of one (people, scope, surnames, lang) combination; a check's index dies with the check, and its entries
 * too. Keyed by the text itself: a segment's text keeps its hash, where a key made of the language and the text was
 * a new string to flatten and hash at every call.
 */
function memoOf(people: PeopleLookup, scope: PairScope, surnames: object, lang: Lang): Map<string, PersonMark[]> {
  let byScope = MEMO.get(people);
  if (!byScope) MEMO.set(people, (byScope = new WeakMap()));
  let bySurnames = byScope.get(scope);
  if (!bySurnames) byScope.set(scope, (bySurnames = new WeakMap()));
  let byLang = bySurnames.get(surnames);
  if (!byLang) bySurnames.set(surnames, (byLang = new Map()));
  let texts = byLang.get(lang);
  if (!texts) byLang.set(lang, (texts = new Map()));
  return texts;
}

/** `personMarks(text, lang, people, scope, surnames)`, computed once per text; never mutate the returned list. */
export function rememberedPersonMarks(
  text: string,
  lang: Lang,
  people: PeopleLookup,
  scope: PairScope,
  surnames?: ReadonlySet<string>,
): PersonMark[] {
  // The module's NOBODY outlives every check: marks kept with it would pass from one check to the next (a check asks
  // `nobodyOf(ctx)`, its own lookup that knows nobody, instead).
  if (people === NOBODY) return personMarks(text, lang, people, scope, surnames);
  const texts = memoOf(people, scope, surnames ?? NO_SURNAMES, lang);
  let marks = texts.get(text);
  if (!marks) {
    if (texts.size >= KEPT) texts.clear();
    texts.set(text, (marks = personMarks(text, lang, people, scope, surnames)));
  }
  return marks;
}
