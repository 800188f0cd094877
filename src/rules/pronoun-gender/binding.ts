// pronoun-gender, in a pronoun language (English): the gender a sentence shows for one of its person nouns of no
// marked gender, from the name its title introduces ("the President of the Republic Giorgio Napolitano") or from the
// pronoun that next refers back to it ("The president … as he realises"). The words that decide whether a noun
// opens its clause and what links a title to its name are data: rules/pronoun-evidence.json.
import type { PairScope } from "../../lang/pair";
import type { Lang } from "../../types";
import { foldWord, STOPWORDS } from "../../align/anchors";
import table from "../../../rules/pronoun-evidence.json";
import type { Gender, NameMention, PeopleLookup } from "./types";
import { evidenceWords, isObjectPronoun, isSubjectPronoun, type PersonMark } from "./sentence-evidence";
import { roleIn } from "./pronoun-grammar";
import { givenNameGender, lookupKey, nameMentions } from "./names";
import { NAME_WORDS } from "./name-words";
import { subjectRelativeLead } from "./relative-clause";

/** A pronoun language's words for binding a noun to a later pronoun. */
interface BindingWords {
  phraseStarts: Set<string>;
  clauseLeads: Set<string>;
  subordinators: Set<string>;
  predicateLeads: Set<string>;
  relatives: Set<string>;
  /** Words that link a title to its body before a name ("of", "for"). */
  links: Set<string>;
  copulas: Set<string>;
  copulaFillers: Set<string>;
  /** Words that report someone else's words before a noun ("according to"). */
  frames: string[];
  /** Words after a possessive that bind it to its clause's subject ("his own car"). */
  ownWords: Set<string>;
  /** Words joining a noun and a possessive that then is the noun's person's ("the president and his wife"). */
  coordinators: Set<string>;
  /** Verbs that report someone's words or thoughts ("said"): a clause after one has a subject of its own. */
  reportingVerbs: Set<string>;
  /** Indefinite determiners ("a", "an"): a noun after one in apposition is said of someone already named. */
  indefinites: Set<string>;
}

type RawBinding = Partial<Record<keyof BindingWords | "titleLinks", string[]>>;

const BINDING = new Map<Lang, BindingWords | undefined>();

/** A language's rows of rules/pronoun-evidence.json as written (a language without binding words has some too). */
const rawOf = (lang: Lang) => (table as unknown as Record<string, RawBinding | undefined>)[lang];

/** The binding words of `lang`, or undefined when it has none (then no noun binds a pronoun). */
function bindingWords(lang: Lang): BindingWords | undefined {
  if (!BINDING.has(lang)) {
    const raw = rawOf(lang);
    const set = (k: keyof RawBinding) => new Set(raw?.[k] ?? []);
    BINDING.set(
      lang,
      raw?.phraseStarts
        ? {
            phraseStarts: set("phraseStarts"),
            clauseLeads: set("clauseLeads"),
            subordinators: set("subordinators"),
            predicateLeads: set("predicateLeads"),
            relatives: set("relatives"),
            links: set("titleLinks"),
            copulas: set("copulas"),
            copulaFillers: set("copulaFillers"),
            frames: raw.frames ?? [],
            ownWords: set("ownWords"),
            coordinators: set("coordinators"),
            reportingVerbs: set("reportingVerbs"),
            indefinites: set("indefinites"),
          }
        : undefined,
    );
  }
  return BINDING.get(lang);
}

/** The last word of a mark, with its hyphenated parts ("la ex ministra" -> "ministra", "vice-chairman"): its person noun. */
export function headNoun(text: string): string {
  return text.slice(text.search(/[\p{L}\p{M}][\p{L}\p{M}-]*$/u)).toLowerCase();
}

/** Capitalised words ("Republic", "Trade"): a body's name between a title and a person's name. */
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}.'’-]*$/u;

/**
 * Whether only a title's link to its name lies between them: nothing or a comma ("President Hamid Karzai", "the
 * health minister, Yves Bolduc"), or a link word and the capitalised name of a body ("the President of the Republic
 * Giorgio Napolitano", "Commissioner for Trade Peter Mandelson"); not the body itself ("the leader of the CDU").
 */
function linksToName(between: string, w: BindingWords): boolean {
  if (/^\s*,?\s*$/u.test(between)) return true;
  const words = between
    .trim()
    .replace(/,$/u, "")
    .replace(/\s*\([^()]{1,20}\)/gu, "")
    .split(/\s+/u);
  if (words.length < 2 || words.length > 8 || !w.links.has(words[0].toLowerCase())) return false;
  const body = words.slice(1).filter((x) => !w.phraseStarts.has(x.toLowerCase()) && !w.links.has(x.toLowerCase()));
  return body.length > 0 && body.every((x) => CAPITALISED.test(x));
}

/** The last word before an offset. */
const LAST_WORD = /([\p{L}\p{M}\p{N}'’.-]+)\s*$/u;
/** Marks that open a clause: the sentence start or punctuation before a noun phrase. */
const OPENING = /(?:^|[,;:(“"«¿¡—–]|\s-)\s*$/u;
/** One capitalised word at a sentence's start, with leading punctuation. */
const ONE_WORD = /^[\s"“«(]*\p{Lu}[\p{L}\p{M}]*\s+$/u;
/** A comma just before: with a comma after, the phrase between is in apposition. */
const COMMA_BEFORE = /,\s*$/u;
/**
 * A lower-case word and spaces only before a capitalised determiner: a sentence run into a headline that has no final
 * stop ("… named a teddy bear The English teacher …"), which the determiner opens.
 */
// regex-safe: one letter and a space run, anchored at the end
const RUN_IN = /\p{Ll}\s+$/u;

/** What a noun phrase's first word follows: a clause's opening, a word that opens a clause, or something else. */
function openedBy(before: string, w: BindingWords, apposition: boolean): boolean {
  if (OPENING.test(before)) return !(apposition && COMMA_BEFORE.test(before));
  // One word opens the sentence before it ("Yesterday the president …").
  if (ONE_WORD.test(before)) return true;
  const lead = LAST_WORD.exec(before);
  if (!lead) return false;
  const word = lead[1].toLowerCase();
  if (w.subordinators.has(word)) return true;
  return w.clauseLeads.has(word) && OPENING.test(before.slice(0, lead.index));
}

/**
 * Whether the person noun at [start, end) opens its clause ("The president …", "Finally, the minister …", "… that
 * the president …", "Finance minister Eduard Janota …"), so that a later pronoun may refer back to it; not a noun
 * after a verb or a preposition ("accused the president …", "according to a judge, he …"), nor one in apposition
 * (", a social worker,").
 */
function opensClause(text: string, lang: Lang, start: number, end: number, w: BindingWords): boolean {
  let before = text.slice(0, start);
  const apposition = /^\s*,/u.test(text.slice(end));
  let content = 0;
  for (let steps = 0; steps < 8; steps++) {
    if (openedBy(before, w, apposition)) return true;
    const m = LAST_WORD.exec(before);
    if (!m) return false;
    const word = m[1];
    const lower = word.toLowerCase();
    before = before.slice(0, m.index);
    if (w.phraseStarts.has(lower)) return openedBy(before, w, apposition) || (word !== lower && RUN_IN.test(before));
    // Capitalised words, numbers and compounds belong to the noun phrase ("Assistant Coach", "72-year-old").
    if (word[0] !== lower[0] || /[\d-]/u.test(word)) continue;
    if (STOPWORDS[lang].has(foldWord(lower)) || ++content > 2) return false;
  }
  return false;
}

/** Whether a person mark opens its clause as its subject ("The president …", "… that the senator, as his …"). */
export function markOpensClause(text: string, lang: Lang, mark: PersonMark): boolean {
  const w = bindingWords(lang);
  return !!w && opensClause(text, lang, mark.start, mark.end, w);
}

/** Whether a noun is said of someone ("as a president", "como presidente"): it is no further person. */
export function predicative(text: string, lang: Lang, mark: PersonMark): boolean {
  const raw = rawOf(lang);
  const leads = raw?.predicateLeads ?? [];
  const starts = raw?.phraseStarts ?? [];
  const words = wordsBefore(text, mark.start);
  if (endsWithLead(words, leads, starts)) return true;
  // Past one modifier: "as an oil trader", "como un gran actor".
  const last = words[words.length - 1];
  return starts.includes(words[words.length - 2]) && leads.includes(words[words.length - 3]) && /^\p{Ll}+$/u.test(last);
}

/** The words of the 20 characters before offset `at`, lower case, split on white space. */
function wordsBefore(text: string, at: number): string[] {
  return text
    .slice(Math.max(0, at - 20), at)
    .trim()
    .split(/\s+/u)
    .map((x) => x.toLowerCase());
}

/** Whether `words` end with one of `leads`, or one of them and then one of `starts` ("as", "as a", "had been an"). */
function endsWithLead(words: readonly string[], leads: readonly string[], starts: readonly string[]): boolean {
  const last = words[words.length - 1];
  return leads.includes(last) || (starts.includes(last) && leads.includes(words[words.length - 2]));
}

/** The indefinite determiners of `lang` (none in a language without binding words). */
export function indefinitesOf(lang: Lang): ReadonlySet<string> {
  return bindingWords(lang)?.indefinites ?? NONE;
}
const NONE: ReadonlySet<string> = new Set();

/** The words that link a title to its complement ("of", "for": "chief of staff"), rules/pronoun-evidence.json titleLinks. */
export function titleLinksOf(lang: Lang): ReadonlySet<string> {
  return bindingWords(lang)?.links ?? NONE;
}

/**
 * Whether a sentence's opening stretch before a pronoun keeps to its subject's clause: no subordinator, relative word
 * or reporting verb ("The mayor said her visit …", "… because her children …") and no apposition right before the
 * pronoun ("Mrs Gil, his mother"). False in a language without binding words.
 */
export function subjectClauseLead(lead: string, lang: Lang): boolean {
  const w = bindingWords(lang);
  if (!w || /[,(—–]\s*$/u.test(lead)) return false;
  // regex-safe: one letter run, global
  for (const m of lead.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    if (w.subordinators.has(word) || w.relatives.has(word) || w.reportingVerbs.has(word)) return false;
  }
  return true;
}

/**
 * Whether a noun at `start` is said of the clause's subject: after one of predicateLeads ("as a president") or one of
 * copulas with perhaps a determiner ("had been an aide"); no further person.
 */
export function saidOfSubject(text: string, lang: Lang, start: number): boolean {
  if (predicative(text, lang, { start } as PersonMark)) return true;
  const raw = rawOf(lang);
  return endsWithLead(wordsBefore(text, start), raw?.copulas ?? [], raw?.phraseStarts ?? []);
}

/** One lower-case word between spaces: a noun's verb before the possessive of its object ("lavishes"). */
// regex-safe: anchored; one letter run between whitespace
const VERB_GAP = /^\s+\p{Ll}+\s+$/u;

/** The first word of a stretch. */
// regex-safe: one letter run after spaces, anchored at the start
const FIRST_WORD = /^\s*(\p{L}+)/u;

/** Quotation marks, dashes and brackets: a pronoun past one does not refer back to a noun before it. */
const BREAK = /["“”«»()—–]|\s-\s/u;

/** The mark a noun's person ends at: its name, when the name comes right after its title ("President, Barack Obama"). */
function personEnd(text: string, marks: readonly PersonMark[], at: number, w: BindingWords): number {
  const next = marks[at + 1];
  if (next?.kind !== "name") return at;
  // A body's name may run into the person's ("of the Republic Giorgio Napolitano"): it ends at the given name.
  const words = next.text.split(/\s+/u);
  const given = words.findIndex((x) => givenNameGender(x) !== undefined);
  const body = given > 0 ? words.slice(0, given).join(" ") : "";
  return linksToName(`${text.slice(marks[at].end, next.start)}${body}`, w) ? at + 1 : at;
}

/**
 * The pronoun a person noun of no marked gender binds: the next person the sentence marks past the noun (and its
 * name), when the noun opens its clause, the pronoun refers back (a subject, possessive or reflexive, not "him"/"her"
 * as an object, nor a possessive someone of its gender shown before may own: `elsewhere`, the genders the sentences
 * before show) and no quotation, dash, bracket or relative word ("whom") comes between. Undefined otherwise. With
 * `relative`, a possessive in a relative clause opened right after the noun is bound whatever was said before.
 */
export function boundPronoun(
  text: string,
  lang: Lang,
  marks: readonly PersonMark[],
  at: number,
  elsewhere: ReadonlySet<Gender | "unknown">,
  relative = false,
): PersonMark | undefined {
  const w = bindingWords(lang);
  if (!w) return undefined;
  const noun = marks[at];
  const next = marks[personEnd(text, marks, at, w) + 1];
  if (next?.kind !== "pronoun" || next.gender === "unknown" || BREAK.test(text.slice(noun.end, next.start))) return undefined;
  const role = roleIn(text, lang, next.text, next.end);
  if (isObjectPronoun(lang, next.text) && role === "object") return undefined;
  // "The actor, who won an Oscar for his role": the relative is its clause's subject, the noun, and owns the possessive.
  if (relative && role === "possessive" && subjectRelativeLead(text.slice(noun.end, next.start), lang)) return next;
  // A possessive may belong to someone of its gender shown before ("… the minister. The mayor said her visit …").
  // "his own …" binds to its clause's subject like a reflexive, whoever was named before.
  // So does one right after the noun and a coordinator ("the president and his wife").
  const own =
    role === "possessive" &&
    (w.ownWords.has(FIRST_WORD.exec(text.slice(next.end, next.end + 12))?.[1].toLowerCase() ?? "") ||
      w.coordinators.has(text.slice(noun.end, next.start).trim().toLowerCase()));
  // One right after the clause-opening noun and its verb ("Close to Karl, …, the singer lavishes his image") is the
  // subject's, whoever an earlier phrase of the sentence names (not whoever the sentences before named).
  const subjects =
    role === "possessive" && VERB_GAP.test(text.slice(noun.end, next.start)) && opensClause(text, lang, noun.start, noun.end, w);
  const earlier = !subjects && marks.slice(0, at).some((k) => k.gender === next.gender);
  if (role === "possessive" && !own && (elsewhere.has(next.gender) || earlier)) return undefined;
  const between = LAST_WORD.exec(text.slice(noun.end, next.start));
  if (between && w.relatives.has(between[1].toLowerCase())) return undefined;
  if (opensClause(text, lang, noun.start, noun.end, w)) return next;
  // The sentence's only person so far, though an object ("problems for the singer multiplied since he …"), unless a
  // frame reports someone else's words ("According to a judge, he …").
  const frame = w.frames.some((f) => text.slice(0, noun.start).toLowerCase().includes(f));
  return at === 0 && !frame && role !== "reflexive" ? next : undefined;
}

/**
 * The subject pronoun a person noun is said of through a copula ("she will be the fourth American president", "he
 * became the country's president"): the mark right before the noun, with only a copula, its auxiliaries and the
 * noun's determiner and up to three modifiers between, or five content words. Undefined otherwise.
 */
export function copulaSubject(text: string, lang: Lang, marks: readonly PersonMark[], at: number): PersonMark | undefined {
  const w = bindingWords(lang);
  // A capitalised modifier may read as a name of its own ("the fourth American president").
  let k = at - 1;
  while (k >= 0 && marks[k].kind === "name" && !/\s/u.test(marks[k].text)) k--;
  const prev = marks[k];
  if (!w || prev?.kind !== "pronoun" || prev.gender === "unknown" || !isSubjectPronoun(lang, prev.text)) return undefined;
  const words = text.slice(prev.end, marks[at].start).trim().split(/\s+/u);
  let copula = false;
  let modifiers = 0;
  // Stop words past the determiner ("crowned by the"): "of", "by" or "to" opens a complement, whose noun may be
  // someone else; past three modifiers, only content words ("the oldest Russian professional hockey player").
  let linked = false;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (w.copulas.has(lower)) copula = true;
    else if (!copula && w.copulaFillers.has(lower)) continue;
    else if (!copula || /[^\p{L}\p{M}'’-]/u.test(word) || ++modifiers > 5) return undefined;
    else if (modifiers > 1 && STOPWORDS[lang].has(foldWord(lower))) linked = true;
  }
  return copula && !(linked && modifiers > 3) ? prev : undefined;
}

/** The gender a noun's own form gives ("spokesman"), or undefined for a noun of either gender ("president"). */
function ownGender(mark: PersonMark, lang: Lang): Gender | undefined {
  if (mark.kind === "honorific") return mark.gender === "unknown" ? undefined : mark.gender;
  const head = headNoun(mark.text);
  const nouns = evidenceWords(lang)?.nouns;
  // A compound takes its last part's gender ("vice-chairman").
  const g = nouns?.get(head)?.gender ?? nouns?.get(head.slice(head.lastIndexOf("-") + 1))?.gender;
  return g || undefined;
}

/** The name a title introduces, and how its gender is known: by the article (a title, a pronoun) or a given name. */
interface TitleName {
  gender: Gender;
  end: number;
  /** The given name's gender, when the name starts with one. */
  given?: Gender;
}

/**
 * The name a title introduces (right after it or past a link: "President Hamid Karzai", "the President of the
 * Republic Giorgio Napolitano") with its gender from the article's index of people or its given name; its person
 * part starts at its given name, past a body's name ("for Trade Peter Mandelson").
 */
function titleName(text: string, mark: PersonMark, people: PeopleLookup, scope: PairScope, w: BindingWords): TitleName | undefined {
  // The first name the title links to, past a body's own name ("of HP Spain, Helena Herrero").
  let m: NameMention | undefined;
  let at = -1;
  for (const candidate of nameMentions(text, mark.end, Math.min(text.length, mark.end + 90), scope).slice(0, 3)) {
    at = candidate.tokens.findIndex((t) => givenNameGender(t) !== undefined);
    const body = at > 0 ? text.slice(candidate.start, candidate.end).split(/\s+/u).slice(0, at).join(" ") : "";
    if (linksToName(`${text.slice(mark.end, candidate.start)}${body}`, w)) {
      m = candidate;
      break;
    }
  }
  if (!m) return undefined;
  const person = at >= 0 && at < m.tokens.length - 1 && !NAME_WORDS(scope).orgWords.test(m.tokens.slice(at).join(" "));
  const given = person ? givenNameGender(m.tokens[at]) : undefined;
  const info = people.get(lookupKey(m));
  if (info && info.gender !== "ambiguous" && info.evidence.strength >= 2) return { gender: info.gender, end: m.end, given };
  return given ? { gender: given, end: m.end, given } : undefined;
}

/** A person of the pronoun side's sentence: its noun, its gender as that side shows it, and the words that show it. */
export interface SidePerson {
  mark: PersonMark;
  gender: Gender;
  evidence: string;
}

/**
 * The gender a noun of the pronoun side shows (its own form, the name it introduces, else the pronoun it binds), with
 * the words that show it; undefined when nothing does.
 */
export function pronounSideGender(
  text: string,
  lang: Lang,
  marks: readonly PersonMark[],
  at: number,
  people: PeopleLookup,
  scope: PairScope,
  elsewhere: ReadonlySet<Gender | "unknown">,
): SidePerson | undefined {
  const mark = marks[at];
  const w = bindingWords(lang);
  const name = w && titleName(text, mark, people, scope, w);
  const own = ownGender(mark, lang);
  // "Spokesman Jana Novak": a title and its name's given name that disagree show nothing.
  if (own) return name && (name.given ?? name.gender) !== own ? undefined : { mark, gender: own, evidence: mark.text };
  // A given name ("Giorgio") decides only when the sentence's pronouns are all of its gender.
  const pronouns = marks.filter((k) => k.kind === "pronoun");
  const byArticle = name && name.given === undefined;
  if (name && (byArticle || (pronouns.length > 0 && pronouns.every((k) => k.gender === name.gender))))
    return { mark, gender: name.gender, evidence: text.slice(mark.start, name.end) };
  if (name) return undefined;
  const bound = boundPronoun(text, lang, marks, at, elsewhere, true) ?? copulaSubject(text, lang, marks, at);
  if (!bound) return undefined;
  return { mark, gender: bound.gender as Gender, evidence: `${mark.text} … ${bound.text}` };
}
