// The words the planted-check generators need per language. Spanish and English keep the generators' own lists
// (written before the packs, so the es<->en suite stays what it measured); every other language reads its pack
// (rules/<code>/): stopwords, number words, determiners, clock words. Negators are the generator's own (below), not
// the negation rule's table, so a word added to the rule's data never adds plants of its own. The generators call
// only this.
import { languageOf } from "../../../src/lang/registry";
import type { Lang } from "../../../src/types";

/** What a generator may ask of a language. */
export interface PlantLexicon {
  /** Function words: a planted phrase neither starts nor ends with one. */
  functionWords: ReadonlySet<string>;
  /** Number words 0–20 and round tens to 90, lower case, with their values (1 left out: it is also "a"). */
  numbers: ReadonlyMap<string, number>;
  /** Words joining the parts of a number ("y", "and", "et"). */
  joiners: string[];
  /** Short determiners dropped with an acronym after them ("la", "the", "l'"). */
  determiners: string[];
  /** Verbal negators and the words completing them within a few words ("ne" … "pas"); empty for es/en (own code). */
  negators: string[];
  concord: string[];
  /** Words after an hour that make it a clock time ("horas", "Uhr", "h"). */
  hourWords: string[];
  /** Whether a bare hour before an hour word is a time to change ("18 Uhr", "18 heures"). */
  bareHour: boolean;
  /** Moments in words and their opposites ("noon" -> "midnight"). */
  moments: Record<string, string>;
}

const OWN_FUNCTION_WORDS: Partial<Record<Lang, string>> = {
  es: "el la los las un una unos unas de del al a en y o que por para con sin se su sus lo le les es son fue ha han muy más como pero este esta estos estas ese esa",
  en: "the a an of in on at to and or that by for with without is are was were be been has have had his her its their this these those it as but more very",
};
const OWN_DETERMINERS: Partial<Record<Lang, string[]>> = {
  es: ["el", "El", "la", "La", "los", "Los", "las", "Las"],
  en: ["the", "The"],
};
/**
 * Verbal negators and the words completing them, per language without own es/en code: the generator's own lists
 * (as the packs had them on 2026-12-06, so the numbers measured before stay comparable).
 */
const OWN_NEGATION: Partial<Record<Lang, { verbal: string[]; concord: string[] }>> = {
  fr: { verbal: ["ne", "n'"], concord: ["pas", "jamais", "plus", "rien", "personne", "aucun", "aucune", "nulle", "point", "ni"] },
  de: { verbal: ["nicht", "nie", "niemals"], concord: [] },
  it: {
    verbal: ["non", "mai"],
    concord: ["nessuno", "nessuna", "nessun", "niente", "nulla", "mai", "né", "neanche", "nemmeno", "neppure", "affatto", "mica"],
  },
  pt: {
    verbal: ["não", "nunca", "jamais", "tampouco"],
    concord: ["nada", "ninguém", "nenhum", "nenhuma", "nenhuns", "nenhumas", "nunca", "jamais", "tampouco", "nem"],
  },
};
const OWN_MOMENTS: Partial<Record<Lang, Record<string, string>>> = {
  en: { noon: "midnight", midday: "midnight", midnight: "noon" },
  es: { mediodía: "medianoche", mediodia: "medianoche", medianoche: "mediodía" },
};

/** Number words of a pack's units: values 0, 2–20 and round tens to 90 (first word of each value kept first). */
function numberMap(lang: Lang): Map<string, number> {
  const m = new Map<string, number>();
  for (const [w, v] of Object.entries(languageOf(lang).numberWords.units))
    if (v !== 1 && (v <= 20 || (v % 10 === 0 && v <= 90))) m.set(w, v);
  return m;
}

/** Moment words of a pack's clock times: a word at noon swaps with one at midnight and back. */
function packMoments(lang: Lang): Record<string, string> {
  const words = Object.entries(languageOf(lang).clockTimes.words);
  const noon = words.find(([, m]) => m.includes(720))?.[0];
  const midnight = words.find(([, m]) => m.includes(0) || m.includes(1440))?.[0];
  if (!noon || !midnight) return {};
  return { [noon.toLowerCase()]: midnight, [midnight.toLowerCase()]: noon };
}

function build(lang: Lang): PlantLexicon {
  const pack = languageOf(lang);
  const own = OWN_FUNCTION_WORDS[lang];
  const dets = [...Object.keys(pack.gender.determiners ?? {}), ...(pack.gender.roleDeterminers ?? [])];
  const upper = (w: string) => w[0].toUpperCase() + w.slice(1);
  return {
    functionWords: new Set(own ? own.split(" ") : pack.stopwords),
    numbers: numberMap(lang),
    joiners: pack.numberWords.joiners,
    determiners: OWN_DETERMINERS[lang] ?? dets.flatMap((w) => [w, upper(w)]),
    negators: own ? [] : (OWN_NEGATION[lang]?.verbal ?? []),
    concord: own ? [] : (OWN_NEGATION[lang]?.concord ?? []),
    hourWords: own ? ["horas", "h"] : [...pack.clockTimes.hours, ...pack.clockTimes.clock],
    bareHour: !own,
    moments: OWN_MOMENTS[lang] ?? packMoments(lang),
  };
}

const CACHE = new Map<Lang, PlantLexicon>();

/** The lexicon of a language, built once. */
export function lexicon(lang: Lang): PlantLexicon {
  let l = CACHE.get(lang);
  if (!l) CACHE.set(lang, (l = build(lang)));
  return l;
}

/** Escapes regex syntax. */
export const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether a language is one whose generators keep their own es/en code paths (negation). */
export const hasOwnCode = (lang: Lang): boolean => OWN_FUNCTION_WORDS[lang] !== undefined;
