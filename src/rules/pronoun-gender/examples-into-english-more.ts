// pronoun-gender's examples into English, session 19 (issue 12): the good and bad pairs of the classes closed then
// (a sentence run into a headline that has no final stop; lone capitalised words that are no one between a noun
// and the pronoun it binds; a reflexive whose clause's subject is a named person; a fronted possessive in a quotation;
// a title whose name comes past a person noun of its gender, "el actor … ganador de un Óscar, Kim Ortega"; person
// nouns the tables lacked: millonario, multimillonario, participante).
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
  {
    // es -> en: "Juan Pérez" is the object of "saw", not the subject of the clause: "herself" is the minister's.
    from: "es",
    to: "en",
    source: "La ministra habló ayer. Ella vio a Juan Pérez en el banco y se culpó.",
    target: "The minister spoke yesterday. She saw Juan Pérez at the bank and blamed herself.",
  },
  {
    // es -> en: the quotation's fronted "her" has no person after it inside the quotation; Ruiz is its speaker.
    from: "es",
    to: "en",
    source: 'El presidente Pedro Ruiz habló ayer. "En su opinión, el plan fracasa", dijo Ruiz.',
    target: 'President Pedro Ruiz spoke yesterday. "In her view, the plan fails," Ruiz said.',
  },
  {
    // es -> en: "ganador" between the title and the name is the actor's own description; "he" is Ortega, a man.
    from: "es",
    to: "en",
    source: "La película la protagoniza el actor estadounidense ganador de un Óscar, Kim Ortega. Ortega dijo que el papel le gustó.",
    target: "The film stars the Oscar-winning American actor Kim Ortega. Ortega said that he liked the role.",
  },
  {
    // es -> en: "millonaria" after a noun is an adjective ("una multa millonaria"), no woman: "his" is the judge's.
    from: "es",
    to: "en",
    source: "El juez impuso al banco una multa millonaria y explicó su decisión.",
    target: "The judge imposed a million-euro fine on the bank and explained his decision.",
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
  {
    // es -> en: the reflexive's clause opens with its subject, "the chairman of the bank, Juan Pérez", a man; the
    // fronted "her hearing" and the minister of the sentence before are not its antecedent.
    from: "es",
    to: "en",
    source:
      "La ministra habló ayer. El día anterior, durante su comparecencia, el presidente del banco, Juan Pérez, no dijo nada de sus planes, limitándose a sonreír.",
    target:
      "The minister spoke yesterday. The day before, during her hearing, the chairman of the bank, Juan Pérez did not say anything about her plans, contenting <marker>herself</marker> with a smile.",
    suggestion: "himself",
  },
  {
    // es -> en: a possessive fronted inside a quotation refers forward to the quotation's first person, Ruiz, a man.
    from: "es",
    to: "en",
    source: 'El presidente Pedro Ruiz habló ayer. "En su lucha contra el paro, Ruiz necesita a los sindicatos", afirmó un experto.',
    target:
      'President Pedro Ruiz spoke yesterday. "In <marker>her</marker> fight against unemployment, Ruiz needs the unions," an expert said.',
    suggestion: "his",
  },
  {
    // es -> en: a person noun of the title's gendered form between the title and the name ("ganador") is said of
    // the same person, so the article's "Kim Ortega" is a man.
    from: "es",
    to: "en",
    source: "La película la protagoniza el actor estadounidense ganador de un Óscar, Kim Ortega. Ortega dijo que el papel le gustó.",
    target: "The film stars the Oscar-winning American actor Kim Ortega. Ortega said that <marker>she</marker> liked the role.",
    suggestion: "he",
  },
  {
    // es -> en: "el millonario" is a man (rules/es/gender-cues.json roleNouns adjectives: a person after a
    // determiner), the counterpart of "millionaire" (rules/role-counterparts.json), who binds "her".
    from: "es",
    to: "en",
    source: "El millonario ruso que quiere un retrato de su esposa no va a conducir ese coche.",
    target: "The Russian millionaire who wants a portrait of <marker>her</marker> wife is not going to drive that car.",
    suggestion: "his",
  },
];
