import { defineRule } from "../../check/rule";
import { holdWordPair, reportPair } from "./report-pair";
import { matchSlots, mentionsOf, type Slot } from "./slots";

/**
 * A number in the source that the aligned target renders with a different value (major: a contradiction), or that
 * only one side has (minor: often a rephrasing such as "12-month" for "anual", worth a look but not certain).
 */
export default defineRule({
  meta: {
    id: "number-mismatch",
    description: "A number in the aligned target differs from the source, is missing from it, or is not in the source.",
    category: "accuracy/mistranslation",
    severity: "minor",
    messages: {
      differs: "The source says {{source}} but the translation says {{target}}.",
      missing: "The source number {{source}} is missing from the translation.",
      extra: "The translation has the number {{target}}, which is not in the source.",
    },
    confidence: 0.8,
  },
  examples: {
    good: [
      {
        // French writes centuries as Roman numerals with an ordinal ending.
        from: "en",
        to: "fr",
        source: "It was built in the 19th century and restored in the 20th.",
        target: "Il a été construit au XIXe siècle et restauré au XXe.",
      },
      {
        // German decades ("80er", "Neunziger") and ordinal words are the source's years and ordinals.
        from: "fr",
        to: "de",
        source: "Le pays, affaibli par les guerres des années 1990, était le neuvième partenaire de l'UE.",
        target: "Das Land, geschwächt durch die Kriege der 90er Jahre, war der neunte Partner der EU.",
      },
      {
        // "0500" is a 24-hour clock time written without its colon.
        from: "en",
        to: "es",
        source: "The platoon heads out at 0500 and returns at 2130.",
        target: "El pelotón sale a las 05:00 y vuelve a las 2130.",
      },
      {
        // A range of 24-hour times before "hours"; a bare "million" after "per"; a six-year term.
        from: "es",
        to: "en",
        source: "Abrirá los sábados de 10 horas a 20.30. Hubo 2,5 accidentes por cada millón de vuelos en el sexenio.",
        target: "It will open on Saturdays from 1000 to 2030 hours. There were 2.5 crashes per 1 million flights in the six years.",
      },
      {
        // Ordinal and decade words, a year after a prefix, the round-the-clock "24/7" and a stray space in "80, 000".
        from: "en",
        to: "es",
        source: "For the fiftieth time, the seventies band, formed in the mid-1990s, plays 24/7 for 80, 000 fans.",
        target: "Por quincuagésima vez, la banda de los años 70, creada a mediados de los años 90, toca sin parar para 80.000 fans.",
      },
      {
        // One Roman digit after a name is a number ("World War I": "1. Weltkrieg").
        from: "en",
        to: "de",
        source: "The veterans of World War I and World War II were honoured on Sunday in the capital.",
        target: "Die Veteranen des 1. und 2. Weltkriegs wurden am Sonntag in der Hauptstadt geehrt.",
      },
      {
        // "les années 1950" is the decade ("the fifties"), as "1950s" is.
        from: "fr",
        to: "en",
        source: "Cette technique est connue depuis les années 1950, a expliqué le chercheur.",
        target: "This technique has been known since the fifties, the researcher explained.",
      },
      {
        // Fahrenheit in German, French or Spanish is converted in the translation, as miles are.
        from: "de",
        to: "en",
        source: "In New York waren es am Morgen 50 Grad Fahrenheit, sagte der Wetterdienst.",
        target: "In New York it was 10 degrees Celsius in the morning, the weather service said.",
      },
      {
        // An ordinal hyphenated to its tens is one ordinal ("vingt-septième": 27th).
        from: "fr",
        to: "en",
        source: "Le club a pris le large, 40-30, à la dix-neuvième minute.",
        target: "The club pulled ahead, 40-30, in the 19th minute.",
      },
      {
        // German writes round tens of thousands as one word; "in den 1990ern" is the dative of the decade.
        from: "en",
        to: "de",
        source: "In the 1990s, about 100,000 people were infected.",
        target: "In den 1990ern waren etwa hunderttausend Menschen infiziert.",
      },
      {
        // "twenty-one" is one number, 21.
        from: "es",
        to: "en",
        source: "La actriz, de 21 años, ganó el premio en Cannes.",
        target: "The twenty-one-year-old actress won the prize in Cannes.",
      },
      {
        from: "es",
        to: "en",
        source: "Unos 800.000 venezolanos llegaron el 26 de abril. La inflación subió un 3,1 por ciento.",
        target: "Some 800,000 Venezuelans arrived on April 26. Inflation rose 3.1 percent.",
      },
      {
        from: "es",
        to: "en",
        source: "El proyecto costará 1,5 millones de dólares. Otros dos países aportarán mil millones.",
        target: "The project will cost $1.5 million. Two other countries will contribute a billion.",
      },
      {
        from: "es",
        to: "en",
        source: "Una docena de agentes llegó a las 10.30 horas. Una mujer fue detenida.",
        target: "A dozen officers arrived at 10:30 a.m. A woman was arrested.",
      },
      {
        from: "en",
        to: "es",
        source: "Prices rose 134% in the first quarter. The G20 met on May 1st.",
        target: "Los precios subieron un 134 % en el primer trimestre. El G-20 se reunió el 1 de mayo.",
      },
      {
        from: "es",
        to: "en",
        source: "Murieron veinticinco personas y otras doscientas resultaron heridas.",
        target: "Twenty-five people died and 200 others were injured.",
      },
      {
        from: "en",
        to: "es",
        source: "The new train reaches 140mph and covers the 58 miles in 38 minutes.",
        target: "El nuevo tren alcanza los 225 km/h y recorre los 93 kilómetros en 38 minutos.",
      },
      {
        from: "es",
        to: "en",
        source: "El índice subió 68,78 puntos, hasta 10.405,83. La empresa perdió 1.500 millones de dólares.",
        target: "The index rose 68.78 points to 10,405.83. The company lost $1.5 billion.",
      },
      {
        from: "es",
        to: "en",
        source: "La sesión empezó a las 16.30. Una mujer pidió la palabra.",
        target: "The session began at 4.30pm. One woman asked to speak.",
      },
      {
        from: "es",
        to: "en",
        source: "Las ventas subieron un 20 % y la mitad de las tiendas abrió. Uno de cada tres clientes pagó con tarjeta.",
        target: "Sales rose by a fifth and 50% of the shops opened. A third of customers paid by card.",
      },
      {
        from: "en",
        to: "es",
        source: "A quarter of the voters stayed home; unemployment rose two percentage points to 12 per cent.",
        target: "El 25 % de los votantes se quedó en casa; el paro subió dos puntos porcentuales, hasta el 12 %.",
      },
      {
        // A conversion between unit systems; a word starting with "m" after a number is no metre.
        from: "es",
        to: "en",
        source: "El muro mide tres metros. Tres médicos llegaron.",
        target: "The wall is ten feet high. Three doctors arrived.",
      },
      {
        // A number word opening a German compound ("elfjährige", "zweistündige"), or before a suspended hyphen.
        from: "en",
        to: "de",
        source: "The strike lasted 3 days. Children aged 6 to 7 were invited.",
        target: "Der Streik war dreitägig. Sechs- bis siebenjährige Kinder wurden eingeladen.",
      },
      {
        // Fahrenheit on one side, Celsius on the other, neither said; a fraction before a converted unit.
        from: "en",
        to: "de",
        source: "It was 48 degrees at the start and 55 at the finish. She attacked after 18 ½ miles.",
        target: "Es waren 9 Grad am Start und 13 Grad im Ziel. Sie griff nach 30 Kilometern an.",
      },
      {
        // A designation ("4x4"), an event's short year, an ordinal after a joiner, a decade in words.
        from: "fr",
        to: "de",
        source:
          "Les 4x4 des JO-92 sont arrivés à la trente-et-unième minute. La technique, 7 millions et demi d'euros, date des années 1950.",
        target:
          "Die Geländewagen der Olympischen Spiele 1992 kamen in der 31. Minute. Die Technik, 7,5 Millionen Euro, stammt aus den Fünfzigern.",
      },
      {
        // A span of years whose second year keeps its last two digits after a slash ("1991/92", "the 2009/10 season").
        from: "en",
        to: "fr",
        source: "He was a correspondent in Washington in 1991/92 and coached the club in the 2009/10 season.",
        target: "Il fut correspondant à Washington en 1991/1992 et entraîna le club lors de la saison 2009/2010.",
      },
    ],
    bad: [
      {
        from: "en",
        to: "de",
        source: "The trip lasted three days and cost 40 euros.",
        target: "Die dreitägige Reise kostete <marker>50</marker> Euro.",
        suggestion: "40",
      },
      {
        from: "es",
        to: "en",
        source: "Hubo cuatro heridos en el choque de ayer.",
        target: "There were <marker>five</marker> injured in yesterday's crash.",
      },
      {
        from: "en",
        to: "es",
        source: "Police arrested 3 people after the match.",
        target: "La policía detuvo a <marker>dos</marker> personas tras el partido.",
      },
      {
        from: "es",
        to: "en",
        source: "Unos 800.000 venezolanos cruzaron la frontera. La inflación subió un 3,1 por ciento.",
        target: "Some <marker>80,000</marker> Venezuelans crossed the border. Inflation rose 3.1 percent.",
        suggestion: "800,000",
      },
      {
        from: "es",
        to: "en",
        source: "La reunión fue el 26 de abril. Asistieron 45 delegados.",
        target: "The meeting was on April 26. <marker>Delegates attended.</marker>",
      },
      {
        from: "en",
        to: "de",
        source: "It was 48 degrees at the start.",
        target: "Es waren <marker>7</marker> Grad am Start.",
      },
      {
        from: "en",
        to: "es",
        source: "The fire destroyed 12 homes.",
        target: "El incendio destruyó <marker>14</marker> viviendas.",
        suggestion: "12",
      },
      {
        from: "es",
        to: "en",
        source: "El Gobierno aprobó el plan el martes.",
        target: "The government approved the plan on Tuesday with <marker>300</marker> votes.",
      },
      {
        from: "en",
        to: "es",
        source: "The company lost $2.5 billion last year.",
        target: "La empresa perdió <marker>1.500</marker> millones de dólares el año pasado.",
      },
      {
        from: "es",
        to: "en",
        source: "El paro bajó al 7,5 por ciento en 2010.",
        target: "Unemployment fell to <marker>7.6</marker> percent in 2010.",
        suggestion: "7.5",
      },
      {
        // "las" before a number word is a count here, not a clock time; a word after it ending in "th" is no ordinal.
        from: "es",
        to: "en",
        source: "Las dos alas del partido no se ponen de acuerdo. El informe revisó cinco autoridades sanitarias.",
        target: "The party's <marker>three</marker> wings cannot agree. The report reviewed <marker>six</marker> health authorities.",
      },
      {
        // The lone number word of a sentence keeps to its own sentence, even when a neighbour has its value.
        from: "en",
        to: "es",
        source: "Four people were injured in the crash. The driver, a father of several children, fled.",
        target: "Hubo <marker>cinco</marker> heridos en el choque. El conductor, padre de cuatro hijos, huyó.",
      },
      {
        // One source sentence split in two by the translator.
        from: "es",
        to: "en",
        source: "Hubo cuatro heridos en el choque de ayer en la autopista, que quedó cortada durante tres horas.",
        target: "There were <marker>five</marker> injured in yesterday's crash on the motorway. It was closed for three hours.",
      },
      {
        // "de las tres" before a noun counts things (no clock time); two measurements in one unit system compare.
        from: "es",
        to: "en",
        source: "La mayoría de los clientes de las tres tiendas visitadas no miró los precios. Vive a seis millas del centro.",
        target:
          "Most shoppers in the <marker>four</marker> outlets visited ignored prices. He lives <marker>seven</marker> miles from the centre.",
      },
      {
        // An ordinal or a "pair" matches its like first, leaving the plain "two" to face "three"; "-month" is no ordinal.
        from: "es",
        to: "en",
        source: "Es el segundo aumento del año, tras una subida de dos peniques y un par de huracanes. El plan de cuatro meses sigue.",
        target:
          "It is the second rise this year, after a <marker>three</marker> pence increase and a pair of hurricanes. The <marker>five</marker>-month plan goes on.",
      },
      {
        // The year the translation dropped leaves two source numbers: "seis" is the one within a factor of two.
        from: "es",
        to: "en",
        source: "Las seis cajas que donó en 1995 son falsas.",
        target: "The <marker>seven</marker> boxes he donated are forgeries.",
      },
      {
        // A lost decimal separator: the same digits, ten times the amount.
        from: "es",
        to: "en",
        source: "El Gobierno aprobó un plan de 3,2 millones de euros para las escuelas.",
        target: "The government approved a <marker>32</marker> million euro plan for schools.",
        suggestion: "3.2",
      },
    ],
  },
  check(ctx) {
    const src = ctx.pairs.map((p) => mentionsOf(ctx.source, p.source));
    const tgt = ctx.pairs.map((p) => mentionsOf(ctx.target, p.target));
    ctx.pairs.forEach((_, k) => {
      matchSlots(src[k], tgt[k]);
    });
    // Translators move numbers across sentence boundaries: try the neighbouring beads before flagging. A lone number
    // word left on each side of a bead paired for words ("cuatro heridos" / "five injured") stays for its own bead:
    // "two" or "three" in a neighbour is too common to be its counterpart.
    const held = new Set<Slot>();
    ctx.pairs.forEach((_, k) => {
      holdWordPair(ctx.pairs, k, src[k], tgt[k], held);
    });
    const free = (slots: Slot[]) => (held.size ? slots.filter((x) => !held.has(x)) : slots);
    ctx.pairs.forEach((_, k) => {
      if (k > 0) matchSlots(free(src[k]), free(tgt[k - 1]));
      if (k + 1 < ctx.pairs.length) matchSlots(free(src[k]), free(tgt[k + 1]));
    });
    ctx.pairs.forEach((_, k) => {
      reportPair(ctx, k, src[k], tgt[k]);
    });
  },
});
