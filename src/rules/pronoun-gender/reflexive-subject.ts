// pronoun-gender into English: a reflexive binds to its clause's subject. When that subject is a named person who
// opens its clause ("In Brussels, during her hearing …, the chairman of the BCE, Jean-Claude Trichet did not …,
// contenting herself with …"), pronouns of the reflexive's gender before that person (the fronted "her hearing", the
// "She" of the sentences before) are not its antecedent and do not leave it alone.
import type { Doc, Segment } from "../../segment/document";
import type { PronounMention } from "./types";
import type { Referent } from "./referents";
import { markOpensClause } from "./binding";
import { pronounRole } from "./pronoun-grammar";

/**
 * Whether reflexive `p` of sentence `seg` of `doc` has for its antecedent the named person of `sameSentence` (the sentence's
 * referents before it) that comes last before it and opens its clause, with every earlier pronoun of its gender
 * (`earlier`) before that person.
 */
export function reflexiveOfSubject(
  doc: Doc,
  seg: Segment,
  p: PronounMention,
  sameSentence: readonly Referent[],
  earlier: readonly PronounMention[],
): boolean {
  // regex-safe: anchored literal suffix
  if (!/self$/iu.test(p.word)) return false;
  const last = sameSentence.at(-1);
  if (!last?.info || last.name === "") return false;
  const start = last.start - seg.start;
  const mark = { start, end: start + last.name.length, text: last.name, gender: last.gender, kind: "name" as const };
  if (!markOpensClause(doc.text.slice(seg.start, seg.end), doc.lang, mark)) return false;
  // A possessive between is the subject's too ("about her intentions, contenting herself"); a subject pronoun would
  // open a clause of its own.
  return earlier.every((q) => q.gender !== p.gender || q.start < last.start || pronounRole(doc, q) === "possessive");
}
