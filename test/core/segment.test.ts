import { describe, expect, it } from "vitest";
import { segmentParagraph } from "../../src/segment/segment";
import type { Lang } from "../../src/types";

/** The sentences the segmenter finds in `text`, taken as one paragraph. */
function sentences(text: string, lang: Lang): string[] {
  return segmentParagraph(text, 0, text.length, lang).map(([s, e]) => text.slice(s, e));
}

describe("segmentParagraph: offsets", () => {
  it("returns trimmed offsets inside the requested range", () => {
    const text = "XX  Primera frase.   Segunda frase.  YY";
    const spans = segmentParagraph(text, 2, text.length - 2, "es");
    expect(spans).toEqual([
      [4, 18],
      [21, 35],
    ]);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(["Primera frase.", "Segunda frase."]);
  });

  it("returns nothing for an empty or blank paragraph", () => {
    expect(segmentParagraph("", 0, 0, "en")).toEqual([]);
    expect(segmentParagraph(" \t\u00a0 ", 0, 4, "en")).toEqual([]);
  });

  it("never makes a segment of punctuation alone", () => {
    expect(sentences("(...) El texto sigue aquí.", "es")).toEqual(["(...) El texto sigue aquí."]);
    expect(sentences("... And then it ended.", "en")).toEqual(["... And then it ended."]);
  });

  it("covers the whole text: long runs of punctuation and spaces stay linear and lossless", () => {
    const text = `Hola${".".repeat(10_000)} ${"Ab. ".repeat(5_000)}Fin`;
    const spans = segmentParagraph(text, 0, text.length, "es");
    expect(spans.length).toBe(5_002);
    expect(spans[0]).toEqual([0, 10_004]);
    expect(text.slice(...spans[spans.length - 1])).toBe("Fin");
  });
});

describe("segmentParagraph: Spanish news text", () => {
  it("does not split after titles (Sr., Sra., Dr., Dra., Lic., Ing.)", () => {
    expect(sentences("El Sr. García y la Sra. López llegaron tarde. La Dra. Ruiz y el Dr. Pérez no vinieron.", "es")).toEqual([
      "El Sr. García y la Sra. López llegaron tarde.",
      "La Dra. Ruiz y el Dr. Pérez no vinieron.",
    ]);
    expect(sentences("Firmaron el Lic. Gómez y el Ing. Ruiz ante el sr. Díaz.", "es")).toHaveLength(1);
  });

  it("handles EE.UU. and EE. UU. inside and at the end of a sentence", () => {
    expect(sentences("El Gobierno de EE.UU. anunció sanciones nuevas.", "es")).toHaveLength(1);
    expect(sentences("El Gobierno de EE. UU. anunció sanciones nuevas.", "es")).toHaveLength(1);
    expect(sentences("La ministra viajó a EE.UU. El lunes volverá a Madrid.", "es")).toEqual([
      "La ministra viajó a EE.UU.",
      "El lunes volverá a Madrid.",
    ]);
  });

  it("keeps EE. UU. before a capitalised name or verb that is not a usual sentence start", () => {
    expect(sentences("La empresa de EE. UU. Grupo Lara S. A. abrió la pág. 5 del año 300 a. C. en inglés.", "es")).toHaveLength(1);
    expect(sentences("El equipo de EE. UU. Ganó el oro.", "es")).toHaveLength(1);
    expect(sentences("Vive en EE. UU. El lunes vuelve.", "es")).toEqual(["Vive en EE. UU.", "El lunes vuelve."]);
  });

  it("keeps times (10.30, 3:45, a.m., a. m.) inside the sentence", () => {
    expect(sentences("La sesión empezó a las 10.30 a.m. y terminó a las 3:45 p.m. sin acuerdo.", "es")).toHaveLength(1);
    expect(sentences("Llegó a las 9 a. m. y se fue a las 5 p. m. con prisa.", "es")).toHaveLength(1);
  });

  it("keeps decimals and thousands (3,1 / 3.1 / 1.500.000) inside the sentence", () => {
    expect(sentences("La inflación subió al 3,1 por ciento. El paro afecta a 1.500.000 personas, un 3.2 % más.", "es")).toEqual([
      "La inflación subió al 3,1 por ciento.",
      "El paro afecta a 1.500.000 personas, un 3.2 % más.",
    ]);
  });

  it("does not split numbered references (núm., pág., art.) or addresses (Av.)", () => {
    expect(sentences("Vive en la Av. Libertador núm. 25 y lo cita la pág. 4 del informe, art. 12.", "es")).toHaveLength(1);
  });

  it("keeps initials with the name (J. K. Rowling, Robert M. Gates, L. A.)", () => {
    expect(sentences("La autora J. K. Rowling presentó su libro en Madrid.", "es")).toHaveLength(1);
    expect(sentences("El secretario Robert M. Gates habló el viernes.", "es")).toHaveLength(1);
    expect(sentences("El detenido, A. A. J., tiene 28 años.", "es")).toHaveLength(1);
    expect(sentences("Midió el terreno: 300 m. El resto es bosque.", "es")).toHaveLength(2);
  });

  it("keeps list letters and numbers at the start of a line with their item", () => {
    expect(sentences("a. Primer punto del orden del día\nb. Segundo punto. Con nota.", "es")).toEqual([
      "a. Primer punto del orden del día",
      "b. Segundo punto.",
      "Con nota.",
    ]);
  });

  it("splits after an ellipsis followed by a capital and continues before lowercase", () => {
    expect(sentences("Esperó... y nada. Luego dijo… Nadie vino a la cita.", "es")).toEqual([
      "Esperó... y nada.",
      "Luego dijo…",
      "Nadie vino a la cita.",
    ]);
  });

  it("keeps a period inside closing quotes or parentheses with its sentence", () => {
    expect(sentences("«Nos vamos ya.» Después salió del edificio.", "es")).toEqual(["«Nos vamos ya.»", "Después salió del edificio."]);
    expect(sentences('Dijo: "Esto se acabó." Luego colgó el teléfono.', "es")).toEqual([
      'Dijo: "Esto se acabó."',
      "Luego colgó el teléfono.",
    ]);
    expect(sentences("(La ley se aprobó el lunes.) El texto entra en vigor hoy.", "es")).toEqual([
      "(La ley se aprobó el lunes.)",
      "El texto entra en vigor hoy.",
    ]);
  });

  it("ends a segment at a single line break (headline without a final period)", () => {
    expect(sentences("Cae la bolsa de Madrid\nEl Ibex perdió ayer un 3 %.", "es")).toEqual([
      "Cae la bolsa de Madrid",
      "El Ibex perdió ayer un 3 %.",
    ]);
    expect(sentences("Titular sin punto\r\nCuerpo de la noticia.", "es")).toEqual(["Titular sin punto", "Cuerpo de la noticia."]);
  });

  it("handles ¿…? and ¡…!, with lowercase continuation after the closing mark", () => {
    expect(sentences("¿Vienes?, preguntó Ana. ¡Claro que sí! Y se fueron juntas.", "es")).toEqual([
      "¿Vienes?, preguntó Ana.",
      "¡Claro que sí!",
      "Y se fueron juntas.",
    ]);
    expect(sentences("¿Vienes? preguntó Ana en voz baja.", "es")).toHaveLength(1);
    expect(sentences("¡Basta! —gritó el alcalde. ¿Qué hacemos ahora?", "es")).toEqual([
      "¡Basta! —gritó el alcalde.",
      "¿Qué hacemos ahora?",
    ]);
  });

  it("does not split URLs or e-mail addresses", () => {
    expect(sentences("Más datos en www.ejemplo.es/informe.pdf. Escriba a prensa@ejemplo.es si tiene dudas.", "es")).toEqual([
      "Más datos en www.ejemplo.es/informe.pdf.",
      "Escriba a prensa@ejemplo.es si tiene dudas.",
    ]);
    expect(sentences("Consulte https://ejemplo.es/a.b?c=1&d=2 antes del lunes.", "es")).toHaveLength(1);
  });

  it("keeps list numbers with their item", () => {
    expect(sentences("1. Introducción del informe\n2. Resultados. Son buenos.", "es")).toEqual([
      "1. Introducción del informe",
      "2. Resultados.",
      "Son buenos.",
    ]);
  });

  it("splits a stray period before a lowercase word, but not after an abbreviation", () => {
    expect(sentences("Se registraron varios casos. en esa situación nadie reaccionó.", "es")).toEqual([
      "Se registraron varios casos.",
      "en esa situación nadie reaccionó.",
    ]);
    expect(sentences("Compró pan, leche, etc. y volvió a casa.", "es")).toHaveLength(1);
    expect(sentences("Compró pan, leche, etc. Después volvió a casa.", "es")).toHaveLength(2);
  });

  it("does not treat the Spanish word «mar» as the abbreviation of a month", () => {
    expect(sentences("El barco se hundió en el mar. El capitán se salvó.", "es")).toHaveLength(2);
  });
});

describe("segmentParagraph: English news text", () => {
  it("does not split after titles and dates (Mr., Dr., Gov., Gen., St., Jan.)", () => {
    expect(sentences("Mr. Smith met Dr. Jones and Gov. Brown on Jan. 5 in St. Louis with Gen. Lee.", "en")).toHaveLength(1);
  });

  it("splits after U.S. only when a sentence clearly starts", () => {
    expect(sentences("The U.S. Senate voted and the U.K. government agreed.", "en")).toHaveLength(1);
    expect(sentences("He moved to the U.S. The move was sudden.", "en")).toEqual(["He moved to the U.S.", "The move was sudden."]);
  });

  it("keeps a.m. and p.m. inside the sentence and splits after them before a new sentence", () => {
    expect(sentences("The vote opened at 9 a.m. and closed at 5 p.m. on Tuesday.", "en")).toHaveLength(1);
    expect(sentences("The polls closed at 8 p.m. The count began at once.", "en")).toHaveLength(2);
  });

  it("keeps e.g. and i.e. inside the sentence", () => {
    expect(sentences("Some fruits, e.g. apples, are sweet, i.e. they contain sugar.", "en")).toHaveLength(1);
  });

  it("handles No. before a number and the word no at the end of a sentence", () => {
    expect(sentences("He lives at No. 10 Downing St. with his family.", "en")).toHaveLength(1);
    expect(sentences("The answer was no. Talks ended.", "en")).toHaveLength(2);
  });

  it("keeps initials with the name (George W. Bush, J. K. Rowling)", () => {
    expect(sentences("George W. Bush met J. K. Rowling in London.", "en")).toHaveLength(1);
    expect(sentences("It needs vitamin C. The doctor said so.", "en")).toHaveLength(2);
  });

  it("keeps decimals and times together", () => {
    expect(sentences("Growth was 3.1 percent. Unemployment fell to 1,500,000.", "en")).toEqual([
      "Growth was 3.1 percent.",
      "Unemployment fell to 1,500,000.",
    ]);
    expect(sentences("At 10.30 the doors opened; at 3:45 the police arrived.", "en")).toHaveLength(1);
  });

  it("splits after an ellipsis followed by a capital", () => {
    expect(sentences("Well... I don't know… Maybe tomorrow.", "en")).toEqual(["Well...", "I don't know…", "Maybe tomorrow."]);
    expect(sentences("He waited... and waited.", "en")).toHaveLength(1);
  });

  it("keeps closing quotes and parentheses with the sentence", () => {
    expect(sentences('"It is over." Then he left the room.', "en")).toEqual(['"It is over."', "Then he left the room."]);
    expect(sentences("“We won.” The crowd cheered.", "en")).toEqual(["“We won.”", "The crowd cheered."]);
    expect(sentences("(He left early.) Nobody noticed.", "en")).toEqual(["(He left early.)", "Nobody noticed."]);
    expect(sentences('"Why?" he asked.', "en")).toHaveLength(1);
  });

  it("ends a segment at a line break", () => {
    expect(sentences("Stocks fall sharply\nThe Dow lost 3% on Monday.", "en")).toEqual([
      "Stocks fall sharply",
      "The Dow lost 3% on Monday.",
    ]);
  });

  it("splits a stray period before lowercase", () => {
    expect(sentences("Four cases were recorded. in that situation nobody acted.", "en")).toEqual([
      "Four cases were recorded.",
      "in that situation nobody acted.",
    ]);
    expect(sentences("The firm, Acme Inc. reported gains.", "en")).toHaveLength(1);
    expect(sentences("Goals by Ruiz (5.) and Kroos (8.) decided it.", "en")).toHaveLength(1);
  });

  it("does not split e-mail addresses or domain names", () => {
    expect(sentences("Visit example.com. Or write to news@example.com today.", "en")).toEqual([
      "Visit example.com.",
      "Or write to news@example.com today.",
    ]);
  });

  it("splits questions and exclamations", () => {
    expect(sentences("Why? Because it works! That is all.", "en")).toEqual(["Why?", "Because it works!", "That is all."]);
  });
});

describe("segmentParagraph: sentences glued by a period with no space", () => {
  it("splits a word or a year, a period and a capitalised word", () => {
    expect(sentences("Tests were run in May.The results came a week later.", "en")).toEqual([
      "Tests were run in May.",
      "The results came a week later.",
    ]);
    expect(sentences("Cases rose in 2020.As of June they fell.", "en")).toEqual(["Cases rose in 2020.", "As of June they fell."]);
    expect(sentences("Los casos subieron.Después bajaron.", "es")).toEqual(["Los casos subieron.", "Después bajaron."]);
  });

  it("keeps web addresses, dotted abbreviations, titles, ordinals and single letters whole", () => {
    expect(sentences("Read it on www.Example.com today.", "en")).toHaveLength(1);
    expect(sentences("Read it on news.bbc.Co.uk today.", "en")).toHaveLength(1);
    expect(sentences("Some groups, e.g.The Guardian, objected.", "en")).toHaveLength(1);
    expect(sentences("We met Mr.Smith at noon.", "en")).toHaveLength(1);
    expect(sentences("Die Wahl ist am 3.Juni geplant.", "de")).toHaveLength(1);
    expect(sentences("Plan B.Two more were drawn up.", "en")).toHaveLength(1);
    expect(sentences("Version 2.0 ships in May.", "en")).toHaveLength(1);
  });
});

describe("segmentParagraph: company forms in every language (rules/punctuation.json companyForms)", () => {
  it("continues a sentence after a company's legal form before a lower-case word", () => {
    expect(sentences("Le contrat a été signé avec Dunavolt Kft. mardi dernier. Elle nie tout.", "fr")).toEqual([
      "Le contrat a été signé avec Dunavolt Kft. mardi dernier.",
      "Elle nie tout.",
    ]);
    expect(sentences("Die Firma Dunavolt a. s. hat Rechnungen gestellt. Sie bestreitet alles.", "de")).toEqual([
      "Die Firma Dunavolt a. s. hat Rechnungen gestellt.",
      "Sie bestreitet alles.",
    ]);
    expect(sentences("Orvalis S.A.U. presentó sus cuentas el lunes.", "es")).toHaveLength(1);
  });

  it("still ends a sentence after one before a frequent sentence starter", () => {
    expect(sentences("Les factures venaient de Dunavolt Kft. Le parquet enquête.", "fr")).toHaveLength(2);
  });
});

describe("segmentParagraph: German ordinals and titles", () => {
  it("reads a Roman numeral with a period as an ordinal and keeps English titles before names", () => {
    expect(sentences("Der Unfall geschah im XXII. Bezirk am Stadtrand. Niemand wurde verletzt.", "de")).toHaveLength(2);
    expect(sentences("Wie bei Mr. Bean ging alles schief.", "de")).toHaveLength(1);
    expect(sentences("Je nach Kapazität (max. 2 GB) kostet der Spieler mind. 40 Euro.", "de")).toHaveLength(1);
    expect(sentences("Die Notenbank (die Zentralbank, Anm. d. Red.) und andere Banken handeln.", "de")).toHaveLength(1);
  });
});

describe("segmentParagraph: French spacing", () => {
  it("ends a sentence after a closing guillemet spaced the French way, unless the sentence goes on in lower case", () => {
    expect(sentences("« Nous partons demain. » « Le train est prêt. » Il a souri.", "fr")).toEqual([
      "« Nous partons demain. »",
      "« Le train est prêt. »",
      "Il a souri.",
    ]);
    expect(sentences("« Tout a été vérifié. » annonce le rapport publié lundi.", "fr")).toHaveLength(1);
  });
});

describe("segmentParagraph: German quotation marks", () => {
  it("ends a sentence before a quotation opened with „ and after one closed with “", () => {
    expect(sentences("Er will ein Fest bieten. „Wir haben Berlin gewählt“, sagt er.", "de")).toEqual([
      "Er will ein Fest bieten.",
      "„Wir haben Berlin gewählt“, sagt er.",
    ]);
    expect(sentences("Er sagte: „Wir gehen.“ Dann ging er.", "de")).toEqual(["Er sagte: „Wir gehen.“", "Dann ging er."]);
  });

  it("reads U+0084 and U+0093, windows-1252 „ and “ read as Latin-1, as those marks", () => {
    expect(sentences("Er will ein Fest bieten. \u0084Wir haben Berlin gewählt\u0093, sagt er.", "de")).toHaveLength(2);
    expect(sentences("Er sagte: \u0084Wir gehen.\u0093 Dann ging er.", "de")).toHaveLength(2);
  });
});

describe("segmentParagraph: generated input", () => {
  const pieces = [
    "Sr. ",
    "EE.UU. ",
    "U.S. ",
    "a.m. ",
    "J. ",
    "K. ",
    "etc. ",
    "3.1 ",
    "3,1 ",
    "10.30 ",
    "...",
    "…",
    "?",
    "!",
    ".",
    ". ",
    "¿",
    "¡",
    '"',
    "«",
    "»",
    "(",
    ")",
    " ",
    "  ",
    "\n",
    "\r\n",
    "\u00a0",
    "\u200f",
    "\ud800",
    "x",
    "El ",
    "the ",
    "Dr. ",
    "no. ",
    "1. ",
    "a. ",
    "www.example.com ",
    "» ",
    '." ',
    "?) ",
    "— ",
  ];
  for (const lang of ["es", "en"] as const) {
    it(`covers every visible character exactly once with trimmed, ordered segments (${lang})`, () => {
      let x = lang === "es" ? 17 : 91;
      const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
      for (let n = 0; n < 300; n++) {
        let text = "@@";
        const len = next() % 80;
        for (let k = 0; k < len; k++) text += pieces[next() % pieces.length];
        text += "@@";
        const start = 2;
        const end = text.length - 2;
        const spans = segmentParagraph(text, start, end, lang);
        const covered = new Uint8Array(text.length);
        let prevEnd = start;
        for (const [s, e] of spans) {
          expect(s).toBeGreaterThanOrEqual(prevEnd);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(end);
          expect(text.slice(s, e).trim()).toBe(text.slice(s, e));
          covered.fill(1, s, e);
          prevEnd = e;
        }
        for (let i = start; i < end; i++) {
          if (!/\s/.test(text[i])) expect(covered[i], `char ${i} of ${JSON.stringify(text)}`).toBe(1);
        }
        expect(segmentParagraph(text, start, end, lang)).toEqual(spans);
      }
    });
  }
});
