// pronoun-gender, person by person (issue 12): a person noun of one side and its counterpart on the other ("la
// presidenta" / "the president"), met through their anchor keys in either gender form, are one person. The side
// whose nouns agree (Spanish) gives that person's gender by the noun's own form or determiner; the pronoun side
// (English) by a gendered noun ("spokesman"), a name, or the pronoun that next refers back to the noun with nobody
// else between ("The president … as he realises"). A word of the other gender for that person is mistranslated.
import type { PairScope } from "../../lang/pair";
import type { Lang } from "../../types";
import { anchorKeys, foldWord } from "../../align/anchors";
import roles from "../../../rules/role-counterparts.json";
import { otherGender, type PersonMark } from "./sentence-evidence";
import { headNoun, predicative } from "./binding";

/** A noun's key: its role row or anchor key, and for a cognate key (its own first letters) five letters to compare. */
export interface NounKey {
  key: string;
  exact?: string;
}

const ROLE_ROWS = new Map<Lang, Map<string, number[]>>();

/** The rows of rules/role-counterparts.json each form of `lang` belongs to. */
function roleRows(lang: Lang): Map<string, number[]> {
  let rows = ROLE_ROWS.get(lang);
  if (!rows) {
    rows = new Map();
    const all = (roles as { rows: Record<string, string[] | undefined>[] }).rows;
    for (const [i, row] of all.entries()) for (const form of row[lang] ?? []) rows.set(form, [...(rows.get(form) ?? []), i]);
    ROLE_ROWS.set(lang, rows);
  }
  return rows;
}

/**
 * The keys of one noun form: its role rows, and its anchor key ("portavoz" -> the lexicon's "spokesman"); a key that
 * is the form's own first letters (a cognate) also carries five letters, so that "presentadora" is no "president".
 */
function formKeys(form: string, lang: Lang, scope: PairScope): NounKey[] {
  const out: NounKey[] = (roleRows(lang).get(form) ?? []).map((row) => ({ key: `role:${row}` }));
  const folded = foldWord(form);
  const key = anchorKeys(form, lang, scope)[0];
  if (key !== undefined) out.push({ key, exact: key === folded.slice(0, key.length) ? folded.slice(0, 5) : undefined });
  return out;
}

/**
 * Keys of a person noun in both its gender forms ("presidenta", "presidente"); the other form only when it shares the
 * noun's stem (not "mujer" for "marido": another noun, another person).
 */
export function nounKeys(mark: PersonMark, lang: Lang, scope: PairScope): NounKey[] {
  const head = headNoun(mark.text);
  const other = otherGender(lang, head);
  const stem = other !== undefined && other !== head && other.slice(0, 3) === head.slice(0, 3);
  return [...formKeys(head, lang, scope), ...(stem ? formKeys(other, lang, scope) : [])];
}

/** Whether two nouns' keys meet: one role row, or one anchor key (cognates also sharing five letters). */
export function sameNoun(a: readonly NounKey[], b: readonly NounKey[]): boolean {
  return a.some((x) => b.some((y) => x.key === y.key && (x.exact === undefined || y.exact === undefined || x.exact === y.exact)));
}

/**
 * The one gender the agreeing side's nouns with any of these keys show ("el presidente" for "president"), passing over
 * nouns said of someone ("como presidente"), or undefined when none has those keys, or they disagree.
 */
export function counterpartGender(
  sentences: readonly { text: string; marks: readonly PersonMark[] }[],
  keys: readonly NounKey[],
  lang: Lang,
  scope: PairScope,
): PersonMark | undefined {
  const found = sentences.flatMap(({ text, marks }) =>
    marks.filter(
      (m) => (m.kind === "noun" || m.kind === "honorific") && sameNoun(nounKeys(m, lang, scope), keys) && !predicative(text, lang, m),
    ),
  );
  if (found.length === 0 || found.some((m) => m.gender === "unknown" || m.gender !== found[0].gender)) return undefined;
  return found[0];
}
