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
