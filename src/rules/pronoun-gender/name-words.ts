// The words that tell a name from other capitalised words, taken over the two languages of a pair (a text may
// name people in the other language's words), never over every registered language.
import type { Language } from "../../lang/language";
import { perPair } from "../../lang/pair";
import type { Lang } from "../../types";
import { escapeRegExp } from "../../lang/inflect";
import table from "../../../rules/pronoun-evidence.json";

/** What name finding reads of either language of a pair (a text may name people in the other's words). */
export interface NameWords {
  /** Capitalised words that never start a person's name: function words and each language's own list. */
  stop: ReadonlySet<string>;
  /** Words that end with a period inside a name: initials and honorifics ("George W. Bush", "Mr. Smith"). */
  abbreviated: RegExp;
  /** Words that make a run of capitals a body's name, not a person's ("Bank", "Party"). */
  orgWords: RegExp;
  /** The same words as a set, lower case: a name ending in one is a body's ("Christian Democratic Union"). */
  bodyWords: ReadonlySet<string>;
  /** A name's apposition that says it is a body: ", a company that …", ", the group." */
  orgApposition: RegExp;
  /** A word that puts a place or body after it ("in", "de"), at the end of a stretch. */
  beforePlace: RegExp;
  /** Per language, the other language's honorifics ("Mr." in a Spanish text genders no one by Spanish agreement). */
  foreignHonorifics: ReadonlyMap<Lang, ReadonlySet<string>>;
}

/**
 * The pair's words of one kind, escaped and joined as alternatives; with none, "(?!)", which matches nothing (an
 * empty alternation would match everywhere: every name a body's where neither language lists body words).
 */
function alternation(languages: readonly Language[], words: (g: Language["gender"]) => string[]): string {
  const all = languages.flatMap((l) => words(l.gender)).map(escapeRegExp);
  return all.length ? all.join("|") : "(?!)";
}

/** The pair's relative words and subordinators (rules/pronoun-evidence.json), escaped and joined as alternatives. */
function relatives(languages: readonly Language[]): string {
  const raw = table as unknown as Record<string, { relatives?: string[]; subordinators?: string[] } | undefined>;
  const words = languages.flatMap((l) => [...(raw[l.code]?.relatives ?? []), ...(raw[l.code]?.subordinators ?? [])]);
  return words.length ? words.map(escapeRegExp).join("|") : "(?!)";
}

/** The name words of a pair's languages, built once per pair. */
export const NAME_WORDS = perPair(
  (languages): NameWords => ({
    stop: new Set(languages.flatMap((l) => [...l.gender.notNameWords, ...l.stopwords])),
    abbreviated: new RegExp(`^(?:\\p{Lu}|${alternation(languages, (g) => g.nameAbbreviations)})$`, "u"),
    orgWords: new RegExp(`\\b(?:${alternation(languages, (g) => g.organisationWords)})\\b`),
    bodyWords: new Set(languages.flatMap((l) => l.gender.organisationWords.map((w) => w.toLowerCase()))),
    // regex-safe: at most three words of letters then spaces (disjoint classes), then literal alternations; anchored
    orgApposition: new RegExp(
      `^,\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${alternation(languages, (g) => g.organisationWords)})(?:\\s*[,.;:)]|\\s*$|\\s+(?:${relatives(languages)})(?![\\p{L}]))`,
      "iu",
    ),
    beforePlace: new RegExp(`\\b(?:${alternation(languages, (g) => g.beforePlace)})\\s+$`),
    foreignHonorifics: new Map(
      languages.map((l) => [l.code, new Set(languages.filter((o) => o !== l).flatMap((o) => Object.keys(o.gender.honorifics)))]),
    ),
  }),
);
