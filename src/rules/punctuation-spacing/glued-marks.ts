// punctuation-spacing: marks glued to the next word ("word,word") or, in some locales, to the word before ("Bonjour!").
import type { Doc } from "../../segment/document";
import type { Finding } from "../../check/rule";
import { isDigit, isLetter, isLower, isTagFree, isUpper, isWebLike, tokenAround, type PunctuationConventions } from "../lib/punctuation";

/** A mark that normally takes a space after it, directly followed by a letter or an opening ¿ ¡. */
const GLUED_MARK = /[,;:.!?](?=[\p{L}¿¡])/gu;
const CLOSING_BEFORE_COMMA = ')”’"»]';
const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A word of three letters or more ending right before / starting right after a glued comma or semicolon. */
const WORD3_BEFORE = /\p{L}{3}$/u;
const WORD3_AFTER = /^\p{L}{3}/u;

/** Findings for marks glued to the next word ("word,word", "end.Next"), outside numbers, addresses and abbreviations. */
export function checkGluedMarks(doc: Doc, conv: PunctuationConventions, report: (f: Finding) => void, other = ""): void {
  const text = doc.text;
  const found: { at: number; mark: string; key: string }[] = [];
  const seen = new Map<string, number>();
  GLUED_MARK.lastIndex = 0;
  for (let m = GLUED_MARK.exec(text); m; m = GLUED_MARK.exec(text)) {
    const at = m.index;
    const mark = m[0];
    if (!conv.spaceAfter.includes(mark)) continue;
    const prev = text[at - 1];
    const next = text[at + 1];
    if ((next === "¿" || next === "¡") && !conv.invertedMarks) continue;
    if (!isGlued(text, at, mark, prev, next)) continue;
    const token = tokenAround(text, at);
    if (isWebLike(token)) continue;
    const key = gluedWord(text, at);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    found.push({ at, mark, key });
  }
  for (const { at, mark, key } of found) {
    // The same glued form twice in one text, or also in the other side's, is a name or a code (Arch.Design), not a
    // slip of the keyboard.
    if ((seen.get(key) ?? 0) > 1 || (key.length > 2 && other.includes(key))) continue;
    const f: Finding = { messageId: "missing", data: { mark }, target: { start: at, end: at + 1 } };
    // Certain only for a comma or semicolon between two words ("Africa,un"); "Spindl.Info" or "viewpoin,t" may be
    // a name or a typo whose fix is not a space.
    const certain =
      (mark === "," || mark === ";") &&
      WORD3_BEFORE.test(text.slice(Math.max(0, at - 3), at)) &&
      WORD3_AFTER.test(text.slice(at + 1, at + 4));
    report(certain && isTagFree(doc, at, at + 1) ? { ...f, suggestion: `${mark} ` } : f);
  }
}

/** The letters and digits around a glued mark, with the mark: "Arch.Design". */
function gluedWord(text: string, at: number): string {
  let s = at;
  let e = at + 1;
  while (s > 0 && at - s < 40 && WORD_CHAR.test(text[s - 1])) s--;
  while (e < text.length && e - at < 40 && WORD_CHAR.test(text[e])) e++;
  return text.slice(s, e);
}

function isGlued(text: string, at: number, mark: string, prev: string | undefined, next: string): boolean {
  const nextOpensSentence = isUpper(next) || next === "¿" || next === "¡";
  switch (mark) {
    case ",":
      return (isLetter(prev) || CLOSING_BEFORE_COMMA.includes(prev ?? "0")) && (isLetter(next) || next === "¿" || next === "¡");
    case ";":
      return isLetter(prev) && (isLetter(next) || next === "¿" || next === "¡");
    case ":":
    case ".": {
      // A lowercase word of two letters or more, then a capital: "end.The", "said:The"; not U.S.A, Ph.D, U:fon.
      if (!(isLower(prev) && isLetter(text[at - 2]) && nextOpensSentence)) return false;
      if (mark === "." && hasLaterDotInToken(text, at)) return false;
      return true;
    }
    default:
      return isLetter(prev) && nextOpensSentence;
  }
}

/** Whether the token continuing after `at` holds another period (Ph.D., a.m.Mon). */
function hasLaterDotInToken(text: string, at: number): boolean {
  const to = Math.min(text.length, at + 32);
  for (let i = at + 1; i < to && !SPACE.test(text[i]); i++) if (text[i] === ".") return true;
  return false;
}

/** A mark that some locales (French) want a space before, glued to the word before it. */
// regex-safe: no quantifier at all; safe-regex cannot parse the one-character lookbehind and refuses it.
const GLUED_BEFORE = /(?<=[\p{L}\p{N}"”’»)\]])[;:!?]/gu;

/** Findings for the marks of `conv.spaceBefore` written without the space they need ("Bonjour!" in French). */
export function checkSpaceBeforeMarks(doc: Doc, conv: PunctuationConventions, report: (f: Finding) => void): void {
  if (conv.spaceBefore.length === 0) return;
  const text = doc.text;
  const space = conv.spaceBeforeChars[0] ?? " ";
  GLUED_BEFORE.lastIndex = 0;
  for (let m = GLUED_BEFORE.exec(text); m; m = GLUED_BEFORE.exec(text)) {
    const at = m.index;
    const mark = m[0];
    if (!conv.spaceBefore.includes(mark)) continue;
    // Times, ratios, addresses and emoticons: "10:30", "3:1", "http:", ":)".
    if (isDigit(text[at + 1]) || isWebLike(tokenAround(text, at)) || text[at + 1] === ")" || text[at + 1] === "(") continue;
    const f: Finding = { messageId: "missingBefore", data: { mark, convention: conv.label }, target: { start: at, end: at + 1 } };
    report(isTagFree(doc, at, at + 1) ? { ...f, suggestion: space + mark } : f);
  }
}
