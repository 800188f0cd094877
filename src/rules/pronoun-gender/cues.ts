// Each language's gender cues (rules/<code>/gender-cues.json), compiled once into the regexes and sets the analyzer asks.
import type { Lang } from "../../types";
import type { GenderData, Language } from "../../lang/language";
import { byLanguage } from "../../lang/registry";
import type { Gender } from "./types";
import { own } from "./words";
import { escapeRegExp } from "../../lang/inflect";

/** A language whose titles, determiners and participles agree with the person ("la presidenta"), compiled. */
export interface AgreementCues {
  titles: Record<string, string>;
  determiners: Record<string, string>;
  titleSet: ReadonlyMap<string, string>;
  /** Regex alternations of the titles (longest first) and of the gendered determiners. */
  titleAlt: string;
  detAlt: string;
  /** ", la presidenta del Perú" / ", presidenta del Perú" just after a name. */
  titleAfter: RegExp;
  /** "Boluarte fue elegida" / "Boluarte, nacida en". */
  agreementAfter: RegExp;
  participleGender: Record<string, Gender>;
  modifierList: readonly string[];
  determinerList: readonly string[];
  /** Whether the word lists can be compared letter by letter (plain lowercase ASCII without k). */
  foldable: boolean;
  /** Titles of several words ("primer ministro", "jefe de Estado") by their first word. */
  multiword: ReadonlyMap<string, string[]>;
  /** Each word that is a title or starts a longer one (see titlesIn). */
  titleWord: RegExp;
  functionWords: ReadonlySet<string>;
  complementWords: readonly string[];
  /** Fixed phrases between a title and its name, each as its lower-case words ("en funciones"). */
  complementPhrases: readonly (readonly string[])[];
  /** A title's owner named after it: "… de", "… de la" right before the name. */
  ofBeforeName: RegExp;
  /** A determiner and a title, or a title alone ("la periodista", "consejero"). */
  personNoun: RegExp;
  /** Each gender's subject pronouns as whole words ("ella"). */
  explicit: Record<Gender, RegExp>;
  /** The subject pronouns at the start of a text. */
  openingPronoun: RegExp;
  thingPreposition: RegExp;
  pairs: [string, string][];
  /** A word that ends as a participle; group 1 is its gender ending. */
  participleAt: RegExp;
}

/** A language whose role nouns and pronouns mark the person ("spokeswoman", "she"), compiled. */
export interface RoleCues {
  roles: Record<string, Gender>;
  roleMap: ReadonlyMap<string, Gender>;
  roleSet: ReadonlySet<string>;
  /** ", a spokeswoman for" just after a name. */
  roleAfter: RegExp;
  neutral: ReadonlySet<string>;
  /** Candidates for person nouns (see personNouns). */
  personNounCandidate: RegExp;
}

/** What the gender analyzer asks of a language, compiled once. */
export interface Cues {
  data: GenderData;
  honorifics: Record<string, Gender>;
  /** Third-person pronouns; with ASCII words, \b delimits them. */
  pronoun: RegExp;
  pronounGender: ReadonlyMap<string, Gender>;
  subject: ReadonlySet<string>;
  agreement?: AgreementCues;
  roles?: RoleCues;
}

export const byLength = (a: string, b: string) => b.length - a.length;

/** The ending part of a participle pattern ("(?:ad|id|ect|uert)([oa])" of "\\p{Ll}+(?:ad|id|ect|uert)([oa])"). */
function participleEnding(pattern: string): string {
  return pattern.replace(/^\\p\{Ll\}\+/, "");
}

/** Titles of several words ("primer ministro") by their first word, longest first. */
function multiwordTitles(titles: Record<string, string>): Map<string, string[]> {
  const multiword = new Map<string, string[]>();
  for (const t of Object.keys(titles)) {
    if (!t.includes(" ")) continue;
    const first = t.split(" ")[0];
    multiword.set(first, [...(multiword.get(first) ?? []), t].sort(byLength));
  }
  return multiword;
}

/** An agreement language's cues compiled: titles, determiners, participles and pronouns as regexes and sets. */
function compileAgreement(g: GenderData): AgreementCues {
  const titles = g.titles ?? {};
  const determiners = g.determiners ?? {};
  const titleAlt = Object.keys(titles).sort(byLength).map(escapeRegExp).join("|");
  const detAlt = Object.keys(determiners)
    .filter((d) => own(determiners, d))
    .map(escapeRegExp)
    .join("|");
  const appositive = (g.appositionModifiers ?? []).map(escapeRegExp).join("|");
  const modifierList = g.titleModifiers ?? [];
  const determinerList = Object.entries(determiners)
    .filter(([, x]) => x)
    .map(([d]) => d);
  const pronounsOf = (gender: Gender) => Object.keys(g.pronouns).filter((w) => g.pronouns[w] === gender && g.subjectPronouns.includes(w));
  const subjectAlt = [...g.subjectPronouns].sort(byLength).map(escapeRegExp).join("|");
  return {
    titles,
    determiners,
    titleSet: new Map(Object.entries(titles)),
    titleAlt,
    detAlt,
    titleAfter: new RegExp(`^\\s*,\\s+(?:(${detAlt})\\s+)?(?:(?:${appositive})\\s+)?(${titleAlt})(?![\\p{L}])(?!\\s+\\p{Lu})`, "u"),
    // regex-safe: the participle pattern of rules/<code>/gender-cues.json is a letter run and a fixed ending
    agreementAfter: new RegExp(
      `^(?:\\s+(?:${(g.participleAfter ?? []).map(escapeRegExp).join("|")})\\s+(?:\\p{Ll}+mente\\s+)?|\\s*,\\s+)(${g.participle ?? "(?!)"})(?![\\p{L}])`,
      "u",
    ),
    participleGender: (g.participleGender ?? {}) as Record<string, Gender>,
    modifierList,
    determinerList,
    foldable: [...modifierList, ...determinerList].every((w) => /^[a-z]+$/.test(w) && !w.includes("k")),
    multiword: multiwordTitles(titles),
    // Every word that is a title or begins a multi-word one, case-insensitively (the titles are plain letters:
    // a-z and á é í ñ ó, which the i flag folds as toLowerCase does). Longest first, so a whole word wins over its prefix.
    // Not after or before an ASCII letter: such a match lies inside a longer word, which titlesIn would reject anyway
    // (the lookarounds only spare the work of trying every alternative at every letter).
    titleWord: new RegExp(
      `(?<![A-Za-z])(?:${[...new Set(Object.keys(titles).map((t) => t.split(" ")[0].toLowerCase()))].sort(byLength).map(escapeRegExp).join("|")})(?![A-Za-z])`,
      "gi",
    ),
    functionWords: new Set(g.notBetweenTitleAndName ?? []),
    complementWords: g.complementWords ?? [],
    complementPhrases: (g.complementPhrases ?? []).map((p) => p.split(" ")),
    ofBeforeName: new RegExp(`(?:^|\\s)(?:${(g.ofBeforeName ?? []).map(escapeRegExp).join("|") || "(?!)"})\\s*$`, "i"),
    personNoun: new RegExp(`(?<![\\p{L}])(?:(${detAlt})\\s+)?(${titleAlt})(?![\\p{L}])`, "giu"),
    // regex-safe: literal words between lookarounds, no quantifier at all
    explicit: {
      f: new RegExp(`(?<![\\p{L}])(?:${pronounsOf("f").map(escapeRegExp).join("|")})(?![\\p{L}])`, "giu"),
      m: new RegExp(`(?<![\\p{L}])(?:${pronounsOf("m").map(escapeRegExp).join("|")})(?![\\p{L}])`, "giu"),
    },
    openingPronoun: new RegExp(`^(${subjectAlt})(?![\\p{L}])`, "iu"),
    thingPreposition: new RegExp(`(?<![\\p{L}])(?:${(g.thingPrepositions ?? []).map(escapeRegExp).join("|")})\\s+$`, "iu"),
    pairs: g.pairs ?? [],
    // regex-safe: the participle's fixed endings, anchored at the end of one word
    participleAt: new RegExp(`${participleEnding(g.participle ?? "(?!)")}$`, "iu"),
  };
}

function compileRoles(g: GenderData): RoleCues {
  const roles = (g.roles ?? {}) as Record<string, Gender>;
  // The roles are singular forms; those of more than three letters may stand before or after a name.
  const singular = Object.keys(roles)
    .filter((r) => r.length > 3)
    .map(escapeRegExp);
  const roleAlt = singular.join("|");
  // A pronoun's possible referents of no marked gender: the roles of either gender and "someone".
  const neutral = new Set([...(g.neutralRoles ?? []), ...(g.indefinitePeople ?? [])]);
  return {
    roles,
    roleMap: new Map(Object.entries(roles)),
    roleSet: new Set(roleAlt.split("|")),
    roleAfter: new RegExp(
      `^\\s*,\\s+(?:(?:${(g.roleDeterminers ?? []).map(escapeRegExp).join("|")})\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(${roleAlt})(?![\\p{L}])`,
      "u",
    ),
    neutral,
    // Candidates for person nouns: every role word, case-insensitively, wherever it occurs (inside longer words too);
    // personNouns keeps those that are whole words. Longest first, so that "grandmother" is not read as "grand…".
    // Not after or before an ASCII letter (inside a longer word, which personNouns rejects anyway): spares trying every
    // alternative at every letter.
    personNounCandidate: new RegExp(
      `(?<![A-Za-z])(?:${[...new Set([...Object.keys(roles), ...neutral])].sort(byLength).map(escapeRegExp).join("|")})(?![A-Za-z])`,
      "gi",
    ),
  };
}

function compileCues(l: Language): Cues {
  const g = l.gender;
  const words = Object.keys(g.pronouns);
  const asciiBoundary = words.every((w) => /^[a-z]+$/.test(w));
  const alt = words.map(escapeRegExp).join("|");
  return {
    data: g,
    honorifics: g.honorifics as Record<string, Gender>,
    // regex-safe: literal words between word boundaries or letter lookarounds, no quantifier
    pronoun: asciiBoundary ? new RegExp(`\\b(${alt})\\b`, "gi") : new RegExp(`(?<![\\p{L}])(${alt})(?![\\p{L}])`, "giu"),
    pronounGender: new Map(Object.entries(g.pronouns) as [string, Gender][]),
    subject: new Set(g.subjectPronouns),
    agreement: g.system === "agreement" ? compileAgreement(g) : undefined,
    roles: g.system === "pronouns" ? compileRoles(g) : undefined,
  };
}

/** Each language's compiled gender cues. */
export const CUES: Record<Lang, Cues> = byLanguage(compileCues);

/** Gender given by a determiner and title ("la" + "presidente" = f, "el" + "ministra" = none). */
export function titleGender(a: AgreementCues, det: string | undefined, title: string): Gender | undefined {
  const tg = own(a.titles, title.toLowerCase());
  const dg = det ? (own(a.determiners, det.toLowerCase()) as Gender | "") : "";
  if (tg === "x") return dg || undefined;
  if (dg && dg !== tg) return undefined;
  return tg as Gender;
}
