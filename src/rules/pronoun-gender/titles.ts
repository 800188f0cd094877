// Titles and role nouns next to a name: "la presidenta Dina Boluarte", "Spokesman Luis Soto".
import { isLetterAt } from "../../fast/unit-class";
import { continuesWordAt, insideWord, lower, own, previousWord, wordEnd } from "./words";
import type { AgreementCues, RoleCues } from "./cues";
import type { Gender } from "./types";

/**
 * Whether a word lowercases to one of `list`: compared letter by letter, with no string built. Outside ASCII only
 * the Kelvin sign lowercases to ASCII ("k"), which none of the words has; should the table ever hold other words,
 * the word is lowercased instead.
 */
export function asciiFoldIn(word: string, list: readonly string[], foldable: boolean): boolean {
  if (!foldable) return list.includes(lower(word));
  for (const cand of list) {
    if (cand.length !== word.length) continue;
    let same = true;
    for (let i = 0; i < cand.length && same; i++) {
      const c = word.charCodeAt(i);
      same = (c >= 65 && c <= 90 ? c + 32 : c) === cand.charCodeAt(i);
    }
    if (same) return true;
  }
  return false;
}

/** A title or role occurrence: "la presidenta", "el primer ministro", "spokeswoman". */
export interface TitleAt {
  start: number;
  end: number;
  det?: string;
  title: string;
}

/**
 * Spanish determiner + title occurrences in text[start, end), in order: each title word found by one search, then the
 * one or two words before it read back from it (the same titles as going through every word of the segment).
 */
export function titlesIn(a: AgreementCues, text: string, start: number, end: number): TitleAt[] {
  const out: TitleAt[] = [];
  const slice = text.slice(start, end);
  a.titleWord.lastIndex = 0;
  for (let m = a.titleWord.exec(slice); m; m = a.titleWord.exec(slice)) {
    const q = start + m.index;
    const qe = wordEnd(text, q, end);
    if (qe !== q + m[0].length || insideWord(text, q, start)) continue;
    const prev = previousWord(text, q, start);
    if (!prev) continue;
    // A modifier between determiner and title ("la nueva presidenta") moves the determiner one word back.
    let det = prev;
    if (asciiFoldIn(prev.text, a.modifierList, a.foldable)) det = previousWord(text, prev.start, start) ?? prev;
    const next = det === prev ? q : prev.start;
    if (!asciiFoldIn(det.text, a.determinerList, a.foldable) || !/^\s+$/.test(text.slice(det.end, next))) continue;
    const word = text.slice(q, qe);
    const lw = lower(word);
    let title: string | undefined;
    for (const phrase of a.multiword.get(lw) ?? []) {
      if (text.slice(q, q + phrase.length).toLowerCase() === phrase) {
        title = text.slice(q, q + phrase.length);
        break;
      }
    }
    if (!title && a.titleSet.has(lw)) title = word;
    if (!title) continue;
    out.push({ start: det.start, end: q + title.length, det: det.text, title });
  }
  return out;
}

/** The last occurrence ending at or before `at` (occurrences in text order), or undefined. */
export function lastBefore(list: TitleAt[], at: number): TitleAt | undefined {
  let found: TitleAt | undefined;
  for (const t of list) {
    if (t.end > at) break;
    found = t;
  }
  return found;
}

// regex-safe: at most six repetitions, each must start with whitespace the word class cannot match
export const BETWEEN_SHAPE = /^(?:\s+[\p{L}.]+){0,6}\s*,?\s*$/u;

/**
 * Whether the words between a title and the name are a plausible complement ("de Perú", "demócrata"). With `gender`,
 * the title's: a person noun of that gendered form between is said of the same person ("el actor estadounidense
 * ganador de un Óscar, Morgan Freeman"); one of the other or of either form may be someone else.
 */
export function plausibleBetween(a: AgreementCues, between: string, gender?: Gender): boolean {
  const words = between.trim().split(/\s+/).filter(Boolean);
  const lws = words.map((w) => w.toLowerCase().replace(/[.,]$/, ""));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lw = lws[i];
    // A fixed phrase after the title ("en funciones", "en cuestión") is read whole.
    const phrase = a.complementPhrases.find((p) => p.every((pw, k) => lws[i + k] === pw));
    if (phrase) {
      i += phrase.length - 1;
      continue;
    }
    if (a.complementWords.includes(lw) || /^\p{Lu}/u.test(w) || (gender && own(a.titles, lw) === gender)) continue;
    if (a.functionWords.has(lw) || /[óéáí]$/.test(lw) || own(a.titles, lw) !== undefined) return false;
  }
  return true;
}

/** The gendered English role word right before `at` ("spokeswoman Jane Doe", "Spokesman, Luis Soto"), if any. */
export function roleBefore(roles: RoleCues, text: string, from: number, at: number): TitleAt | undefined {
  let k = at - 1;
  while (k >= from && !continuesWordAt(text, k)) k--;
  if (k < from || !/^\s*,?\s*$/.test(text.slice(k + 1, at))) return undefined;
  let r = k;
  while (r > from && continuesWordAt(text, r - 1)) r--;
  while (r <= k && !isLetterAt(text, r)) r++;
  if (r > k) return undefined;
  const word = text.slice(r, k + 1);
  return roles.roleSet.has(word.toLowerCase()) ? { start: r, end: k + 1, title: word } : undefined;
}

/**
 * Whether a title before a name is an owner the name is not in apposition to: a genitive ("del rey", "de la
 * presidenta") right after a person noun, and a comma before the name ("la esposa del rey, Eirwen": Eirwen is the
 * wife). Without the comma the name is the owner's ("la esposa del rey Juan").
 */
export function ownerBeforeApposition(a: AgreementCues, text: string, from: number, tb: TitleAt, between: string): boolean {
  if (!tb.det || !/,\s*$/.test(between)) return false;
  let head = previousWord(text, tb.start, from);
  let genitive = tb.det;
  // "de la presidenta": the preposition is the word before the determiner.
  if (head && !a.ofBeforeName.test(` ${genitive}`)) {
    genitive = `${head.text} ${genitive}`;
    head = previousWord(text, head.start, from);
  }
  return !!head && a.ofBeforeName.test(` ${genitive}`) && own(a.titles, lower(head.text)) !== undefined;
}
