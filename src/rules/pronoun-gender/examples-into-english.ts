// pronoun-gender's examples into English, session 18 (issue 12): the good and bad pairs of the classes closed then
// (people described by gendered words only, a dropped subject's agreement, long copula phrases, a pronoun said to be
// a noun of the other gender, predicates after 'was considered', a subject the sentence before names).
import type { RuleExample } from "../../check/rule";

/** Correct pairs the rule must leave alone. */
export const goodIntoEnglish: RuleExample[] = [
  {
    // es -> en: the source names a man the translation left out ("el presidente"): "his" may be his.
    from: "es",
    to: "en",
    source:
      "El presidente dijo que llegaría tarde. La cena empezó a las nueve. La primera dama y el presidente optaron por repetir vestuario.",
    target: "The president said he would arrive late. Dinner began at nine. The first lady opted to repeat his wardrobe.",
  },
  {
    // es -> en: the translation turns the passive round; the source's "él" is the "He" who appointed her.
    from: "es",
    to: "en",
    source: "Fue nombrada ministra por él en 2010.",
    target: "He appointed her minister in 2010.",
  },
  {
    // es -> en: "the great actor" is past "crowned by the", a complement: he is no one "she" is said to be.
    from: "es",
    to: "en",
    source: "En 1993 fue coronada en Praga por el actor.",
    target: "In 1993, she was crowned by the great actor in Prague.",
  },
  {
    // es -> en: "crowned by the Queen" is a verb's complement, not a copula's: "He" is not said to be the queen.
    from: "es",
    to: "en",
    source: "Fue coronado por la reina.",
    target: "He was crowned by the Queen.",
  },
  {
    // es -> en: "the new party leader" is a complement of "elected by", someone else than Mr. Ensign: "her" may be hers.
    from: "es",
    to: "en",
    source: "El Sr. Ensign, que fue elegido por la nueva líder del partido, elogió su trabajo.",
    target: "Mr. Ensign, who was elected by the new party leader, praised her work.",
  },
  {
    // es -> en: the sentence before has a pronoun of its own ("he"), whose person the unsaid subject may continue.
    from: "es",
    to: "en",
    source: "El abogado explicó que no recuerda los hechos. Antes, confesó que había ahogado al niño.",
    target: "The lawyer explained that he does not remember the facts. Before, she confessed that she had drowned the boy.",
  },
  {
    // es -> en: the sentence before names a woman too ("la presidenta"): the unsaid subject may be hers.
    from: "es",
    to: "en",
    source: "El ex ministro se reunió ayer con la presidenta. Además, ha señalado que su partido quiere anunciarlo.",
    target: "The former minister met the president yesterday. In addition, she has indicated that the party wants to announce it.",
  },
];

/** Pairs with a pronoun of the wrong gender, marked. */
export const badIntoEnglish: RuleExample[] = [
  {
    // es -> en: the sentence describes two women by gendered words and names no one; the "he" two sentences before
    // does not make "his" theirs.
    from: "es",
    to: "en",
    source:
      "El presidente dijo que llegaría tarde. La cena empezó a las nueve. La primera dama siguió el ejemplo de la princesa y optó por repetir vestuario.",
    target:
      "The president said he would arrive late. Dinner began at nine. The first lady followed the princess's lead and opted to repeat <marker>his</marker> wardrobe.",
    suggestion: "her",
  },
  {
    // es -> en: the sentence opens with its verb, and "puesto" shows its unsaid subject is a man.
    from: "es",
    to: "en",
    source: "El activista pasó 27 años en prisión. Fue puesto en libertad en 1990.",
    target: "The activist spent 27 years in prison. <marker>She</marker> was released in 1990.",
    suggestion: "He",
  },
  {
    // es -> en: "she will be the oldest Russian professional hockey player" is one person through the copula, past
    // five content words; the source's "el jugador" is a man.
    from: "es",
    to: "en",
    source: "Si Fetisov vuelve a las pistas, se convertirá en el jugador profesional más longevo del hockey ruso.",
    target: "If Fetisov returns to the ice, <marker>she</marker> will be the oldest Russian professional hockey player.",
    suggestion: "he",
  },
  {
    // es -> en: "she was the son" says "she" is a man, as the source's "hijo" does.
    from: "es",
    to: "en",
    source: "Decía que era hijo de un cocodrilo.",
    target: "She said that <marker>she</marker> was the son of a crocodile.",
    suggestion: "he",
  },
  {
    // es -> en: "a possible Republican presidential candidate" is said of the Nevada Republican, Mr. Ensign, through
    // "was considered": no second person of no marked gender the pronoun might be (the woman of the sentence before
    // keeps the source-only verdicts out).
    from: "es",
    to: "en",
    source:
      "El Sr. Ensign tuvo un romance con una actriz. El escándalo afectó al Sr. Ensign, el republicano de Nevada que fue considerado posible candidato presidencial, y dañó su carrera.",
    target:
      "Mr. Ensign had an affair with an actress. The scandal hit Mr. Ensign, the Nevada Republican who was considered a possible Republican presidential candidate, and damaged <marker>her</marker> career.",
    suggestion: "his",
  },
  {
    // es -> en: the second sentence names no subject of its own; it continues "el primer ministro", a man.
    from: "es",
    to: "en",
    source: "Hasta ahora el primer ministro ha hecho la mitad del trabajo. Además, ha señalado que su partido quiere anunciarlo.",
    target:
      "So far the prime minister has done half the job. In addition, <marker>she</marker> has indicated that the party wants to announce it.",
    suggestion: "he",
  },
];
