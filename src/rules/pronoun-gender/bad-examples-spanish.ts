// pronoun-gender's bad examples into Spanish, continued (the en -> es ones of bad-examples-more.ts before them): each
// marked span is a finding the rule must report, with its suggestion.
import type { RuleExample } from "../../check/rule";

/** Pairs into Spanish with a person word of the wrong gender, marked. */
export const spanishBad: RuleExample[] = [
  {
    // en -> es: "Libor" is a man's given name (rules/given-names-more.json), and "his" shows the same man.
    from: "en",
    to: "es",
    source: "Libor Kovář, who plays with a band in Prague, presented his new record yesterday.",
    target: "<marker>La cantante</marker> Libor Kovář, que toca con un grupo en Praga, presentó ayer su nuevo disco.",
    suggestion: "El cantante",
  },
  {
    // en -> es: "his" in a relative clause opened right after "the actor" ("who won … for his role") is the actor's,
    // whoever the sentences before named (rules/pronoun-evidence.json subjectRelatives).
    from: "en",
    to: "es",
    source:
      "Tom Reyes thanked the jury. The actor, who won a prize for his role in the play, had already played the leader of a rebellion.",
    target:
      "Tom Reyes dio las gracias al jurado. <marker>La actriz</marker>, que ganó un premio por su papel en la obra, ya había interpretado al líder de una rebelión.",
    suggestion: "El actor",
  },
  {
    // en -> es: two English sentences joined into one Spanish one: the second opens with "he", the subject that the
    // first sentence's one person ("The president") continues, though it names a woman after.
    from: "en",
    to: "es",
    source: "The president stressed that the country needed balance. However, he defended Ana Ruiz against the charges.",
    target: "El país necesita equilibrio, subraya <marker>la presidenta</marker>, defendiendo a Ana Ruiz de las acusaciones.",
    suggestion: "el presidente",
  },
  {
    // en -> es: an object pronoun past a comma and a participle ("the deputy, ordering him") is the noun before it,
    // which does not open its clause: the participle's subject is the clause's (rules/pronoun-evidence.json
    // participleEndings).
    from: "en",
    to: "es",
    source: "Ana Ruiz's office launched an attack against the deputy, ordering him to drop the name.",
    target: "La oficina de Ana Ruiz lanzó un ataque contra <marker>la diputada</marker>, ordenándole abandonar el nombre.",
    suggestion: "el diputado",
  },
  {
    // en -> es: a word written twice by mistake ("says the the head") is read once: the head reports after a comma,
    // the person of the sentence's "he".
    from: "en",
    to: "es",
    source: "Not because he wants to punish anyone, says the the head of the service.",
    target: "No es porque quiera castigar a nadie, comenta <marker>la directora</marker> del servicio.",
    suggestion: "el director",
  },
  {
    // en -> es: a name written surname first with a given name of hyphenated syllables ("Kim Dae-sung") is the person
    // the article calls "Mr Kim".
    from: "en",
    to: "es",
    source: "Mr Kim said the plan would work. Voters backed the president, Kim Dae-sung, in the vote.",
    target:
      "El señor Kim dijo que el plan funcionaría. Los votantes apoyaron a <marker>la presidenta</marker>, Kim Dae-sung, en la votación.",
    suggestion: "el presidente",
  },
];
