// pronoun-gender's bad examples, continued (bad-examples.ts is full): each marked span is a finding the rule must
// report, with its suggestion.
import type { RuleExample } from "../../check/rule";

/** More pairs with a pronoun or title of the wrong gender, marked. */
export const moreBad: RuleExample[] = [
  {
    // es -> en: "Andrei" is a man's given name (rules/given-names-more.json), and nothing else in the sentence is a person.
    from: "es",
    to: "en",
    source: "Andrei Sokolov dijo que su empresa había vendido tres coches.",
    target: "Andrei Sokolov said <marker>her</marker> company had sold three cars.",
    suggestion: "his",
  },
];
