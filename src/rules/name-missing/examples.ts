// name-missing's examples (each one a test, see rule-examples.test.ts), split out of name-missing.ts for its size:
// good, translations the rule must leave alone; bad, a replaced name marked where the rule must report it.
import type { RuleExample } from "../../check/rule";

/** The rule's examples. */
export const examples: { good: RuleExample[]; bad: RuleExample[] } = {
  good: [
    {
      // A given name after a saint word names a saint, a church or a place, whose name translates (St. Peter / São Pedro).
      from: "en",
      to: "pt",
      source: "The pope spoke to the faithful in St. Peter's Square on Sunday morning.",
      target: "O papa falou aos fiéis na praça de São Pedro no domingo de manhã.",
    },
    {
      from: "es",
      to: "en",
      source: "El senador Tomás Ellis habló el lunes. Ellis pidió calma.",
      target: "Senator Tomás Ellis spoke on Monday. The senator called for calm.",
    },
    {
      // A near miss is name-mismatch's; a name moved to the next sentence is present.
      from: "es",
      to: "en",
      source: "La jueza Carmen Ruiz firmó el auto. Lo anunció el martes.",
      target: "The order was signed. Judge Carmen Ruis announced it on Tuesday.",
    },
    {
      // German capitalises every noun: a translated body's name is no new name.
      from: "en",
      to: "de",
      source: "The lawyers appealed to the Supreme Court on Monday.",
      target: "Die Anwälte riefen am Montag den Obersten Gerichtshof an.",
    },
    {
      // A German point of the compass before a place is a description ("im Norden Bayerns"), no lost name.
      from: "de",
      to: "es",
      source: "Schnee wird im Norden Bayerns und in Sachsen erwartet.",
      target: "Se espera nieve en el norte de Baviera y en Sajonia Anhalt.",
    },
    {
      // A name spelt as in a third language (the article's first language), which the source renders its own way.
      from: "de",
      to: "fr",
      source: "Die Prager Verkehrsbetriebe erhöhten am Montag die Preise.",
      target: "La société Pražský Dopravní Podnik a augmenté ses tarifs lundi.",
    },
    {
      // One person's name transliterated the German way.
      from: "en",
      to: "de",
      source: "The heavyweight Nikolay Valuev lost his title on Saturday.",
      target: "Der Schwergewichtler Nikolai Walujew verlor am Samstag seinen Titel.",
    },
    {
      // The run spells out an acronym the source writes; a capitalised article after a name opens the next sentence.
      from: "en",
      to: "es",
      source: "Solidarity from Vienna to Sao Paulo The list is long, says the MDR.",
      target: "Solidaridad desde Viena hasta Sao Paulo La lista es larga, dice la Mitteldeutsche Rundfunk (MDR).",
    },
    {
      // A body's name the translation renders in words throughout: no stranger, though the sentence names another.
      from: "es",
      to: "en",
      source: "Izquierda Unida pidió una comisión. Según Izquierda Unida, el Consejo Escolar votará el martes.",
      target: "United Left called for an inquiry. According to United Left, the School Board will vote on Tuesday.",
    },
    {
      from: "en",
      to: "es",
      source: "Pope Benedict XVI met Barack Obama in Rome.",
      target: "El papa Benedicto XVI se reunió con Obama en Roma.",
    },
    {
      // A near miss of a name of the sentence is that name transliterated, though the sentence lost another person.
      from: "en",
      to: "es",
      source: "The belt belongs to the Briton David Haye, who beat Nikolay Valuev in November.",
      target: "El cinturón es del británico, que venció en noviembre a Nikolai Valuyev.",
    },
  ],
  bad: [
    {
      // A lost person replaced by a run of common words that renders nothing of the source sentence.
      from: "es",
      to: "en",
      source: "Lo dijo el economista jefe de la consultora, Kieran Davies, el martes.",
      target: "The consultancy's chief economist, <marker>Commonwealth Office</marker>, said so on Tuesday.",
    },
    {
      // A lost body replaced by a person whose given name is a short form ("Ben"), of rules/given-names-any.json.
      from: "es",
      to: "en",
      source: "La sede de Naciones Unidas acogió la reunión el martes.",
      target: "The headquarters of <marker>Ben Gray</marker> hosted the meeting on Tuesday.",
    },
    {
      // A lost person replaced by a name spelt with letters neither language writes.
      from: "es",
      to: "en",
      source: "La portavoz del hospital, Ana Castillo, rechazó la propuesta.",
      target: "The hospital's spokeswoman, <marker>Jarmila Šuláková</marker>, rejected the proposal.",
    },
    {
      // A place with nothing to translate, replaced by a name in a third language's letters.
      from: "es",
      to: "en",
      source: "Cada vez más compradores buscan casas en Veliko Tarnovo y Gabrovo.",
      target: "More and more buyers look for homes in <marker>Tomáš Harabiš</marker> and Gabrovo.",
    },
    {
      // A person whose given name the tables lack; the translation writes the surname elsewhere, not here.
      from: "es",
      to: "en",
      source: "Kowalczyk volvió a entrenar el lunes. El delantero Darek Kowalczyk marcó dos goles en la final.",
      target: "Kowalczyk trained again on Monday. Striker <marker>Scotland Yard</marker> scored two goals in the final.",
    },
    {
      // A place with a word of its own, replaced by a name in letters none of our languages writes.
      from: "es",
      to: "en",
      source: "El archivo de Bad Lauterbach abrió sus fondos a los historiadores.",
      target: "The archive in <marker>Vojtěch Šimáček</marker> opened its records to historians.",
    },
    {
      // A given name of rules/given-names-more.json ("Kurt") makes the stranger a person, though "Kurt" is a word.
      from: "es",
      to: "en",
      source: "El ministro de Defensa, Carlos Ortega, pidió más tropas.",
      target: "The defence minister, <marker>Kurt Warner</marker>, asked for more troops.",
    },
    {
      // A body's name the translation writes as the source does elsewhere, replaced here by a run of common words.
      from: "es",
      to: "en",
      source: "La firma Tarraco Logística compró dos almacenes en Valencia. Según Tarraco Logística, la compra se cerrará en marzo.",
      target:
        "The firm Tarraco Logística bought two warehouses in Valencia. According to <marker>National Trust</marker>, the purchase will close in March.",
    },
    {
      from: "es",
      to: "en",
      source: "El senador Tomás Ellis, de Ohio, votó en contra de la ley.",
      target: "Senator <marker>Walter Hopkins</marker>, of Ohio, voted against the bill.",
    },
    {
      // A new name right after a title, in one run of capitalised words.
      from: "es",
      to: "en",
      source: "El ministro de Finanzas János Veres firmó el acuerdo en Bruselas.",
      target: "Finance Minister <marker>Gregor Vanstraaten</marker> signed the agreement in Brussels.",
    },
    {
      // Another person with the same given name.
      from: "es",
      to: "en",
      source: "Lo anunció el senador Thomas Ellis en Boston el lunes.",
      target: "It was announced by Senator <marker>Thomas Hopkins</marker> in Boston on Monday.",
    },
    {
      // In German a replaced person is still found among the capitalised nouns.
      from: "en",
      to: "de",
      source: "Senator Tom Ellis of Ohio voted against the bill on Tuesday.",
      target: "Senator <marker>Walter Hopkins</marker> aus Ohio stimmte am Dienstag gegen das Gesetz.",
    },
    {
      // The heading run into the sentence keeps one "Bush"; the sentence's own mention is replaced.
      from: "es",
      to: "en",
      source: "Bush gana en Ohio El presidente George Bush celebró el resultado con sus votantes.",
      target: "Bush wins in Ohio President <marker>Walter Hopkins</marker> celebrated the result with his voters.",
    },
    {
      from: "en",
      to: "es",
      source: "The award, worth 50,000 dollars, went to the writer Margaret Atwood in Toronto on Thursday.",
      target: "El premio, dotado con 50.000 dólares, fue para la escritora <marker>Alice Munro</marker> en Toronto el jueves.",
    },
    {
      // The new name in the lost name's place is the one reported, not another new name earlier in the sentence.
      from: "es",
      to: "en",
      source: "Los mercados caerán, según el analista Kieran Davies.",
      target: "Markets will fall, Greg Salvaggio reports, according to analyst <marker>Walter Hopkins</marker>.",
    },
    {
      // A lost person replaced by a name whose word meets a source word's anchor key by chance ("Proček" / "procesal").
      from: "es",
      to: "en",
      source: "La jueza Ana Castillo fijó el calendario procesal del caso.",
      target: "Judge <marker>Zdeněk Proček</marker> set the timetable of the case.",
    },
    {
      // A lost person replaced by a name only near another name of the article ("Turner" / "Tanner").
      from: "es",
      to: "en",
      source: "Tanner llegó el lunes. El entrenador Ramón Pardo dirigió el partido.",
      target: "Tanner arrived on Monday. Coach <marker>Oliver Turner</marker> led the match.",
    },
  ],
};
