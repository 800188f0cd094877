// pronoun-gender's bad examples on whom a pronoun refers to (given names, forward possessives, appositions, pronouns
// aligned at their place, binding to the clause's subject), split out of bad-examples-more.ts for its size.
import type { RuleExample } from "../../check/rule";

/** Pairs where the pronoun's referent, once found, shows the wrong gender; marked. */
export const referentBad: RuleExample[] = [
  {
    // es -> en: "Andrei" is a man's given name (rules/given-names-more.json), and nothing else in the sentence is a person.
    from: "es",
    to: "en",
    source: "Andrei Sokolov dijo que su empresa había vendido tres coches.",
    target: "Andrei Sokolov said <marker>her</marker> company had sold three cars.",
    suggestion: "his",
  },
  {
    // es -> en: "For her part" refers forward, to the subject after it (rules/en/gender-cues.json forwardPossessives).
    from: "es",
    to: "en",
    source: "Por su parte, el alcalde de Quito dijo que la ley es justa.",
    target: "For <marker>her</marker> part, the mayor of Quito said the law was fair.",
    suggestion: "his",
  },
  {
    // es -> en: "film director" right before the name is that person, not someone of unknown gender besides him.
    from: "es",
    to: "en",
    source: 'El director de cine Tomás Vidal estrena su nueva película "Luna Roja".',
    target: 'The film director Tomás Vidal is releasing <marker>her</marker> new film "Luna Roja".',
    suggestion: "his",
  },
  {
    // es -> en: "han muerto" is the perfect, its participle invariable: no man among the people the source marks.
    from: "es",
    to: "en",
    source: "En 2007, ella dijo que había dirigido la obra, en la que han muerto cientos de obreros.",
    target: "In 2007, <marker>he</marker> said <marker>he</marker> had led the works, in which hundreds of workers have died.",
    suggestion: "she",
  },
  {
    // es -> en: "the president of Luna Motors" in apposition right after the name is Ana Vidal, not someone else of
    // unknown gender between her and the pronoun.
    from: "es",
    to: "en",
    source: "Ayer, Ana Vidal, la presidente de Luna Motors, dijo que había vendido tres coches a Pedro Gil.",
    target: "Yesterday, Ana Vidal, the president of Luna Motors, said <marker>he</marker> had sold three cars to Pedro Gil.",
    suggestion: "she",
  },
  {
    // es -> en: "an aide" after "had been" is said of Mr. Ruiz, no one more between him and the pronoun.
    from: "es",
    to: "en",
    source: "Como Ruiz había sido un asistente de Gómez, fue excluido durante un año.",
    target: "Because Mr. Ruiz had been an aide to Mr. Gómez, <marker>she</marker> was barred for a year.",
    suggestion: "he",
  },
  {
    // en -> es: the source opens with "He", the translation with "Ella": its subject, whatever else the sentence says.
    from: "en",
    to: "es",
    source: "He wanted to know if the plan was his, but his partner never told him.",
    target: "<marker>Ella</marker> quiso saber si el plan era suyo, pero su socio nunca se lo dijo.",
    suggestion: "Él",
  },
  {
    // es -> en: "dice él" is rendered at its place by "she says": the explicit pronoun decides, though the sentence
    // also speaks of a woman (aligned-pronouns.ts).
    from: "es",
    to: "en",
    source: "Esta vez a él lo acompaña su novia Marta, y eso lo cambia todo, dice él.",
    target: "This time his girlfriend Marta came along, and that changes everything, <marker>she</marker> says.",
    suggestion: "he",
  },
  {
    // en -> es: "whether she died" rendered "si él murió", though a man (the surgeon) comes after it.
    from: "en",
    to: "es",
    source: "Investigators want to know whether she died because of a surgeon who worked without a licence.",
    target: "Los investigadores quieren saber si <marker>él</marker> murió por culpa de un cirujano que trabajaba sin licencia.",
    suggestion: "ella",
  },
  {
    // es -> en: a pronoun in a phrase fronted before the sentence's first person, with no one of its gender before,
    // refers forward to that person ("In his fight …, Ana Gil"; english-pronouns.ts frontedBeforeSubject).
    from: "es",
    to: "en",
    source: "En su lucha contra la corrupción, la ministra Ana Gil tiene que confiar en los jueces.",
    target: "In <marker>his</marker> fight against corruption, Minister Ana Gil has to rely on the judges.",
    suggestion: "her",
  },
  {
    // es -> en: "dijo la portavoz" rendered at its place by "he said", no noun there: the pronoun is the spokeswoman,
    // whoever the sentences before named (aligned-pronouns.ts nounFindings).
    from: "es",
    to: "en",
    source: 'El portavoz Luis Gil habló primero. "Seguimos buscando a los estudiantes desaparecidos", dijo la portavoz.',
    target: 'Spokesman Luis Gil spoke first. "We are still looking for the missing students," <marker>he</marker> said.',
    suggestion: "she",
  },
  {
    // en -> es: "his own car" binds to the clause's subject, the chief, though a man was named before.
    from: "en",
    to: "es",
    source: "Luis Gil saw it all. The former police chief was driving his own car when the crash happened.",
    target: "Luis Gil lo vio todo. <marker>La ex jefa</marker> de policía conducía su propio coche cuando ocurrió el choque.",
    suggestion: "El ex jefe",
  },
  {
    // en -> es: "vice-chairman" is a person noun (a prefix before the hyphen, rules/pronoun-evidence.json nounPrefixes),
    // a man's: the sentence speaks of a man only, as Tomas Novak's given name says.
    from: "en",
    to: "es",
    source: "The vice-chairman of the party, Tomas Novak, said that the plan had failed.",
    target: "<marker>La vicepresidenta</marker> del partido, Tomas Novak, dijo que el plan había fracasado.",
    suggestion: "El vicepresidente",
  },
  {
    // es -> en: "Lumo, a company that …" is a body (its apposition's head is an organisation word), no unknown person
    // between Andrei Volkov and the pronoun.
    from: "es",
    to: "en",
    source:
      "Por la tarde, Andrei Volkov, encargado de ventas para Lumo, compañía que modifica coches de lujo, dijo que la compañía había vendido tres coches.",
    target:
      "In the afternoon, Andrei Volkov, the sales manager for Lumo, a company that customizes luxury cars, said that <marker>her</marker> company had sold three cars.",
    suggestion: "his",
  },
];
