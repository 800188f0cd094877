// People named in a sentence: a given name of rules/given-names.json (and given-names-more.json, given-names-any.json) followed by one or more capitalised words
// (the surname, particles such as "de la" or "van" allowed in between), and whether another text names them too.
import names from "../../../rules/given-names.json";
import moreNames from "../../../rules/given-names-more.json";
import anyNames from "../../../rules/given-names-any.json";
import words from "../../../rules/name-missing.json";
import type { Lang } from "../../types";
import { foldWord } from "../../align/anchors";
import { areCognates, cognateStems } from "../lib/proper-names";
import type { SideMemo } from "../../segment/memo";
import { forEachLetterWord } from "../../segment/letter-words";
import { isOneEdit } from "../../lang/normalize";
import { wordOrderTable } from "../lib/word-order";
import { languageOf } from "../../lang/registry";
import { NearWords } from "../../fast/near-words";

/** Gendered given names (shared with pronoun-gender) and given names of any gender read here only. */
const GIVEN: ReadonlySet<string> = new Set([...names.m, ...names.f, ...moreNames.m, ...moreNames.f, ...anyNames.names].map(foldWord));
/** Per language: given names that are ordinary words there, as written (capitalised). */
const NOT_GIVEN = words as unknown as Record<string, { notGiven?: string[] }>;
/** Words before a given name that make it a saint's ("St. Peter's Square", "São Pedro"): no person (folded). */
const SAINT: ReadonlySet<string> = new Set((words as unknown as { saintWords: string[] }).saintWords);
/** Lower-case particles inside a surname ("de la Vega", "van Gaal", "bin Laden"). */
const PARTICLES: ReadonlySet<string> = new Set((words as unknown as { surnameParticles: string[] }).surnameParticles);

/** True when a folded word is a given name of rules/given-names.json, given-names-more.json or given-names-any.json. */
export const isGivenName = (folded: string) => GIVEN.has(folded);

/** A person named in a text. */
export interface Person {
  start: number;
  end: number;
  /** The folded words of the name, given name first. */
  words: string[];
  /**
   * How many of `words` identify the person: all, or those before a particle that follows a surname ("Julio Ruiz
   * de Alda" is named again as "Ruiz"; "de Madrid" after a surname may be a place).
   */
  own?: number;
}

/** A letter word of a text. */
export interface Tok {
  start: number;
  end: number;
  raw: string;
}
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** The letter words of text[start, end) (src/segment/letter-words.ts). */
export function tokens(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  forEachLetterWord(text, start, end, (from, to) => out.push({ start: from, end: to, raw: text.slice(from, to) }));
  return out;
}

/** The words of `text` at the given [start, end, …] spans (a `SegmentWords` entry) as tokens. */
export function tokensAt(text: string, spans: Int32Array): Tok[] {
  const out: Tok[] = new Array(spans.length / 2);
  for (let k = 0; k < spans.length; k += 2) out[k / 2] = { start: spans[k], end: spans[k + 1], raw: text.slice(spans[k], spans[k + 1]) };
  return out;
}

/** A token folded, without an English possessive ending; only capitalised tokens are ever folded. */
export const folded = (t: Tok) => foldWord(t.raw.replace(/['’]s\p{L}*$/u, ""));

/** Only spaces between two tokens. */
const adjacent = (text: string, a: Tok, b: Tok) => /^ +$/.test(text.slice(a.end, b.start));
/** Whether token `a` is a saint word right before the given name `g` ("St. Peter", "San Pedro"). */
// regex-safe: anchored, an optional period then spaces
const saintBefore = (text: string, a: Tok, g: Tok) => SAINT.has(folded(a)) && /^\.? +$/.test(text.slice(a.end, g.start));

/** Runs of two particles that may stand inside a surname ("de la", "van der"); any other particle stands alone. */
const SEQUENCES: ReadonlySet<string> = new Set((words as unknown as { particleSequences: string[] }).particleSequences);

/**
 * The index of the capitalised token after one particle at toks[j], or a run of two that a surname may hold ("de la
 * Fuente", "de los Santos", "Ruiz de Alda"), all side by side; -1 when toks[j] starts no such run.
 */
function afterParticles(text: string, toks: Tok[], j: number): number {
  if (!PARTICLES.has(toks[j].raw)) return -1;
  const two = toks[j + 1] && adjacent(text, toks[j], toks[j + 1]) && SEQUENCES.has(`${toks[j].raw} ${toks[j + 1].raw}`);
  const k = two ? j + 2 : j + 1;
  const next = toks[k];
  return next && CAPITALISED.test(next.raw) && adjacent(text, toks[k - 1], next) ? k : -1;
}

/** The people named in text[start, end), a text in `lang` (`toks`: its letter words, when the caller has them). */
export function peopleIn(text: string, start: number, end: number, lang: Lang, toks = tokens(text, start, end)): Person[] {
  const ordinary = NOT_GIVEN[lang]?.notGiven ?? [];
  // A capitalised article ends a name: it opens a heading's next sentence ("Sao Paulo The list…").
  const det = wordOrderTable(lang)?.det;
  const out: Person[] = [];
  for (let i = 0; i < toks.length; i++) {
    const g = toks[i];
    if (!CAPITALISED.test(g.raw)) continue;
    const given = folded(g);
    if (!GIVEN.has(given) || ordinary.includes(g.raw)) continue;
    if (i > 0 && saintBefore(text, toks[i - 1], g)) continue;
    const words = [given];
    let j = i + 1;
    let last = g;
    let own: number | undefined;
    while (j < toks.length && adjacent(text, last, toks[j])) {
      const t = toks[j];
      const surname = afterParticles(text, toks, j);
      // The last particle stands for adjacency: the surname after it continues the name.
      if (surname > 0) {
        if (words.length > 1 && own === undefined) own = words.length;
        [j, last] = [surname, toks[surname - 1]];
      } else if (!CAPITALISED.test(t.raw) || det?.has(t.raw.toLowerCase())) break;
      else {
        words.push(folded(t));
        last = t;
        j++;
      }
    }
    if (words.length < 2) continue;
    out.push({ start: g.start, end: last.end, words, own });
    i = toks.indexOf(last);
  }
  return out;
}

/** Two rows of the edit-distance table, reused by every `near` call (grown for a longer word). */
let rows = { prev: new Int32Array(32), cur: new Int32Array(32) };

/**
 * Whether the edit distance (Levenshtein) of two words is at most 2: a near miss (name-mismatch's case) counts as the
 * same name here. Fast path: two reused rows instead of a new array per row, and a stop once a row's least value
 * passes 2 (no later row has a smaller one); tested against the full table in fast-paths.
 */
export function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const n = b.length;
  if (rows.prev.length <= n) rows = { prev: new Int32Array(n + 1), cur: new Int32Array(n + 1) };
  let { prev, cur } = rows;
  for (let y = 0; y <= n; y++) prev[y] = y;
  for (let x = 1; x <= a.length; x++) {
    const c = a.charCodeAt(x - 1);
    cur[0] = x;
    let least = x;
    for (let y = 1; y <= n; y++) {
      const v = Math.min(prev[y] + 1, cur[y - 1] + 1, prev[y - 1] + (c === b.charCodeAt(y - 1) ? 0 : 1));
      cur[y] = v;
      if (v < least) least = v;
    }
    if (least > 2) return false;
    [prev, cur] = [cur, prev];
  }
  return prev[n] <= 2;
}

/**
 * A near miss of a name's word: at most one edit (two adjacent letters swapped count as one) in a word of four or
 * five letters, two in a longer one, none in a shorter one ("Ruiz"/"Ruis", "Tcherednitchenko"/"Tscherednitschenko";
 * not "The"/"When", "Mean"/"Benn").
 */
export function nearName(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  if (n < 4) return false;
  return n < 6 ? a === b || isOneEdit(a, b) : near(a, b);
}

/** The most edits `nearName` allows between words of these lengths (-1: none), for the near-miss scan's filter. */
export function nearNameEdits(a: number, b: number): number {
  const n = Math.min(a, b);
  return n < 4 ? -1 : n < 6 ? 1 : 2;
}

/**
 * True when a word of the person's surname stands capitalised in text[start, end), or nearly so (a near miss is
 * name-mismatch's: `nearName`, or `near` when `loose`), or a cognate spelling: the usual way a translation names
 * someone again ("Obama"). The reference `namedInDoc` answers as (test/core/fast-paths).
 */
export function namedIn(
  p: Person,
  text: string,
  start: number,
  end: number,
  from = 1,
  toks = tokens(text, start, end),
  loose = false,
): boolean {
  const words = capitalisedWords(toks);
  const close = loose ? near : nearName;
  return p.words.slice(from, p.own).some((w) => words.some((x) => x === w || close(x, w) || areCognates(x, w)));
}

/**
 * How many of `words` name the folded word w: itself, a near miss (`nearName`) or a cognate spelling. A word in
 * `exact` (the source sentence's own capitalised words) names only itself: "Morris" there is no near miss of "Marais".
 */
function mentionsOf(w: string, words: string[], exact: ReadonlySet<string>): number {
  let n = 0;
  for (const x of words) if (x === w || (!exact.has(x) && (nearName(x, w) || areCognates(x, w)))) n++;
  return n;
}

/**
 * namedIn for a name of the aligned source sentence (`sourceToks`: its words) in the target sentence `toks`, stricter:
 * a short word's near miss must be closer (`nearName`), a word of the source sentence names only itself, and the
 * target must name the word at least as often as the source sentence writes it (a name written twice there and once
 * in the translation lost one of its mentions: "Bush arranca… El presidente George Bush" / "Bush snatches… The
 * president Desmond Pratchley").
 */
export function keptIn(p: Person, bead: BeadCapitals, from = 1): boolean {
  return p.words.slice(from, p.own).some((w) => {
    const found = mentionsOf(w, bead.target, bead.exact);
    return found > 0 && found >= bead.source.filter((x) => x === w).length;
  });
}

/** A bead's capitalised words on each side (folded, in order) and the source's as a set: what `keptIn` compares. */
export interface BeadCapitals {
  target: string[];
  source: string[];
  exact: ReadonlySet<string>;
}

/** The capitalised words of a bead's target and source tokens, taken once for every name `keptIn` asks about. */
export function beadCapitals(toks: Tok[], sourceToks: Tok[]): BeadCapitals {
  const source = capitalisedWords(sourceToks);
  return { target: [...capitalisedWords(toks), ...joinedPairs(toks)], source, exact: new Set(source) };
}

/**
 * Two capitalised words one space apart, written as one ("Le Doux" for "LeDoux", "Mac Donald"): a name spelt with
 * or without its inner space is the same name.
 */
function joinedPairs(toks: Tok[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < toks.length; i++) {
    const [a, b] = [toks[i - 1], toks[i]];
    if (b.start - a.end === 1 && CAPITALISED.test(a.raw) && CAPITALISED.test(b.raw)) out.push(folded(a) + folded(b));
  }
  return out;
}

/** The folded words of a text's tokens that start with a capital, in order. */
const capitalisedWords = (toks: Tok[]) => toks.filter((t) => /^\p{Lu}/u.test(t.raw)).map(folded);

/**
 * capitalisedWords(tokens(text, 0, text.length)) without a token for each word: a word starting with an ASCII
 * lower-case letter (most of them) is skipped before it is sliced (test/core/fast-paths.test.ts).
 */
export function capitalisedWordsOf(text: string): string[] {
  const out: string[] = [];
  forEachLetterWord(text, 0, text.length, (start, end) => {
    const c = text.charCodeAt(start);
    if (c >= 97 && c <= 122) return;
    const raw = text.slice(start, end);
    if (/^\p{Lu}/u.test(raw)) out.push(folded({ start, end, raw }));
  });
  return out;
}

/** A whole text's capitalised words, each once, (built on first need) every cognate stem of them, and the answer for each word asked. */
interface CapitalIndex {
  words: Set<string>;
  stems?: Set<string>;
  /** The words by length and units, for the near-miss scan (src/fast/near-words.ts). */
  near?: NearWords;
  /** Whether the text names a word (as namedIn decides for one word), per word asked: names recur in an article. */
  answers: Map<string, boolean>;
  /** The same with near misses of one edit only, per word asked. */
  oneEdit?: Map<string, boolean>;
}
declare module "../../segment/memo" {
  interface SideMemo {
    /** The document's capitalised words and the answers found for them: `namedInDoc` (src/rules/name-missing/people.ts). */
    capitals?: CapitalIndex;
  }
}

/**
 * namedIn(p, doc.text, 0, doc.text.length, from), answered from an index of the document built once: each
 * capitalised word is tried once rather than at every occurrence, a cognate is a shared stem (areCognates
 * is whether two words' stems meet) rather than a comparison with every word, and each word's answer is
 * remembered (the near-miss scan compares it with every word of the document). A near miss is `nearName`'s (no
 * edit below four letters, one in four or five: "Coco" is no near miss of "Como", "Lev" none of "Les"), except in a
 * language that capitalises every noun (German), whose many capitalised words are compared as `near` does: there a
 * name the source renders in its own words ("Karlsbader Region" for "Karlovy Vary") is often only near another.
 * With `nearMiss` "one" (not in German), a near miss is one edit (two adjacent letters swapped count as one) in a word
 * of four letters or more.
 */
export function namedInDoc(p: Person, side: SideMemo, from = 1, nearMiss: "any" | "one" = "any"): boolean {
  const { text } = side.doc;
  const idx: CapitalIndex = (side.capitals ??= { words: new Set(capitalisedWordsOf(text)), answers: new Map() });
  const loose = languageOf(side.doc.lang).nounsCapitalised;
  const answers = nearMiss === "any" ? idx.answers : (idx.oneEdit ??= new Map());
  return p.words.slice(from, p.own).some((w) => {
    let answer = answers.get(w);
    if (answer === undefined) answers.set(w, (answer = namesWord(idx, w, loose, nearMiss)));
    return answer;
  });
}

/**
 * Whether the indexed text names the folded word w: the word itself, a near miss (`near` when `loose`; else, with
 * `nearMiss` "one", only one edit in a word of four letters or more), or a cognate.
 */
function namesWord(index: CapitalIndex, w: string, loose: boolean, nearMiss: "any" | "one"): boolean {
  const { words } = index;
  if (words.has(w)) return true;
  index.near ??= new NearWords(words);
  const close = loose
    ? (x: string) => near(x, w)
    : nearMiss === "one"
      ? (x: string) => Math.min(x.length, w.length) >= 4 && isOneEdit(x, w)
      : (x: string) => nearName(x, w);
  // The most edits `close` allows from w to a word of that length: the scan tries no word farther.
  const edits = loose
    ? () => 2
    : nearMiss === "one"
      ? (length: number) => (Math.min(length, w.length) >= 4 ? 1 : -1)
      : (length: number) => nearNameEdits(length, w.length);
  if (index.near.someNear(w, close, edits)) return true;
  index.stems ??= new Set([...words].flatMap(cognateStems));
  return cognateStems(w).some((s) => index.stems!.has(s));
}

/**
 * Runs of two or more capitalised words side by side, not at the sentence's start unless `fromFirst`: names of any
 * kind (`toks` as for peopleIn).
 */
export function capitalisedRunsIn(text: string, start: number, end: number, toks = tokens(text, start, end), fromFirst = false): Person[] {
  const out: Person[] = [];
  let run: Tok[] = fromFirst && toks.length && CAPITALISED.test(toks[0].raw) ? [toks[0]] : [];
  /** The token before the next one: the run's last word, or the last particle inside it. */
  let prev = toks[0];
  const flush = () => {
    if (run.length >= 2) out.push({ start: run[0].start, end: run[run.length - 1].end, words: run.map(folded) });
    run = [];
  };
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    // Particles inside a surname ("Juan de los Santos") continue the run.
    // Only a surname right after a given name starts with particles ("Juan de los Santos"): "Acción de Gracias" is
    // two names, and "Ana Gil de la Universidad" a person and a body.
    const person = run.length === 1 && GIVEN.has(folded(run[0])) && adjacent(text, prev, t);
    const surname = person ? afterParticles(text, toks, i) : -1;
    if (surname > 0) [i, prev] = [surname - 1, toks[surname - 1]];
    else if (!CAPITALISED.test(t.raw)) flush();
    else {
      if (run.length && !adjacent(text, prev, t)) flush();
      run.push(t);
      prev = t;
    }
  }
  flush();
  return out;
}
