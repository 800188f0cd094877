// name-mismatch's examples: each one a test (rule-examples.test.ts), the exact span marked in the bad ones.
import type { RuleExample } from "../../check/rule";

/** Pairs whose names all match: translated, transliterated, declined or written as the other language does. */
export const good: RuleExample[] = [
  {
    // Plural demonyms differ by their ending (rules/names.json demonymEndings), not by a misspelling.
    from: "fr",
    to: "en",
    source: "Les Européens et les Palestiniens ont salué l'accord, comme les Cubains.",
    target: "The Europeans and the Palestinians welcomed the agreement, as did the Cubans.",
  },
  {
    from: "es",
    to: "en",
    source: "El expresidente Pedro Pablo Kuczynski declaró ante el juez. Después viajó a Londres.",
    target: "Former president Pedro Pablo Kuczynski testified before the judge. He then travelled to London.",
  },
  {
    from: "es",
    to: "en",
    source: "El líder libio Muamar el Gadafi recibió a Mahmud Abás en Trípoli.",
    target: "Libyan leader Muammar Gaddafi received Mahmoud Abbas in Tripoli.",
  },
  {
    from: "es",
    to: "en",
    source: "La policía detuvo ayer en Brasil a José Álvarez, según el Congreso.",
    target: "Police in Brazil arrested Jose Alvarez yesterday, according to Congress.",
  },
  {
    from: "es",
    to: "en",
    source:
      "Yesenia Mora abrió la tienda en 2019. Vende pan y café. Abre a las siete. Cierra tarde. Los vecinos quieren a Yesnia. Nadie lo duda. El barrio crece. Llegan turistas.",
    target:
      "Yesenia Mora opened the shop in 2019. She sells bread and coffee. She opens at seven. She closes late. The neighbours love Yesenia. Nobody doubts it. The district is growing. Tourists arrive.",
  },
  {
    from: "es",
    to: "en",
    source: "El boxeador ucraniano Vitali Klitschko venció al ruso Nikolai Valujev en Hamburgo ante Günther Meier.",
    target: "Ukrainian boxer Vitali Klitchko beat Russian Nikolai Valuev in Hamburg in front of Guenther Meier.",
  },
  {
    from: "es",
    to: "en",
    source: "La Sección de Intereses de Estados Unidos en La Habana cerró. Los Tigres ganaron.",
    target: "The U.S. Interests Section in Havana closed. The Tigers won.",
  },
  {
    from: "es",
    to: "en",
    source: "El obispo citó la historia de Jonás ante la Cámara de los Lores.",
    target: "The bishop quoted the story of Jonah before the House of Lords.",
  },
  {
    from: "en",
    to: "es",
    source: "Kuczynski's lawyer, María Rodríguez, spoke in Russia on Monday.",
    target: "La abogada de Kuczynski, Maria Rodriguez, habló en Rusia el lunes.",
  },
];

/** Names in another language's transliteration or spelling, and titles translated word for word. */
good.push(
  {
    // French transliterates sh as ch (rules/names.json transliterationByLanguage); Taleban and Taliban are one name.
    from: "en",
    to: "fr",
    source: "President Mikheil Saakashvili met Sergei Bagapsh. The Taleban denied it.",
    target: "Le président Mikheïl Saakachvili a rencontré Sergueï Bagapch. Les Taliban ont démenti.",
  },
  {
    // Cognates by a language's regular spelling (rules/names.json cognateSpellings): German z for c, -ie for -ic.
    from: "en",
    to: "de",
    source: "The Federal Maritime and Hydrographic Agency wrote to the Social and Labour Ministry.",
    target: "Das Bundesamt für Seeschifffahrt und Hydrographie schrieb an das Sozial- und Arbeitsministerium.",
  },
  {
    // French -re for -er and -iel for -ial in a translated name; a common word capitalised at a sentence start.
    from: "de",
    to: "fr",
    source: "Die Tigers und die Firma Suelo Industrial. Das État-Gebäude ist alt.",
    target: "Les Tigres et la société Sol Industriel. Étant ancien, le bâtiment ferme.",
  },
);

/** Pairs with a name misspelt in the translation. */
export const bad: RuleExample[] = [
  {
    from: "en",
    to: "fr",
    source: "President Mikheil Saakashvili met the head of Iberdrola on Monday.",
    target: "Le président Mikheïl Saakachvili a rencontré lundi le patron de la société <marker>Iberdola</marker>.",
    suggestion: "Iberdrola",
  },
  {
    from: "es",
    to: "en",
    source: "El expresidente Pedro Pablo Kuczynski declaró ante el juez.",
    target: "Former president Pedro Pablo <marker>Kuczinski</marker> testified before the judge.",
    suggestion: "Kuczynski",
  },
  {
    from: "en",
    to: "es",
    source: "The minister met Angela Merkel in Berlin on Tuesday.",
    target: "El ministro se reunió con Angela <marker>Merkal</marker> en Berlín el martes.",
    suggestion: "Merkel",
  },
  {
    from: "es",
    to: "en",
    source: "La alcaldesa Claudia Sheinbaum inauguró la obra. Sheinbaum habló de seguridad.",
    target: "Mayor Claudia Sheinbaum opened the works. <marker>Shienbaum</marker> spoke about security.",
    suggestion: "Sheinbaum",
  },
  {
    from: "es",
    to: "en",
    source: "La selección viajó ayer a Brasil para el torneo.",
    target: "The national team travelled to <marker>Brazul</marker> yesterday for the tournament.",
    suggestion: "Brazil",
  },
  {
    from: "es",
    to: "en",
    source: "El juez Ramón Garmendia abrió la vista. Garmendia pidió silencio. Garmendia leyó la sentencia.",
    target: "Judge Ramón <marker>Garmedia</marker> opened the hearing. Garmedia asked for silence. Garmedia read the sentence.",
    suggestion: "Garmendia",
  },
];
