// Codes and common words in capitals (TV, PC, HUF) that acronym-missing leaves out as no body's acronym
// (rules/acronym-missing.json notAcronyms), read through their renderings: a translation that writes "television" for
// TV or "forints" for HUF keeps them. Only codes with renderings listed here are read: the table's own
// (rules/acronym-missing.json renderings: the stems of their usual words, per language) or, for a currency code,
// CLDR's display name and symbol in the target language (Intl, not a hand table).
import data from "../../../rules/acronym-missing.json";
import { fold } from "../../lang/normalize";
import { languageOf } from "../../lang/registry";
import type { Lang } from "../../types";

const RENDERINGS = data.renderings as Record<string, Partial<Record<Lang, string[]>>>;
/** Fewest letters of a display name's word read as a stem; the stem is its first STEM letters. */
const STEM = 5;
// regex-safe: one character class repeated, no nesting.
const WORDS = /\p{L}+/gu;

let currencies: ReadonlySet<string> | undefined;
/** ISO 4217 codes the runtime knows (Intl.supportedValuesOf), read once. */
function isCurrency(code: string): boolean {
  currencies ??= new Set(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : []);
  return currencies.has(code);
}

const MEMO = new Map<string, { stems: string[]; symbol: string } | null>();

/** A code's renderings in a language: word stems (folded) and a currency symbol ("" when none), or null. */
function renderings(code: string, lang: Lang): { stems: string[]; symbol: string } | null {
  const key = `${code}:${lang}`;
  if (MEMO.has(key)) return MEMO.get(key) ?? null;
  let out: { stems: string[]; symbol: string } | null = null;
  const listed = RENDERINGS[code]?.[lang];
  if (listed) out = { stems: listed.map((w) => fold(w)), symbol: "" };
  else if (isCurrency(code)) {
    const name = new Intl.DisplayNames([lang], { type: "currency" }).of(code) ?? "";
    const stems = (fold(name).match(WORDS) ?? []).filter((w) => w.length >= STEM).map((w) => w.slice(0, STEM));
    const parts = new Intl.NumberFormat(lang, { style: "currency", currency: code, currencyDisplay: "narrowSymbol" }).formatToParts(1);
    const symbol = parts.find((p) => p.type === "currency")?.value ?? "";
    out = { stems, symbol: symbol === code ? "" : symbol };
  }
  MEMO.set(key, out);
  return out;
}

/** True when a code has renderings to read it by (a listed code or a currency): only those are checked. */
export function isReadCode(code: string, lang: Lang): boolean {
  return renderings(code, lang) !== null;
}

/**
 * True when the target text renders the code: a word opening with one of its stems (containing one, in a language
 * that writes compounds as one word: "Privatfernsehen"), or its currency symbol.
 */
export function rendersCode(text: string, lang: Lang, code: string): boolean {
  const r = renderings(code, lang);
  if (!r) return false;
  if (r.symbol && text.includes(r.symbol)) return true;
  const inside = languageOf(lang).compounds;
  return (fold(text).match(WORDS) ?? []).some((w) => r.stems.some((s) => (inside ? w.includes(s) : w.startsWith(s))));
}
