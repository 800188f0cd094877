// pronoun-gender's bad examples: each marked span is a finding the rule must report, with its suggestion.
import type { RuleExample } from "../../check/rule";

/** Pairs with a pronoun or title of the wrong gender, marked. */
export const bad: RuleExample[] = [
  {
    from: "es",
    to: "en",
    source: "El director del museo habló primero y dijo que estaba tranquilo. Pero ella no quiere firmar el acuerdo.",
    target: "The museum director spoke first and said he was calm. But <marker>he</marker> does not want to sign the agreement.",
    suggestion: "she",
  },
  {
    from: "es",
    to: "en",
    source: "«Pero ella no quiere firmar el acuerdo», dijo el director.",
    target: '"But <marker>he</marker> does not want to sign the agreement," the director said.',
    suggestion: "she",
  },
  {
    from: "es",
    to: "en",
    source: "La presidenta Dina Boluarte viajó a Lima. Boluarte no presentó pruebas en su país.",
    target: "President Dina Boluarte travelled to Lima. Boluarte did not present evidence in <marker>his</marker> country.",
    suggestion: "her",
  },
  {
    from: "es",
    to: "en",
    source: "El vocero Carlos Ruiz habló el martes. Ruiz dijo que no habrá cambios.",
    target: "Spokesman Carlos Ruiz spoke on Tuesday. Ruiz said <marker>she</marker> expected no changes.",
    suggestion: "he",
  },
  {
    from: "es",
    to: "en",
    source: "La senadora Rosa Ortiz fue elegida en 2010. Ortiz renunció a su escaño.",
    target: "Senator Rosa Ortiz was elected in 2010. Ortiz gave up <marker>his</marker> seat.",
    suggestion: "her",
  },
  {
    from: "en",
    to: "es",
    source: "Ms. Helen Clark, the minister, arrived on Monday.",
    target: "<marker>El ministro</marker> Helen Clark llegó el lunes.",
    suggestion: "La ministra",
  },
  {
    from: "es",
    to: "en",
    source: "El alcalde Pedro Gil llegó tarde. Los vecinos lo esperaban desde el mediodía.",
    target: "Mayor Pedro Gil arrived late. Residents had been waiting for <marker>her</marker> since noon.",
    suggestion: "him",
  },
  {
    from: "es",
    to: "en",
    source: "La jueza Carmen Vidal llegó temprano. Carmen dijo que su decisión era firme.",
    target: "Judge Carmen Vidal arrived early. Carmen said <marker>his</marker> decision was final.",
    suggestion: "her",
  },
  {
    from: "en",
    to: "es",
    source: "Ms. Rosa Vidal won the vote on Sunday.",
    target: "Rosa Vidal fue <marker>elegido</marker> el domingo.",
    suggestion: "elegida",
  },
  {
    from: "en",
    to: "es",
    source: "Mr. John Ortiz spoke first. He thanked the voters.",
    target: "Habló primero <marker>la senadora</marker> John Ortiz. Agradeció a los votantes.",
    suggestion: "el senador",
  },
  {
    // A possessive after the sentence's own named subject refers to her, even after a man in the sentence before.
    from: "es",
    to: "en",
    source: "La senadora Rosa Ortiz criticó al ministro Luis Gil. Al día siguiente, Ortiz presentó su renuncia.",
    target: "Senator Rosa Ortiz criticised Minister Luis Gil. The next day Ortiz handed in <marker>his</marker> resignation.",
    suggestion: "her",
  },
  {
    // An object pronoun outside its clause's subject ("because the reform suits …") may refer to the named person.
    from: "es",
    to: "en",
    source: "La jueza Ana Ruiz visitó la escuela. El alcalde Pedro Gil está contento porque la reforma le conviene a él.",
    target: "Judge Ana Ruiz visited the school. Mayor Pedro Gil is pleased because the reform suits <marker>her</marker>.",
    suggestion: "him",
  },
  {
    // So does the subject of a clause reporting what that person said.
    from: "es",
    to: "en",
    source: "El alcalde Pedro Gil recibió a la jueza Ana Mora. Después Gil dijo que no dimitiría.",
    target: "Mayor Pedro Gil received Judge Ana Mora. Afterwards Gil said <marker>she</marker> would not resign.",
    suggestion: "he",
  },
  {
    // The sentence before is the topic; an unnamed spokesperson two sentences back does not compete.
    from: "es",
    to: "en",
    source: "Una portavoz confirmó la visita. «No cambiaremos de rumbo», dijo el presidente Luis Gil. Quiere reformar la ley.",
    target:
      'A spokesperson confirmed the visit. "We will not change course," said President Luis Gil. <marker>She</marker> wants to reform the law.',
    suggestion: "He",
  },
  {
    // "su hijo" in the source is the son named after the pronoun, not a rival referent.
    from: "es",
    to: "en",
    source: "La ministra Ana Ruiz visitó la tumba de su hijo.",
    target: "Minister Ana Ruiz visited <marker>his</marker> son's grave.",
    suggestion: "her",
  },
  {
    // "la señora Ana Mora" is one woman, named after the pronoun: the source offers no other referent.
    from: "es",
    to: "en",
    source: "El señor Luis Gil dijo que cuando llegó a la ciudad, la señora Ana Mora lo ayudó.",
    target: "Mr. Luis Gil said that when <marker>she</marker> arrived in the city, Ms. Ana Mora helped him.",
    suggestion: "he",
  },
  {
    // A lone first name is gendered by the given-name list: David is no referent for "her".
    from: "es",
    to: "en",
    source: "El alcalde Pedro Gil y David llegaron al hospital, donde Gil le dio su reloj.",
    target: "Mayor Pedro Gil and David arrived at the hospital, where Gil gave him <marker>her</marker> watch.",
    suggestion: "his",
  },
  {
    // No name anywhere: the source sentence opens with its gendered subject.
    from: "es",
    to: "en",
    source: "El alcalde de Quito no ocultó su enfado.",
    target: "The mayor of Quito did not hide <marker>her</marker> anger.",
    suggestion: "his",
  },
  {
    // The name in apposition to the opening title is that person, not a second referent.
    from: "es",
    to: "en",
    source: "El ministro de Hacienda, Pedro Ruiz, dijo que en su opinión no habrá cambios.",
    target: "The finance minister, Pedro Ruiz, said that in <marker>her</marker> view there will be no changes.",
    suggestion: "his",
  },
  {
    from: "es",
    to: "en",
    source: "Ella dirige la fundación desde 2015.",
    target: "<marker>He</marker> has run the foundation since 2015.",
    suggestion: "She",
  },
  {
    // The source's own pronoun, translated with the other gender.
    from: "es",
    to: "en",
    source: "Según él, la ley es injusta.",
    target: "According to <marker>her</marker>, the law is unfair.",
    suggestion: "him",
  },
  {
    // en -> es: the English pronoun is the only person of the sentence.
    from: "en",
    to: "es",
    source: "She told me that the bank was closed.",
    target: "<marker>Él</marker> me dijo que el banco estaba cerrado.",
    suggestion: "Ella",
  },
  {
    // A role noun with its determiner, no name: the pronoun follows the mayor in the target sentence.
    from: "es",
    to: "en",
    source: "La alcaldesa inauguró el mercado el lunes y explicó su proyecto.",
    target: "The mayor opened the market on Monday and explained <marker>his</marker> project.",
    suggestion: "her",
  },
  {
    // A title right before a name the article says nothing else about.
    from: "es",
    to: "en",
    source: "El cantante Iker Lasa presentó su disco en Bilbao.",
    target: "The singer Iker Lasa presented <marker>her</marker> album in Bilbao.",
    suggestion: "his",
  },
  {
    // Agreement: "detenida" in apposition to the surname marks a woman.
    from: "es",
    to: "en",
    source: "Ortiz, detenida el martes, negó los cargos.",
    target: "Ortiz, arrested on Tuesday, denied the charges against <marker>him</marker>.",
    suggestion: "her",
  },
  {
    // en -> es: a Spanish determiner and role noun of the wrong gender for an English gendered role noun.
    from: "en",
    to: "es",
    source: "The spokeswoman said the plan would go ahead.",
    target: "<marker>El portavoz</marker> dijo que el plan seguiría adelante.",
    suggestion: "La portavoz",
  },
  {
    // en -> es: "the minister" is the "she" that follows it.
    from: "en",
    to: "es",
    source: "The minister said she would resign.",
    target: "<marker>El ministro</marker> dijo que dimitiría.",
    suggestion: "La ministra",
  },
  {
    // en -> es: a participle of the wrong gender for the dropped subject.
    from: "en",
    to: "es",
    source: "She was arrested on Tuesday.",
    target: "Fue <marker>detenido</marker> el martes.",
    suggestion: "detenida",
  },
  {
    // en -> es: a name of known gender in apposition tells its neutral title's ("Laura Vidal, the new coach").
    from: "en",
    to: "es",
    source: "Laura Vidal, the new coach, thanked the fans for the welcome.",
    target: "Laura Vidal, <marker>el nuevo entrenador</marker>, agradeció a la afición la bienvenida.",
    suggestion: "la nueva entrenadora",
  },
  {
    // en -> es: a name in apposition after a neutral title ("The prime minister of Ruritania, Ana Ruiz").
    from: "en",
    to: "es",
    source: "The prime minister of Ruritania, Ana Ruiz, opened the summit.",
    target: "<marker>El primer ministro</marker> de Ruritania, Ana Ruiz, inauguró la cumbre.",
    suggestion: "La primera ministra",
  },
  {
    // The source opens with an explicit subject: the target's opening subject contradicts it, whoever else is named.
    from: "es",
    to: "en",
    source: "Él nunca habló con Volkova sobre el contrato.",
    target: "<marker>She</marker> never spoke to Volkova about the contract.",
    suggestion: "He",
  },
  {
    // "She" may be a dropped subject (the councillor of the sentence before: a man); "her" after the mayor, whom
    // the source marks as a man like everyone before, is wrong.
    from: "es",
    to: "en",
    source:
      "Los vecinos del mercado se quejaron del ruido. El concejal dijo que hablaría con ellos. Criticó al alcalde de la ciudad por su gestión de las obras.",
    target:
      "Residents near the market complained about the noise. The councillor said he would talk to them. She criticised the city's mayor for <marker>her</marker> handling of the works.",
    suggestion: "his",
  },
  {
    // An opening "Ella" decides its sentence's opening subject, even after sentences whose "he" was left alone.
    from: "es",
    to: "en",
    source: 'El entrenador Luis Mora habló de su jugadora. Dijo que él la eligió en 2019. "Ella era leal y tenaz", añadió Mora.',
    target:
      'Coach Luis Mora spoke about his player. He said he chose her in 2019. "<marker>He</marker> was loyal and tenacious," Mora added.',
    suggestion: "She",
  },
  {
    // "ella" is the subject; the man the source also marks is a noun the target renders after the pronoun.
    from: "es",
    to: "en",
    source: "Los médicos investigan si ella murió por una operación de un cirujano sin licencia.",
    target: "Doctors are investigating whether <marker>he</marker> died after an operation by an unlicensed surgeon.",
    suggestion: "she",
  },
  {
    // en -> es: a given name alone does not correct a Spanish title, but with the sentence's own "his" it does.
    from: "en",
    to: "es",
    source: "The book by the British writer John Carlin tells of his years in Africa.",
    target: "El libro de <marker>la escritora</marker> británica John Carlin cuenta sus años en África.",
    suggestion: "el escritor",
  },
  {
    // en -> es: "Islamic Council" is translated ("Consejo Islámico"), so it names a body, not a person of no gender.
    from: "en",
    to: "es",
    source: "A spokesman for the Islamic Council said the talks would resume.",
    target: "<marker>Una portavoz</marker> del Consejo Islámico dijo que las conversaciones se reanudarían.",
    suggestion: "Un portavoz",
  },
  {
    // es -> en: "Vivienda Digna" is translated ("Decent Housing"): a body, not someone "her" could stand for.
    from: "es",
    to: "en",
    source: "El alcalde se reunió con Vivienda Digna y dijo que su plan seguirá.",
    target: "The mayor met Decent Housing and said <marker>her</marker> plan would go on.",
    suggestion: "his",
  },
  {
    // en -> es: no pronoun, but every person of the sentence is a man ("chairman", "Peter Gil", "king").
    from: "en",
    to: "es",
    source: "The chairman of the club, Peter Gil, met the new king.",
    target: "<marker>La presidenta</marker> del club, Peter Gil, se reunió con el nuevo rey.",
    suggestion: "El presidente",
  },
  {
    // en -> fr: a subject pronoun of the wrong gender for the English subject; a speaker after a quotation is a
    // person whatever "it" the quotation says.
    from: "en",
    to: "fr",
    source: '"It costs too much," she says.',
    target: "« Cela coûte trop cher », assure-t-<marker>il</marker>.",
    suggestion: "elle",
  },
  {
    from: "fr",
    to: "en",
    source: "« Cela coûte trop cher », assure-t-il.",
    target: '"It costs too much," <marker>she</marker> says.',
    suggestion: "he",
  },
  {
    // fr -> en: a stressed "lui" (after a preposition) marks a man.
    from: "fr",
    to: "en",
    source: "Selon lui, le plan fonctionnera.",
    target: "According to <marker>her</marker>, the plan will work.",
    suggestion: "him",
  },
  {
    // es -> en: "the mayor" is "el alcalde"; "her" refers back to it, nobody between (the relative clause is his).
    from: "es",
    to: "en",
    source: "El alcalde de Quito, que llegó tarde a la reunión con los vecinos, no ocultó su enfado.",
    target: "The mayor of Quito, who arrived late to the meeting with the residents, did not hide <marker>her</marker> anger.",
    suggestion: "his",
  },
  {
    // en -> es: the English title introduces a man's name past the body it heads ("for Trade").
    from: "en",
    to: "es",
    source: "The European Commissioner for Trade Peter Mandelson and his Indian counterpart signed the deal.",
    target: "<marker>La comisaria</marker> europea de Comercio Peter Mandelson y su homólogo indio firmaron el acuerdo.",
    suggestion: "El comisario",
  },
  {
    // en -> es: "the former police chief" is "la ex jefa"; "his" refers back to it.
    from: "en",
    to: "es",
    source: "Yesterday the former police chief of the district was driving his own car when he hit a cyclist.",
    target: "Ayer <marker>la ex jefa</marker> de policía del distrito conducía su propio coche cuando atropelló a un ciclista.",
    suggestion: "el ex jefe",
  },
  {
    // es -> en: the subject is said to be "el cuarto presidente" (a copula): "She" is that man.
    from: "es",
    to: "en",
    source: "Será el cuarto presidente estadounidense que recibe el premio.",
    target: "<marker>She</marker> will be the fourth American president to receive the prize.",
    suggestion: "He",
  },
  {
    // en -> es: the title's name comes past the body it heads and a comma ("of HP Spain, Helena Herrero").
    from: "en",
    to: "es",
    source: "The vice-president of HP Spain, Helena Herrero, said that she worked there for 30 years.",
    target: "<marker>El vicepresidente</marker> de HP España, Helena Herrero, dijo que trabajó allí durante 30 años.",
    suggestion: "La vicepresidenta",
  },
  {
    // es -> en: "the singer" is the sentence's only person, though after a preposition: "she" refers back to him.
    from: "es",
    to: "en",
    source: "Pero los problemas de salud del cantante se multiplicaron desde julio, cuando fue internado nueve días.",
    target: "But health problems for the singer have multiplied since July, when <marker>she</marker> was in hospital for nine days.",
    suggestion: "he",
  },
  {
    // es -> en: "sobre él" rendered with a person ("over her", not "over it"): both speak of a person, a man.
    from: "es",
    to: "en",
    source: "Después del accidente, la gravedad ya no tiene poder sobre él.",
    target: "After the accident, gravity no longer has any power over <marker>her</marker>.",
    suggestion: "him",
  },
  {
    // en -> es: "Mr." and "señora" translate each other (rules/role-counterparts.json): the honorific shows a man.
    from: "en",
    to: "es",
    source: "The senator helped to find work for Mr. Hampton after the company hired him.",
    target: "El senador ayudó a encontrar trabajo a <marker>la señora</marker> Hampton después de que la empresa lo contratara.",
    suggestion: "el señor",
  },
  {
    // es -> en: the source opens with its subject "El atleta"; the translation renders it by its opening "She".
    from: "es",
    to: "en",
    source: "El atleta, según los organizadores, ha sido objeto de algunas críticas.",
    target: "<marker>She</marker> has come under some criticism, according to the organisers.",
    suggestion: "He",
  },
];
