import { describe, expect, it } from "vitest";
import { polarityOf } from "../../src/rules/lib/negation";
import type { Lang } from "../../src/types";
import { pairScope } from "../../src/lang/pair";

const pol = (text: string, lang: Lang) => {
  const p = polarityOf(text, 0, text.length, lang, pairScope("es", "en"));
  return {
    negators: p.negators.map((n) => text.slice(n.start, n.end)),
    main: p.main.length,
    others: p.othersAt.length,
    restrictive: p.restrictiveAt.length,
  };
};

describe("sentence polarity (rules/<lang>/negation.json)", () => {
  it("counts a Spanish negative concord as one negation", () => {
    expect(pol("No vino nadie a la reunión.", "es")).toMatchObject({ negators: ["No"], main: 1 });
    expect(pol("No dijo nunca nada.", "es").negators).toEqual(["No"]);
  });

  it("sets aside fixed positive phrases and litotes, which still show a negation to the other side", () => {
    // "no sólo" negates nothing, but its "no" still renders a negation of the other side ("not just").
    expect(pol("Sin embargo, el plan no sólo reduce costes.", "es")).toMatchObject({ negators: [], others: 1 });
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
    expect(pol("The agreement failed to be signed without delay.", "en")).toMatchObject({ others: 1, restrictive: 1 });
    expect(pol("Only two ministers attended.", "en").restrictive).toBe(1);
  });

  it("reads a conditional 'si no' with a verb as a negation, and 'not just' and 'más que nunca' as none", () => {
    expect(pol("Si no llega el tren, cogeremos el autobús.", "es").negators).toEqual(["no"]);
    expect(pol("The plan is not just cheaper.", "en")).toMatchObject({ negators: [], others: 1 });
    expect(pol("El equipo juega mejor que nunca.", "es")).toMatchObject({ negators: [], others: 3 });
  });

  it("keeps the main clause across coordinators and after a reporting verb that follows one", () => {
    expect(pol("The party started and after dinner there was not any music.", "en").main).toBe(1);
    expect(pol("La fiesta empezó y después no hubo música.", "es").main).toBe(1);
    expect(pol("But she added that the plan was not ready.", "en").main).toBe(1);
    expect(pol("If the bill passes and the court does not object, it becomes law.", "en").main).toBe(0);
  });

  it("reads a capitalised negator inside a sentence as a title's word, and 'won't be just' as a positive phrase", () => {
    expect(pol("They played Escape, Home and Never the Same.", "en").negators).toEqual([]);
    expect(pol("The fair won't be just a market.", "en")).toMatchObject({ negators: [], others: 1 });
  });

  it("counts lexical negatives with 'dis-' (disapproves) as other negative words", () => {
    expect(pol("The minister disapproves of the plan.", "en").others).toBe(1);
  });

  it("reads a French 'ne' as a negation only when 'pas', 'jamais' or another completing word follows", () => {
    const fr = (text: string) => polarityOf(text, 0, text.length, "fr", pairScope("fr", "en"));
    const negators = (text: string) => fr(text).negators.map((n) => text.slice(n.start, n.end));
    expect(negators("Il n'a pas vu le film.")).toEqual(["n'"]);
    expect(negators("Le maire ne viendra jamais.")).toEqual(["ne"]);
    expect(negators("Il n'a que deux enfants.")).toEqual([]);
    expect(negators("Il faut partir avant qu'il ne pleuve.")).toEqual([]);
    expect(negators("Ce n'est pas seulement un film.")).toEqual([]);
  });

  it("reads a negator with 'without'/'sin' after it in its clause as a double negative (it affirms)", () => {
    expect(pol("The reform could not remain without consequences.", "en")).toMatchObject({ negators: [], others: 1, restrictive: 1 });
    expect(pol("El cliente no se fue sin pagar.", "es").negators).toEqual([]);
  });

  it("keeps a negator inside brackets out of the main clause", () => {
    expect(pol("Two samples (from tests that did not finish) were kept.", "en")).toMatchObject({ negators: ["not"], main: 0 });
  });

  it("reads 'no X sino Y' as a contrast that asserts Y, and tells where restrictive words lie", () => {
    expect(pol("No fue un error, sino una decisión.", "es")).toMatchObject({ negators: [], others: 1 });
    const p = polarityOf("Only two ministers attended.", 0, 28, "en", pairScope("es", "en"));
    expect(p.restrictiveAt).toEqual([0]);
  });

  it("reads French 'de ne pas' + infinitive as no main-clause negation, and 'ne … pas longtemps' as a litotes", () => {
    const fr = (text: string) => polarityOf(text, 0, text.length, "fr", pairScope("fr", "en"));
    expect(fr("Le maire a promis de ne pas fermer l'école.")).toMatchObject({ main: [] });
    expect(fr("Il n'y a pas longtemps, le maire est venu.").negators).toEqual([]);
  });
});
