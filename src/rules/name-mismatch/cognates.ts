// Capitalised words that are the same word in two languages' spelling: a title or an organisation's name translated
// word for word ("Bundesamt für Seeschifffahrt und Hydrographie" / "Federal Maritime and Hydrographic Agency",
// "Tigres" / "Tigers"), not a misspelt name. rules/names.json `cognateSpellings` holds, per language, the rewrites
// by which a word of that language becomes its cognate in another (German z for c: Sozial/Social; French -re for
// -er: Tigres/Tigers); one rewrite of either word must make the two spell alike (under the names' spelling key).
import table from "../../../rules/names.json";
import { byLanguage } from "../../lang/registry";
import type { Lang } from "../../types";
import { spellingKey } from "../lib/proper-names";

const TABLE = table.cognateSpellings as Partial<Record<Lang, [string, string][]>>;

/** Each language's rewrites, compiled once (a pattern ending in $ rewrites the ending, any other every occurrence). */
const REWRITES: Record<Lang, [RegExp, string][]> = byLanguage((l) =>
  // regex-safe: short fixed letter sequences from rules/names.json, at most anchored at the end
  (TABLE[l.code] ?? []).map(([from, to]): [RegExp, string] => [new RegExp(from, from.endsWith("$") ? "" : "g"), to]),
);

/** The spelling keys of a folded word of `lang` and of each single rewrite of it. */
function keys(folded: string, lang: Lang): string[] {
  const out = [spellingKey(folded)];
  for (const [from, to] of REWRITES[lang]) {
    from.lastIndex = 0;
    if (from.test(folded)) out.push(spellingKey(folded.replace(from, to)));
  }
  return out;
}

/** True when a word of `aLang` and a word of `bLang` (both folded) are one word in the two languages' spelling. */
export function areSpelledCognates(a: string, aLang: Lang, b: string, bLang: Lang): boolean {
  if (!REWRITES[aLang].length && !REWRITES[bLang].length) return false;
  const ka = keys(a, aLang);
  return keys(b, bLang).some((k) => ka.includes(k));
}
