// pronoun-gender, pronouns after a preposition (issue 12): "sobre él" / "over her". A source pronoun after a
// preposition may stand for a thing ("por él", because of it), so the sentence-level checks leave it alone; but when
// the translation renders it with a personal pronoun after a preposition too ("over her", not "over it"), both sides
// speak of a person, and the genders must agree. Pairs only sentences with as many such pronouns on either side.
import type { RuleContext } from "../../check/rule";
import type { Lang } from "../../types";
import table from "../../../rules/pronoun-evidence.json";
import type { Gender } from "./types";
import { languageOf } from "../../lang/registry";
import { roleIn } from "./pronoun-grammar";
import { beadSource } from "./source-beads";
import { otherGender } from "./sentence-evidence";

/** A pronoun after a preposition, with offsets into its text. */
export interface PrepositionalPronoun {
  start: number;
  end: number;
  word: string;
  gender: Gender;
}

/** A language's pattern of a preposition and a gendered pronoun, and its gate: a space and a pronoun (`patternOf`). */
export interface PrepositionalPattern {
  re: RegExp;
  /**
   * A space then one of the pronouns, same flags: every match of `re` holds one (its space run ends right before
   * its pronoun). A sentence without one is not searched with `re` (its look-behind and alternations, tried at every
   * position, cost ~5 times the gate's scan; about four sentences in five of English news have no such space).
   */
  gate: RegExp;
}

const PATTERNS = new Map<Lang, PrepositionalPattern | undefined>();

/** The pattern of a preposition and a gendered pronoun in `lang` (its prepositions and pronouns), or undefined. */
export function patternOf(lang: Lang): PrepositionalPattern | undefined {
  if (!PATTERNS.has(lang)) {
    const raw = (table as unknown as Record<string, { prepositions?: string[] } | undefined>)[lang];
    // The sentence evidence's prepositions and the language's one list of those after which a pronoun may be a thing.
    const preps = [...new Set([...(raw?.prepositions ?? []), ...(languageOf(lang).gender.thingPrepositions ?? [])])];
    const pronouns = Object.keys(languageOf(lang).gender.pronouns);
    PATTERNS.set(
      lang,
      preps.length && pronouns.length
        ? {
            // regex-safe: two literal alternations and one space run, no nested quantifier
            re: new RegExp(`(?<![\\p{L}\\p{M}])(?:${preps.join("|")})\\s+(${pronouns.join("|")})(?![\\p{L}\\p{M}'’])`, "giu"),
            // regex-safe: one space and a literal alternation
            gate: new RegExp(`\\s(?:${pronouns.join("|")})`, "iu"),
          }
        : undefined,
    );
  }
  return PATTERNS.get(lang);
}

/** The gendered pronouns right after a preposition in a text ("sobre él", "for him"); "her" only as an object. */
export function prepositionalPronouns(text: string, lang: Lang): PrepositionalPronoun[] {
  const pattern = patternOf(lang);
  if (!pattern?.gate.test(text)) return [];
  const genders = languageOf(lang).gender.pronouns;
  const out: PrepositionalPronoun[] = [];
  for (const m of text.matchAll(pattern.re)) {
    const word = m[1];
    const end = (m.index ?? 0) + m[0].length;
    const gender = genders[word.toLowerCase()];
    if (!gender || roleIn(text, lang, word, end) === "possessive") continue;
    out.push({ start: end - word.length, end, word, gender });
  }
  return out;
}

/**
 * The target's pronouns after a preposition in segment `segment` whose gender contradicts the source's, when both
 * sentences have the same number of them, each side all of one gender, the genders opposite. Offsets are the
 * target document's.
 */
export function wrongPrepositionalPronouns(ctx: RuleContext, segment: number): { found: PrepositionalPronoun[]; evidence: string } {
  const seg = ctx.target.segments[segment];
  const said = prepositionalPronouns(seg.text, ctx.target.lang);
  if (said.length === 0) return { found: [], evidence: "" };
  const own = beadSource(ctx, segment);
  const source = prepositionalPronouns(own, ctx.source.lang);
  const one = (list: PrepositionalPronoun[]) => list.every((p) => p.gender === list[0].gender);
  if (source.length !== said.length || !one(source) || !one(said) || source[0].gender === said[0].gender)
    return { found: [], evidence: "" };
  const evidence = own.slice(Math.max(0, source[0].start - 12), source[0].end).replace(/^\S*\s/u, "");
  return { found: said.map((p) => ({ ...p, start: seg.start + p.start, end: seg.start + p.end })), evidence };
}

/** Reports the pronouns after a preposition of the wrong gender, past the spans already reported. */
export function checkPrepositionalPronouns(
  ctx: RuleContext,
  reported: (start: number, end: number) => boolean,
  fix: (p: PrepositionalPronoun) => string | undefined,
): void {
  for (const seg of ctx.target.segments) {
    const { found, evidence } = wrongPrepositionalPronouns(ctx, seg.index);
    for (const p of found) {
      if (reported(p.start, p.end)) continue;
      ctx.report({
        messageId: "counterpart",
        data: { word: p.word, gender: p.gender === "f" ? "man" : "woman", evidence },
        target: { start: p.start, end: p.end },
        suggestion: fix(p),
        confidence: 0.6,
      });
    }
  }
}

/** The other-gender form of a pronoun in an agreement language ("ella" -> "él"), for a fix. */
export function agreementFix(lang: Lang, word: string): string | undefined {
  return otherGender(lang, word);
}
