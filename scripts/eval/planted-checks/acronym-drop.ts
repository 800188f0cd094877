// Planted kind: an acronym the acronym table does not know, present in both aligned sentences, dropped from the
// target sentence (with a determiner right before it, or its parentheses when they follow no word). Not planted: an
// acronym in brackets right after a name or phrase (a gloss: the name stays, so nothing is missing, as issue 13
// defines it), nor one the sentence writes twice (the other mention stays), nor a code next to a number (a unit or
// a currency, "2 GB", "HUF 65 million": a number check's concern, not a body's acronym), nor a company's legal form
// after its name ("Group PLC", "Investments SA": the company stays named, and translators often leave the form out),
// nor a common noun in capitals inside its noun phrase ("a TV marketing assistant": the phrase left reads as whole).
import table from "../../../rules/acronyms.json";
import type { Lang } from "../../../src/types";
import { languageOf } from "../../../src/lang/registry";
import type { BuiltSide } from "../corpus";
import { splice, type Plant } from "./kinds";
import { esc, lexicon } from "./lexicon";

type Concept = Partial<Record<Lang | "all", string[]>>;

/** Every form of the table in either language of the pair (the kind is about acronyms the table does not know). */
function known(from: Lang, to: Lang): Set<string> {
  return new Set((table.concepts as Concept[]).flatMap((p) => [...(p[from] ?? []), ...(p[to] ?? []), ...(p.all ?? [])]));
}
const KNOWN = new Map<string, Set<string>>();
const DETERMINERS = new Map<string, RegExp>();

/** A determiner of either language right before an acronym: a word and a space, or an elided article ("l'"). */
function determiner(from: Lang, to: Lang): RegExp {
  const pair = `${from}-${to}`;
  let re = DETERMINERS.get(pair);
  if (!re) {
    const words = [...new Set([...lexicon(to).determiners, ...lexicon(from).determiners])];
    const dets = words.map((d) => (/['’]$/.test(d) ? esc(d) : `${esc(d)}\\s`));
    DETERMINERS.set(pair, (re = new RegExp(`(?:^|\\s)(?:${dets.join("|")})$`, "u")));
  }
  return re;
}
const CAPS = /(?<![\p{L}\p{N}.])\p{Lu}{2,}(?![\p{L}\p{N}]|\.\p{L})/gu;
const ROMAN = /^[IVXLCDM]+$/;
/** Legal forms of companies (the generator's own list): dropped after a capitalised name, the company stays named. */
const LEGAL_FORMS = new Set([
  "SA",
  "PLC",
  "AG",
  "NV",
  "BV",
  "SL",
  "SRL",
  "SPA",
  "LLC",
  "LTD",
  "INC",
  "GMBH",
  "KFT",
  "ZRT",
  "AB",
  "AS",
  "SE",
]);
/** A number right before: a unit or currency ("2 GB", "712,000 CZK"). */
const NUMBER_BEFORE = /\d[\d.,]*\s*$/;
/** A number right after a currency code ("HUF 65", "USD 1.5"; not "CAC 40", an index's name). */
const NUMBER_AFTER = /^\s*\d/;
const CURRENCIES = new Set(["USD", "EUR", "GBP", "JPY", "CHF", "HUF", "CZK", "PLN", "SKK", "SEK", "NOK", "DKK", "RUB", "CNY"]);
const NAME_BEFORE = /\p{Lu}[\p{L}.&-]*\s+$/u;
/** Common nouns written in capitals (the generator's own list): TV, PC, PDF name a thing, not a body. */
const COMMON_CODES = new Set(["TV", "PC", "PDF", "CD", "DVD", "GPS", "SMS", "USB"]);
// A letter word right before or after, spaces only between.
const WORD_BEFORE = /(?:^|\s)([\p{L}'’]+)\s+$/u;
const WORD_AFTER = /^\s+([\p{L}'’]+)/u;

/**
 * True when a common code stands inside its noun phrase, between two words: after a content word ("hybrid PDF
 * documents", "un archivo PDF al módulo", "told TV Globo"), or after a determiner and before a content word ("a TV
 * marketing assistant"). Dropped there, it leaves a phrase that reads as whole ("a marketing assistant"): no reader
 * would see a loss. After a preposition ("on TV and", "derechos de TV pagados"), between a determiner and a function
 * word ("en la TV y") or next to punctuation the drop leaves a visible hole.
 */
function modifierInPhrase(form: string, before: string, after: string, to: Lang): boolean {
  const next = WORD_AFTER.exec(after)?.[1].toLowerCase();
  const word = WORD_BEFORE.exec(before)?.[1].toLowerCase();
  if (!COMMON_CODES.has(form) || next === undefined || word === undefined) return false;
  const { functionWords } = lexicon(to);
  if (!functionWords.has(word)) return true;
  return (languageOf(to).wordOrder?.determiners ?? []).includes(word) && !functionWords.has(next);
}

/** True when most letters are capitals (a shouted headline: its capitals are words, not acronyms). */
function shouted(s: string): boolean {
  const letters = s.match(/\p{L}/gu)?.length ?? 0;
  const upper = s.match(/\p{Lu}/gu)?.length ?? 0;
  return letters > 0 && upper / letters > 0.5;
}

/** Drops the first unknown acronym of target segment k that the source segment k also has. */
export function plantAcronymDrop(src: BuiltSide, tgt: BuiltSide, k: number, from: Lang, to: Lang): Plant | undefined {
  const pair = `${from}-${to}`;
  if (!KNOWN.has(pair)) KNOWN.set(pair, known(from, to));
  const KNOWN_FORMS = KNOWN.get(pair)!;
  const [ss, se] = src.segments[k];
  const [ts, te] = tgt.segments[k];
  const s = src.text.slice(ss, se);
  const t = tgt.text.slice(ts, te);
  if (shouted(s) || shouted(t)) return undefined;
  for (const m of t.matchAll(CAPS)) {
    const form = m[0];
    if (KNOWN_FORMS.has(form) || ROMAN.test(form)) continue;
    const before = t.slice(Math.max(0, m.index - 40), m.index);
    const after = t.slice(m.index + form.length, m.index + form.length + 3);
    if (NUMBER_BEFORE.test(before) || (CURRENCIES.has(form) && NUMBER_AFTER.test(after))) continue;
    if (LEGAL_FORMS.has(form) && NAME_BEFORE.test(before)) continue;
    if (modifierInPhrase(form, before, t.slice(m.index + form.length, m.index + form.length + 20), to)) continue;
    const inSource = [...s.matchAll(CAPS)].find((x) => x[0] === form);
    if (!inSource) continue;
    // Written again in the sentence: dropping one mention loses nothing a reader would miss.
    if ([...t.matchAll(CAPS)].filter((x) => x[0] === form).length > 1) continue;
    let start = ts + m.index;
    let end = start + form.length;
    const text = tgt.text;
    if (text[start - 1] === "(" && text[end] === ")") {
      // "Name (ACR)": the brackets gloss the name before them, which stays; without them nothing is missing.
      if (/[\p{L}\p{N}]\s*$/u.test(text.slice(ts, start - 1))) continue;
      start -= text[start - 2] === " " ? 2 : 1;
      end += 1;
    } else {
      const det = determiner(from, to).exec(text.slice(Math.max(ts, start - 5), start));
      if (det) start -= det[0].trimStart().length;
      if (text[end] === " ") end++;
      else if (text[start - 1] === " ") start--;
    }
    const planted = splice(text, start, end, "");
    // The change point, widened to the sentence around it (an omission has no span of its own).
    return {
      target: planted,
      at: [ts, te - (end - start)],
      sourceAt: [ss + inSource.index!, ss + inSource.index! + form.length],
      sub: form.length < 3 ? "2 letters" : "3+ letters",
    };
  }
  return undefined;
}
