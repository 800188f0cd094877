// untranslated's copiedHead with its fast path (no answer unless a source shares an opening of MIN_WORDS - 1 words)
// against its plain version, on headlines and sentences written here and on their recombinations.
import { describe, expect, it } from "vitest";
import { copiedHead } from "../../src/rules/untranslated/untranslated";
import type { Segment } from "../../src/segment/document";
import type { Lang } from "../../src/types";

const HEADS = [
  "Crisis del gas en Europa",
  "Nueva ley de vivienda",
  "El Gobierno aprueba el presupuesto",
  "Los precios suben",
  "Fin de la huelga",
  "Gas price row deepens",
  "New housing law",
  "Die Regierung plant neue Steuern",
  "La grève continue",
  "",
];
const BODIES = [
  "The ministers met on Monday to discuss the plan.",
  "El ministro dijo que el plan no es suficiente.",
  "It is the first time that the company has done so.",
  "Die Minister trafen sich am Montag in Berlin.",
  "Les ministres se sont réunis lundi à Paris.",
  "Prices rose again in March, the office said.",
];
const PAIRS: [Lang, Lang][] = [
  ["es", "en"],
  ["en", "es"],
  ["de", "en"],
  ["fr", "es"],
];

/** Target sentences: a head alone, a head run into a body, a body alone; in several spellings of the head. */
function targets(): string[] {
  const out: string[] = [];
  for (const h of HEADS) {
    for (const head of [h, h.toUpperCase(), h.slice(0, Math.ceil(h.length / 2)), `${h}:`]) {
      out.push(head);
      for (const b of BODIES) out.push(`${head} ${b}`.trim());
    }
  }
  return out;
}

describe("copiedHead's fast path against its plain version", () => {
  it("answers as the plain version for every target, source set and language pair", () => {
    const seg = (text: string) => ({ text }) as Segment;
    const sourceSets = [...HEADS.map((h) => [seg(h)]), ...HEADS.flatMap((h) => BODIES.map((b) => [seg(`${h} ${b}`.trim()), seg(b)]))];
    const wrong: string[] = [];
    let found = 0;
    for (const [from, to] of PAIRS) {
      for (const text of targets()) {
        for (const sources of sourceSets) {
          const quick = copiedHead(text, sources, from, to);
          const plain = copiedHead(text, sources, from, to, false);
          if (plain !== null) found++;
          if (quick !== plain && wrong.length < 5) wrong.push(`${from}-${to} ${text} | ${sources.map((s) => s.text).join(" | ")}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // The inputs reach the answers the fast path must keep, not only nulls.
    expect(found).toBeGreaterThan(20);
  });
});
