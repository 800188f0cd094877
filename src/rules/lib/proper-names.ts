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
 * ("Sanches" is not "Sánchez"). Fast path: each rewrite of the plain chain (`.replace(/kh/g, "j").replace(/sch|sh/g,
 * "s")` … `.replace(/h/g, "").replace(/(.)\1+/g, "$1")`, in that order) is made only when the word holds what it
 * rewrites, the letter ones by replaceAll and the doubled letters by a unit loop (test/core/fast-names.test.ts).
 */
export function spellingKey(folded: string): string {
  let s = folded;
  if (s.includes("h")) {
    if (s.includes("kh")) s = s.replaceAll("kh", "j");
    // regex-safe: two literal alternatives.
    if (s.includes("sh") || s.includes("sch")) s = s.replace(/sch|sh/g, "s");
    if (s.includes("ph")) s = s.replaceAll("ph", "f");
    if (s.includes("th")) s = s.replaceAll("th", "t");
  }
  if (s.includes("ou")) s = s.replaceAll("ou", "u");
  // regex-safe: literal letters and a one-class look-ahead.
  if (s.includes("gu")) s = s.replace(/gu(?=[ei])/g, "g");
  // regex-safe: three literal alternatives.
  if (s.includes("q") || s.includes("ck")) s = s.replace(/qu|ck|q/g, "k");
  if (s.includes("e")) {
    // regex-safe: one class and a literal letter.
    if (s.includes("oe") || s.includes("ue")) s = s.replace(/([ou])e/g, "$1");
    if (s.includes("ae")) s = s.replaceAll("ae", "a");
  }
  // regex-safe: literal letters, a one-class look-ahead and an end anchor.
  if (s.includes("y") || s.includes("j")) s = s.replace(/y(?=[aeiou])|y$|j/g, "i");
  if (s.includes("c")) s = s.replaceAll("c", "k");
  if (s.includes("v")) s = s.replaceAll("v", "b");
  if (s.includes("w")) s = s.replaceAll("w", "u");
  if (s.includes("h")) s = s.replaceAll("h", "");
  return withoutRepeats(s);
}

/** `s.replace(/(.)\1+/g, "$1")`: each run of one unit (not a line terminator, which `.` does not match) written once. */
function withoutRepeats(s: string): string {
  let i = 1;
  while (i < s.length && !(s.charCodeAt(i) === s.charCodeAt(i - 1) && !isLineTerminator(s.charCodeAt(i)))) i++;
  if (i >= s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== s.charCodeAt(i - 1) || isLineTerminator(c)) out += s[i];
  }
  return out;
}
const isLineTerminator = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

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
    // An ending left alone leaves the same word, and the same key.
    const key = spellingKey(variant);
    const secondKey = second === variant ? key : spellingKey(second);
    out.push(key, secondKey, third === second ? secondKey : spellingKey(third));
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
