// The unambiguous es->en plants of issue 12 ("explicit pronoun or gendered role noun as the subject of the same
// sentence"), read from the two sentences and the plant only, never from the rule: the Spanish sentence opens with
// its subject marking its gender (él/ella, or a person noun with its determiner: "La alcaldesa de Quito …", "El
// presidente …") and the English sentence opens with that subject's rendering, the flipped pronoun itself ("She
// …") or a noun phrase after a determiner ("The mayor of Quito did not hide her anger"), whose pronouns of the
// subject's gender refer to it.

/** Quotation marks, brackets and dashes a sentence may open with before its first word. */
const OPENING = /^[\s¿¡"“«'‘(—–-]*/u;
/** Spanish determiners that open a subject (not "del", "al": a complement). */
const ES_SUBJECT_DETS = "el|la|un|una|este|esta|ese|esa|aquel|aquella";
/** English determiners a subject noun phrase may open with. */
const EN_SUBJECT_NP = /^(?:the|a|an|this|that)\s+\p{L}/iu;

/**
 * A matcher of a Spanish sentence opening with its gendered subject, given the pattern source of the generator's
 * person nouns (`roles`: "presidente|presidenta|…"): "Ella …", "El presidente …", "La nueva ministra …", "La
 * exministra …". The determiner says the gender; the subject is a person noun, not a name or a thing.
 */
export function esSubjectOpening(roles: string): RegExp {
  return new RegExp(
    `^(?:(?:él|ella)|(?:${ES_SUBJECT_DETS})\\s+(?:(?:primer|primera|nuevo|nueva|ex|actual)\\s+)?(?:(?:ex|vice)-?)?(?:${roles}))(?!\\p{L})`,
    "iu",
  );
}

/**
 * es->en: whether a plant is the unambiguous case — the Spanish sentence opens with its gendered subject
 * (`subjectOpening`, from esSubjectOpening) and the English one with its rendering: either the first flipped pronoun
 * opens the sentence ("She has run the foundation …") or a noun phrase after a determiner does, before the first
 * flipped pronoun ("The mayor of Quito did not hide her anger").
 */
export function esSubjectPlant(spanish: string, english: string, firstFlip: number, subjectOpening: RegExp): boolean {
  const es = spanish.slice(OPENING.exec(spanish)?.[0].length ?? 0);
  if (!subjectOpening.test(es)) return false;
  const lead = OPENING.exec(english)?.[0].length ?? 0;
  return firstFlip === lead || (firstFlip > lead && EN_SUBJECT_NP.test(english.slice(lead)));
}

/** Quotation marks, each opening or closing a quotation. */
const QUOTES = /["“”«»]/gu;

/**
 * A sentence with its quotations blanked (`outside`) and with all but them blanked (`inside`), offsets kept; undefined
 * unless its quotations open and close in it (one carried over from another sentence leaves the sides unsure).
 */
export function quoteSides(text: string): { inside: string; outside: string } | undefined {
  const marks = [...text.matchAll(QUOTES)].map((m) => m.index ?? 0);
  if (marks.length === 0 || marks.length % 2 === 1) return undefined;
  let inside = "";
  let outside = "";
  let last = 0;
  for (let k = 0; k <= marks.length; k++) {
    const end = k < marks.length ? marks[k] : text.length;
    const part = text.slice(last, end);
    const blank = part.replace(/[^\s]/gu, " ");
    // Parts alternate: outside before the first mark, inside after it, and so on; each mark is kept on both sides.
    inside += k % 2 === 1 ? part : blank;
    outside += k % 2 === 1 ? blank : part;
    if (k < marks.length) {
      inside += text[end];
      outside += text[end];
    }
    last = end + 1;
  }
  return { inside, outside };
}

/**
 * es->en: whether a pronoun at an offset of the English sentence may be flipped, given that all the Spanish
 * sentence's evidence stands inside its quotations (`quotedOnly`): a pronoun outside the English quotations is then
 * their speaker or someone else the sentence speaks of, not a person the quotation names ('"El senador Obama no parece
 * comprender…" acusó' -> '"Senator Obama does not seem to understand …" he accused'). Not the other way round: a
 * quotation's pronoun may be someone its attribution names ('"No creo que su contribución …", dijo Valerie Boyd,
 * autora de una biografía de la Sra Hurston'). Every pronoun when the English quotations do not open and close in the
 * sentence.
 */
export function pronounOnSide(english: string, quotedOnly: boolean): (at: number) => boolean {
  const sides = quotedOnly ? quoteSides(english) : undefined;
  if (!sides) return () => true;
  return (at) => sides.inside[at] !== " ";
}
