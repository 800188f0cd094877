// Proper-name helpers shared by name-mismatch and name-missing: names that translate, words that are not names,
// cognate stems (areCognates), and a spelling key under which transliteration variants of one name
// (Gadafi/Gaddafi, Mahmud/Mahmoud) coincide.
import table from "../../../rules/names.json";
import type { Lang } from "../../types";
import { fold } from "../../lang/normalize";
import { byLanguage } from "../../lang/registry";
import { knownWords } from "./language-words";

function wordsOf(names: string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) for (const w of fold(n).split(/[\s-]+/)) if (w) out.add(w);
  return out;
}

/** One row per name, one column per language ("Londres" / "London"). */
const ROWS = table.names as Partial<Record<Lang, string>>[];
/** Whether a row's forms differ between its languages (once folded). */
const changes = (row: Partial<Record<Lang, string>>) => new Set(Object.values(row).map((n) => fold(n ?? ""))).size > 1;

/** Words of names that change between the languages (Londres/London): never themselves a near miss. */
const TRANSLATED: Record<Lang, Set<string>> = byLanguage((l) =>
  wordsOf(ROWS.filter(changes).flatMap((row) => (row[l.code] === undefined ? [] : [row[l.code] as string]))),
);
const NOT_NAMES: Record<Lang, Set<string>> = byLanguage((l) => wordsOf(l.notNames));

/** Folded one-word names of `from` and their form in `to` (first row wins). */
function translationsOf(from: Lang, to: Lang): Map<string, string> {
  const m = new Map<string, string>();
  for (const row of ROWS) {
    const a = row[from];
    const b = row[to];
    if (a === undefined || b === undefined) continue;
    if (/\s/.test(a) || /\s/.test(b) || fold(a) === fold(b) || m.has(fold(a))) continue;
    m.set(fold(a), b);
  }
  return m;
}

const TRANSLATIONS = new Map<string, Map<string, string>>();

/** True when a folded word belongs to a name that translates (Londres/London) or to a capitalised non-name. */
export function isExcludedWord(folded: string, lang: Lang): boolean {
  return TRANSLATED[lang].has(folded) || NOT_NAMES[lang].has(folded);
}

/**
 * True when a capitalised source word and the target word near it (both folded) are each a known word of their own
 * language (Virtud/Virtue, Tigres/Tigers, Intereses/Interests): a title translated word for word, not a misspelling.
 * A spelling taken from the names table (Hungría → Hungary) is what the target must write, so it never counts.
 */
export function isTranslatedWord(name: string, found: string, fromTable: boolean, sLang: Lang, tLang: Lang): boolean {
  return !fromTable && knownWords(sLang).has(name) && knownWords(tLang).has(found);
}

/** The spelling in `to` of a one-word name of `from` that translates (brasil → Brazil), if the table has it. */
export function translatedName(folded: string, from: Lang, to: Lang): string | undefined {
  const key = `${from}>${to}`;
  let m = TRANSLATIONS.get(key);
  if (!m) TRANSLATIONS.set(key, (m = translationsOf(from, to)));
  return m.get(folded);
}

/**
 * A spelling key of a folded name: transliteration habits of Spanish and English news are merged (kh/j, ou/u,
 * doubled letters, c/k/q, v/b, y/j/i before a vowel or at the end, German oe/ue/ae, silent h), so "Gadafi" and
 * "Gaddafi" share one. A y between consonants is kept ("Kuczinski" is not "Kuczynski"), and so are z and s
 * ("Sanches" is not "Sánchez").
 */
export function spellingKey(folded: string): string {
  let s = folded
    .replace(/kh/g, "j")
    .replace(/sch|sh/g, "s")
    .replace(/ph/g, "f")
    .replace(/th/g, "t")
    .replace(/ou/g, "u")
    .replace(/gu(?=[ei])/g, "g")
    .replace(/qu|ck|q/g, "k")
    .replace(/([ou])e/g, "$1")
    .replace(/ae/g, "a")
    .replace(/y(?=[aeiou])|y$|j/g, "i")
    .replace(/c/g, "k")
    .replace(/v/g, "b")
    .replace(/w/g, "u")
    .replace(/h/g, "");
  s = s.replace(/(.)\1+/g, "$1");
  return s;
}

/** One of the endings by which the same name differs between languages, at the end of a word. */
const ENDING = new RegExp(`(?:${(table.cognateEndings as string[]).join("|")})$`);
/** A plural demonym ending (French -iens, -ains; English -ians, -ans) at the end of a word. */
const DEMONYM_ENDING = new RegExp(`(?:${(table.demonymEndings as string[]).join("|")})$`);

/**
 * Stems of a folded word: its spelling key without up to two of the endings that Spanish and English cognates
 * differ by (Centro/Centre, Innovación/Innovation, Nacional/National, Numérica/Numerical, Austria/Austrian,
 * Platón/Plato, Alexandre/Alexander, Barclay/Barclays, Deutsche/Deutscher).
 */
export function cognateStems(folded: string): string[] {
  // Spanish -ción is English -tion or -ction (nación/nation, función/function): drop the c of "ct" on both sides.
  const base = folded.replace(/cion/g, "tion").replace(/ct/g, "t");
  const out: string[] = [];
  for (const variant of base.endsWith("re") ? [base, base.replace(/re$/, "er")] : [base]) {
    const second = variant.length > 4 ? variant.replace(ENDING, "") : variant;
    const third = second.length > 4 ? second.replace(ENDING, "") : second;
    out.push(spellingKey(variant), spellingKey(second), spellingKey(third));
  }
  // "europeens" / "europeans": the stem without a plural demonym ending, besides the stems above ("germans" keeps "german").
  const demonym = base.replace(DEMONYM_ENDING, "");
  if (demonym !== base && demonym.length >= 3) out.push(spellingKey(demonym));
  return out;
}

/** True when two folded words are the same word in Spanish and English spelling (or one transliteration). */
export function areCognates(a: string, b: string): boolean {
  const sa = rememberedStems(a);
  return rememberedStems(b).some((x) => sa.includes(x));
}

/** Words whose stems are remembered at most (the memo starts afresh past it, so memory stays bounded). */
const STEMS_KEPT = 20000;
const stemMemo = new Map<string, readonly string[]>();

/**
 * cognateStems(folded), remembered: the two name rules compare the same names again and again (each a dozen
 * regular-expression passes), and a memo answers a repeat at once. Never mutate the returned list.
 */
function rememberedStems(folded: string): readonly string[] {
  let stems = stemMemo.get(folded);
  if (!stems) {
    if (stemMemo.size >= STEMS_KEPT) stemMemo.clear();
    stemMemo.set(folded, (stems = cognateStems(folded)));
  }
  return stems;
}

/** A folded word with each [written, merged] spelling replaced, in order ("walujew" with w→v, j→i: "valuiev"). */
export function mergeSpellings(folded: string, spellings: readonly (readonly [string, string])[]): string {
  let key = folded;
  for (const [written, merged] of spellings) key = key.replaceAll(written, merged);
  return key;
}
