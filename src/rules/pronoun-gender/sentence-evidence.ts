// Every person a sentence marks, with the gender it marks (issue 12): explicit pronouns ("ella", "she"), person
// nouns with their determiners ("la alcaldesa", "el portavoz", "mi abogada", "spokeswoman"), honorifics ("Sr.", "Ms"),
// agreement of a person's participle or adjective ("fue detenida", "Ruiz, reelegido"), and named people with the
// gender the article shows; people of no marked gender ("su portavoz", "the president", an unknown name) too.
// The words are data: rules/pronoun-evidence.json, looked up by the text's language.
import type { PairScope } from "../../lang/pair";
import type { Lang } from "../../types";
import type { GenderData } from "../../lang/language";
import { languageOf } from "../../lang/registry";
import table from "../../../rules/pronoun-evidence.json";
import type { Gender, PeopleLookup } from "./types";
import { titleOf } from "./title-of";
import { acronym, adjacent, bodyNounAt, phraseEndsAt, tokenize, type Token } from "./tokens";
import { bodyName, capitalisedWords, givenNameGender, lookupKey, nameMentions, unknownPersonLike } from "./names";

/** One person a sentence marks: its gender ("unknown": a person of no marked gender) and the words that show it. */
export interface PersonMark {
  gender: Gender | "unknown";
  kind: "pronoun" | "noun" | "honorific" | "agreement" | "name";
  start: number;
  end: number;
  text: string;
  /** A noun after a possessive of no marked owner ("su hijo"): a person other than the owner. */
  possessed?: boolean;
  /** A pronoun after a preposition ("de ella"): it may stand for a thing. */
  afterPreposition?: boolean;
}

interface RawTable {
  determiners: string[][];
  modifiers: string[][];
  /** People of no marked gender besides the language's roleNouns common nouns. */
  neutral?: string[];
  clauseStarts: string[];
  possessives: string[];
  prepositions: string[];
  nounPrefixes?: string[];
  /** Person nouns that name a body when capitalised after a capitalised word ("Civil Guard"). */
  bodyNouns?: string[];
  titleLinks?: string[];
  complementBreaks?: string[];
  thingPronouns: string[];
  objectPronouns: string[];
  agreement?: { stems: string[]; endings: Record<string, string>; after: string[]; impersonal: string[] };
}

/** A person noun's own gender ("" for common gender) and whether, bare, it is an adjective ("herido"). */
interface Noun {
  gender: Gender | "";
  adjective: boolean;
}

/** One language's evidence words, compiled for lookup. */
export interface Words {
  pronouns: Map<string, Gender>;
  notAfter: string[][];
  determiners: Map<string, Gender>;
  modifiers: Map<string, Gender | undefined>; // each with its form's gender ("antiguo": m; "ex": none)
  honorifics: Map<string, Gender>;
  /** Person nouns: the gender of their own form ("" for common-gender nouns); `adjective`: a person only after a determiner. */
  nouns: Map<string, Noun>;
  neutral: Set<string>;
  clauseStarts: Set<string>;
  possessives: Set<string>;
  prepositions: Set<string>;
  nounPrefixes: Set<string>;
  bodyNouns: Set<string>;
  /** Words that link a title to its complement before a name ("of"), and words that end such a complement ("and"). */
  titleLinks: Set<string>;
  complementBreaks: Set<string>;
  /** Words for bodies ("committee"): a person noun right before one is a modifier ("the executive committee"). */
  bodyWords: Set<string>;
  thingPronouns: Set<string>;
  subjectPronouns: Set<string>;
  objectPronouns: Set<string>;
  stems: Set<string>;
  endings: Map<string, Gender>;
  after: string[][];
  impersonal: Set<string>;
  /** Other-gender form of each gendered noun and determiner ("ministro" -> "ministra", "el" -> "la"). */
  swap: Map<string, string>;
}

const words = new Map<string, Words>();

/** Adds a [masculine, feminine] pair of forms to a noun or determiner map and to the swap table. */
function addPair(pair: string[], set: (form: string, g: Gender) => void, swap: Map<string, string>): void {
  const [m, f] = pair;
  if (m) set(m, "m");
  if (f) set(f, "f");
  if (m && f && m !== f) {
    swap.set(m, f);
    swap.set(f, m);
  }
}

/** Compiles one language's table, with its pronouns from the language's gender cues. */
function compile(raw: RawTable, cues: GenderData): Words {
  const swap = new Map<string, string>();
  const nouns = new Map<string, Noun>();
  const determiners = new Map<string, Gender>();
  const modifiers = new Map<string, Gender | undefined>();
  for (const pair of raw.determiners) addPair(pair, (w, g) => determiners.set(w, g), swap);
  for (const [m, f = m] of raw.modifiers) addPair([m, f], (w, g) => modifiers.set(w, f !== m ? g : undefined), swap);
  // The language's one role-noun table (rules/<code>/gender-cues.json roleNouns).
  const rn = cues.roleNouns;
  for (const pair of rn?.pairs ?? []) addPair(pair, (w, g) => nouns.set(w, { gender: g, adjective: false }), swap);
  // Common nouns take their determiner's gender, even those with a feminine form ("Ana Gil, presidente de …"); with
  // no determiner (English), they are people of no marked gender.
  for (const w of rn?.common ?? []) nouns.set(w, { gender: "", adjective: false });
  for (const pair of rn?.adjectives ?? []) {
    addPair(pair, (w, g) => nouns.set(w, { gender: pair[0] === pair[1] ? "" : g, adjective: true }), swap);
  }
  const gendered = (o: Record<string, string>) => new Map(Object.entries(o) as [string, Gender][]);
  // One pronoun of each gender ("él", "ella") are each other's other form.
  const pronouns = Object.entries(cues.pronouns);
  if (pronouns.length === 2 && pronouns[0][1] !== pronouns[1][1])
    addPair(
      pronouns.map(([p]) => p),
      () => {},
      swap,
    );
  const ag = raw.agreement;
  return {
    pronouns: gendered(cues.pronouns),
    // The language's one list of prepositions after which a pronoun may be a thing (gender-cues.json thingPrepositions).
    notAfter: (cues.thingPrepositions ?? []).map((p) => p.split(" ")),
    determiners,
    modifiers,
    // Honorifics as the tokenizer reads them: letters only ("Sr." -> "sr").
    honorifics: new Map(Object.entries(cues.honorifics).map(([h, g]) => [h.replace(/\.$/, ""), g])),
    nouns,
    neutral: new Set(raw.neutral ?? []),
    clauseStarts: new Set(raw.clauseStarts),
    possessives: new Set(raw.possessives),
    prepositions: new Set(raw.prepositions),
    nounPrefixes: new Set(raw.nounPrefixes ?? []),
    bodyNouns: new Set(raw.bodyNouns ?? []),
    titleLinks: new Set(raw.titleLinks ?? []),
    complementBreaks: new Set(raw.complementBreaks ?? []),
    bodyWords: new Set(cues.organisationWords.map((x) => x.toLowerCase())),
    thingPronouns: new Set(raw.thingPronouns),
    subjectPronouns: new Set(cues.subjectPronouns),
    objectPronouns: new Set(raw.objectPronouns),
    stems: new Set(ag?.stems ?? []),
    endings: gendered(ag?.endings ?? {}),
    after: (ag?.after ?? []).map((p) => p.split(" ")).sort((a, b) => b.length - a.length),
    impersonal: new Set(ag?.impersonal ?? []),
    swap,
  };
}

/** The compiled evidence words of a language, or undefined when the table has none. */
export function evidenceWords(lang: Lang): Words | undefined {
  let w = words.get(lang);
  if (!w) {
    const raw = (table as unknown as Record<string, RawTable | undefined>)[lang];
    if (!raw || typeof raw !== "object") return undefined;
    words.set(lang, (w = compile(raw, languageOf(lang).gender)));
  }
  return w;
}

/** The other-gender form of a gendered word of `lang` ("la" -> "el", "ministra" -> "ministro", "detenida" -> "detenido"). */
function otherForm(w: Words, word: string): string | undefined {
  const lower = word.toLowerCase();
  const swapped = w.swap.get(lower);
  if (swapped) return swapped;
  const g = w.endings.get(lower.slice(-1));
  if (!g || !w.stems.has(lower.slice(0, -1))) return undefined;
  for (const [end, other] of w.endings) if (other !== g) return lower.slice(0, -1) + end;
  return undefined;
}

/** A mark's words in the other gender ("El nuevo ministro" -> "La nueva ministra"), or undefined if one has no other form. */
export function otherGender(lang: Lang, text: string): string | undefined {
  const w = evidenceWords(lang);
  if (!w) return undefined;
  let out = text;
  for (const t of [...tokenize(text)].reverse()) {
    const other = otherForm(w, text.slice(t.start, t.end));
    if (other === undefined) {
      if (w.nouns.get(t.lower)?.gender === "" || w.modifiers.has(t.lower)) continue;
      return undefined;
    }
    const cased = t.capital ? other[0].toUpperCase() + other.slice(1) : other;
    out = out.slice(0, t.start) + cased + out.slice(t.end);
  }
  return out;
}

/** A determiner, up to two modifiers and a person noun from token i: the noun's index and gender, or undefined. */
function determinedNoun(text: string, tokens: Token[], i: number, w: Words): { last: number; gender: Gender } | undefined {
  const det = w.determiners.get(tokens[i].lower);
  if (!det) return undefined;
  let j = i + 1;
  for (let skipped = 0; j < tokens.length && skipped < 2 && w.modifiers.has(tokens[j].lower); skipped++) j++;
  if (j >= tokens.length || !w.nouns.has(tokens[j].lower) || !adjacent(text, tokens[j - 1], tokens[j], w.nounPrefixes)) return undefined;
  // The determiner says the gender ("la presidente", "el portavoz").
  return { last: j, gender: det };
}

/** Whether the words before an agreement word's verb are a person ("Ruiz fue…", "ella está…", a clause with no subject). */
function personSubjectBefore(tokens: Token[], k: number, verb: string, w: Words, marked: Set<number>): boolean {
  if (k < 0 || w.clauseStarts.has(tokens[k].lower)) return !w.impersonal.has(verb);
  return tokens[k].capital || marked.has(k);
}

/** The gender an agreement word marks when it describes a person ("Ruiz, reelegido", "se mostró satisfecha"). */
function agreementAt(text: string, tokens: Token[], i: number, w: Words, marked: Set<number>): Gender | undefined {
  const t = tokens[i].lower;
  const gender = w.endings.get(t.slice(-1));
  if (!gender || !w.stems.has(t.slice(0, -1))) return undefined;
  // Apposition right after a name: "Ruiz, reelegido el domingo".
  if (i > 0 && tokens[i - 1].capital && /^\s*,\s*$/u.test(text.slice(tokens[i - 1].end, tokens[i].start))) return gender;
  for (const phrase of w.after) {
    if (!phraseEndsAt(tokens, i - 1, phrase)) continue;
    return personSubjectBefore(tokens, i - 1 - phrase.length, phrase.join(" "), w, marked) ? gender : undefined;
  }
  return undefined;
}

/** Index of a possessive of no marked owner before token i, past modifiers ("su primer hijo"), or -1. */
function possessiveBefore(tokens: Token[], i: number, w: Words): number {
  let j = i - 1;
  while (j >= 0 && w.modifiers.has(tokens[j].lower)) j--;
  return j >= 0 && w.possessives.has(tokens[j].lower) ? j : -1;
}

/**
 * Whether a bare noun form follows a determiner, possessive or preposition and a noun, as an adjective does ("la
 * coalición opositora", "de ética médica"). The preposition counts only in a language whose determiners are listed:
 * elsewhere the word between may be an unlisted article ("from a businessman").
 */
function adjectiveAfterNoun(text: string, tokens: Token[], i: number, w: Words): boolean {
  if (i < 2 || tokens[i - 1].capital || w.modifiers.has(tokens[i - 1].lower)) return false;
  const det = tokens[i - 2].lower;
  return (
    (w.determiners.has(det) || w.possessives.has(det) || (w.determiners.size > 0 && w.prepositions.has(det))) &&
    adjacent(text, tokens[i - 1], tokens[i])
  );
}

/** A noun right before a body's word ("the executive committee", "member states") is its modifier, no person. */
function modifiesBody(text: string, tokens: Token[], i: number, w: Words): boolean {
  const next = tokens[i + 1];
  return !!next && w.bodyWords.has(next.lower) && adjacent(text, tokens[i], next);
}

/** The word marks (no names) of a text: pronouns, nouns with determiners, honorifics, agreement. */
function wordMarks(text: string, tokens: Token[], w: Words): PersonMark[] {
  const out: PersonMark[] = [];
  const marked = new Set<number>();
  const push = (gender: Gender | "unknown", kind: PersonMark["kind"], a: number, b: number) => {
    out.push({ gender, kind, start: tokens[a].start, end: tokens[b].end, text: text.slice(tokens[a].start, tokens[b].end) });
    for (let k = a; k <= b; k++) marked.add(k);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].lower;
    const noun = determinedNoun(text, tokens, i, w);
    if (noun) {
      push(noun.gender, "noun", i, noun.last);
      i = noun.last;
      continue;
    }
    const pronoun = w.pronouns.get(t);
    if (pronoun) {
      if (w.notAfter.some((p) => phraseEndsAt(tokens, i - 1, p))) continue;
      push(pronoun, "pronoun", i, i);
      if (i > 0 && w.prepositions.has(tokens[i - 1].lower)) out[out.length - 1].afterPreposition = true;
      continue;
    }
    const honorific = w.honorifics.get(t);
    if (honorific && tokens[i + 1]?.capital) {
      push(honorific, "honorific", i, i);
      continue;
    }
    // "COP16", "the CHIEF act": a word in capitals or run into digits is an acronym, no person noun; a body noun
    // capitalised after a capitalised word is part of a body's name ("the Civil Guard").
    if (acronym(text, tokens[i]) || bodyNounAt(text, tokens, i, w.bodyNouns)) continue;
    const found = modifiesBody(text, tokens, i, w) ? undefined : w.nouns.get(t);
    // Not "profesor-estudiantes": a noun joined by a hyphen is a compound's part, unless a prefix ("vice-chairman").
    const prefixed = i > 0 && text[tokens[i].start - 1] === "-" && w.nounPrefixes.has(tokens[i - 1].lower);
    const compound = text[tokens[i].end] === "-" || (text[tokens[i].start - 1] === "-" && !prefixed);
    const bare = found && !found.adjective && !compound && !adjectiveAfterNoun(text, tokens, i, w) ? found : undefined;
    const from = prefixed ? i - 1 : i;
    if (bare?.gender) {
      push(bare.gender, "noun", from, i);
      // "su (primer) hijo": someone's son, not the owner the pronouns may stand for.
      if (possessiveBefore(tokens, i, w) >= 0) out[out.length - 1].possessed = true;
    } else if (bare || (!found && w.neutral.has(t))) {
      push((bare && w.modifiers.get(tokens[i - 1]?.lower ?? "")) || "unknown", "noun", from, i); // "antiguo presidente": m
      // "su rival": someone's rival, of no marked gender either.
      if (bare && possessiveBefore(tokens, i, w) >= 0) out[out.length - 1].possessed = true;
    } else if (!found || found.adjective) {
      const agreement = agreementAt(text, tokens, i, w, marked);
      if (agreement) push(agreement, "agreement", i, i);
    }
  }
  return out;
}

/**
 * Every person a text marks, in order: its word marks and its named people (with what `people` knows of them). With
 * `surnames` (surnamesOf the article), a lone capitalised word of unknown gender counts as a person only if the
 * article also writes it after a first name ("Shah" after "Owais Shah"; not "Volkswagen").
 */
export function personMarks(
  text: string,
  lang: Lang,
  people: PeopleLookup,
  scope: PairScope,
  surnames?: ReadonlySet<string>,
): PersonMark[] {
  const w = evidenceWords(lang);
  if (!w) return [];
  const tokens = tokenize(text);
  const out = wordMarks(text, tokens, w);
  const capitals = capitalisedWords(text);
  for (const m of nameMentions(text, 0, text.length, scope)) {
    if (m.tokens.length === 0 || out.some((k) => k.start < m.end && m.start < k.end)) continue;
    const info = people.get(lookupKey(m));
    // A hyphenated given name has the gender of its first part ("Marie-Thérèse"); alone, a first word may be a surname.
    const first = bodyName(m, scope) ? undefined : (givenNameGender(m.tokens[0]) ?? givenNameGender(m.tokens[0].split("-")[0]));
    const known = info ? (info.gender === "ambiguous" ? "unknown" : info.gender) : undefined;
    // A given name that contradicts what the article says of the key leaves the person's gender open.
    const gender = known && first && known !== first ? "unknown" : (known ?? (m.tokens.length >= 2 ? first : undefined));
    // A lone capitalised word that opens the sentence is as likely a verb or adverb as a name ("Atacó a …").
    if (!gender && m.tokens.length === 1 && /^[\s¿¡"“«(—–-]*$/u.test(text.slice(0, m.start))) continue;
    const title = titleOf(text, out, m, w);
    if (title && (!gender || gender === title.gender)) continue;
    // "Roman Ershov, the general manager": a name of known gender tells its neutral title's.
    if (title && title.gender === "unknown" && gender && gender !== "unknown") {
      title.gender = gender;
      continue;
    }
    if (!gender && surnames && m.tokens.length === 1 && !surnames.has(m.tokens[0])) continue;
    if (gender || unknownPersonLike(text, m, capitals, scope)) {
      out.push({
        gender: title ? "unknown" : (gender ?? "unknown"),
        kind: "name",
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a pronoun of `lang` is a subject form ("he", "she"). */
export function isSubjectPronoun(lang: Lang, word: string): boolean {
  return !!evidenceWords(lang)?.subjectPronouns.has(word.toLowerCase());
}

/** Whether a pronoun of `lang` may be an object ("him", "her"): it need not refer back to a noun before it. */
export function isObjectPronoun(lang: Lang, word: string): boolean {
  return !!evidenceWords(lang)?.objectPronouns.has(word.toLowerCase());
}

/** Whether a text of `lang` has a pronoun for things (English it): a pronoun after a preposition on the other side may be it. */
export function mentionsThing(text: string, lang: Lang): boolean {
  const w = evidenceWords(lang);
  return !!w && tokenize(text).some((t) => w.thingPronouns.has(t.lower));
}

/**
 * The one gender all marks show, when every person is marked, all alike, and at least one by a word (a pronoun, noun,
 * honorific or agreement, not a possessed person such as "su hijo": a name alone is left to the name-based checks);
 * undefined otherwise.
 */
export function soleGender(all: readonly PersonMark[]): Gender | undefined {
  // A possessed person of no marked gender ("su rival") is someone else than the owner the pronouns stand for.
  const marks = all.filter((m) => !(m.possessed && m.gender === "unknown"));
  if (marks.length === 0 || marks.some((m) => m.gender === "unknown" || m.gender !== marks[0].gender)) return undefined;
  return marks.some((m) => m.kind !== "name" && !m.possessed) ? (marks[0].gender as Gender) : undefined;
}
