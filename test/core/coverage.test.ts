import { describe, expect, it } from "vitest";
import { buildDoc } from "../../src/segment/document";
import { coveredByNeighbour, headlineLeftOut, headlineMirrored, lengthMisfit, unsurePartner } from "../../src/rules/lib/coverage";
import { resolveAlignment } from "../../src/check/check";
import type { RuleContext } from "../../src/check/rule";
import type { Bead, Lang } from "../../src/types";

/** A rule context over `source` and `target` with the alignment given as [source indices, target indices] beads. */
function contextOf(source: string, target: string, beads: [number[], number[]][], from: Lang = "es", to: Lang = "en"): RuleContext {
  const s = buildDoc(source, from);
  const t = buildDoc(target, to);
  const alignment: Bead[] = beads.map(([src, tgt]) => ({ source: src, target: tgt, score: src.length && tgt.length ? 1 : 0 }));
  return { source: s, target: t, alignment, ...resolveAlignment(alignment, s, t), options: {}, report: () => undefined };
}

const SOURCE = [
  "El alcalde inauguró el lunes el nuevo puente de Sevilla.",
  "Presentado por la ministra Elena Ruiz, el arquitecto Tomás Ibarra repasó cómo nació la idea en 2015, por qué eligió el acero de Bilbao y no el hormigón de Valencia, cómo resolvió las mareas del Guadalquivir con ingenieros de Delft y Rotterdam, y qué papel tuvieron Calatrava, Foster y Zaha Hadid en su vocación.",
  "Las obras costaron 40 millones de euros.",
].join(" ");

describe("coveredByNeighbour: a run of unlinked beads", () => {
  it("covers a long source sentence and the four target sentences it was split into when the aligner left them all unpaired", () => {
    const target = [
      "The mayor opened the new bridge in Seville on Monday.",
      "Introduced by minister Elena Ruiz, the architect Tomás Ibarra recalled how the idea was born in 2015.",
      "He explained why he chose steel from Bilbao over concrete from Valencia.",
      "He solved the Guadalquivir tides with engineers from Delft and Rotterdam.",
      "Calatrava, Foster and Zaha Hadid shaped his vocation.",
      "The works cost 40 million euros.",
    ].join(" ");
    const ctx = contextOf(SOURCE, target, [
      [[0], [0]],
      [[], [1]],
      [[], [2]],
      [[], [3]],
      [[], [4]],
      [[1], []],
      [[2], [5]],
    ]);
    for (const k of [1, 2, 3, 4]) expect(coveredByNeighbour(ctx, k, ctx.pairs[k].target[0], "target")).toBe(true);
    expect(coveredByNeighbour(ctx, 5, ctx.pairs[5].source[0], "source")).toBe(true);
  });

  it("does not cover unrelated target sentences that stand beside a source sentence left untranslated", () => {
    const target = [
      "The mayor opened the new bridge in Seville on Monday.",
      "Subscribe to our newsletter to receive the best stories every morning.",
      "All rights reserved; no part of this page may be reproduced without permission.",
      "The works cost 40 million euros.",
    ].join(" ");
    const ctx = contextOf(SOURCE, target, [
      [[0], [0]],
      [[], [1]],
      [[], [2]],
      [[1], []],
      [[2], [3]],
    ]);
    expect(coveredByNeighbour(ctx, 1, ctx.pairs[1].target[0], "target")).toBe(false);
    expect(coveredByNeighbour(ctx, 2, ctx.pairs[2].target[0], "target")).toBe(false);
    expect(coveredByNeighbour(ctx, 3, ctx.pairs[3].source[0], "source")).toBe(false);
  });
});

describe("headlineMirrored", () => {
  const source =
    "Un verano sin turistas en la costa. Los hoteles de Alicante registraron en julio un 30 por ciento menos de reservas que el año pasado.";

  it("finds the source headline in a target headline of fitting length run into the lead", () => {
    const ctx = contextOf(
      source,
      "Empty Beaches on the Costa Blanca Hotels in Alicante recorded 30 percent fewer bookings in July than last year. The industry wants aid.",
      [],
    );
    expect(headlineMirrored(ctx, ctx.source.segments[0])).toBe(true);
  });

  it("does not take the translated lead for the headline", () => {
    const ctx = contextOf(
      source,
      "Hotels in Alicante recorded 30 percent fewer bookings in July than last year. The industry wants aid.",
      [],
    );
    expect(headlineMirrored(ctx, ctx.source.segments[0])).toBe(false);
  });

  it("only applies to the article's first sentence", () => {
    const ctx = contextOf(
      source,
      "Empty Beaches on the Costa Blanca Hotels in Alicante recorded 30 percent fewer bookings in July than last year. The industry wants aid.",
      [],
    );
    expect(headlineMirrored(ctx, ctx.source.segments[1])).toBe(false);
  });
});

describe("headlineLeftOut", () => {
  const source =
    "Tanto Petro como Boric apoyan con firmeza el acuerdo de Escazú sobre el medio ambiente. Gustavo Petro y Gabriel Boric, presidentes de Colombia y Chile, defendieron el martes el acuerdo de Escazú, pese a las quejas de las empresas mineras.";
  const lead =
    "Gustavo Petro and Gabriel Boric, the presidents of Colombia and Chile, defended the Escazú agreement on Tuesday, despite complaints from mining companies.";

  it("reports a headline that shares its names with the lead when the bead fits clearly better without it", () => {
    const ctx = contextOf(source, lead, [[[0, 1], [0]]]);
    expect(headlineLeftOut(ctx, ctx.pairs[0], ctx.source.segments[0])).toBe(true);
  });

  it("does not when the target has its own headline in the bead", () => {
    const ctx = contextOf(source, `Petro and Boric back the Escazú environment accord. ${lead}`, [
      [
        [0, 1],
        [0, 1],
      ],
    ]);
    expect(headlineLeftOut(ctx, ctx.pairs[0], ctx.source.segments[0])).toBe(false);
  });

  it("only applies to the article's first sentence", () => {
    const ctx = contextOf(`La cumbre terminó el lunes. ${source}`, lead, [
      [[0], []],
      [[1, 2], [0]],
    ]);
    expect(headlineLeftOut(ctx, ctx.pairs[1], ctx.source.segments[1])).toBe(false);
  });
});

describe("unsurePartner: the article's first sentence, a headline run into its lead", () => {
  const source = [
    "Pesca Norte ofrece 40 millones de euros por el 24% de Conservas Rías El grupo gallego detalló ayer en Vigo su oferta de compra, que quiere cerrar antes del verano para ampliar su flota.",
    "Es un porcentaje que no le obliga a lanzar una opa sobre todo el capital, según la CNMV y el Banco de España.",
    "La junta de accionistas votará la oferta en marzo.",
  ].join(" ");
  const headline = "Pesca Norte offers 40 million euros for 24% of Conservas Rías";
  const next = "It is a stake that does not oblige it to bid for all the capital, according to the CNMV and the Bank of Spain.";
  const last = "The shareholders' meeting will vote on the offer in March.";
  const beads: [number[], number[]][] = [
    [[0], [0]],
    [[1], []],
    [[2], [1]],
  ];

  it("reports the first sentence beside the sentence alone when the target runs the headline into that sentence's translation", () => {
    const ctx = contextOf(source, `${headline} ${next} ${last}`, beads);
    expect(unsurePartner(ctx, 1, ctx.source.segments[1])).toBe(ctx.source.segments[0]);
  });

  it("does not when the target holds the lead after the headline", () => {
    const lead =
      "The Galician group gave details of its purchase offer in Vigo yesterday, which it wants to close before the summer to expand its fleet.";
    const ctx = contextOf(source, `${headline} ${lead} ${last}`, beads);
    expect(unsurePartner(ctx, 1, ctx.source.segments[1])).toBe(null);
  });
});

describe("lengthMisfit: the structural rules' own length measure", () => {
  it("is near zero when the lengths fit the ratio and grows as they part, either way", () => {
    expect(Math.abs(lengthMisfit(100, 110, 1.1))).toBeLessThan(1e-6);
    const near = lengthMisfit(100, 130, 1.1);
    const far = lengthMisfit(100, 200, 1.1);
    expect(near).toBeGreaterThan(0);
    expect(far).toBeGreaterThan(near);
    expect(lengthMisfit(100, 60, 1.1)).toBeGreaterThan(lengthMisfit(100, 90, 1.1));
  });

  it("is -ln of the two-tailed normal probability of the length difference (Gale–Church, variance 6.8)", () => {
    // 200 source characters at ratio 1 against 240 target ones: delta = 40 / sqrt(6.8 * 220) ≈ 1.0342, and
    // P(|Z| >= 1.0342) ≈ 0.3011, so the misfit is about 1.2005.
    expect(lengthMisfit(200, 240, 1)).toBeCloseTo(1.2005, 3);
  });
});
