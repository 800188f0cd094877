import { describe, expect, it } from "vitest";
import { align } from "../../src/align/align";
import type { Doc, Segment } from "../../src/segment/document";
import { localeOf } from "../../src/lang/locale";
import { pairScope } from "../../src/lang/pair";
import type { Bead, Lang } from "../../src/types";

/** Builds a Doc straight from paragraphs of sentences, so these tests do not depend on the segmenter. */
function docOf(paragraphs: string[][], lang: Lang): Doc {
  let text = "";
  const segments: Segment[] = [];
  const paras: Doc["paragraphs"] = [];
  paragraphs.forEach((para, p) => {
    if (p > 0) text += "\n\n";
    const pStart = text.length;
    para.forEach((s, k) => {
      if (k > 0) text += " ";
      segments.push({ index: segments.length, paragraph: p, start: text.length, end: text.length + s.length, text: s });
      text += s;
    });
    paras.push({ index: p, start: pStart, end: text.length });
  });
  // Every test here aligns Spanish with English.
  const pair = pairScope("es", "en");
  return { lang, locale: localeOf(lang), pair, format: "text", raw: text, text, map: null, paragraphs: paras, segments };
}

// Parallel sentences written for these tests.
const ES = [
  "El ayuntamiento aprobó ayer el presupuesto de 2025 con los votos de tres partidos.",
  "La oposición criticó que no haya dinero para las escuelas del barrio norte.",
  "El alcalde defendió las cuentas en una rueda de prensa de casi dos horas.",
  "Según el documento, la deuda municipal bajará un 12 por ciento el próximo año.",
  "Los vecinos de Carabanchel protestaron frente al edificio durante la votación.",
  "La policía local cortó el tráfico en la calle Mayor hasta las nueve de la noche.",
  "El nuevo plan incluye 40 autobuses eléctricos y tres líneas de tranvía.",
  "Las obras comenzarán en marzo y durarán al menos dieciocho meses.",
  "La concejala de Hacienda, Marta Ruiz, dijo que las tasas no subirán.",
  "El pleno volverá a reunirse el 15 de enero para votar las enmiendas.",
];
const EN = [
  "The city council approved the 2025 budget yesterday with the votes of three parties.",
  "The opposition complained that there is no money for schools in the northern district.",
  "The mayor defended the accounts at a press conference lasting almost two hours.",
  "According to the document, municipal debt will fall by 12 percent next year.",
  "Residents of Carabanchel protested outside the building during the vote.",
  "Local police closed traffic on Mayor street until nine in the evening.",
  "The new plan includes 40 electric buses and three tram lines.",
  "Work will begin in March and will last at least eighteen months.",
  "The finance councillor, Marta Ruiz, said that fees will not rise.",
  "The full council will meet again on 15 January to vote on the amendments.",
];

/** Checks the invariants every alignment must satisfy and returns the beads as "s-t" strings. */
function checked(src: Doc, tgt: Doc): string[] {
  const beads = align(src, tgt);
  assertInvariants(beads, src.segments.length, tgt.segments.length);
  return beads.map((b) => `${b.source.join("+")}-${b.target.join("+")}`);
}

function assertInvariants(beads: Bead[], n: number, m: number): void {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    expect(b.source.length + b.target.length).toBeGreaterThan(0);
    expect(b.source.length).toBeLessThanOrEqual(2);
    expect(b.target.length).toBeLessThanOrEqual(2);
    for (const s of b.source) expect(s).toBe(i++);
    for (const t of b.target) expect(t).toBe(j++);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
    if (!b.source.length || !b.target.length) expect(b.score).toBe(0);
  }
  expect(i).toBe(n);
  expect(j).toBe(m);
}

describe("align", () => {
  it("links parallel sentences one to one, in order, with confident scores", () => {
    const src = docOf([ES.slice(0, 4), ES.slice(4, 10)], "es");
    const tgt = docOf([EN.slice(0, 4), EN.slice(4, 10)], "en");
    expect(checked(src, tgt)).toEqual(ES.map((_, k) => `${k}-${k}`));
    for (const b of align(src, tgt)) expect(b.score).toBeGreaterThan(0.5);
  });

  it("leaves a dropped target sentence as a 1-0 bead at its place", () => {
    const src = docOf([ES.slice(0, 5), ES.slice(5, 10)], "es");
    const tgt = docOf([[...EN.slice(0, 2), ...EN.slice(3, 5)], EN.slice(5, 10)], "en");
    const beads = checked(src, tgt);
    expect(beads).toContain("2-");
    expect(beads).toContain("1-1");
    expect(beads).toContain("3-2");
    expect(beads.filter((b) => b.endsWith("-") || b.startsWith("-"))).toEqual(["2-"]);
  });

  it("leaves an added target sentence as a 0-1 bead, also at the end of a paragraph", () => {
    const extra = "Subscribe to our newsletter to receive the best stories of the week in your inbox.";
    const src = docOf([ES.slice(0, 5), ES.slice(5, 10)], "es");
    const tgt = docOf([[...EN.slice(0, 5), extra], EN.slice(5, 10)], "en");
    const beads = checked(src, tgt);
    expect(beads).toContain("-5");
    expect(beads).toContain("4-4");
    expect(beads).toContain("5-6");
  });

  it("makes a 1-2 bead when the translator split a sentence", () => {
    const src = docOf(
      [
        [
          ES[0],
          "La oposición criticó que no haya dinero para las escuelas y el alcalde defendió las cuentas en una rueda de prensa.",
          ES[3],
        ],
      ],
      "es",
    );
    const tgt = docOf(
      [
        [
          EN[0],
          "The opposition complained that there is no money for schools.",
          "The mayor defended the accounts at a press conference.",
          EN[3],
        ],
      ],
      "en",
    );
    expect(checked(src, tgt)).toEqual(["0-0", "1-1+2", "2-3"]);
  });

  it("makes a 2-1 bead when the translator merged two sentences", () => {
    const src = docOf([[ES[0], "Las obras comenzarán en marzo.", "Durarán al menos dieciocho meses.", ES[3]]], "es");
    const tgt = docOf([[EN[0], "Work will begin in March and will last at least eighteen months.", EN[3]]], "en");
    expect(checked(src, tgt)).toEqual(["0-0", "1+2-1", "3-2"]);
  });

  it("survives a dropped whole paragraph and keeps beads inside paragraph pairs", () => {
    const src = docOf([ES.slice(0, 3), ES.slice(3, 6), ES.slice(6, 10)], "es");
    const tgt = docOf([EN.slice(0, 3), EN.slice(6, 10)], "en");
    const beads = align(src, tgt);
    assertInvariants(beads, 10, 7);
    const dropped = beads.filter((b) => b.target.length === 0).flatMap((b) => b.source);
    expect(dropped).toEqual([3, 4, 5]);
    for (const b of beads) {
      if (!b.source.length || !b.target.length) continue;
      expect(b.source.map((s) => s - (s >= 6 ? 3 : 0))).toEqual(b.target);
    }
  });

  it("survives an added whole paragraph in the target", () => {
    const src = docOf([ES.slice(0, 5), ES.slice(5, 10)], "es");
    const added = ["Photo: archive.", "This article was produced with the support of a foundation that does not influence its content."];
    const tgt = docOf([EN.slice(0, 5), added, EN.slice(5, 10)], "en");
    const beads = checked(src, tgt);
    expect(beads).toContain("-5");
    expect(beads).toContain("-6");
    expect(beads).toContain("5-7");
  });

  it("handles empty sides and is deterministic", () => {
    const src = docOf([ES.slice(0, 3)], "es");
    const empty = docOf([], "en");
    expect(checked(src, empty)).toEqual(["0-", "1-", "2-"]);
    expect(checked(docOf([], "es"), docOf([EN.slice(0, 2)], "en"))).toEqual(["-0", "-1"]);
    const tgt = docOf([EN.slice(0, 2), EN.slice(4, 6)], "en");
    const full = docOf([ES.slice(0, 3), ES.slice(3, 6)], "es");
    expect(JSON.stringify(align(full, tgt))).toBe(JSON.stringify(align(full, tgt)));
  });

  it("aligns 10,000 sentence pairs with dropped and added sentences (its speed is measured by npm run bench)", () => {
    // A sentence dropped now and then, except where a sentence is also added (that would be a replacement).
    const dropped = (p: number, k: number) => (p * 5 + k) % 97 === 13 && p % 150 !== 7;
    const srcParas: string[][] = [];
    const tgtParas: string[][] = [];
    for (let p = 0; p < 2000; p++) {
      const s: string[] = [];
      const t: string[] = [];
      for (let k = 0; k < 5; k++) {
        const x = (p * 5 + k) % ES.length;
        s.push(`${ES[x]} (${p}.${k})`);
        if (!dropped(p, k)) t.push(`${EN[x]} (${p}.${k})`);
      }
      if (p % 150 === 7) t.push("Read more stories like this on our website and follow us on social media.");
      srcParas.push(s);
      tgtParas.push(t);
    }
    const src = docOf(srcParas, "es");
    const tgt = docOf(tgtParas, "en");
    const beads = align(src, tgt);
    assertInvariants(beads, src.segments.length, tgt.segments.length);
    const omitted = beads.filter((b) => !b.target.length).flatMap((b) => b.source);
    expect(omitted).toEqual(src.segments.filter((s) => dropped(s.paragraph, s.index % 5)).map((s) => s.index));
  });
});
