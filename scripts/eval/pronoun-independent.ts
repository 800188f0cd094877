// Independent pronoun planting (issue 12): finds gender evidence in the SOURCE sentence with its own small word
// lists and patterns (it imports nothing from the rule or its analyzers), flips the target's third-person
// pronouns (es->en) or gendered words (en->es) of that sentence, and measures the share pronoun-gender flags at
// the right place, per evidence kind. A planted sentence is one where a human reviewer sees the error: the
// source marks one gender only and the target's gendered words all agree with it before the flip. --pair fr-en: the
// same on newstest-multi fr->en, with French evidence from ./pronoun-independent/fr-evidence (its own word lists).
import { appendFileSync } from "node:fs";
import { check } from "../../src/checker";
import type { Rule } from "../../src/check/rule";
import type { Lang } from "../../src/types";
import { RULES_BY_ID } from "../../src/rules";
import { buildArticle, type BuiltSide } from "./corpus";
import { pairCorpora } from "./clean-sources";
import { esSubjectOpening, esSubjectPlant, pronounOnSide, quoteSides } from "./pronoun-independent/es-subject";
import { frEvidence, frSurnames } from "./pronoun-independent/fr-evidence";
import type { EvalModule } from "./types";

type Gender = "m" | "f";
type Kind = "explicit pronoun" | "role noun" | "title before name" | "agreement" | "article-level";
/** The plants of every kind whose flipped word renders the sentence's own gendered subject (en->es; see subjectPlant). */
const SUBJECT = "subject, both sides" as const;
type Tallied = Kind | typeof SUBJECT;
interface Evidence {
  kind: Kind;
  gender: Gender;
}

const verbose = process.env.EVAL_VERBOSE === "1";
/** PRONOUN_DIR=es-en (or en-es): measure one direction only; PRONOUN_ARTICLE=<id part>: only matching articles. */
const onlyDir = process.env.PRONOUN_DIR;
const onlyArticle = process.env.PRONOUN_ARTICLE;
/** PRONOUN_DUMP=<dir>: each miss's article pair (source, planted target, segment) as one JSON line of <dir>/misses.jsonl. */
const dumpDir = process.env.PRONOUN_DUMP;
/** PRONOUN_LOG=<file>: one line per plant (id#segment, kind, hit or miss), to compare two generators plant by plant. */
const logFile = process.env.PRONOUN_LOG;
function dumpMiss(
  id: string,
  src: BuiltSide,
  from: Lang,
  plant: { target: string; spans: [number, number][] },
  tgt: BuiltSide,
  to: Lang,
  k: number,
  kind: Kind,
): void {
  const target = plant.target;
  const shift = target.length - tgt.text.length;
  const segments = tgt.segments.map(([s, e], j) => (j < k ? [s, e] : j === k ? [s, e + shift] : [s + shift, e + shift]));
  const line = {
    id,
    kind,
    from,
    to,
    k,
    source: src.text,
    target,
    spans: plant.spans,
    sourceSegments: src.segments,
    targetSegments: segments,
  };
  appendFileSync(`${dumpDir}/misses.jsonl`, `${JSON.stringify(line)}\n`);
}

/** Spanish person nouns (masculine form, feminine form); one form for both genders when they are the same. */
const ES_ROLES: [string, string][] = [
  ["presidente", "presidenta"],
  ["vicepresidente", "vicepresidenta"],
  ["ministro", "ministra"],
  ["alcalde", "alcaldesa"],
  ["director", "directora"],
  ["secretario", "secretaria"],
  ["juez", "jueza"],
  ["abogado", "abogada"],
  ["diputado", "diputada"],
  ["senador", "senadora"],
  ["gobernador", "gobernadora"],
  ["rey", "reina"],
  ["príncipe", "princesa"],
  ["jefe", "jefa"],
  ["candidato", "candidata"],
  ["consejero", "consejera"],
  ["concejal", "concejala"],
  ["embajador", "embajadora"],
  ["entrenador", "entrenadora"],
  ["jugador", "jugadora"],
  ["actor", "actriz"],
  ["escritor", "escritora"],
  ["señor", "señora"],
  ["doctor", "doctora"],
  ["profesor", "profesora"],
  ["empresario", "empresaria"],
  ["comisario", "comisaria"],
  ["fundador", "fundadora"],
  ["autor", "autora"],
  ["investigador", "investigadora"],
  ["hermano", "hermana"],
  ["hijo", "hija"],
  ["esposo", "esposa"],
  ["padre", "madre"],
  ["portavoz", "portavoz"],
  ["canciller", "canciller"],
  ["líder", "líder"],
  ["fiscal", "fiscal"],
  ["cantante", "cantante"],
  ["periodista", "periodista"],
  ["dirigente", "dirigente"],
  ["representante", "representante"],
  ["tenista", "tenista"],
  ["atleta", "atleta"],
  ["piloto", "piloto"],
  ["soldado", "soldado"],
];
const ES_DET_M = ["el", "del", "al", "un", "este", "ese", "aquel"];
const ES_DET_F = ["la", "una", "esta", "esa", "aquella"];
const ROLE_FORMS = new Map<string, Gender | "either">();
for (const [m, f] of ES_ROLES) {
  ROLE_FORMS.set(m, m === f ? "either" : "m");
  if (m !== f) ROLE_FORMS.set(f, "f");
}
const ES_ROLE_ALT = [...ROLE_FORMS.keys()].sort((a, b) => b.length - a.length).join("|");
const ES_DET_ALT = [...ES_DET_M, ...ES_DET_F].join("|");
const L = "\\p{L}";
const ES_DET_ROLE = new RegExp(
  `(?<!${L})(${ES_DET_ALT})\\s+(?:(?:primer|primera|nuevo|nueva|ex|actual)\\s+)?(${ES_ROLE_ALT})(?!${L})(\\s+\\p{Lu})?`,
  "giu",
);
/** A Spanish sentence opening with its gendered subject ("Ella …", "La alcaldesa …"; es->en's unambiguous plants). */
const ES_SUBJECT_OPENING = esSubjectOpening(ES_ROLE_ALT);
const ES_BARE_ROLE = new RegExp(`(?<!${L})(${ES_ROLE_ALT})(?!${L})`, "giu");
const ES_PRONOUN = /(?<!\p{L})(ella|él)(?!\p{L})/giu;
// A participle after a form of "haber" is the perfect's, which agrees with no one ("Pecorella, habían pedido").
const ES_AGREE_NAME =
  /\p{Lu}\p{Ll}+,\s+(?:(?!(?:he|has|ha|hemos|han|había|habían|habría|habrían|hubo|haber|habiendo)\s)\p{Ll}+\s+)?(\p{Ll}+(?:ad|id)([oa]))(?!\p{L})/gu;
const ES_AGREE_COPULA = /\p{Lu}\p{Ll}+\s+(?:fue|ha sido|había sido|será|resultó|quedó|está|estaba)\s+(\p{Ll}+(?:ad|id)([oa]))(?!\p{L})/gu;
const ES_TITLED_NAME = new RegExp(`(?<!${L})(${ES_DET_ALT})\\s+(${ES_ROLE_ALT})\\s+((?:\\p{Lu}\\p{Ll}+\\s+)*\\p{Lu}\\p{Ll}+)`, "gu");

const EN_PRONOUNS = /(?<![\p{L}'’])(he|him|his|himself|she|her|hers|herself)(?![\p{L}'’])/giu;
const EN_GENDER: Record<string, Gender> = { he: "m", him: "m", his: "m", himself: "m", she: "f", her: "f", hers: "f", herself: "f" };
const EN_ROLE_GENDER: Record<string, Gender> = {
  mr: "m",
  ms: "f",
  mrs: "f",
  king: "m",
  queen: "f",
  prince: "m",
  princess: "f",
  actress: "f",
  actor: "m",
  chairman: "m",
  chairwoman: "f",
  businessman: "m",
  businesswoman: "f",
  spokesman: "m",
  spokeswoman: "f",
  mother: "f",
  father: "m",
  son: "m",
  daughter: "f",
  brother: "m",
  sister: "f",
  husband: "m",
  wife: "f",
};
const EN_ROLE = new RegExp(`(?<!${L})(${Object.keys(EN_ROLE_GENDER).join("|")})(?!${L})`, "giu");

/** Possessives: the person noun after one is someone else than its possessor. */
const ES_POSSESSIVES = new Set(["su", "sus", "mi", "mis", "tu", "tus", "nuestro", "nuestra", "vuestro", "vuestra"]);
/** Words a bare person noun may follow ("como presidente", "de jefe", "ex-jefe"); after another lower-case word it is an adjective. */
const ES_BARE_LEADS = new Set([
  ...["de", "como", "y", "e", "o", "ni", "ex", "en", "a", "para", "por", "con", "sin", "sobre", "entre"],
  ...["es", "era", "fue", "ser", "sido", "será", "sería"],
]);
/**
 * Whether a person noun without a determiner right before it (text `before` it) names a person of its own: after a
 * comma, a name, a determiner or one of ES_BARE_LEADS, perhaps past two adjectives ("el anterior presidente", "Tom
 * Flanagan, antiguo consejero"); not after a possessive ("su hermana": someone else than the possessor the English
 * pronoun marks) nor after a noun it qualifies ("su plan director", "inspector jefe").
 */
function bareRoleOfPerson(before: string): boolean {
  let rest = before;
  for (let k = 0; k < 3; k++) {
    const m = /(\p{L}+)([\s-]+)$/u.exec(rest);
    if (!m) return true;
    const word = m[1];
    const lower = word.toLowerCase();
    if (ES_POSSESSIVES.has(lower)) return false;
    if (ES_BARE_LEADS.has(lower) || ES_DET_M.includes(lower) || ES_DET_F.includes(lower) || word !== lower) return true;
    rest = rest.slice(0, m.index);
    if (/[,;:(“"«]\s*$/u.test(rest) || rest.trim() === "") return k < 2;
  }
  return false;
}
/** The gender a Spanish determiner marks. */
const detGender = (det: string): Gender => (ES_DET_F.includes(det.toLowerCase()) ? "f" : "m");

/** Genders of the Spanish person nouns in a sentence, each from its own form or its determiner. */
function esRoleEvidence(seg: string): Evidence[] {
  const out: Evidence[] = [];
  const covered = new Set<number>();
  for (const m of seg.matchAll(ES_DET_ROLE)) {
    // The determiner marks the person whatever the noun's form ("la presidente" is a woman).
    const gender = detGender(m[1]);
    // The name's capital is read case-sensitively: under the pattern's "i" flag \p{Lu} matches any letter, which
    // counted "la profesora británica" as a title before a name.
    out.push({ kind: m[3] && /\p{Lu}/u.test(m[3].trim()) ? "title before name" : "role noun", gender });
    covered.add((m.index ?? 0) + m[0].toLowerCase().lastIndexOf(m[2].toLowerCase()));
  }
  for (const m of seg.matchAll(ES_BARE_ROLE)) {
    const form = ROLE_FORMS.get(m[1].toLowerCase());
    if (!form || form === "either" || covered.has(m.index ?? 0)) continue;
    // A role noun after a possessive is someone else than the possessor the English pronoun marks ("su hermana" ->
    // "her sister"); one after a content word is an adjective ("plan director", "mito fundador").
    if (!bareRoleOfPerson(seg.slice(0, m.index))) continue;
    out.push({ kind: "role noun", gender: form });
  }
  out.push(...esJoinedEvidence(seg));
  return out;
}

/** A role noun with a prefix joined to it ("el expresidente", "la exministra"), perhaps by a hyphen, and its determiner. */
const ES_PREFIXED_ROLE = new RegExp(`(?<!${L})(?:(${ES_DET_ALT})\\s+)?(?:ex|vice)-?(${ES_ROLE_ALT})(?!${L})`, "giu");
/** Abbreviated honorifics and titles with their period ("el Sr. McCarthy", "la Dra. Ruiz"). */
const ES_ABBREVIATED: Record<string, Gender> = { sr: "m", sra: "f", srta: "f", dr: "m", dra: "f" };
const ES_ABBREVIATION = /(?<!\p{L})(sr|sra|srta|dr|dra)\./giu;

/**
 * Evidence the person-noun patterns above miss (an earlier version of this file read neither): role nouns with a
 * joined prefix ("expresidente": the bare pattern needs a word edge before the noun) and abbreviated honorifics
 * ("sr.", "Dra."). Each is a person of that gender, which a pronoun of the other in the sentence may not be.
 */
function esJoinedEvidence(seg: string): Evidence[] {
  const out: Evidence[] = [];
  for (const m of seg.matchAll(ES_PREFIXED_ROLE)) {
    const form = ROLE_FORMS.get(m[2].toLowerCase());
    const gender = m[1] ? detGender(m[1]) : form === "either" ? undefined : form;
    if (gender) out.push({ kind: "role noun", gender });
  }
  for (const m of seg.matchAll(ES_ABBREVIATION)) out.push({ kind: "role noun", gender: ES_ABBREVIATED[m[1].toLowerCase()] });
  return out;
}

/** Prepositions after which a name is a noun's complement ("el cuerpo de Pol Pot", "el guión usado por Bush"). */
const ES_COMPLEMENT_LEADS = new Set(["de", "del", "por", "para", "a", "al", "en", "con", "sin", "sobre", "entre", "contra"]);
/**
 * Whether the capitalised run that ends where `before` ends (the name an agreement pattern starts with) follows a
 * preposition: then the participle after it agrees with the noun the name complements ("El cuerpo de Pol Pot fue
 * quemado", "el Plan de Competitividad, incluido"), not with the name.
 */
function complementName(before: string): boolean {
  const rest = before.replace(/(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u, "");
  const word = /(\p{L}+)\s+$/u.exec(rest);
  return !!word && ES_COMPLEMENT_LEADS.has(word[1].toLowerCase());
}

/** Every piece of gender evidence in a Spanish source sentence, strongest kind first. */
function esEvidence(seg: string, surnames: Map<string, Gender | null>): Evidence[] {
  const out: Evidence[] = [];
  for (const m of seg.matchAll(ES_PRONOUN)) out.push({ kind: "explicit pronoun", gender: m[1].toLowerCase() === "ella" ? "f" : "m" });
  out.push(...esRoleEvidence(seg));
  for (const re of [ES_AGREE_NAME, ES_AGREE_COPULA]) {
    for (const m of seg.matchAll(re)) {
      if (!complementName(seg.slice(0, m.index))) out.push({ kind: "agreement", gender: m[2] === "a" ? "f" : "m" });
    }
  }
  for (const [name, g] of surnames) {
    if (g && new RegExp(`(?<!${L})${name}(?!${L})`, "u").test(seg)) out.push({ kind: "article-level", gender: g });
  }
  return out;
}

/** Whether all of a Spanish sentence's evidence stands inside quotations that open and close in it. */
function esEvidenceQuoted(seg: string, surnames: Map<string, Gender | null>): boolean {
  const sides = quoteSides(seg);
  return !!sides && esEvidence(sides.outside, surnames).length === 0 && esEvidence(sides.inside, surnames).length > 0;
}

/** Every piece of gender evidence in an English source sentence. */
function enEvidence(seg: string, surnames: Map<string, Gender | null>): Evidence[] {
  const out: Evidence[] = [];
  for (const m of seg.matchAll(EN_PRONOUNS)) out.push({ kind: "explicit pronoun", gender: EN_GENDER[m[1].toLowerCase()] });
  for (const m of seg.matchAll(EN_ROLE)) out.push({ kind: "role noun", gender: EN_ROLE_GENDER[m[1].toLowerCase()] });
  for (const [name, g] of surnames) {
    if (g && new RegExp(`(?<!${L})${name}(?!${L})`, "u").test(seg)) out.push({ kind: "article-level", gender: g });
  }
  return out;
}

/** Surnames the whole source article genders ("la ministra Ana Ruiz", "Mr Ruiz"); null where it says both. */
function articleSurnames(text: string, lang: Lang): Map<string, Gender | null> {
  const out = new Map<string, Gender | null>();
  const note = (name: string, g: Gender) => out.set(name, out.has(name) && out.get(name) !== g ? null : g);
  if (lang === "es") {
    // The determiner marks the person whatever the noun's form ("la presidente" is a woman).
    for (const m of text.matchAll(ES_TITLED_NAME)) note(m[3].split(/\s+/).pop()!, detGender(m[1]));
  } else {
    for (const m of text.matchAll(/(?<!\p{L})(Mr|Mrs|Ms)\.?\s+(\p{Lu}\p{Ll}+)/gu)) note(m[2], m[1] === "Mr" ? "m" : "f");
  }
  return out;
}

/** The one gender all evidence agrees on, and its strongest kind; null when there is none or it conflicts. */
function verdict(ev: Evidence[]): Evidence | null {
  if (!ev.length || ev.some((e) => e.gender !== ev[0].gender)) return null;
  return ev[0];
}

/** es->en: flips every he/him/his… of the English sentence [s, e) when all of them have gender `g`. */
/** Whether the word at [at, at + len) of `seg` stands with the words either side of it in `source` as well. */
function copiedFrom(source: string, seg: string, at: number, len: number): boolean {
  const before = /(\p{L}+\s+)$/u.exec(seg.slice(0, at))?.[1] ?? "";
  const after = /^(\s+\p{L}+)/u.exec(seg.slice(at + len))?.[1] ?? "";
  return before !== "" && after !== "" && source.includes(before + seg.slice(at, at + len) + after);
}

function flipEnglish(
  text: string,
  s: number,
  e: number,
  g: Gender,
  source: string,
  /** The Spanish source article's gendered surnames; undefined from another source language (no quotation limit). */
  esSurnames?: Map<string, Gender | null>,
): { target: string; spans: [number, number][] } | null {
  const seg = text.slice(s, e);
  // A capitalised "He"/"She" inside a sentence is a name ("vice minister He Yafei"), not a pronoun.
  const all = [...seg.matchAll(EN_PRONOUNS)].filter(
    (m) => m[1][0] === m[1][0].toLowerCase() || /(?:^|[.!?:;"“”'‘’(—–-])\s*$/u.test(seg.slice(0, m.index)),
  );
  if (!all.length || all.some((m) => EN_GENDER[m[1].toLowerCase()] !== g)) return null;
  // Pronouns outside the quotations that hold all of the source's evidence are their speaker or someone else.
  const onSide = pronounOnSide(seg, !!esSurnames && esEvidenceQuoted(source, esSurnames));
  const found = all.filter((m) => onSide(m.index ?? 0));
  if (!found.length) return null;
  // A pronoun the target copies with its neighbours from the source sentence is a foreign phrase's word ("Sayonara
  // Wo she Sylvana" in both), not the target's pronoun: no reviewer reads it as one.
  if (found.some((m) => copiedFrom(source, seg, m.index ?? 0, m[1].length))) return null;
  let out = "";
  let last = 0;
  const spans: [number, number][] = [];
  for (const m of found) {
    const word = m[1];
    const lower = word.toLowerCase();
    const after = seg.slice((m.index ?? 0) + word.length, (m.index ?? 0) + word.length + 12);
    const herAsPossessive =
      /^\s+\p{Ll}/u.test(after) && !/^\s+(?:to|and|that|in|on|at|as|for|from|with|by|the|a|an|was|is|would|will|had|has)\b/.test(after);
    const flip: Record<string, string> = {
      he: "she",
      him: "her",
      his: "her",
      himself: "herself",
      she: "he",
      hers: "his",
      herself: "himself",
      her: herAsPossessive ? "his" : "him",
    };
    let to = flip[lower];
    if (word[0] !== lower[0]) to = to[0].toUpperCase() + to.slice(1);
    out += seg.slice(last, m.index);
    spans.push([s + out.length, s + out.length + to.length]);
    out += to;
    last = (m.index ?? 0) + word.length;
  }
  out += seg.slice(last);
  return { target: text.slice(0, s) + out + text.slice(e), spans };
}

/** Spanish words after which an indefinite person noun is said of the subject ("es un actor", "como un líder"). */
const ES_PREDICATE_LEADS = new Set(["es", "era", "fue", "ser", "sido", "será", "sería", "como", "en", "siendo"]);

/**
 * Whether every piece of the English sentence's evidence (pronoun, gendered noun, known surname) stands before its
 * first indefinite article: a pronoun refers back and a gendered noun or a name is someone already there, so none of
 * them is the person an indefinite introduces ("he said, in response to a query from a soldier"; "the best actor …
 * his role as the driver to a Russian mafia boss"), and a Spanish indefinite person noun of either gender ("una
 * soldado") shows no error.
 */
function evidenceBeforeIndefinites(english: string, surnames: Map<string, Gender | null>): boolean {
  const first = /(?<![\p{L}'’])an?(?![\p{L}'’])/iu.exec(english);
  if (!first) return false;
  return evidenceOffsets(english, surnames).every((x) => x < first.index);
}

/** Quotation marks, each opening or closing a quotation. */
const QUOTE_MARKS = /["“”«»]/gu;

/** Whether offset `at` of a text is inside a quotation: an odd number of quotation marks before it. */
function insideQuotes(text: string, at: number): boolean {
  return (text.slice(0, at).match(QUOTE_MARKS)?.length ?? 0) % 2 === 1;
}

/**
 * Whether the English sentence quotes someone and every piece of its evidence stands outside the quotation ('"I do
 * not believe that Senator Obama …," he also assured'): the evidence marks the speaker, and a person noun inside the
 * quotation ("la senadora Obama") is someone the speaker speaks of, whose gender no reader can check against it.
 */
function evidenceOutsideQuotes(english: string, surnames: Map<string, Gender | null>): boolean {
  // Quotations that open and close in the sentence only: one carried over from another leaves the count unsure.
  const marks = english.match(QUOTE_MARKS)?.length ?? 0;
  if (marks === 0 || marks % 2 === 1) return false;
  return evidenceOffsets(english, surnames).every((x) => !insideQuotes(english, x));
}

/** Offsets of the English sentence's evidence: pronouns, gendered nouns, surnames the article genders. */
function evidenceOffsets(english: string, surnames: Map<string, Gender | null>): number[] {
  const at = [...english.matchAll(EN_PRONOUNS), ...english.matchAll(EN_ROLE)].map((m) => m.index ?? 0);
  for (const [name, g] of surnames) {
    if (g) for (const m of english.matchAll(new RegExp(`(?<!${L})${name}(?!${L})`, "gu"))) at.push(m.index ?? 0);
  }
  return at;
}

/** English kinship nouns: each marks the gender of the one it is said of, not of the person its complement names. */
const EN_KIN = new Set(["mother", "father", "son", "daughter", "brother", "sister", "husband", "wife"]);
/** The Spanish kinship nouns of ES_ROLES, the renderings of EN_KIN. */
const ES_KIN = new Set(["hermano", "hermana", "hijo", "hija", "esposo", "esposa", "padre", "madre"]);

/**
 * Whether the English sentence's only evidence is kinship nouns ("Alexandre Guerini, 53, … brother of the president of
 * the General Council"; "Salaam al-Samarrai, a 51-year-old father of three, … Nouri al-Maliki, the Shia prime
 * minister"): a kinship noun shows its bearer's gender only, so a Spanish person noun of another role ("la
 * presidenta", "la primera ministra") is someone the English does not gender, and no reader could see its flip.
 */
function kinshipOnly(english: string, surnames: Map<string, Gender | null>): boolean {
  const roles = [...english.matchAll(EN_ROLE)].map((m) => m[1].toLowerCase());
  const named = [...surnames].some(([name, g]) => g && new RegExp(`(?<!${L})${name}(?!${L})`, "u").test(english));
  return roles.length > 0 && roles.every((r) => EN_KIN.has(r)) && [...english.matchAll(EN_PRONOUNS)].length === 0 && !named;
}

/** What the English sentence says of the people a Spanish person noun may be (see flipSpanish). */
interface FlipLimits {
  newPeople: boolean;
  quotedApart: boolean;
  /** kinshipOnly: only Spanish kinship nouns render the people the evidence genders. */
  kinOnly?: boolean;
}

/**
 * en->es: flips él/ella and every determiner + gendered person noun of the Spanish sentence when all agree on `g`.
 * `newPeople`: an indefinite person noun ("un soldado") is someone the English evidence does not mark, left alone
 * unless said of the subject ("fue un actor") or in apposition ("Richard Ellis, un escritor"); `quotedApart`: a person
 * noun inside a quotation is someone the speaker the evidence marks speaks of, left alone.
 */
function flipSpanish(
  text: string,
  s: number,
  e: number,
  g: Gender,
  limits: FlipLimits = { newPeople: false, quotedApart: false },
): { target: string; spans: [number, number][] } | null {
  const seg = text.slice(s, e);
  const edits: { at: number; len: number; to: string }[] = [];
  for (const m of seg.matchAll(ES_PRONOUN)) {
    const gender: Gender = m[1].toLowerCase() === "ella" ? "f" : "m";
    if (gender !== g) return null;
    edits.push({ at: m.index ?? 0, len: m[1].length, to: gender === "f" ? "él" : "ella" });
  }
  for (const m of seg.matchAll(ES_DET_ROLE)) {
    const gender = detGender(m[1]);
    if (gender !== g) return null;
    const pair = ES_ROLES.find(([mf, ff]) => mf === m[2].toLowerCase() || ff === m[2].toLowerCase())!;
    const det = m[1].toLowerCase();
    const lead = /(\p{L}+)\s+$/u.exec(seg.slice(0, m.index))?.[1].toLowerCase() ?? "";
    // "Richard Ellis, un escritor": an indefinite in apposition is said of the person before it.
    const apposed = /,\s*$/u.test(seg.slice(0, m.index));
    const unseen = limits.newPeople && (det === "un" || det === "una") && !ES_PREDICATE_LEADS.has(lead) && !apposed;
    const quoted = limits.quotedApart && (seg.match(QUOTE_MARKS)?.length ?? 0) % 2 === 0 && insideQuotes(seg, m.index ?? 0);
    const otherRole = limits.kinOnly === true && !ES_KIN.has(m[2].toLowerCase());
    if (unseen || quoted || otherRole) {
      if (process.env.PRONOUN_SKIPPED === "1") console.log("   skipped", m[0], "|", seg.slice(0, 200));
      continue;
    }
    const detSwap: Record<string, string> = {
      el: "la",
      del: "de la",
      al: "a la",
      un: "una",
      este: "esta",
      ese: "esa",
      aquel: "aquella",
      la: "el",
      una: "un",
      esta: "este",
      esa: "ese",
      aquella: "aquel",
    };
    const roleTo = g === "m" ? pair[1] : pair[0];
    const span = m[0].slice(0, m[0].toLowerCase().lastIndexOf(m[2].toLowerCase()) + m[2].length);
    const middle = span.slice(m[1].length, span.length - m[2].length);
    const swapped =
      detSwap[det] +
      middle.replace(
        /primer(?!\p{L})|primera|nuevo|nueva/u,
        (w) => ({ primer: "primera", primera: "primer", nuevo: "nueva", nueva: "nuevo" })[w]!,
      ) +
      roleTo;
    edits.push({ at: m.index ?? 0, len: span.length, to: m[1][0] === det[0] ? swapped : swapped[0].toUpperCase() + swapped.slice(1) });
  }
  if (!edits.length) return null;
  edits.sort((a, b) => a.at - b.at);
  let out = "";
  let last = 0;
  const spans: [number, number][] = [];
  for (const x of edits) {
    if (x.at < last) continue;
    out += seg.slice(last, x.at);
    spans.push([s + out.length, s + out.length + x.to.length]);
    out += x.to;
    last = x.at + x.len;
  }
  out += seg.slice(last);
  return { target: text.slice(0, s) + out + text.slice(e), spans };
}

interface Tally {
  planted: number;
  flagged: number;
}

/** Quotation marks, brackets and dashes a sentence may open with before its first word. */
const OPENING = /^[\s¿¡"“«'‘(—–-]*/u;
/** An English subject that marks its own gender: He/She, or a gendered noun or honorific, perhaps after a determiner. */
const EN_GENDERED_SUBJECT = new RegExp(
  `^(?:(?:he|she)|(?:(?:the|a|an)\\s+)?(?!(?:his|her|its|their|my|our|your)\\s)(?:\\p{L}+\\s+)?(?:${Object.keys(EN_ROLE_GENDER).join("|")})\\.?)(?!${L})`,
  "iu",
);

/**
 * en->es: whether a plant is the unambiguous case of issue 12 — the English sentence opens with its subject marking
 * its gender ("He …", "The chairman …", "Mr Ruiz …", "Her husband …" is not: it starts with a possessive) and the
 * first Spanish word flipped opens the Spanish sentence ("Ella …", "La presidenta …"): the subject's own rendering.
 * Read from the plant and the two sentences only, never from the rule.
 */
function subjectPlant(english: string, spanish: string, firstFlip: number): boolean {
  const en = english.slice(OPENING.exec(english)?.[0].length ?? 0);
  const lead = OPENING.exec(spanish)?.[0].length ?? 0;
  return firstFlip === lead && EN_GENDERED_SUBJECT.test(en);
}

/** One article pair of the measured direction. */
interface PairDoc {
  id: string;
  src: BuiltSide;
  tgt: BuiltSide;
}

/** A source language's evidence finder and article-level surnames. */
interface SourceReader {
  evidence: (seg: string, surnames: Map<string, Gender | null>) => Evidence[];
  surnames: (text: string) => Map<string, Gender | null>;
}
const READERS: Partial<Record<Lang, SourceReader>> = {
  es: { evidence: esEvidence, surnames: (t) => articleSurnames(t, "es") },
  en: { evidence: enEvidence, surnames: (t) => articleSurnames(t, "en") },
  fr: { evidence: frEvidence, surnames: frSurnames },
};

function measure(docs: PairDoc[], from: Lang, to: Lang, rule: Rule): Map<Tallied, Tally> {
  const byKind = new Map<Tallied, Tally>();
  const misses: string[] = [];
  const reader = READERS[from]!;
  for (const { id, src, tgt } of docs) {
    if (onlyArticle && !id.includes(onlyArticle)) continue;
    const surnames = reader.surnames(src.text);
    for (let k = 0; k < tgt.segments.length; k++) {
      const [ss, se] = src.segments[k];
      const seg = src.text.slice(ss, se);
      const ev = verdict(reader.evidence(seg, surnames));
      if (!ev) continue;
      const [ts, te] = tgt.segments[k];
      const plant =
        to === "en"
          ? flipEnglish(tgt.text, ts, te, ev.gender, seg, from === "es" ? surnames : undefined)
          : flipSpanish(tgt.text, ts, te, ev.gender, {
              // Read with the English words only: from French the sentence is planted as before.
              newPeople: from === "en" && evidenceBeforeIndefinites(seg, surnames),
              quotedApart: from === "en" && evidenceOutsideQuotes(seg, surnames),
              kinOnly: from === "en" && kinshipOnly(seg, surnames),
            });
      if (!plant) continue;
      const report = check({ source: { text: src.text, lang: from }, target: { text: plant.target, lang: to } }, [rule]);
      const hit = report.issues.some(
        (i) => i.ruleId === "pronoun-gender" && i.target && plant.spans.some(([s, e]) => i.target!.start < e && s < i.target!.end),
      );
      const firstFlip = plant.spans[0][0] - ts;
      const subject =
        from === "en" && to === "es"
          ? subjectPlant(seg, tgt.text.slice(ts, te), firstFlip)
          : from === "es" && to === "en" && esSubjectPlant(seg, tgt.text.slice(ts, te), firstFlip, ES_SUBJECT_OPENING);
      const kinds: Tallied[] = subject ? [ev.kind, SUBJECT] : [ev.kind];
      for (const kind of kinds) {
        const t = byKind.get(kind) ?? { planted: 0, flagged: 0 };
        t.planted++;
        if (hit) t.flagged++;
        byKind.set(kind, t);
      }
      if (!hit && verbose && process.env.PRONOUN_DEBUG === "1")
        for (const i of report.issues) console.log("   issue", i.ruleId, i.target?.start, i.target?.end, i.message);
      if (logFile) appendFileSync(logFile, `${id}#${k}\t${ev.kind}${subject ? " (subject)" : ""}\t${hit ? "hit" : "miss"}\n`);
      if (!hit && dumpDir) dumpMiss(`${id}#${k}`, src, from, plant, tgt, to, k, ev.kind);
      if (!hit && verbose)
        misses.push(
          `${ev.kind}${subject ? " (subject)" : ""} ${id}#${k}: ${plant.target.slice(ts, te + plant.target.length - tgt.text.length)}\n      source: ${seg}`,
        );
    }
  }
  if (verbose) for (const m of misses.slice(0, Number(process.env.EVAL_MISSES ?? 80))) console.log("   miss", m);
  return byKind;
}

/** Without --pair: newstest es-en both ways; with it: that direction of newstest-multi, when the eval can plant it. */
function directions(ctx: Parameters<EvalModule["run"]>[0]): { from: Lang; to: Lang; docs: PairDoc[] }[] {
  if (ctx.pair) {
    const { from, to } = ctx.pair;
    if (!READERS[from] || (to !== "en" && to !== "es")) {
      console.log(`--pair ${from}-${to}: no source evidence reader for ${from} or no target flipper for ${to} (es, en, fr -> en, es)`);
      return [];
    }
    const docs = pairCorpora(ctx.corpusDir, from, to)[0].docs.map((d) => ({ id: d.id, src: d.source, tgt: d.target }));
    return [{ from, to, docs }];
  }
  const built = ctx.articles.map((a) => ({ id: a.id, art: buildArticle(a) }));
  return (["es", "en"] as const).map((from) => {
    const to = from === "es" ? "en" : "es";
    return { from, to, docs: built.map((b) => ({ id: b.id, src: b.art[from], tgt: b.art[to] })) };
  });
}

const KINDS: Kind[] = ["explicit pronoun", "role noun", "title before name", "agreement", "article-level"];

/** The eval module. */
const module: EvalModule = {
  name: "pronoun-independent",
  run(ctx) {
    const rule = RULES_BY_ID.get("pronoun-gender");
    if (!rule) return;
    for (const { from, to, docs } of directions(ctx)) {
      if (onlyDir && onlyDir !== `${from}-${to}`) continue;
      const byKind = measure(docs, from, to, rule);
      let planted = 0;
      let flagged = 0;
      console.log(`${from}->${to} independent planting (source evidence kind: flagged at the right place / planted)`);
      for (const kind of KINDS) {
        const t = byKind.get(kind);
        if (!t) continue;
        planted += t.planted;
        flagged += t.flagged;
        console.log(`  ${kind.padEnd(18)} ${t.flagged}/${t.planted} = ${((100 * t.flagged) / t.planted).toFixed(1)}%`);
      }
      console.log(`  all                ${flagged}/${planted} = ${planted ? ((100 * flagged) / planted).toFixed(1) : "n/a"}%`);
      const sub = byKind.get(SUBJECT);
      // Counted inside the kinds above as well: the unambiguous plants, which the issue asks to be flagged every time.
      if (sub) console.log(`  of which ${SUBJECT}: ${sub.flagged}/${sub.planted} = ${((100 * sub.flagged) / sub.planted).toFixed(1)}%`);
    }
  },
};
export default module;
