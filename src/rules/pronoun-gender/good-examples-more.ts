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
];
