// untranslated's word lists counted together in one scan (countEach, WordCounts) against countWords for each list;
// untranslated's otherLanguageOf with its fast path (the trigram model asked only when some third language's words
// could name the sentence) against its plain version, on sentences written here in several languages and their
// recombinations.
import { describe, expect, it } from "vitest";
import { otherLanguageLists, otherLanguageOf } from "../../src/rules/untranslated/other-language";
import { countEach, countWords, exclusiveWords, WordCounts, wordList } from "../../src/rules/untranslated/langid";
import type { Lang } from "../../src/types";

const SENTENCES = [
  "The residents of the neighbourhood protested against the closure of their school on Monday.",
  "Minister defends budget tax rises amid protests from unions and farmers across the country",
  "Los vecinos del barrio protestaron el lunes contra el cierre de su escuela.",
  "Precios récord, cosechas escasas y agricultores endeudados en toda la región andina",
  "Les habitants du quartier ont protesté lundi contre la fermeture de leur école.",
  "Die Bewohner des Viertels protestierten am Montag gegen die Schließung ihrer Schule.",
  "Il governo ha presentato un nuovo piano per le scuole della regione.",
  "O governo apresentou um novo plano para as escolas da região no ano passado.",
  "El govern va presentar un nou pla per a les escoles de la regió aquest any.",
  "De regering heeft een nieuw plan voor de scholen van de regio gepresenteerd.",
  "Guvernul a prezentat un nou plan pentru școlile din regiune în acest an.",
  "Vláda představila nový plán pro školy v regionu v letošním roce.",
  "Rząd przedstawił nowy plan dla szkół w regionie w tym roku.",
  "Real Madrid, Barcelona, Atlético, Sevilla, Valencia, Villarreal, Betis, Osasuna, Getafe",
  'The series "La casa de las flores" returns in May with ten new episodes for the fans.',
  "«Nous ne céderons jamais», a déclaré le maire devant la foule.",
  "Zе министер споук ту зе прес он Мандей афтернун ин зе капитал.",
];

/** The sentences, and each joined with the start and the end of another (a quote in a frame, mixed evidence). */
function texts(): string[] {
  const out = [...SENTENCES];
  for (const a of SENTENCES) {
    for (const b of SENTENCES) {
      const wa = a.split(" ");
      const wb = b.split(" ");
      out.push(`${wa.slice(0, 5).join(" ")} ${wb.slice(-6).join(" ")}`);
      out.push(`${a} "${wb.slice(0, 4).join(" ")}"`);
    }
  }
  return out;
}
const PAIRS: [Lang, Lang][] = [
  ["en", "es"],
  ["es", "en"],
  ["de", "en"],
  ["en", "de"],
  ["fr", "es"],
  ["es", "fr"],
  ["de", "fr"],
];

describe("otherLanguageOf's fast path against its plain version", () => {
  it("answers as the plain version for every text and language pair", () => {
    const wrong: string[] = [];
    let named = 0;
    for (const [home, besides] of PAIRS) {
      for (const text of texts()) {
        const plain = otherLanguageOf(text, home, besides, false);
        if (plain !== null) named++;
        if (otherLanguageOf(text, home, besides) !== plain && wrong.length < 5) wrong.push(`${home}/${besides}: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
    // The texts name third languages often enough for the comparison to mean something.
    expect(named).toBeGreaterThan(1000);
  });
});

describe("countEach and WordCounts against countWords", () => {
  it("count the words of each list countWords counts, in every text", () => {
    // The lists the untranslated rule counts together, and one of long, accented, apostrophised and astral words.
    const odd = wordList(["l'ete", "naive", "ete", "ecole", "𝒜bc", "strasse", "a"]);
    const lists = PAIRS.flatMap(([home, besides]) => [...otherLanguageLists(home, besides), exclusiveWords(besides, home), odd]);
    const extra = ["L'été naïve ÉCOLE 𝒜bc l’été Straße A a-a", "rock'n'roll d'être O'Neill — l'", "x".repeat(40)];
    const wrong: string[] = [];
    for (const text of [...texts(), ...extra]) {
      const plain = lists.map((list) => countWords(text, list));
      if (JSON.stringify(countEach(text, lists)) !== JSON.stringify(plain) && wrong.length < 5) wrong.push(text);
      const counts = new WordCounts(text, lists.slice(0, 3));
      if (lists.some((list, k) => counts.count(list) !== plain[k]) && wrong.length < 5) wrong.push(`WordCounts: ${text}`);
    }
    expect(wrong).toEqual([]);
  });
});
