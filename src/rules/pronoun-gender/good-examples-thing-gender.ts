// pronoun-gender's good examples between languages whose pronouns or participles may carry a thing's grammatical
// gender (into German, into French): translations it must leave alone (each one a test, see rule-examples.test.ts).
import type { RuleExample } from "../../check/rule";

/** Pronouns and participles that stand for a thing, or agree with a noun of one gender for either sex. */
export const thingGenderGood: RuleExample[] = [
  {
    // fr -> de: "elle" (la mousse) and "er" (der Schaum) both stand for a thing, of their own grammatical gender.
    from: "fr",
    to: "de",
    source: "La mousse change de forme quand elle devient chaude.",
    target: "Der Schaum ändert seine Form, wenn er warm wird.",
  },
  {
    // es -> de: "ella" (la empresa) and "seinen" (der Konzern) both stand for a thing.
    from: "es",
    to: "de",
    source: "La empresa dijo que ella había cumplido todos sus compromisos.",
    target: "Der Konzern sagte, er habe alle seine Verpflichtungen erfüllt.",
  },
  {
    // fr -> de: "seine" may stand for "der Bezirk", named after the woman: a thing of its grammatical gender.
    from: "fr",
    to: "de",
    source: "Mme Xu a visité le quartier. Le quartier a ensuite abandonné ses projets de route.",
    target: "Frau Xu besuchte den Bezirk. Später gab der Bezirk seine Straßenbaupläne auf.",
  },
  {
    // es -> fr: "Peter Pan" follows "dans Hamlet et": a complement; "décédée" agrees with "la vedette", not with it.
    from: "es",
    to: "fr",
    source: "Homenaje al actor Luis Vidal, la estrella en Hamlet y Peter Pan, muerto en 2002.",
    target: "Hommage à l'acteur Luis Vidal, la vedette dans Hamlet et Peter Pan, décédée en 2002.",
  },
  {
    // es -> en: "His" opens the sentence in apposition to Ana Gil's noun ("His colleague, Ana Gil"): Pedro Ruiz's,
    // no fronted phrase that refers forward to her.
    from: "es",
    to: "en",
    source: "Lo dijo el diputado Pedro Ruiz. Su colega, Ana Gil, declaró que el acuerdo era bueno.",
    target: "So said Representative Pedro Ruiz. His colleague, Ana Gil, declared that the deal was good.",
  },
  {
    // en -> es: "SARS-CoV" (capitals up to a hyphen) is an acronym's compound, no person: "sister" genders no one.
    from: "en",
    to: "es",
    source:
      "The new virus is closely related to its sister SARS-CoV. In 2002 the etiological agent was SARS-CoV, the third human coronavirus.",
    target:
      "El nuevo virus está muy emparentado con su hermano el SARS-CoV. En 2002 el agente etiológico fue el SARS-CoV, el tercer coronavirus humano.",
  },
  {
    // en -> es: "asesinado" agrees with "El hermano", whose complement "de la presidenta" is someone else.
    from: "en",
    to: "es",
    source: "The murdered brother of the president was a hero, he said.",
    target: "El hermano de la presidenta asesinado era un héroe, dijo.",
  },
  {
    // en -> es: "decida" is a verb (rules/pronoun-evidence.json phraseAgreement.notAgreeing), not a woman said of "el
    // presidente".
    from: "en",
    to: "es",
    source: "She hopes the president decides soon.",
    target: "Espera que el presidente decida pronto.",
  },
  {
    // es -> en: "Globo" with no body's word before it may be a person of unknown gender: "her" may be hers, or the
    // judge's.
    from: "es",
    to: "en",
    source: "La jueza Ana Gil rechazó el recurso. El señor Ruiz dijo a Globo que su abogado apelará.",
    target: "Judge Ana Gil rejected the appeal. Mr. Ruiz told Globo that her lawyer will appeal.",
  },
  {
    // es -> en: "chief of staff" with no name after it is someone of unknown gender: "her" may be theirs.
    from: "es",
    to: "en",
    source: "La jueza Ana Gil rechazó el recurso. El señor Ruiz dijo que su jefe de gabinete habló con su abogado.",
    target: "Judge Ana Gil rejected the appeal. Mr. Ruiz said that his chief of staff spoke to her lawyer.",
  },
  {
    // es -> en: "Mr. Ruiz's lead lawyer" as a subject of its own is someone of unknown gender: "her" may be theirs.
    from: "es",
    to: "en",
    source:
      "La jueza Ana Gil rechazó el recurso. Pedro Gómez dijo que el abogado principal del señor Ruiz recibió una llamada de su cliente.",
    target: "Judge Ana Gil rejected the appeal. Pedro Gómez said that Mr. Ruiz's lead lawyer received a call from her client.",
  },
];
