// pronoun-gender, a source sentence's people of no marked gender (issue 12): a noun said of someone past its
// modifiers ("become a substantial Test cricketer", "as security agent") is no further person, and a noun that is
// the sentence's one person besides its pronouns, as the subject of its clause or of a report after it (", says the
// head of the service"), is the person those pronouns show.
import type { Lang } from "../../types";
import { foldWord, STOPWORDS } from "../../align/anchors";
import table from "../../../rules/pronoun-evidence.json";
import type { Gender } from "./types";
import type { PersonMark } from "./sentence-evidence";
import { isObjectPronoun } from "./sentence-evidence";
import { markOpensClause } from "./binding";

type Raw = Partial<
  Record<"predicateLeads" | "copulas" | "phraseStarts" | "reportingVerbs" | "relatives" | "participleEndings" | "frames", string[]>
>;
const rawOf = (lang: Lang): Raw => (table as unknown as Record<string, Raw | undefined>)[lang] ?? {};

/** Marks of punctuation: the words before a noun are read back to the last of them. */
const PUNCTUATION = new Set([...'",.;:!?“”«»()']);

/**
 * The words between the last mark of punctuation of the 50 characters before offset `at` and it, lower case, a word
 * repeated right after itself once, and that mark.
 */
function wordsBefore(text: string, at: number): { words: string[]; mark: string } {
  const stretch = text.slice(Math.max(0, at - 50), at);
  let cut = stretch.length - 1;
  while (cut >= 0 && !PUNCTUATION.has(stretch[cut])) cut--;
  const words = stretch
    .slice(cut + 1)
    .trim()
    .split(/\s+/u)
    .filter((x) => x !== "")
    .map((x) => x.toLowerCase())
    // A word written twice by mistake ("says the the head") is read once.
    .filter((x, k, all) => x !== all[k - 1]);
  return { words, mark: cut >= 0 ? stretch[cut] : "" };
}

/**
 * Whether a noun is said of its clause's subject past up to two modifiers: after one of predicateLeads or copulas,
 * perhaps a determiner, then one or two content words ("as security agent", "to become a substantial Test cricketer").
 */
export function saidPastModifiers(text: string, lang: Lang, mark: PersonMark): boolean {
  const raw = rawOf(lang);
  const leads = new Set([...(raw.predicateLeads ?? []), ...(raw.copulas ?? [])]);
  const starts = new Set(raw.phraseStarts ?? []);
  const relatives = new Set(raw.relatives ?? []);
  const { words } = wordsBefore(text, mark.start);
  for (let mods = 1; mods <= 2; mods++) {
    const modifiers = words.slice(words.length - mods);
    if (modifiers.length < mods || modifiers.some((w) => STOPWORDS[lang].has(foldWord(w)))) return false;
    const rest = words.slice(0, words.length - mods);
    const last = rest[rest.length - 1];
    const leadAt = leads.has(last) ? rest.length - 1 : starts.has(last) && leads.has(rest[rest.length - 2]) ? rest.length - 2 : -1;
    // "… know who will be the economic vice-president": a relative's clause may be said of anyone, unless the relative
    // opens the stretch after a comma ("Collingwood, …, who came through to become a Test cricketer").
    if (leadAt >= 0) return !rest.slice(1, leadAt).some((w) => relatives.has(w));
  }
  return false;
}

/** Whether one of frames comes before a noun ("According to a judge, he …"): the pronoun after it is someone else. */
export function afterFrame(text: string, lang: Lang, mark: PersonMark): boolean {
  const before = text.slice(0, mark.start).toLowerCase();
  return (rawOf(lang).frames ?? []).some((f) => before.includes(f));
}

/** Whether a noun is the subject of a report after a comma (", says the head of …", ", said the president"). */
function reportSubject(text: string, lang: Lang, mark: PersonMark): boolean {
  const raw = rawOf(lang);
  const { words, mark: stop } = wordsBefore(text, mark.start);
  const verb = words.length === 2 && (raw.phraseStarts ?? []).includes(words[1]) ? words[0] : words.length === 1 ? words[0] : "";
  return (stop === "," || stop === "”" || stop === '"') && (raw.reportingVerbs ?? []).includes(verb);
}

/**
 * Whether the pronouns before a noun are in the participle clause the sentence opens with, and the noun opens the
 * clause after it ("Reaffirming that he would …, the senator from Illinois …"): the participle's subject is the noun.
 */
function participleOpening(text: string, lang: Lang, early: readonly PersonMark[], noun: PersonMark): boolean {
  // regex-safe: one letter run after optional spaces, anchored
  const first = /^\s*(\p{L}+)/u.exec(text)?.[1].toLowerCase() ?? "";
  const comma = text.lastIndexOf(",", noun.start);
  const endings = rawOf(lang).participleEndings ?? [];
  return endings.some((e) => first.endsWith(e)) && comma >= 0 && early.every((p) => p.end <= comma);
}

/**
 * The gender of a sentence's one noun of no marked gender, when its other marks are pronouns of one gender only, one
 * of them a subject or possessive, and the noun opens its clause before them all ("… that the representative … his")
 * or after an opening participle clause that holds the others ("Reaffirming that he would …, the senator … his"),
 * or reports after a comma ("Not because he wants …, says the head of …"); undefined otherwise.
 */
export function loneNounGender(text: string, lang: Lang, marks: readonly PersonMark[]): Gender | undefined {
  const nouns = marks.filter((m) => m.kind === "noun" && m.gender === "unknown" && !m.possessed);
  const pronouns = marks.filter((m) => m.kind === "pronoun");
  if (nouns.length !== 1 || nouns.length + pronouns.length !== marks.length || pronouns.length === 0) return undefined;
  const g = pronouns[0].gender;
  if (g === "unknown" || pronouns.some((p) => p.gender !== g) || pronouns.every((p) => isObjectPronoun(lang, p.text))) return undefined;
  const [noun] = nouns;
  // A pronoun before the noun may be someone else ("When she is sitting in the classroom, … because the teacher …"),
  // unless the noun reports what was said before it.
  if (reportSubject(text, lang, noun)) return g;
  const early = pronouns.filter((p) => p.start < noun.start);
  const opening = early.length === 0 || participleOpening(text, lang, early, noun);
  return opening && markOpensClause(text, lang, noun) ? g : undefined;
}

/** A comma and one word between a noun and a pronoun (", ordering "). */
// regex-safe: anchored; one letter run between spaces
const COMMA_WORD = /^\s*,\s*(\p{L}+)\s+$/u;

/** Whether the stretch between a noun and a pronoun is a comma and one participle only (", ordering "; participleEndings). */
export function participleAfterComma(between: string, lang: Lang): boolean {
  const word = COMMA_WORD.exec(between)?.[1].toLowerCase();
  return word !== undefined && (rawOf(lang).participleEndings ?? []).some((e) => word.length > e.length + 2 && word.endsWith(e));
}
