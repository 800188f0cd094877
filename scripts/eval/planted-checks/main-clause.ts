// Whether a position of a sentence lies in its main clause, by the generator's own word lists (no rule code): a
// reader sees a negation flipped in the main clause ("The plant did not close"), the one the negation check is
// about. A subordinator (if, when, which; si, cuando, que) opens a clause that a comma, colon or dash closes; a
// "that"/"que" right after a verb of saying opens the sentence's message, which counts as main ("said that … not").
import type { Lang } from "../../../src/types";

const SUBORDINATORS: Partial<Record<Lang, string[]>> = {
  en: [
    "if",
    "when",
    "whenever",
    "unless",
    "because",
    "although",
    "though",
    "while",
    "whereas",
    "since",
    "whether",
    "who",
    "whom",
    "whose",
    "which",
    "where",
    "that",
  ],
  es: [
    "si",
    "cuando",
    "porque",
    "aunque",
    "mientras",
    "donde",
    "quien",
    "quienes",
    "cual",
    "cuales",
    "cuyo",
    "cuya",
    "cuyos",
    "cuyas",
    "que",
  ],
};
const SAYING: Partial<Record<Lang, string[]>> = {
  en: [
    "said",
    "says",
    "say",
    "told",
    "added",
    "stated",
    "believes",
    "believe",
    "think",
    "thinks",
    "thought",
    "expects",
    "expected",
    "warned",
    "explained",
    "argued",
    "insisted",
    "announced",
    "confirmed",
    "claimed",
    "noted",
    "feared",
    "hopes",
    "knows",
    "knew",
    "admitted",
    "stressed",
    "reported",
    "showed",
    "shows",
    "predicted",
    "declared",
  ],
  es: [
    "dijo",
    "dice",
    "dicen",
    "dijeron",
    "afirmó",
    "afirma",
    "aseguró",
    "asegura",
    "señaló",
    "señala",
    "explicó",
    "indicó",
    "añadió",
    "agregó",
    "declaró",
    "cree",
    "creen",
    "considera",
    "consideró",
    "piensa",
    "espera",
    "esperan",
    "anunció",
    "informó",
    "confirmó",
    "sostuvo",
    "insistió",
    "subrayó",
    "destacó",
    "recordó",
    "advirtió",
    "reconoció",
    "admitió",
    "teme",
    "sabe",
    "estimó",
    "opina",
    "precisó",
    "manifestó",
    "expresó",
    "demuestra",
    "muestra",
    "mostró",
  ],
};

/** True when offset `at` of sentence `s` (language `lang`) is in its main clause (or a reported message). */
export function inMainClause(s: string, at: number, lang: Lang): boolean {
  const subs = new Set(SUBORDINATORS[lang] ?? []);
  const saying = new Set(SAYING[lang] ?? []);
  let main = true;
  let prev = "";
  for (const m of s.slice(0, at).matchAll(/[\p{L}’']+|[,;:—–()]/gu)) {
    const w = m[0].toLowerCase();
    if (/^[,;:—–()]$/.test(w)) main = true;
    // A sentence-initial "that" is a demonstrative ("That plan was …").
    else if (subs.has(w) && !(w === "that" && !prev) && !((w === "that" || w === "que") && saying.has(prev))) main = false;
    prev = w;
  }
  return main;
}
