import { describe, expect, it } from "vitest";
import { polarityOf } from "../../src/rules/lib/negation";
import type { Lang } from "../../src/types";
import { pairScope } from "../../src/lang/pair";

const pol = (text: string, lang: Lang) => {
  const p = polarityOf(text, 0, text.length, lang, pairScope("es", "en"));
  return { negators: p.negators.map((n) => text.slice(n.start, n.end)), main: p.main.length, others: p.others, restrictive: p.restrictive };
};

describe("sentence polarity (rules/<lang>/negation.json)", () => {
  it("counts a Spanish negative concord as one negation", () => {
    expect(pol("No vino nadie a la reunión.", "es")).toMatchObject({ negators: ["No"], main: 1 });
    expect(pol("No dijo nunca nada.", "es").negators).toEqual(["No"]);
  });

  it("sets aside fixed positive phrases and litotes, which still show a negation to the other side", () => {
    expect(pol("Sin embargo, el plan no sólo reduce costes.", "es")).toMatchObject({ negators: [], others: 0 });
    expect(pol("The result was not unlike last year's.", "en")).toMatchObject({ negators: [], others: 2 });
  });

  it("reads 'no' before an adjective, a tag question and an elliptical answer as no verbal negation", () => {
    expect(pol("Organizaron una marcha no autorizada.", "es").negators).toEqual([]);
    expect(pol("You were there, weren't you?", "en").negators).toEqual([]);
    expect(pol("Was he afraid? Rather not.", "en").negators).toEqual([]);
  });

  it("keeps a reported clause in the main clause and a relative clause out of it", () => {
    expect(pol("El ministro dijo que no firmará el acuerdo.", "es").main).toBe(1);
    expect(pol("The man who did not vote left early.", "en")).toMatchObject({ negators: ["not"], main: 0 });
  });

  it("counts other negative and restrictive words", () => {
    expect(pol("The agreement failed to be signed without delay.", "en").others).toBe(2);
    expect(pol("Only two ministers attended.", "en").restrictive).toBe(1);
  });

  it("reads a conditional 'si no' with a verb as a negation, and 'not just' and 'más que nunca' as none", () => {
    expect(pol("Si no llega el tren, cogeremos el autobús.", "es").negators).toEqual(["no"]);
    expect(pol("The plan is not just cheaper.", "en")).toMatchObject({ negators: [], others: 0 });
    expect(pol("El equipo juega mejor que nunca.", "es")).toMatchObject({ negators: [], others: 3 });
  });
});
