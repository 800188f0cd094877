// pronoun-gender's good examples: translations it must leave alone (each one a test, see rule-examples.test.ts).
import type { RuleExample } from "../../check/rule";
import { thingGenderGood } from "./good-examples-thing-gender";
import { moreGood } from "./good-examples-more";

/** Pairs where every pronoun and title agrees with the person the source shows. */
export const good: RuleExample[] = [
  {
    from: "es",
    to: "en",
    source: "El director habló primero. Ella le dio la mano al ministro y él sonrió.",
    target: "The director spoke first. She shook the minister's hand and he smiled.",
  },
  {
    from: "es",
    to: "en",
    source: "Tomás Ruiz llegó tarde al juicio. La señora Gil, su madre, no habló con la prensa.",
    target: "Tomás Ruiz arrived late for the trial. Mrs Gil, his mother, did not speak to the press.",
  },
  {
    from: "es",
    to: "en",
    source: "Tomás Ruiz llegó tarde al juicio. Marta Gil, su madre, declaró que ella no sabía nada.",
    target: "Tomás Ruiz arrived late for the trial. Marta Gil, his mother, said she knew nothing.",
  },
  {
    from: "es",
    to: "en",
    source: "La presidenta Dina Boluarte viajó a Lima. Boluarte no presentó pruebas en su país.",
    target: "President Dina Boluarte travelled to Lima. Boluarte did not present evidence in her country.",
  },
  {
    from: "es",
    to: "en",
    source: "El canciller Héctor Timerman llegó el lunes. Timerman dijo que la reunión fue útil.",
    target: "Foreign Minister Héctor Timerman arrived on Monday. Timerman said he found the meeting useful.",
  },
  {
    from: "es",
    to: "en",
    source: "La ministra Ana Ruiz se reunió con el alcalde Pedro Gil. Ruiz le dijo que esperaría.",
    target: "Minister Ana Ruiz met Mayor Pedro Gil. Ruiz told him she would wait.",
  },
  {
    from: "es",
    to: "en",
    source: "La jueza Carmen Vidal habló con el acusado. «Él sabía todo», dijo Vidal.",
    target: 'Judge Carmen Vidal spoke to the defendant. "He knew everything," Vidal said.',
  },
  {
    from: "es",
    to: "en",
    source: "El portavoz Luis Soto habló con una periodista. Soto dijo que ella tenía razón.",
    target: "Spokesman Luis Soto spoke to a reporter. Soto said she was right.",
  },
  {
    from: "en",
    to: "es",
    source: "Ms. Laura Chinchilla visited Madrid. She met the king.",
    target: "La presidenta Laura Chinchilla visitó Madrid. Se reunió con el rey.",
  },
  {
    from: "es",
    to: "en",
    source: "El ministro Luis Gil y la jueza Ana Mora se reunieron. Gil dijo que ella tenía razón.",
    target: "Minister Luis Gil and Judge Ana Mora met. Gil said she was right.",
  },
  {
    from: "es",
    to: "en",
    source: "«La presidenta ha mentido», dijo el senador Raúl Soto.",
    target: '"The president lied," said Senator Raúl Soto, adding that he would vote against her.',
  },
  {
    // The English source contradicts itself (a woman's given name, a man's role): no correction is trusted.
    from: "en",
    to: "es",
    source: "Spokesman Jana Novak confirmed the visit.",
    target: "La portavoz Jana Novak confirmó la visita.",
  },
  {
    // An object pronoun cannot refer to its own clause's subject: "her" is the judge of the sentence before.
    from: "es",
    to: "en",
    source: "El ministro Luis Gil elogió a la jueza Ana Mora. Gil la felicitó en público.",
    target: "Minister Luis Gil praised Judge Ana Mora. Gil congratulated her in public.",
  },
  {
    // Inside a quotation the speaker says "I": "his" is the man of the sentence before, not the quoted judge.
    from: "es",
    to: "en",
    source: "La jueza Carmen Vidal visitó a Pedro Gil. Vidal escribió: «Lamento su pérdida».",
    target: 'Judge Carmen Vidal visited Pedro Gil. Vidal wrote: "I regret his loss."',
  },
  {
    // An object pronoun in a clause of its own may refer to someone else; here the source says it is the judge.
    from: "es",
    to: "en",
    source: "La jueza Ana Ruiz visitó la escuela. El alcalde Pedro Gil está contento porque la reforma le conviene a ella.",
    target: "Judge Ana Ruiz visited the school. Mayor Pedro Gil is pleased because the reform suits her.",
  },
  {
    // The source sentence itself names the woman the pronoun refers to.
    from: "es",
    to: "en",
    source: "El alcalde Pedro Gil recibió a la jueza Ana Mora. Gil dijo que la jueza no dimitiría.",
    target: "Mayor Pedro Gil received Judge Ana Mora. Gil said she would not resign.",
  },
  {
    // The mayor opens the sentence, but the minister of the sentence before is a woman "her" may refer to.
    from: "es",
    to: "en",
    source: "El alcalde de Quito recibió a la ministra. El alcalde dijo que su visita fue útil.",
    target: "The mayor of Quito received the minister. The mayor said her visit was useful.",
  },
  {
    // No gendered subject opens the source sentence ("sentada" agrees with someone the window does not name).
    from: "es",
    to: "en",
    source: "Cuando está sentada en clase, el profesor habla demasiado rápido.",
    target: "When she sits in class, the teacher speaks too fast.",
  },
  {
    // "en ella" is "in it" (the office), not a woman: the client may well introduce himself.
    from: "es",
    to: "en",
    source: "La oficina abrió en mayo y el cliente trabaja en ella.",
    target: "The office opened in May and the client works there; he likes it.",
  },
  {
    // The English speaks of a woman and a man: "él" may be the man.
    from: "en",
    to: "es",
    source: "She thanked him for the report.",
    target: "Ella le dio las gracias a él por el informe.",
  },
  {
    // A possessed person ("su hijo") says nothing of the owner the pronouns stand for.
    from: "es",
    to: "en",
    source: "Visitó a su hijo en el hospital, según dijo.",
    target: "She visited her son in the hospital, she said.",
  },
  {
    // "de ella" is the holster: a Spanish pronoun after a preposition may stand for a thing.
    from: "en",
    to: "es",
    source: "He took the rifle from his back, opened a holster and, as he always did, pulled out a small bag.",
    target: "Tomó el rifle de su espalda, abrió una funda y, como siempre, sacó de ella una bolsa pequeña.",
  },
  {
    // "vencedora" after a noun is an adjective ("el arma vencedora"), not a woman.
    from: "en",
    to: "es",
    source: "He said the winning weapon was the economy.",
    target: "Dijo que el arma vencedora era la economía.",
  },
  {
    // "He" comes before the president: the English says nothing of the president's gender.
    from: "en",
    to: "es",
    source: "He thanked the president for the support.",
    target: "Agradeció a la presidenta el apoyo.",
  },
  {
    // A name after "la esposa del presidente," is the wife's: the president's title says nothing of Ana Gil.
    from: "es",
    to: "en",
    source: "La esposa del presidente, Ana Gil, visitó Lima. Gil dijo que su viaje fue útil.",
    target: "The president's spouse, Ana Gil, visited Lima. Gil said her trip was useful.",
  },
  {
    // en -> es: "del rey" is the owner; Eva Sol, after the comma, is the wife, as the English says.
    from: "en",
    to: "es",
    source: "Queen Eva Sol, the wife of King Juan, visited Lima.",
    target: "La esposa del rey Juan, Eva Sol, visitó Lima.",
  },
  {
    // "his/her" is the gender-neutral pair: it names no one's gender, whoever the source marks.
    from: "es",
    to: "en",
    source: "Un anuncio muestra a un hombre que cruza la calle sin mirar. El hombre paga el descuido con su propia vida.",
    target: "One advert shows a man who crosses the street without looking. The man pays for the carelessness with his/her own life.",
  },
  {
    // The surgeon, a man, is named before the pronoun in the target: "his" may stand for him, not for "ella".
    from: "es",
    to: "en",
    source: "Ella dijo que el cirujano había hecho mal su trabajo.",
    target: "Garcia said the surgeon had botched his job.",
  },
  {
    // en -> es: "her" speaks of a woman, so the given name's usual gender does not decide the title.
    from: "en",
    to: "es",
    source: "The book by the British writer John Carlin tells of her years in Africa.",
    target: "El libro de la escritora británica John Carlin cuenta sus años en África.",
  },
  {
    // en -> es: a participle may agree with a thing ("la finca … dividida"), whatever a given name says.
    from: "en",
    to: "es",
    source: "The estate owned by Philip Gil was divided among his children.",
    target: "La finca de Philip Gil fue dividida entre sus hijos.",
  },
  {
    // en -> es: two people of no marked gender, not in apposition; "her" is one of them, the president may be a man.
    from: "en",
    to: "es",
    source:
      "In an incident involving Ana Edu, the Minister of Health in President Bola Tinubu's government, there were calls for her removal.",
    target: "En un incidente con Ana Edu, la Ministra de Salud del gobierno del presidente Bola Tinubu, se pidió su destitución.",
  },
  {
    // en -> es: "médica" after "de ética" is an adjective (medical ethics), no woman.
    from: "en",
    to: "es",
    source: "The minister published rules of medical ethics for triage, he said.",
    target: "El ministro publicó normas de ética médica para el triaje, dijo.",
  },
  {
    // fr: impersonal "il" (il faut) stands for no one; the English "her" is a possessive.
    from: "en",
    to: "fr",
    source: "Her plan needs more money.",
    target: "Il faut plus d'argent pour son plan.",
  },
  {
    from: "fr",
    to: "en",
    source: "Il faut plus d'argent pour son plan.",
    target: "Her plan needs more money.",
  },
  {
    // fr: the clitic "lui" (indirect object) is either gender; only "pour lui", "lui-même", "c'est lui" mark a man.
    from: "en",
    to: "fr",
    source: "The doctors gave her a new treatment.",
    target: "Les médecins lui ont donné un nouveau traitement.",
  },
  {
    from: "fr",
    to: "en",
    source: "Les médecins lui ont donné un nouveau traitement.",
    target: "The doctors gave her a new treatment.",
  },
  {
    // fr: "elle" stands for la réforme (a subject pronoun for a thing), not for the owner of "his".
    from: "en",
    to: "fr",
    source: "The reform was delayed because his government never funded it.",
    target: "La réforme a pris du retard car elle n'a jamais été financée par son gouvernement.",
  },
  {
    from: "fr",
    to: "en",
    source: "Sa réforme a pris du retard et elle n'a jamais été financée.",
    target: "His reform was delayed and it was never funded.",
  },
  {
    // fr: a relative pronoun ("qui") and a present-tense verb in -ie ("confie") are no participles.
    from: "en",
    to: "fr",
    source: "The plan will work, said Ms. Anne Dupont, who teaches in Lyon.",
    target: "Le plan fonctionnera, a déclaré Anne Dupont, qui enseigne à Lyon.",
  },
  {
    from: "en",
    to: "fr",
    source: "Its chairman, Mr. Paul Martin, believes the worst is over.",
    target: "Son président, M. Paul Martin, confie que le pire est passé.",
  },
  {
    // fr: "-logue" nouns are of either gender, not feminine participles.
    from: "en",
    to: "fr",
    source: "Mr. Martin, a palaeontologist in Lyon, says the species is older.",
    target: "M. Martin, paléontologue à Lyon, dit que l'espèce est plus ancienne.",
  },
  {
    // fr: after "par M. Martin," the adjective agrees with the clause's subject (l'opposition), not with him.
    from: "en",
    to: "fr",
    source: "The opposition praised the speech given by Mr. Martin, satisfied that the plan was kept.",
    target: "L'opposition a salué le discours prononcé par M. Martin, satisfaite que le plan soit maintenu.",
  },
  {
    // A title whose complement is followed by another name is that name's ("…, la présidente de la Chambre, Nancy Gil").
    from: "en",
    to: "fr",
    source: "Peter Hall, the chairman of the House, Nancy Gil, and Senator John Webb announced the deal.",
    target: "Peter Hall, la présidente de la Chambre, Nancy Gil, et le sénateur John Webb ont annoncé l'accord.",
  },
  {
    // fr: "elle" agrees with "cette personne", of either sex.
    from: "fr",
    to: "en",
    source: "Cette personne a appelé la police parce qu'elle avait peur.",
    target: "This person called the police because he was afraid.",
  },
  {
    // de -> fr: German "er" (der Vertrag) and French "elle" (la convention) both stand for a thing.
    from: "de",
    to: "fr",
    source: "Der Vertrag wurde geändert, weil er zu teuer war.",
    target: "La convention a été modifiée parce qu'elle était trop chère.",
  },
  {
    // fr: "il" inside "œil" is no pronoun.
    from: "en",
    to: "fr",
    source: "At first glance, her dress looked the same.",
    target: "Au premier coup d'œil, sa robe semblait la même.",
  },
  {
    // en -> de: "sein" without a noun after it is the verb "to be", not the possessive.
    from: "en",
    to: "de",
    source: "Ms. Ruiz said the results might not be available for weeks.",
    target: "Frau Ruiz sagte, die Ergebnisse könnten wochenlang nicht verfügbar sein.",
  },
  {
    // en -> de: German "seinen" translates "its" (der Bezirk), a thing of masculine gender.
    from: "en",
    to: "de",
    source: "Ms. Ruiz said the county backed away from its road plans.",
    target: "Frau Ruiz sagte, der Bezirk habe sich von seinen Straßenbauplänen abgewandt.",
  },
  {
    // en -> de: the source says "he" too; "er" is the colleague, not the woman named before it.
    from: "en",
    to: "de",
    source: "A colleague of Ms. Anna Berg said he knew her well.",
    target: "Ein Kollege von Anna Berg sagte, er kenne sie gut.",
  },
  {
    // fr -> es: French "elle" (la banque) and Spanish "él" (el banco) both have a thing's grammatical gender.
    from: "fr",
    to: "es",
    source: "La banque est plus solide car elle ne possède aucun dépôt.",
    target: "El banco es más sólido porque él no posee depósitos.",
  },
  {
    // fr: "de Paul Martin" is a complement: the participle after it agrees with "l'héritage", not with him.
    from: "fr",
    to: "es",
    source: "L'héritage de Paul Martin fut divisé entre ses enfants.",
    target: "La finca de Paul Martin fue dividida entre sus hijos.",
  },
  {
    // en -> es: "he" after "According to a judge," is someone else: the judge's gender is not shown.
    from: "en",
    to: "es",
    source: "According to a judge, he was the first to use the name.",
    target: "Según la jueza, él fue el primero en usar el nombre.",
  },
  {
    // en -> es: "he" after "whom" is the subject of a relative clause about the photographer: someone else.
    from: "en",
    to: "es",
    source: "The photographer, whom he considers a friend, denied it.",
    target: "La fotógrafa, a quien él considera una amiga, lo negó.",
  },
  {
    // en -> es: "el marido" is the woman's husband, not the woman: another noun, another person.
    from: "en",
    to: "es",
    source: "The senator helped to find work for the woman's husband.",
    target: "El senador ayudó a encontrar trabajo para el marido de la mujer.",
  },
  {
    // es -> en: "por él" is a thing here ("because of it"): the translation says "it", no person to compare.
    from: "es",
    to: "en",
    source: "El banco perdió mucho dinero por él.",
    target: "The bank lost a lot of money because of it.",
  },
  {
    // en -> es: the name after "portavoz del fiscal …," is the prosecutor's (a person noun between): "portavoz" is
    // Eileen Pike's, a woman, as the source's "spokeswoman" says.
    from: "en",
    to: "es",
    source: "Eileen Pike, a spokeswoman for the county prosecutor, Dieter Vogel, said the case remained open.",
    target: "Eileen Pike, portavoz del fiscal del condado, Dieter Vogel, dijo que el caso sigue abierto.",
  },
  {
    // es -> en: "his mother" in apposition to the name is the possessed person: "his" is someone else's.
    from: "es",
    to: "en",
    source: "Ana Vidal, su madre, dijo que el plan había fracasado.",
    target: "Ana Vidal, his mother, said the plan had failed.",
  },
  ...thingGenderGood,
  ...moreGood,
];
