// The language interface: everything the pipeline and the rules may ask of a language. A language is a pack: its
// data in rules/<code>/ (plain JSON, imported statically by src/lang/packs/<code>.ts) plus, only for what data
// cannot say, a few functions in that same pack module. Rules never compare language codes; they ask this.
import type { Lang } from "../types";
import type { WordOrderData } from "./word-order-data";

export type { WordOrderData } from "./word-order-data";

/** Grammatical gender of a person, or "x" for a title of either gender ("presidente"), "" for neither. */
export type GenderMark = "m" | "f";

/** Period-final abbreviations for sentence segmentation (rules/<code>/abbreviations.json). */
export interface AbbreviationData {
  /** Never end a sentence: they precede a name ("Sr.", "Mr."). */
  titles: string[];
  /** May end a sentence; a break is made only before a frequent sentence starter. */
  ambiguous: string[];
  /** End a sentence when a capitalised word follows ("etc."). */
  final: string[];
  /** Ordinary words unless a number follows ("pág.", "no."). */
  beforeNumber: string[];
  /** Frequent sentence-initial words after an ambiguous abbreviation. */
  sentenceStarters: string[];
  /** Ordinals are digits and a period ("am 3. Oktober"): such a number ends a sentence only before a starter. */
  ordinalPeriod?: boolean;
}

/** Number words (rules/<code>/number-words.json), lower case. */
export interface NumberWordData {
  units: Record<string, number>;
  /** Words for one that also mean "a" before a scale ("un", "a"). */
  one: string[];
  /** Words joining parts of a number ("y", "and"). */
  joiners: string[];
  hundred: string[];
  scales: Record<string, number>;
  counted: Record<string, number>;
  soft: Record<string, number>;
  percent: string[];
  fractions: Record<string, number>;
  pm: string[];
  /**
   * Where a joiner may stand: "tens" joins tens and a unit ("treinta y cinco", and after `joinAfterWords` any
   * number below a hundred: "ciento y treinta"); "hundreds" joins round hundreds and what follows ("two hundred and five").
   */
  joinerAfter: "tens" | "hundreds";
  /** Words after which a joiner takes any number below a hundred ("ciento y treinta"). */
  joinAfterWords?: string[];
  /** With "tens": the smallest tens a joiner follows (30 when absent: Spanish writes 21-29 as one word; 20 in "vinte e um"). */
  joinedTensFrom?: number;
  /** The smallest round tens a unit word follows (20 when absent: "twenty-one"; 10 in French "dix-sept"). */
  unitsAfterTensFrom?: number;
  /** Round tens after which a number from 10 to 19 follows (French "soixante-douze" 72, "quatre-vingt-onze" 91). */
  teensAfter?: number[];
  /** Words that multiply the unit before them, and which units they multiply (French "quatre-vingts": 4 × 20). */
  products?: Record<string, { value: number; after: number[] }>;
  /** A bare thousands word means one thousand ("mil" = 1000, while "thousand" alone is no number). */
  bareThousand: boolean;
  /** Words for one half before a scale ("half a million", "medio millón"). */
  halves: string[];
  /** The unit one after tens or hundreds ("twenty-one", "treinta y un"), unlike the articles of `one`. */
  unitOne: string[];
  /** Words that are no number by themselves ("ciento"). */
  notAlone: string[];
  /** Regex fragments (case-insensitive alternatives; rules join every language's): unit words after a number. */
  imperialUnits: string[];
  metricUnits: string[];
  /**
   * Regex fragments of temperature words after a number that do not say the scale ("degrees", "Grad", "°"): a
   * figure so written may be Fahrenheit on one side and Celsius on the other (48 degrees / 9 Grad).
   */
  temperatureUnits?: string[];
  /** Regex fragments after a number and its scale word that add one half ("and a half", "y medio", "et demi"). */
  halfAfter?: string[];
  /** Nouns of a compound adjective after a hyphen ("12-month"). */
  compoundNouns: string[];
  /** Regex fragments of what follows a number word inside one compound word ("dreitägigen"), for the pack's hook. */
  compoundStems?: string[];
  /** An ordinal ending glued to digits ("4th"). */
  gluedOrdinal: string[];
  /** Endings glued to a decade's digits ("90s", German "90er"): the mention also means the decade's year. */
  decadeSuffixes?: string[];
  /** Words before a decade's digits ("années 1950", "los años 90"): the mention also means the decade's year. */
  decadeBefore?: string[];
  /** Clock times, ordinals and measurements after or before a number word: not a count. */
  notCountAfter: string[];
  notCountBefore: string[];
  /** Collective words that render "about" ("una decena", "a dozen"). */
  approximate: string[];
}

/** Month and weekday names (rules/<code>/calendar.json), in calendar order from January and Monday. */
export interface CalendarData {
  months: string[][];
  weekdays: string[][];
  /** Names that are also ordinary words or given names: they count only in a date context. */
  ambiguous: string[];
  /** Words that make an ambiguous name a date ("in May"). */
  datePrepositions: string[];
  /** Names are capitalised in running text ("May"); when false, a capitalised name is taken for a proper name. */
  capitalised: boolean;
}

/** Clock-time words (rules/<code>/clock-times.json); read by src/rules/lib/clock-times.ts. */
export interface ClockTimeData {
  /** Words before digits that make "H.MM" or a bare hour before `hours` a clock time ("a las", "at"). */
  before: string[];
  /** Markers after a time that set the half of the day ("a. m.", "in the evening"). */
  am: string[];
  pm: string[];
  /** Markers that make a time without saying its half ("o'clock", "hora local"). */
  clock: string[];
  /** Clock markers that also measure durations ("horas", "hours"). */
  hours: string[];
  /** Time zones as written after a time, with their possible offsets from UTC in hours ("ET": -5 or -4). */
  zones: Record<string, number[]>;
  /** Names of moments and the minutes after midnight each may mean ("mediodía", "midnight"). */
  words: Record<string, number[]>;
  /** Words between minutes and an hour in words, 1 to add them, -1 to take them ("ten to six", "half past six"). */
  minutesBefore: Record<string, number>;
  /** The same after the hour ("cinco menos diez", "seis y media"). */
  minutesAfter: Record<string, number>;
  /** Words of those minutes that are no number word ("half": 30, "cuarto": 15). */
  minuteParts: Record<string, number>;
  /** Words that open a range of hours ("from two to five"): no minutes before a joiner after them. */
  rangeStarts: string[];
}

/** Negation words and phrases (rules/<code>/negation.json); read by src/rules/lib/negation.ts. */
export interface NegationData {
  verbal: string[];
  concord: string[];
  other: string[];
  restrictive: string[];
  /**
   * Restrictive words that limit rather than negate ("only", "sólo", "nur"): near a negator's place but away from the
   * negated word's counterpart, they render nothing of it.
   */
  limiting?: string[];
  reporting: string[];
  positive: string[];
  litotes: string[];
  clauseBreak: string[];
  concordWindow: number;
  negativePrefix: { pattern: string; except: string[] };
  auxiliaries?: string[];
  notVerbAfterNo?: string[];
  until: string[];
  adjectiveAfterNo?: string;
  /** Determiners before which a negator is a noun ("el no", "a no"). */
  nounDeterminers: string[];
  /** Pronouns of a tag question after a contracted negator ("isn't it?"). */
  tagPronouns: string[];
  /** Verbal negators that negate only after one of `auxiliaries` ("did not go"). */
  needsAuxiliary: string[];
  /** Verbal negators that may be a noun or stand before an adjective or a non-verb ("el no", "no autorizado"). */
  nounLike: string[];
  /** Conjunctions that introduce reported speech after a verb of saying ("que", "that"). */
  reportedSpeech: string[];
  /**
   * Conjunctions that join clauses of the same rank ("and", "but", "y", "pero"): the concord window stops there,
   * but the clause after one keeps the rank of the one before (after "and" in a main clause, still the main clause).
   */
  coordinators?: string[];
  /**
   * Verbal negators that negate only when a `concord` word completes them within `concordWindow` words of their
   * clause (French "ne … pas", "n'… jamais"); alone ("ne … que": only; an expletive "ne") they show no negation.
   * Completed by the very next word ("de ne pas avoir"), they negate an infinitive, never the main clause.
   */
  needsCompletion?: string[];
  /** Negative words that, after a verbal negator of their clause, affirm with it ("not … without", "no … sin"). */
  doubleNegative?: string[];
  /** Words that, anywhere after a verbal negator, make it a contrast ("no es X sino Y" asserts Y). */
  contrast?: string[];
  /**
   * Phrases with no negator that say "not" ("far from", "alles andere als", "dejó de"): their words count as other
   * negative words, as a rendering of a negated verb.
   */
  negativePhrases?: string[];
  /** Clause-break words that, opening a sentence, are pronouns, not subordinators ("That will not …"). */
  openingPronouns?: string[];
  /**
   * Endings of a word that hold an auxiliary contracted onto it ("that's", "I'm", "we're", "they've"): such a word
   * counts as one of `auxiliaries` before a negator that needs one ("that's not").
   */
  contractedAuxiliaries?: string[];
  /** Particles between a verb of saying and its conjunction ("pointed out that"): the clause after is still reported. */
  reportingParticles?: string[];
  /**
   * Verb endings (folded, without accents) that make a form of a stem of rules/negation-verbs.json ("confirm" +
   * "ed", "descart" + "o"): the negation rule finds a negated verb's counterpart by them.
   */
  verbEndings?: string[];
}

/** A language's person nouns: every reader (titles, referents, sentence evidence, swaps) uses this one table. */
export interface RoleNouns {
  /** [masculine, feminine] forms ("ministro", "ministra"); "" where a form is missing. */
  pairs: [string, string][];
  /** Nouns of either gender, which take their determiner's ("la portavoz"); they win over a pair's form ("presidente"). */
  common: string[];
  /** [masculine, feminine] words that name a person only after a determiner ("el detenido"); bare, adjectives. */
  adjectives?: [string, string][];
}

/** How a language shows a person's gender (rules/<code>/gender-cues.json). */
export interface GenderData {
  /**
   * "agreement": titles, determiners and participles agree with the person ("la presidenta", "elegida"), and
   * possessives agree with the thing possessed; "pronouns": nouns are mostly neutral and third-person pronouns and
   * possessives mark the person ("he", "her").
   */
  system: "agreement" | "pronouns";
  /** Third-person pronouns and the gender they mark ("él", "she", "his"). */
  pronouns: Record<string, GenderMark>;
  /** The subject pronouns among them ("he", "she", "él", "ella"). */
  subjectPronouns: string[];
  honorifics: Record<string, GenderMark>;
  /** Abbreviations that end with a period inside a name ("Mr. Smith", "Sra. Pérez"), without the period. */
  nameAbbreviations: string[];
  /** Capitalised words of this language that never start a person's name ("President", "Lunes"), lower case. */
  notNameWords: string[];
  /** Words that make a capitalised run a body's name, not a person's ("bank"). */
  organisationWords: string[];
  /** Words after which a capitalised run names a place or body, not a person ("in", "de"). */
  beforePlace: string[];
  /** The language's one table of person nouns (rules/<code>/gender-cues.json roleNouns). */
  roleNouns?: RoleNouns;
  /** Gendered titles, "x" for either gender ("presidente"): derived from roleNouns by the pack [agreement]. */
  titles?: Record<string, string>;
  /** Determiners and the gender they mark, "" for none ("su", "los") [agreement]. */
  determiners?: Record<string, string>;
  /** Masculine/feminine title pairs: derived from roleNouns by the pack [agreement]. */
  pairs?: [string, string][];
  /** Masculine/feminine determiner pairs ("el"/"la", "al"/"a la") [agreement]. */
  determinerPairs?: [string, string][];
  /**
   * A possessive that opens a sentence between two words and refers forward, to the subject after it ("For her part,
   * the mayor …"): [the word before, the word after] ([["for", "part"]]) [pronouns].
   */
  forwardPossessives?: [string, string][];
  /** Forms of the perfect's auxiliary, after which a participle is invariable ("han muerto"): no one's gender [agreement]. */
  perfectAuxiliaries?: string[];
  /** Auxiliaries after which a participle agrees with the person ("fue elegida") [agreement]. */
  participleAfter?: string[];
  /** Regex source of a participle; its group 1 is the ending that gives the gender [agreement]. */
  participle?: string;
  /** Participle endings and the gender they mark [agreement]. */
  participleGender?: Record<string, GenderMark>;
  /**
   * Phrases whose subject pronoun stands for no one ("il faut", "il y a", "faut-il"), lower case; with
   * `predicateSubjects`, also every "<subject> <copula> <predicate>" ("il est possible"). `skip`: words between the
   * pronoun and the rest of a phrase that do not change it ("ne", "n'", "pas", "lui": "il ne lui reste").
   */
  impersonal?: { phrases: string[]; predicateSubjects?: string[]; copulas?: string[]; predicates?: string[]; skip?: string[] };
  /**
   * Pronouns that mark gender only when stressed (French "lui": "pour lui", "lui-même", "c'est lui"; the clitic of "je
   * vais lui parler" is either gender): the words after which, and the words right after it, make it stressed.
   */
  stressed?: { pronouns: string[]; after: string[]; before: string[] };
  /**
   * Third-person pronouns also stand for things of their grammatical gender and subject pronouns are obligatory
   * (French "elle" for la loi, German "er" for der Vertrag): a pronoun shows a person's gender only against a person
   * pronoun of the other language in the same role (src/rules/pronoun-gender/thing-pronouns.ts).
   */
  pronounsForThings?: boolean;
  /** Pronouns that may translate another language's gendered pronoun for a thing or a group ("it", "they"). */
  thingOrGroupPronouns?: string[];
  /** Possessives and reflexives for a thing ("its"): they may translate a gendered possessive standing for one. */
  thingPossessives?: string[];
  /** Person nouns of one grammatical gender whatever the person's sex ("personne": f, "témoin": m), lower case. */
  epicene?: Record<string, GenderMark>;
  /**
   * Prepositions before a name that make it a complement: a participle after it then describes the clause's subject,
   * not it ("saluée par Barack Obama, satisfaite que…", "la ferme de Philip Minthorne fut divisée") [agreement].
   */
  complementPrepositions?: string[];
  /** Conjunctions joining a name to a complement name before it, a complement too ("dans Hamlet et Peter Pan"). */
  complementConjunctions?: string[];
  /**
   * Words after which the language's gendered pronouns may stand for a thing or anyone at all rather than a named
   * person: `determiners` of the pronouns' grammatical gender before a noun (German "der Bezirk … seinen", "das
   * Mädchen … seine"; one adjective may stand between), and `generic` antecedents ("jeder … er", "wer … er").
   */
  thingAntecedents?: { determiners: string[]; generic: string[] };
  /** Pronoun forms that are a possessive only before a noun (German "sein", also the verb "to be"). */
  possessiveBeforeNoun?: string[];
  /** Prepositions after which a pronoun usually stands for a thing ("en ella": in it) [agreement]. */
  thingPrepositions?: string[];
  /** Words between a determiner and a title after a comma (", la nueva presidenta") [agreement]. */
  appositionModifiers?: string[];
  /** Words between a determiner and a title before a name ("la flamante ministra Ana Pérez") [agreement]. */
  titleModifiers?: string[];
  /** Words that show a title and the name after it are not one phrase [agreement]. */
  notBetweenTitleAndName?: string[];
  /** Lower-case words of a title's complement between title and name ("de", "la") [agreement]. */
  complementWords?: string[];
  /** Fixed phrases after a title, before its name ('el fiscal en cuestión, David Wells'). */
  complementPhrases?: string[];
  /** Words right before a name that make a title before them someone else's ("de", "de la") [agreement]. */
  ofBeforeName?: string[];
  /** Gendered role nouns ("spokeswoman"): derived from roleNouns pairs by the pack [pronouns]. */
  roles?: Record<string, GenderMark>;
  /** Role nouns of either gender ("minister"): roleNouns common, given by the pack [pronouns]. */
  neutralRoles?: string[];
  /** Pronouns for someone unknown ("someone"): a possible referent of a pronoun after it, no role noun [pronouns]. */
  indefinitePeople?: string[];
  /** Words that may precede a role after a comma (", the minister") [pronouns]. */
  roleDeterminers?: string[];
  /** How each pronoun is used (any other: an object); "objectOrPossessive" is read from the words after it [pronouns]. */
  pronounRoles?: Record<string, "subject" | "possessive" | "reflexive" | "objectOrPossessive">;
  /** The other gender's pronoun, for a fix ("he" -> "she") [pronouns]. */
  pronounSwaps?: Record<string, string>;
  /** The fix of an "objectOrPossessive" pronoun by its use ("her" -> "him" / "his") [pronouns]. */
  ambiguousSwap?: { object: string; possessive: string };
  /** Words after which an "objectOrPossessive" pronoun is an object ("told her that") [pronouns]. */
  objectContextWords?: string[];
  /** Words that open a subordinate clause, and the subjects that give it its own ("because the law") [pronouns]. */
  clauseOpeners?: string[];
  clauseSubjects?: string[];
}

/** Everything known about one language. */
export interface Language {
  /** ISO 639-1 code ("es"). */
  code: Lang;
  /** English name for messages ("Spanish"). */
  name: string;
  /** ISO 639-3 code the language identifier (franc) uses ("spa"). */
  francCode: string;
  /** Unicode script its text is written in ("Latin"). */
  script: string;
  /** Tags shown in error messages and help ("es-MX"). */
  exampleTags: string[];
  /** Regions whose CLDR conventions a bare tag accepts together. */
  regions: string[];
  /** Conventions accepted both ways even with a region ("percentSpace"). */
  tolerate: string[];
  /** Function words, lower case. */
  stopwords: string[];
  abbreviations: AbbreviationData;
  numberWords: NumberWordData;
  /** Number formatting from CLDR (Intl): separators of the language's default locale, grouping threshold. */
  numberFormat: { group: string; decimal: string; groupFrom: number };
  calendar: CalendarData;
  clockTimes: ClockTimeData;
  negation: NegationData;
  /** Question words for inverted question marks: interrogatives that open a clause and tag questions. */
  questionWords: { interrogatives: string[]; tags: string[] };
  /** Words that may stand twice in a row ("had had"). */
  repeatedWordAllowed: string[];
  /** Words whose double is as often a mistyped neighbour ("It it were" for "If it were"): flagged, never fixed. */
  repeatedWordNoFix: string[];
  /** Lower-case connectors inside a spelled-out name ("de", "of"). */
  acronymConnectors: string[];
  /** Capitalised common words that are not names (name-mismatch). */
  notNames: string[];
  gender: GenderData;
  /** Word-order cues of garbled output; absent for a language without the table (the check stays silent). */
  wordOrder?: WordOrderData;
  /** Single capital letters that are words, not initials ("I"). */
  letterWords: string[];
  /** Every noun is capitalised (German): a capital inside a sentence shows no sentence or name starting there. */
  nounsCapitalised: boolean;
  /** Elided words written with an apostrophe before the word they belong to, lower case ("l'", "qu'"). */
  elisions: string[];
  /**
   * Letters the language writes where its cognates in the other languages write another, as [own, other] pairs
   * applied to a folded word before its anchor key is taken (German [["k", "c"], ["z", "c"]]: Kommission, Zentrum).
   */
  cognateSpelling: [string, string][];
  /** Compounds are written as one word (German Bundesregierung): an anchor also reads a compound's known last part. */
  compounds: boolean;
  /**
   * Inflection endings a word may carry beyond the form the anchor lexicon lists, longest first (German "en", "er",
   * "es", "em", "e", "n": Präsidenten, Landes): a lexicon lookup that finds nothing tries the word without one.
   */
  lexiconEndings: string[];
  /**
   * Regex source matching one folded word and its plural / gender variants (code: inflection is not a list).
   * `esc` escapes regex syntax.
   */
  wordVariants(word: string, esc: (s: string) => string): string;
  /** The number a compound opens with ("dreitägigen": 3), read as a soft mention; absent where no compound is one word. */
  numberInCompound?(lowerWord: string): number | undefined;
}
