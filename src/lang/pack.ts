// Builds a Language from a pack's JSON files plus what CLDR (through Intl) says about the language.
import punctuationTable from "../../rules/punctuation.json";
import type { Lang } from "../types";
import type {
  AbbreviationData,
  CalendarData,
  ClockTimeData,
  GenderData,
  GenderMark,
  Language,
  NegationData,
  NumberWordData,
  RoleNouns,
  WordOrderData,
} from "./language";

/** The JSON files of one pack (rules/<code>/), as imported. */
export interface PackFiles {
  locale: {
    name: string;
    examples: string[];
    regions: string[];
    tolerate: string[];
    script: string;
    francCode: string;
    letterWords: string[];
    nounsCapitalised: boolean;
    elisions: string[];
    cognateSpelling?: [string, string][];
    compounds?: boolean;
    lexiconEndings?: string[];
  };
  stopwords: { words: string[] };
  abbreviations: AbbreviationData;
  numberWords: Omit<NumberWordData, "joinerAfter"> & { joinerAfter: string };
  calendar: Omit<CalendarData, "months" | "weekdays"> & { months: string[][]; weekdays: string[][] };
  clockTimes: ClockTimeData;
  negation: NegationData;
  questionWords: { interrogatives: string[]; tags: string[] };
  repeatedWord: { allowed: string[]; noFix?: string[] };
  acronymConnectors: { words: string[] };
  notNames: { words: string[] };
  gender: GenderData;
  wordOrder?: WordOrderData;
}

/** What only code can say about a language (inflection); everything else is data. */
export type PackCode = Pick<Language, "wordVariants" | "numberInCompound">;

/** Month (12) or weekday (7, from Monday) names of `code` from CLDR, in the case running text writes them. */
function cldrNames(code: string, kind: "months" | "weekdays"): string[] {
  const opts: Intl.DateTimeFormatOptions = kind === "months" ? { month: "long", timeZone: "UTC" } : { weekday: "long", timeZone: "UTC" };
  const f = new Intl.DateTimeFormat(code, opts);
  // 2021-02-01 was a Monday.
  return kind === "months"
    ? Array.from({ length: 12 }, (_, i) => f.format(Date.UTC(2021, i, 1)))
    : Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2021, 1, 1 + i)));
}

/** CLDR's full names first, then the pack's other forms of each ("setiembre", "Sept."). */
function withCldrNames(code: string, kind: "months" | "weekdays", extra: string[][]): string[][] {
  return cldrNames(code, kind).map((name, i) => [name, ...(extra[i] ?? []).filter((f) => f !== name)]);
}

/** Legal forms of companies ("Kft.", "S.A.", "Inc."): one list for every language (rules/punctuation.json companyForms). */
const COMPANY_FORMS: readonly string[] = (punctuationTable as { companyForms: string[] }).companyForms;

/**
 * A pack's abbreviations with the period-final company forms added as ambiguous (after the pack's own entries,
 * which keep their kind): "Dunavolt S. A. a émis" continues the sentence, "… S.A. Le groupe" may end it.
 */
function withCompanyForms(a: AbbreviationData): AbbreviationData {
  const forms = COMPANY_FORMS.filter((f) => f.endsWith(".") && !a.ambiguous.includes(f));
  return forms.length ? { ...a, ambiguous: [...a.ambiguous, ...forms] } : a;
}

/** Separators of the language's default locale and the smallest number CLDR groups (1,000 or 10.000). */
function numberFormat(code: string): Language["numberFormat"] {
  const f = new Intl.NumberFormat(code);
  const parts = f.formatToParts(12345.5);
  const group = parts.find((p) => p.type === "group")?.value ?? ",";
  const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
  const groupFrom = f.formatToParts(1000).some((p) => p.type === "group") ? 1000 : 10000;
  return { group, decimal, groupFrom };
}

/** Titles (form -> "m", "f", or "x" for either) and title pairs of a role-noun table. */
export function roleTitles(rn: RoleNouns): { titles: Record<string, string>; pairs: [string, string][] } {
  const titles: Record<string, string> = {};
  const all = [...rn.pairs, ...(rn.adjectives ?? [])];
  for (const [m, f] of all) {
    if (m) titles[m] = m === f ? "x" : "m";
    if (f) titles[f] = m === f ? "x" : "f";
  }
  for (const w of rn.common) titles[w] = "x";
  return { titles, pairs: all.filter(([m, f]) => m && f && m !== f) };
}

/** Gendered roles (form -> "m" or "f") and roles of either gender of a pronoun language's role-noun table. */
export function roleGenders(rn: RoleNouns): { roles: Record<string, GenderMark>; neutralRoles: string[] } {
  const roles: Record<string, GenderMark> = {};
  for (const [m, f] of rn.pairs) {
    if (m) roles[m] = "m";
    if (f) roles[f] = "f";
  }
  return { roles, neutralRoles: rn.common };
}

/** A pack's gender data with what its role-noun table implies: titles and pairs, or gendered and neutral roles. */
function withRoleTitles(g: GenderData): GenderData {
  if (!g.roleNouns) return g;
  return { ...g, ...(g.system === "agreement" ? roleTitles(g.roleNouns) : roleGenders(g.roleNouns)) };
}

/** The Language of one pack. */
export function buildLanguage(code: Lang, files: PackFiles, own: PackCode): Language {
  // CLDR's separators and month and weekday names are read from Intl when a rule first asks: the first Intl format of
  // a thread costs ~13 ms, and only the rules about numbers and dates read them (src/fast/README.md).
  let separators: Language["numberFormat"] | undefined;
  let names: { months: string[][]; weekdays: string[][] } | undefined;
  const cldr = () =>
    (names ??= {
      months: withCldrNames(code, "months", files.calendar.months),
      weekdays: withCldrNames(code, "weekdays", files.calendar.weekdays),
    });
  return {
    ...base(code, files, own),
    numberFormat: {
      get group() {
        return (separators ??= numberFormat(code)).group;
      },
      get decimal() {
        return (separators ??= numberFormat(code)).decimal;
      },
      get groupFrom() {
        return (separators ??= numberFormat(code)).groupFrom;
      },
    },
    calendar: {
      ...files.calendar,
      get months() {
        return cldr().months;
      },
      get weekdays() {
        return cldr().weekdays;
      },
    },
  };
}

/** A pack's Language but for its Intl-derived fields. */
function base(code: Lang, files: PackFiles, own: PackCode): Omit<Language, "numberFormat" | "calendar"> {
  const { locale } = files;
  return {
    code,
    name: locale.name,
    francCode: locale.francCode,
    script: locale.script,
    exampleTags: locale.examples,
    regions: locale.regions,
    tolerate: locale.tolerate,
    letterWords: locale.letterWords,
    nounsCapitalised: locale.nounsCapitalised,
    elisions: locale.elisions,
    cognateSpelling: locale.cognateSpelling ?? [],
    compounds: locale.compounds ?? false,
    lexiconEndings: locale.lexiconEndings ?? [],
    stopwords: files.stopwords.words,
    abbreviations: withCompanyForms(files.abbreviations),
    numberWords: files.numberWords as NumberWordData,
    clockTimes: files.clockTimes,
    negation: files.negation,
    questionWords: files.questionWords,
    repeatedWordAllowed: files.repeatedWord.allowed,
    repeatedWordNoFix: files.repeatedWord.noFix ?? [],
    acronymConnectors: files.acronymConnectors.words,
    notNames: files.notNames.words,
    gender: withRoleTitles(files.gender),
    wordOrder: files.wordOrder,
    wordVariants: own.wordVariants,
    numberInCompound: own.numberInCompound,
  };
}
