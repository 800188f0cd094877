// pronoun-gender's good examples, continued (good-examples.ts is full): pairs the rule must leave alone.
import type { RuleExample } from "../../check/rule";

/** More correct pairs. */
export const moreGood: RuleExample[] = [
  {
    // en -> es: "en funciones" is read whole between the title and the name (rules/es/gender-cues.json
    // complementPhrases); the title agrees with the man the source shows.
    from: "en",
    to: "es",
    source: "The acting president, Juan Pérez, said he would call elections.",
    target: "El presidente en funciones, Juan Pérez, dijo que convocaría elecciones.",
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
];
