import type { SideMemo } from "../../segment/memo";

/** Quotation marks and brackets of one paragraph: which open, which close, which are left unmatched. */

/** Families of paired marks: double quotes, single quotes, round and square brackets. */
export type MarkClass = "double" | "single" | "round" | "square";

/** A quotation mark or bracket found in a paragraph (offset into the whole text). */
export interface Mark {
  index: number;
  char: string;
  cls: MarkClass;
  /** Direction it was read with: straight `"` is resolved by position, typographic marks by their shape. */
  role: "open" | "close";
}

/** The marks of one paragraph, paired. */
export interface ParagraphMarks {
  /** Every quotation mark or bracket (apostrophes and list markers left out), in text order. */
  marks: Mark[];
  /** Marks with no partner inside the paragraph. */
  unmatched: Mark[];
  /** Index into `marks` of each mark's partner, or -1. */
  partner: number[];
}

/** Opening typographic marks and the closer each expects. */
const OPENERS: Record<string, { close: string; cls: MarkClass }> = {
  "“": { close: "”", cls: "double" },
  "«": { close: "»", cls: "double" },
  "‘": { close: "’", cls: "single" },
  "‹": { close: "›", cls: "single" },
  "(": { close: ")", cls: "round" },
  "[": { close: "]", cls: "square" },
};
/** Closing typographic marks and their opener. */
const CLOSERS: Record<string, { open: string; cls: MarkClass }> = Object.fromEntries(
  Object.entries(OPENERS).map(([open, v]) => [v.close, { open, cls: v.cls }]),
);

/**
 * Low opening marks (German, Czech, Polish „…“ and ‚…‘) and the mark that closes each: the English opener “ (‘)
 * closes a quotation such a mark opened.
 */
const LOW_OPENERS: Record<string, { close: string; cls: MarkClass }> = {
  "„": { close: "“", cls: "double" },
  "‚": { close: "‘", cls: "single" },
};

/** Every character the scanner looks at; the rest of the text is skipped by the regex engine. */
// regex-safe: one character class
const MARK_CHARS = /["“”„«»‘’‚‹›()[\]]/g;
const LETTER = /[\p{L}\p{M}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/;
/** Characters after which a straight quote reads as an opening one. */
const OPEN_CONTEXT = /[\s([{\-–—/¿¡«“‘:]/;
/** Characters that may follow an opening quote: the quotation's first character. */
const OPEN_FOLLOWER = /[\p{L}\p{N}¿¡([«“‘'…$€£#@]/u;
/** Characters before which a straight quote reads as a closing one. */
const CLOSE_CONTEXT = /[\s)\]}.,;:!?…\-–—»”’]/;
/** A short enumerator before a closing bracket: "a)", "2)", "iv)" at the start of a list item. */
const LIST_MARKER = /(?:^|[\s;:,])(?:[a-zA-Z]|\d{1,2}|[ivxIVX]{1,4})$/;

const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);
const isWord = (c: string | undefined) => c !== undefined && LETTER_OR_DIGIT.test(c);

/** True when the ’ or ' at `i` is an apostrophe (don’t, l’, Venezuelans’, ’90s) rather than a quote. */
export function isApostrophe(text: string, i: number, singleOpen: boolean): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isWord(prev) && isLetter(next)) return true;
  if (next !== undefined && DIGIT.test(next) && !isWord(prev)) return true;
  // After a letter with no single quote open: a plural possessive (Venezuelans’) or an elision (goin’).
  if (isLetter(prev) && !singleOpen) return true;
  // Before a letter at a word start with no quote open it is an elision ('em, ’tis) or a stray mark we cannot judge.
  if (!singleOpen && isLetter(next) && (prev === undefined || SPACE.test(prev))) return true;
  return false;
}

/** Reads a straight double quote's direction from its neighbours; null when it could be either. */
function straightDirection(text: string, i: number, start: number, end: number): "open" | "close" | null {
  const prev = i > start ? text[i - 1] : undefined;
  const next = i + 1 < end ? text[i + 1] : undefined;
  const opens = opensHere(text, i, start, end);
  const closes = (next === undefined || CLOSE_CONTEXT.test(next)) && prev !== undefined && !SPACE.test(prev);
  if (opens && !closes) return "open";
  if (closes && !opens) return "close";
  return null;
}

/** What may follow an inch mark: a space, a hyphen (17"-screen) or punctuation. */
const AFTER_INCH = /[\s\-–,.;)]/;

/** A straight quote after a number, as in 17" wheels (read so only when no quotation is open). */
function isInchMark(text: string, i: number): boolean {
  return DIGIT.test(text[i - 1] ?? "") && (i + 1 >= text.length || AFTER_INCH.test(text[i + 1]));
}

/** Decade elisions written with a quote-like mark: ’90s, ‘30. */
const DECADE = /^\d\d(?!\d)/;

/**
 * Reads a German-style mark at `i`: „ or ‚ opens a quotation, and “, ‘ or « closes the innermost open quotation of
 * its class when „, ‚ or an opening » opened it (elsewhere “, ‘ and « open, as in English and French). False when
 * `c` is none of them or opens.
 */
function lowQuote(text: string, marks: Mark[], partner: number[], stacks: Record<MarkClass, number[]>, i: number): boolean {
  const c = text[i];
  const low = LOW_OPENERS[c];
  if (low) {
    stacks[low.cls].push(addMark(marks, partner, { index: i, char: c, cls: low.cls, role: "open" }));
    return true;
  }
  if (c !== "“" && c !== "‘" && c !== "«") return false;
  const cls: MarkClass = c === "‘" ? "single" : "double";
  const stack = stacks[cls];
  const top = stack.length ? marks[stack[stack.length - 1]].char : "";
  if ((LOW_OPENERS[top]?.close ?? REVERSED_CLOSE[top]) !== c) return false;
  // « closes »…« only where it closes, after a word or mark: in "»Sigue la cita «interna»" it opens.
  if (c === "«" && (i === 0 || SPACE.test(text[i - 1]))) return false;
  pairMarks(partner, stack.pop()!, addMark(marks, partner, { index: i, char: c, cls, role: "close" }));
  return true;
}

/** German guillemets point inwards, »…«: an opening » is closed by «. */
const REVERSED_CLOSE: Record<string, string> = { "»": "«" };

/**
 * True when the mark at `i` stands where a quotation opens: after a space, an opener or the start of [start, end),
 * before a quotation's first character (a straight " that opens, a German » of »Wort«).
 */
function opensHere(text: string, i: number, start: number, end: number): boolean {
  const prev = i > start ? text[i - 1] : undefined;
  const next = i + 1 < end ? text[i + 1] : undefined;
  return (prev === undefined || OPEN_CONTEXT.test(prev)) && next !== undefined && OPEN_FOLLOWER.test(next);
}

/** Adds a mark (unpaired so far) and returns its index. (Module-level, not a closure: see `pushTrimmed` in segment.ts.) */
function addMark(marks: Mark[], partner: number[], m: Mark): number {
  marks.push(m);
  partner.push(-1);
  return marks.length - 1;
}

/** Records marks o and k as each other's partner. */
function pairMarks(partner: number[], o: number, k: number): void {
  partner[o] = k;
  partner[k] = o;
}

/**
 * Finds and pairs the quotation marks and brackets of `text[start, end)`. Brackets pair only with their own
 * kind; quotation marks pair with any closer of their class (“…" and «…” are mixed styles, not unpaired
 * marks). A straight `"` closes the open quotation unless its position says it opens a new one; it never
 * nests inside another straight quotation, so an opening-looking `"` after an open straight one shows the
 * earlier one was a stray.
 */
export function scanMarks(text: string, start: number, end: number): ParagraphMarks {
  const marks: Mark[] = [];
  const partner: number[] = [];
  const stacks: Record<MarkClass, number[]> = { double: [], single: [], round: [], square: [] };
  let firstVisible = start;
  while (firstVisible < end && SPACE.test(text[firstVisible])) firstVisible++;
  // Search text[0, end) only (a sliced view): on the whole text the last search would run on to the next mark.
  const region = end < text.length ? text.slice(0, end) : text;
  MARK_CHARS.lastIndex = start;
  for (let hit = MARK_CHARS.exec(region); hit && hit.index < end; hit = MARK_CHARS.exec(region)) {
    const i = hit.index;
    const c = hit[0];
    if (c === '"') {
      const stack = stacks.double;
      const top = stack.length ? stack[stack.length - 1] : -1;
      const dir = straightDirection(text, i, start, end);
      if (top >= 0 && dir !== "open") {
        stack.pop();
        pairMarks(partner, top, addMark(marks, partner, { index: i, char: c, cls: "double", role: "close" }));
      } else if (top >= 0 && marks[top].char === '"') {
        stack.pop(); // the earlier straight quote was a stray: leave it unmatched
        stack.push(addMark(marks, partner, { index: i, char: c, cls: "double", role: "open" }));
      } else if (top < 0 && dir === "close") {
        if (isInchMark(text, i)) continue;
        addMark(marks, partner, { index: i, char: c, cls: "double", role: "close" });
      } else {
        stack.push(addMark(marks, partner, { index: i, char: c, cls: "double", role: "open" }));
      }
      continue;
    }
    if (lowQuote(text, marks, partner, stacks, i)) continue;
    // A paragraph opening with » continues a Spanish quotation from the previous one: it reads as an opener.
    const op = c === "»" && (i === firstVisible || opensHere(text, i, start, end)) ? OPENERS["«"] : OPENERS[c];
    if (op) {
      if ((c === "‘" || c === "‹") && isWord(text[i - 1]) && isLetter(text[i + 1])) continue; // mistyped apostrophe
      if (c === "‘" && !isWord(text[i - 1]) && DECADE.test(text.slice(i + 1, i + 4))) continue; // ‘90s
      stacks[op.cls].push(addMark(marks, partner, { index: i, char: c, cls: op.cls, role: "open" }));
      continue;
    }
    const cl = CLOSERS[c];
    if (!cl) continue;
    if (c === "’" && isApostrophe(text, i, stacks.single.length > 0)) continue;
    if (cl.cls === "round" || cl.cls === "square") {
      const stack = stacks[cl.cls];
      if (c === ")" && stack.length === 0 && LIST_MARKER.test(text.slice(Math.max(start, i - 6), i))) continue;
      if (c === ")" && (text[i - 1] === ":" || text[i - 1] === ";" || (text[i - 1] === "-" && text[i - 2] === ":"))) continue;
    }
    const k = addMark(marks, partner, { index: i, char: c, cls: cl.cls, role: "close" });
    const stack = stacks[cl.cls];
    if (stack.length) pairMarks(partner, stack.pop()!, k);
  }
  pairByParity(marks, partner);
  const unmatched = marks.filter((_, k) => partner[k] < 0);
  return { marks, unmatched, partner };
}

/**
 * Straight quotes alone, even in number: they pair up in order whatever their neighbours suggest (tokenised
 * text such as ' " word " ' or a quote closed after a space misleads the direction reading, not the count).
 */
function pairByParity(marks: Mark[], partner: number[]): void {
  const doubles = marks.map((_m, k) => k).filter((k) => marks[k].cls === "double");
  if (doubles.length % 2 !== 0 || doubles.some((k) => marks[k].char !== '"')) return;
  if (doubles.every((k) => partner[k] >= 0)) return;
  doubles.forEach((k, n) => {
    marks[k].role = n % 2 === 0 ? "open" : "close";
    partner[k] = n % 2 === 0 ? doubles[n + 1] : doubles[n - 1];
  });
}

/** The first mark of a paragraph, when the paragraph opens with it (after spaces or a dash). */
export function leadingMark(text: string, start: number, end: number): string | null {
  let i = start;
  while (i < end && (SPACE.test(text[i]) || text[i] === "—" || text[i] === "-")) i++;
  const c = text[i];
  return c !== undefined && i < end && (c === '"' || c in OPENERS || c === "»") ? c : null;
}

declare module "../../segment/memo" {
  interface SideMemo {
    /** The quote marks of every paragraph: `paragraphMarks` (src/rules/lib/quote-marks.ts). */
    marks?: readonly ParagraphMarks[];
  }
}

/** `scanMarks` of every paragraph of a side's document (in `paragraphs` order), computed once per check; read-only. */
export function paragraphMarks(side: SideMemo): readonly ParagraphMarks[] {
  const { text, paragraphs } = side.doc;
  return (side.marks ??= paragraphs.map((p) => scanMarks(text, p.start, p.end)));
}
