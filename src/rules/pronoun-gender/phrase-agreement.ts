// pronoun-gender into an agreement language (issue 12): a person noun with its determiner, and right after it a word
// that agrees with a person of the other gender ("la actriz americano", "la cantante fue sometido", "la ministra de
// Hacienda se vio obligado"), where every person the aligned source sentence genders has that word's gender ("he",
// "Mr"): the noun is the wrong one. The words are data: rules/pronoun-evidence.json phraseAgreement, with the
// language's agreement stems and endings and its person nouns (rules/<code>/gender-cues.json roleNouns).
import type { RuleContext } from "../../check/rule";
import type { Lang } from "../../types";
import table from "../../../rules/pronoun-evidence.json";
import type { Gender, PeopleLookup } from "./types";
import { evidenceWords, otherGender, type PersonMark } from "./sentence-evidence";
import { rememberedPersonMarks } from "./person-marks-memo";
import { beadSource, nobodyOf } from "./source-beads";
import { surnamesOf } from "./names";

interface RawPhrase {
  endings: Record<string, Gender>;
  stems: string[];
  notAgreeing: string[];
  invariantEndings: string[];
  between: string[];
  link: string;
  linkDeterminers: string[];
  predicates: string[];
}

/** One language's phrase-agreement words, compiled. */
interface PhraseWords {
  endings: [string, Gender][];
  stems: Set<string>;
  notAgreeing: Set<string>;
  /** Endings of words that agree with nobody in gender ("profesional", "estadounidense", "socialista"). */
  invariantEndings: string[];
  between: Set<string>;
  link: string;
  linkDeterminers: Set<string>;
  /** Verb phrases after which a word is said of the subject ("fue", "se vio"), longest first, as word lists. */
  predicates: string[][];
}

const COMPILED = new Map<Lang, PhraseWords | undefined>();

/** The phrase-agreement words of `lang`, or undefined when its table has none. */
function phraseWords(lang: Lang): PhraseWords | undefined {
  if (!COMPILED.has(lang)) {
    const raw = (table as unknown as Record<string, { phraseAgreement?: RawPhrase } | undefined>)[lang]?.phraseAgreement;
    const w = evidenceWords(lang);
    COMPILED.set(
      lang,
      raw && w
        ? {
            endings: Object.entries(raw.endings) as [string, Gender][],
            stems: new Set([...raw.stems, ...w.stems]),
            notAgreeing: new Set(raw.notAgreeing),
            invariantEndings: raw.invariantEndings,
            between: new Set(raw.between),
            link: raw.link,
            linkDeterminers: new Set(raw.linkDeterminers),
            predicates: [...new Set([...raw.predicates.map((p) => p.split(" ")), ...w.after].map((p) => p.join(" ")))]
              .map((p) => p.split(" "))
              .sort((a, b) => b.length - a.length),
          }
        : undefined,
    );
  }
  return COMPILED.get(lang);
}

/** The gender a lower-case word agrees with, as a participle, an adjective of the stems or a person noun; else undefined. */
function agreeingGender(lang: Lang, p: PhraseWords, word: string): Gender | undefined {
  if (p.notAgreeing.has(word)) return undefined;
  for (const [end, g] of p.endings) if (word.length > end.length + 2 && word.endsWith(end)) return g;
  const w = evidenceWords(lang);
  const g = w?.endings.get(word.slice(-1));
  if (g && p.stems.has(word.slice(0, -1))) return g;
  const noun = w?.nouns.get(word)?.gender;
  return noun || undefined;
}

/** A word of a text with its offsets. */
interface Tok {
  start: number;
  end: number;
  word: string;
}

// regex-safe: one letter run, global
const WORDS = /[\p{L}\p{M}]+/gu;

/** The first words after `from` (at most eight), with their offsets. */
function wordsAfter(text: string, from: number): Tok[] {
  const out: Tok[] = [];
  for (const m of text.slice(from, from + 120).matchAll(WORDS)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, word: m[0] });
    if (out.length === 8) break;
  }
  return out;
}

/** Whether only spaces lie between two words. */
const spaced = (text: string, a: Tok, b: Tok) => /^\s+$/u.test(text.slice(a.end, b.start));

/**
 * The word agreeing with the noun that ends at `end`: right after it past invariant adjectives and intensifiers ("la
 * jugadora profesional más longevo"), or after a verb that says it of the noun ("fue sometido"), perhaps past the
 * noun's capitalised complement ("de Hacienda se vio obligado"). Its gender, or undefined.
 */
function agreeingAfter(lang: Lang, p: PhraseWords, text: string, end: number): Gender | undefined {
  const toks = wordsAfter(text, end);
  if (toks.length === 0 || !/^\s+$/u.test(text.slice(end, toks[0].start))) return undefined;
  let k = 0;
  if (toks[0].word === p.link) {
    k = 1;
    while (k < toks.length && toks[k].word[0] !== toks[k].word[0].toLowerCase() && spaced(text, toks[k - 1], toks[k])) k++;
    if (k === 1) return undefined;
  }
  for (let skipped = 0; k < toks.length; skipped++) {
    if (k > 0 && !spaced(text, toks[k - 1], toks[k])) return undefined;
    const lower = toks[k].word.toLowerCase();
    if (lower !== toks[k].word) return undefined;
    const verb = p.predicates.find((ph) => ph.every((x, j) => toks[k + j]?.word.toLowerCase() === x));
    if (verb) {
      const next = toks[k + verb.length];
      return next && spaced(text, toks[k + verb.length - 1], next) && next.word === next.word.toLowerCase()
        ? agreeingGender(lang, p, next.word)
        : undefined;
    }
    // Past the link only a verb says the word of the noun ("la ministra de Hacienda se vio obligado").
    if (toks[0].word === p.link) return undefined;
    const g = agreeingGender(lang, p, lower);
    if (g) return g;
    if (skipped >= 2 || !(p.between.has(lower) || (lower.length >= 5 && p.invariantEndings.some((e) => lower.endsWith(e)))))
      return undefined;
    k++;
  }
  return undefined;
}

/**
 * Whether a noun mark is the complement of a singular word before it ("el hermano de la presidenta", "el hijo del
 * ministro"): its agreeing word may be that word's. A plural word before leaves it the noun's ("los partidarios de la
 * presidenta depuesto").
 */
function complementOfSingular(text: string, m: PersonMark, p: PhraseWords): boolean {
  const det = m.text.split(/\s/u)[0].toLowerCase();
  // regex-safe: two bounded letter runs anchored at the end
  const before = /([\p{L}\p{M}]+)\s+([\p{L}\p{M}]+)\s+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (p.linkDeterminers.has(det)) return !!before && !before[2].endsWith("s");
  return !!before && before[2].toLowerCase() === p.link && !before[1].endsWith("s");
}

/** Reports each person noun whose agreeing word and the source's people show the other gender, past `reported`. */
export function checkPhraseAgreement(ctx: RuleContext, people: PeopleLookup, reported: readonly { start: number; end: number }[]): void {
  const { lang, pair } = ctx.target;
  const p = phraseWords(lang);
  const w = evidenceWords(lang);
  if (!p || !w) return;
  for (const seg of ctx.target.segments) {
    const nouns = rememberedPersonMarks(seg.text, lang, nobodyOf(ctx), pair).filter(
      (m) => m.kind === "noun" && m.gender !== "unknown" && w.determiners.has(m.text.split(/\s/u)[0].toLowerCase()),
    );
    for (const m of nouns) {
      const g = agreeingAfter(lang, p, seg.text, m.end);
      if (!g || g === m.gender || complementOfSingular(seg.text, m, p)) continue;
      const start = seg.start + m.start;
      const end = seg.start + m.end;
      if (reported.some((r) => r.start < end && start < r.end)) continue;
      const own = beadSource(ctx, seg.index);
      const said = rememberedPersonMarks(own, ctx.source.lang, people, ctx.source.pair, surnamesOf(ctx.memo.source));
      const known = said.filter((k) => k.gender !== "unknown" && !k.possessed);
      if (known.length === 0 || known.some((k) => k.gender !== g)) continue;
      ctx.report({
        messageId: "counterpart",
        data: { word: m.text, gender: g === "f" ? "woman" : "man", evidence: known[0].text },
        target: { start, end },
        suggestion: otherGender(lang, m.text),
        confidence: 0.6,
      });
    }
  }
}
