// pronoun-gender into English (issue 12): a source sentence that opens with a verb whose subject it leaves unsaid and
// a participle or adjective agreeing with that subject ("Fue puesto en libertad en 1990", "Fue detenida el lunes")
// shows the subject's gender; the target sentence's opening subject pronoun renders that subject ("She was released").
import type { Gender, PronounMention } from "./types";
import type { SourceWindowVerdict } from "./source-window-gender";
import { evidenceWords, isSubjectPronoun, type PersonMark } from "./sentence-evidence";
import { SENTENCE_LEAD } from "./pronoun-grammar";
import type { Lang } from "../../types";

/** Opening marks before a sentence's first word. */
// regex-safe: one character class, anchored at the start
const LEAD_MARKS = /^[\s¿¡"“«'‘(—–-]*/u;

/**
 * The verdict on a target sentence's first pronoun, a subject at its opening ("She was released"), from its source
 * sentence opening with one of the agreement verbs and an agreeing word of the other gender ("Fue puesto"), when the
 * source marks no one else but people of that gender; undefined otherwise.
 */
export function openingAgreement(
  own: string,
  marks: readonly PersonMark[],
  p: PronounMention,
  seg: { text: string; start: number },
  sourceLang: Lang,
  targetLang: Lang,
): SourceWindowVerdict | undefined {
  const first = marks[0];
  if (first?.kind !== "agreement" || first.gender === "unknown" || first.gender === p.gender) return undefined;
  if (!isSubjectPronoun(targetLang, p.word) || !SENTENCE_LEAD.test(seg.text.slice(0, p.start - seg.start))) return undefined;
  // The verb opens the sentence: its subject is unsaid, and the agreeing word is said of it.
  const verb = own.slice(0, first.start).replace(LEAD_MARKS, "").trim().toLowerCase();
  if (!evidenceWords(sourceLang)?.after.some((phrase) => phrase.join(" ") === verb)) return undefined;
  // No one else the source marks has the pronoun's gender (a name or bare noun of none may be a place or said of
  // the subject: "se convirtió en presidente").
  if (marks.some((m) => m.gender === p.gender)) return undefined;
  return { gender: first.gender as Gender, evidence: own.slice(0, first.end).replace(LEAD_MARKS, "") };
}
