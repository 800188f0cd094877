// pronoun-gender's good examples, continued (good-examples.ts is full): pairs the rule must leave alone.
import type { RuleExample } from "../../check/rule";

/** More correct pairs. */
export const moreGood: RuleExample[] = [
  {
    // es -> de: German "er" may stand for a thing or for someone the tables do not know; with no one before it, it is
    // not bound forward to the woman named after it (here the speaker; the man is "der Unternehmer").
    from: "es",
    to: "de",
    source:
      "El empresario fue detenido el lunes. En varios casos presentó recursos contra las obras y exigió dinero a los inversores, dijo la portavoz de la policía, Alena Romova.",
    target:
      "Der Unternehmer wurde am Montag festgenommen. In mehreren Fällen legte er Berufungen gegen die Bauvorhaben ein und forderte Geld von den Investoren, sagte die Polizeisprecherin, Alena Romova.",
  },
  {
    // fr -> es: the source names the deputy by her surname under a masculine title; the translation's given name is a
    // woman's, as its title: the source's title is the slip, not the translation's.
    from: "fr",
    to: "es",
    source: "Selon le groupe du député Fidesz, Járóka a prévenu que le plan échouerait.",
    target: "Según el grupo de la diputada del Fidesz, Lívia Járóka advirtió que el plan fracasaría.",
  },

  {
    // en -> es: "en funciones" is read whole between the title and the name (rules/es/gender-cues.json
    // complementPhrases); the title agrees with the man the source shows.
    from: "en",
    to: "es",
    source: "The acting president, Juan Pérez, said he would call elections.",
    target: "El presidente en funciones, Juan Pérez, dijo que convocaría elecciones.",
  },
  {
    // es -> en: a quotation opened with a straight mark is still quoted speech, whose "her" may be someone else.
    from: "es",
    to: "en",
    source: 'El actor dijo: "Ganó un premio por su papel".',
    target: 'The actor said: "She won an award for her role".',
  },
  {
    // es -> en: a reflexive after a noun, not a name, is left to the sentence's other evidence.
    from: "es",
    to: "en",
    source: "Eso dice mucho de Pedro Ruiz y de la propia mujer.",
    target: "That says a lot about Pedro Ruiz and about the woman herself.",
  },
  {
    // es -> en: the title's complement and comma before the name, the pronoun agreeing with her.
    from: "es",
    to: "en",
    source: "La crítica del PNV en materia de vivienda, Olivia Ruiz, negó que su partido fuera débil.",
    target: "The critic of PNV concerning housing, Olivia Ruiz, denied that her party was weak.",
  },
  {
    // es -> en: a possessive further from the clause-opening noun may be the man the fronted phrase names.
    from: "es",
    to: "en",
    source: "Amiga de Pedro Ruiz desde la infancia, la cantante elogió después en la gira su disco.",
    target: "A friend of Pedro Ruiz since childhood, the singer later praised his album on the tour.",
  },
  {
    // es -> en: the attorney's owner is a woman the sentence names.
    from: "es",
    to: "en",
    source: "Según su abogada, Ana Ruiz es inocente.",
    target: "According to her attorney, Ana Ruiz is innocent.",
  },
  {
    // es -> en: the husband the English names is the man "his" refers to.
    from: "es",
    to: "en",
    source: "Desde que murió su esposo, Ana Ruiz, la presidenta de Chile, ve honrada su memoria.",
    target: "Since her husband died, Ana Ruiz, Chile's president, has seen his memory honoured.",
  },
  {
    // es -> en: the same apposition after "woman" makes Sam Ruiz a woman, whose "her" it is.
    from: "es",
    to: "en",
    source:
      "La periodista Ana Gil habló con los invitados. Otra inglesa, la oscarizada directora Sam Ruiz, dijo que trabajar con Pedro Mora fue la cumbre de su carrera.",
    target:
      "The journalist Ana Gil spoke to the guests. Another English woman, Sam Ruiz, said that working with Pedro Mora was the peak of her career.",
  },
  {
    // es -> en: "el médico" with its determiner is a man the source names, whom "he" may be.
    from: "es",
    to: "en",
    source: "Ana Ruiz leyó un texto que escribió con el médico.",
    target: "Ana Ruiz read a text that he wrote with the doctor.",
  },
  {
    // es -> en: the same with "la ex-jefa … antigua presidenta": a woman, whose "her" it is.
    from: "es",
    to: "en",
    source:
      "En la transición tendrá un papel activo Stoiber, que estuvo en el fondo; la ex-jefa de gobierno y antigua presidenta del partido calificó el domingo como el día más amargo de su carrera.",
    target:
      "Stoiber, who stayed in the background, will have an active role in the transition; the ex-state premier and former party president called Sunday the darkest day of her career.",
  },
  {
    // en -> es: "she" before "the teacher" is someone else (the pupil): the teacher's gender is not shown.
    from: "en",
    to: "es",
    source: "When she is in class, she cannot follow because the teacher is introducing a new pupil.",
    target: "Cuando está en clase, no puede seguir porque el profesor presenta a un alumno nuevo.",
  },
  {
    // en -> es: a noun after a relative's copula ("who will be the economic vice-president") may be anyone.
    from: "en",
    to: "es",
    source: "He said the citizens know who will be the economic vice-president.",
    target: "Dijo que los ciudadanos saben quién será la vicepresidenta económica.",
  },
  {
    // en -> es: "a soldier" is someone new, not the "he" before it.
    from: "en",
    to: "es",
    source: "He said, in response to a question from a soldier, that there were no good options.",
    target: "Dijo, en respuesta a la pregunta de una soldado, que no había buenas opciones.",
  },
  {
    // en -> es: "and" ends a title's complement: John Smith is not the president (rules/pronoun-evidence.json
    // complementBreaks), and "his" may be either man's.
    from: "en",
    to: "es",
    source: "The president of Brazil and John Smith said that his plan would work.",
    target: "El presidente de Brasil y John Smith dijeron que su plan funcionaría.",
  },
  {
    // en -> es: "his" in the relative clause after "the director" is the director's, not the actress's.
    from: "en",
    to: "es",
    source: "The actress met the director, who won a prize for his film.",
    target: "La actriz conoció al director, que ganó un premio por su película.",
  },
  {
    // en -> es: the first sentence names two people, so the "he" that opens the next may be the mayor.
    from: "en",
    to: "es",
    source: "The president thanked the mayor. However, he left early.",
    target: "La presidenta agradeció al alcalde, pero él se fue pronto.",
  },
  {
    // en -> es: "Ilona" is a woman's given name (rules/given-names-more.json), as "her" and "la diputada" show.
    from: "en",
    to: "es",
    source: "Deputy Ilona Varga said her party would win.",
    target: "La diputada Ilona Varga dijo que su partido ganaría.",
  },
  {
    // en -> es: the "He" after the quotation is its speaker, not the child the quotation speaks of.
    from: "en",
    to: "es",
    source: '"Fine. The child may stay with us." He smiled at the queen.',
    target: '"Bien. La niña puede quedarse con nosotros", sonrió él a la reina.',
  },
  {
    // en -> es: "The deputy" opens the clause, so the participle is the deputy's and "him" someone else.
    from: "en",
    to: "es",
    source: "The deputy left Ana Ruiz's office, asking him to follow.",
    target: "La diputada salió del despacho de Ana Ruiz, pidiéndole que la siguiera.",
  },
  {
    // en -> es: "the the head" read as "the head", a woman by her "she": "la directora" agrees.
    from: "en",
    to: "es",
    source: "Not because she wants to punish anyone, says the the head of the service.",
    target: "No es porque quiera castigar a nadie, comenta la directora del servicio.",
  },
  {
    // en -> es: "Kim Dae-sung" is the woman the article calls "Ms Kim": "la presidenta" agrees.
    from: "en",
    to: "es",
    source: "Ms Kim said the plan would work. Voters backed the president, Kim Dae-sung, in the vote.",
    target: "La señora Kim dijo que el plan funcionaría. Los votantes apoyaron a la presidenta, Kim Dae-sung, en la votación.",
  },
];
