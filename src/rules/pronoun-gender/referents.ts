// The people a target pronoun may refer to: name mentions and person nouns of the target, with quotation state.
import type { RuleContext } from "../../check/rule";
import type { Doc } from "../../segment/document";
import type { Gender, KeyInfo, PronounMention } from "./types";
import type { Lang } from "../../types";
import { givenNameGender, lookupKey, otherPerson, unknownPersonLike } from "./names";
import type { PeopleIndex } from "./people-index";
import { personNouns } from "./pronouns";
import { CUES } from "./cues";
import { indefinitesOf, saidOfSubject, titleLinksOf } from "./binding";
import { predicateAfterCopula } from "./copula-noun";
import { normalizeName } from "./words";
import { forEachWordBeforeCapital } from "../../fast/word-before-capital";
import table from "../../../rules/pronoun-evidence.json";
/** A possible referent in the target: a name mention with what is known of its gender. */
export interface Referent {
  start: number;
  segment: number;
  gender: Gender | "unknown";
  name: string;
  info?: KeyInfo;
}

/** Whether an offset of a segment lies inside a quotation of its paragraph (quoted speech has its own referents). */
export function quoteState(doc: Doc): (offset: number, segment: number) => boolean {
  const byParagraph = new Map<number, Uint8Array>();
  return (offset, segment) => {
    const para = doc.paragraphs[doc.segments[segment].paragraph];
    let state = byParagraph.get(para.index);
    if (!state) {
      state = new Uint8Array(para.end - para.start);
      let depth = 0;
      let straight = 0;
      for (let i = para.start; i < para.end; i++) {
        const ch = doc.text.charCodeAt(i);
        state[i - para.start] = depth > 0 || straight % 2 === 1 ? 1 : 0;
        if (ch === 0x201c || ch === 0xab) depth++;
        else if ((ch === 0x201d || ch === 0xbb) && depth > 0) depth--;
        else if (ch === 34 && (straight % 2 === 1 || !strayCloser(doc.text, i, para.end))) straight++;
      }
      byParagraph.set(para.index, state);
    }
    return state[offset - para.start] === 1;
  };
}

/**
 * A straight quotation mark at `i` that only closes (no space before it; a space, a punctuation mark or the
 * paragraph's end after it) while no straight quotation is open: the close of a quotation opened with another mark ("'If I'm going to play
 * you, I'll need access to you\". The actor …"); it opens nothing.
 */
function strayCloser(text: string, i: number, end: number): boolean {
  return i > 0 && !SPACE.test(text.charAt(i - 1)) && (i + 1 >= end || AFTER_CLOSE.test(text.charAt(i + 1)));
}
// regex-safe: one character class
const SPACE = /\s/u;
// regex-safe: one character class
const AFTER_CLOSE = /[\s.,;:!?)]/u;

const NO_REFERENTS: readonly Referent[] = [];

const PLACE_WORDS = new Map<Lang, ReadonlySet<string>>();

/** A language's placeWords (rules/pronoun-evidence.json) as a set, built once per language. */
function placeWordsOf(lang: Lang): ReadonlySet<string> {
  let words = PLACE_WORDS.get(lang);
  if (!words) {
    words = new Set((table as unknown as Record<string, { placeWords?: string[] } | undefined>)[lang]?.placeWords ?? []);
    PLACE_WORDS.set(lang, words);
  }
  return words;
}

/**
 * Capitalised words (normalised) that a text writes only right after one of its language's placeWords
 * (rules/pronoun-evidence.json: "en Cornwall", "el Islam"): a place or a thing, no one a pronoun refers to.
 */
function placeOnlyWords(text: string, lang: Lang): Set<string> {
  const words = placeWordsOf(lang);
  const place = new Set<string>();
  const other = new Set<string>();
  if (words.size === 0) return place;
  // Each word (or letters before a capital) and the capitalised word after it: the matches of WORD_BEFORE_CAPITAL.
  forEachWordBeforeCapital(text, (run, capital) => {
    const key = normalizeName(capital);
    (words.has(run.toLowerCase()) ? place : other).add(key);
  });
  for (const k of other) place.delete(k);
  return place;
}

/** Name mentions and gendered nouns of each target segment asked for, in order, resolved against the people index. */
export function referentsOf(ctx: RuleContext, people: PeopleIndex, needed: boolean[]): (readonly Referent[])[] {
  const out: (readonly Referent[])[] = [];
  let sourceNames: Set<string> | undefined;
  let placeOnly: Set<string> | undefined;
  for (const seg of ctx.target.segments) {
    if (!needed[seg.index]) {
      out.push(NO_REFERENTS);
      continue;
    }
    const list: Referent[] = [];
    for (const m of people.mentionsIn(1, seg.index)) {
      let found = people.get(lookupKey(m)) ?? (m.tokens.length === 1 ? people.firstName(m.tokens[0]) : people.get(m.tokens[0]));
      // A surname borne by a man and a woman: the mention's own honorific, title or given name says which one it is.
      if (found?.gender === "ambiguous") found = people.ownInfo(1, seg.index, m, found) ?? found;
      // A given name of the other gender ("Marie-Thérèse" for a "procurador") leaves the person's gender open.
      const given = givenNameGender(m.tokens[0]) ?? givenNameGender(m.tokens[0].split("-")[0]);
      const contradicted = found && given && found.gender !== "ambiguous" && given !== found.gender;
      const info = found && !otherPerson(m, found) && !contradicted ? found : undefined;
      const name = ctx.target.text.slice(m.start, m.end);
      if (info) {
        list.push({ start: m.start, segment: seg.index, gender: info.gender === "ambiguous" ? "unknown" : info.gender, name, info });
      } else if (
        unknownPersonLike(ctx.target.text, m, (sourceNames ??= people.capitalisedOfFirst()), ctx.target.pair) &&
        !(placeOnly ??= placeOnlyWords(ctx.source.text, ctx.source.lang)).has(m.tokens[m.tokens.length - 1])
      ) {
        // A lone first name the source leaves ungendered still tells its bearer's gender ("David").
        const given = m.tokens.length === 1 ? givenNameGender(m.tokens[0]) : undefined;
        list.push({ start: m.start, segment: seg.index, gender: given ?? "unknown", name });
      }
    }
    for (const n of personNouns(ctx.target.text, ctx.target.lang, seg.start, seg.end)) {
      list.push({ start: n.start, segment: seg.index, gender: n.gender, name: "" });
    }
    const sorted = list.sort((a, b) => a.start - b.start);
    const text = ctx.target.text;
    const lang = ctx.target.lang;
    out.push(
      sorted
        .filter(
          (r, k) =>
            !titleOfName(text, lang, r, sorted[k + 1]) &&
            !nounAfterName(text, lang, sorted[k - 1], r) &&
            !possessedInApposition(text, sorted[k - 2], sorted[k - 1], r) &&
            !predicate(text, lang, r) &&
            !indefiniteAfterKnown(text, lang, sorted.slice(0, k), r),
        )
        .map((r, k, kept) => nameOfNoun(text, kept[k - 1], r)),
    );
  }
  return out;
}

/**
 * A person noun of no marked gender right before a name ("the film director Ana Ruiz", "the president, Ana Ruiz"), or
 * before it with its complement of up to three words and a comma ("the chief of staff, John Lopez", "the critic of
 * NPD concerning immigration, Olivia Chow").
 */
function titleOfName(text: string, lang: Lang, r: Referent, next: Referent | undefined): boolean {
  if (r.name !== "" || r.gender !== "unknown" || !next || next.name === "") return false;
  // regex-safe: one letter run anchored at the start
  const word = /^[\p{L}\p{M}'’-]+/u.exec(text.slice(r.start, next.start));
  if (!word) return false;
  const gap = text.slice(r.start + word[0].length, next.start);
  if (TITLE_GAP.test(gap)) return true;
  const link = TITLE_COMPLEMENT.exec(gap);
  return !!link && titleLinksOf(lang).has(link[1].toLowerCase());
}

/**
 * A name of unknown gender right after a gendered person noun, perhaps past a comma ("Another English man, Sam
 * Mendes"): the noun's person, of its gender.
 */
function nameOfNoun(text: string, prev: Referent | undefined, r: Referent): Referent {
  if (r.name === "" || r.gender !== "unknown" || !prev || prev.name !== "" || prev.gender === "unknown") return r;
  // regex-safe: one letter run anchored at the start
  const noun = /^[\p{L}\p{M}'’-]+/u.exec(text.slice(prev.start, r.start));
  return noun && TITLE_GAP.test(text.slice(prev.start + noun[0].length, r.start)) ? { ...r, gender: prev.gender } : r;
}

/**
 * A person noun of no marked gender in apposition after an indefinite determiner and at most three modifiers, in a
 * sentence that has already named someone of known gender ("Sarah K., a single child, …", "Mr Su, a pragmatist"):
 * said of someone, not a further referent.
 */
function indefiniteAfterKnown(text: string, lang: Lang, before: readonly Referent[], r: Referent): boolean {
  if (r.name !== "" || r.gender !== "unknown" || !before.some((b) => b.info && b.gender !== "unknown")) return false;
  const words = indefinitesOf(lang);
  if (words.size === 0) return false;
  // regex-safe: anchored at the end; a comma, then at most four letter runs, each followed by whitespace
  const lead = /,\s*((?:[\p{L}-]+\s+){1,4})$/u.exec(text.slice(Math.max(0, r.start - 60), r.start));
  if (!lead) return false;
  // In apposition: a comma, the indefinite, then at most three modifiers ("a student who …" is someone new).
  const ws = lead[1].trim().split(/\s+/u);
  return words.has(ws[0].toLowerCase()) && ws.slice(1).every((w) => !words.has(w.toLowerCase()));
}

/** A person noun of no marked gender said of the subject ("had been an aide to …"): the subject, no one more. */
function predicate(text: string, lang: Lang, r: Referent): boolean {
  return r.name === "" && r.gender === "unknown" && (saidOfSubject(text, lang, r.start) || predicateAfterCopula(text, lang, r.start));
}

/**
 * A person noun of no marked gender in apposition right after a name ("Ana Ruiz, the new president of …"): the named
 * person, unless a possessive stands before it ("Ana Ruiz, his mother").
 */
function nounAfterName(text: string, lang: Lang, prev: Referent | undefined, r: Referent): boolean {
  if (r.name !== "" || r.gender !== "unknown" || !prev || prev.name === "") return false;
  // A body's or place's possessive may stand among them ("Cristina Fernández, Argentina's president").
  // regex-safe: anchored; a comma, then at most three words, each after whitespace, capitalised only as a possessive
  const gap = /^,(?:\s+(?:\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}.-]*['’]s)){0,3}\s+$/u.exec(text.slice(prev.start + prev.name.length, r.start));
  if (!gap) return false;
  // A determiner and modifiers ("the former"), but no pronoun ("his").
  const pronouns = CUES[lang].data.pronouns;
  return gap[0]
    .slice(1)
    .trim()
    .split(/\s+/)
    .every((w) => !Object.hasOwn(pronouns, w));
}

/**
 * A person noun of no marked gender after a possessive name, the two in apposition to a name before them ("Paul
 * Coggins, Mr. Ensign's lead lawyer, said …"): the first named person, no one more.
 */
function possessedInApposition(text: string, head: Referent | undefined, owner: Referent | undefined, r: Referent): boolean {
  if (r.name !== "" || r.gender !== "unknown" || !head?.info || !owner || owner.name === "") return false;
  const end = head.start + head.name.length;
  if (!POSSESSIVE_NAME.test(owner.name) || !HONORIFIC_GAP.test(text.slice(end, owner.start))) return false;
  return (
    POSSESSED_NOUN.test(text.slice(owner.start + owner.name.length, r.start)) && APPOSITION_END.test(text.slice(r.start, r.start + 40))
  );
}

// regex-safe: anchored at the end; an apostrophe and "s"
const POSSESSIVE_NAME = /['’]s$/u;
// regex-safe: anchored; a comma, then at most one capitalised word with an optional period (an honorific)
const HONORIFIC_GAP = /^,\s+(?:\p{Lu}\p{L}*\.?\s+)?$/u;
// regex-safe: anchored; at most two lower-case words, each after whitespace
const POSSESSED_NOUN = /^(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+$/u;
// regex-safe: anchored; one letter run, then a comma
const APPOSITION_END = /^[\p{L}-]+,/u;

// regex-safe: anchored, one optional comma between spaces
const TITLE_GAP = /^\s*,?\s*$/u;
// A link word, then one to three words (a body's name among them: "of NPD concerning immigration"), then a comma.
// regex-safe: anchored; at most three words, each after whitespace; nothing else repeats
const TITLE_COMPLEMENT = /^\s+(\p{Ll}+)(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’.&-]*){1,3}\s*,\s*$/u;

const APPOSITION_GAP = /^\s*[,(—–]\s*$/;

/** Whether a named referent is directly followed by the pronoun after a comma, bracket or dash ("X, his mother"). */
export function inApposition(text: string, r: Referent, p: PronounMention): boolean {
  return r.name !== "" && APPOSITION_GAP.test(text.slice(r.start + r.name.length, p.start));
}
