// pronoun-gender's examples into English, session 19 (issue 12): the good and bad pairs of the classes closed then
// (a sentence run into a headline that has no final stop; lone capitalised words that are no one between a noun
// and the pronoun it binds).
import type { RuleExample } from "../../check/rule";

/** Correct pairs the rule must leave alone. */
export const goodIntoEnglishMore: RuleExample[] = [
  {
    // es -> en: a headline run into its lead; the lead's "her lawyer" is the teacher's, a woman.
    from: "es",
    to: "en",
    source: "Hoy compareció ante el juez por llamar Mahoma a un osito La profesora británica ha sido condenada, indicó su abogado.",
    target: "Today she appeared before a judge for naming a teddy bear Muhammad The British teacher has been sentenced, said her lawyer.",
  },
  {
    // es -> en: "Ortega" is a person (the article writes "Ana Ortega"), between "The judge" and "her": hers.
    from: "es",
    to: "en",
    source: "Ana Ortega presentó un recurso. El juez recibió ayer a Ortega y aceptó su propuesta.",
    target: "Ana Ortega filed an appeal. The judge received Ortega yesterday and accepted her proposal.",
  },
];

/** Pairs with a pronoun of the wrong gender, marked. */
export const badIntoEnglishMore: RuleExample[] = [
  {
    // es -> en: the capitalised "The" after a lower-case word opens a sentence run into a headline with no final
    // stop; "The British teacher" opens its clause and binds "his", whose source counterpart is "La profesora".
    from: "es",
    to: "en",
    source: "Hoy compareció ante el juez por llamar Mahoma a un osito La profesora británica ha sido condenada, indicó su abogado.",
    target:
      "Today she appeared before a judge for naming a teddy bear The British teacher has been sentenced, said <marker>his</marker> lawyer.",
    suggestion: "her",
  },
  {
    // es -> en: "Islam" is no one (the article never writes it after another capitalised word), so "The teacher"
    // binds "his" past it.
    from: "es",
    to: "en",
    source: "La profesora acusada de ofender al Islam ha sido condenada, indicó su abogado.",
    target: "The teacher accused of offending Islam has been sentenced, said <marker>his</marker> lawyer.",
    suggestion: "her",
  },
];
