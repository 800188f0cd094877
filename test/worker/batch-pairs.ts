// Synthetic article pairs for the batch tests (texts written for these tests): news-like es->en pairs whose
// numbers vary with the index, some with a planted defect (a dropped sentence, a changed number).

const SENTENCES: [string, string][] = [
  [
    "El ayuntamiento aprobó ayer un presupuesto de {n} millones de euros para el transporte público.",
    "The city council approved a budget of {n} million euros for public transport yesterday.",
  ],
  [
    "La medida beneficiará a unos {m} vecinos de los barrios del norte.",
    "The measure will benefit some {m} residents of the northern neighbourhoods.",
  ],
  ["Las obras comenzarán en primavera y durarán dos años.", "The works will begin in the spring and last two years."],
  [
    "La oposición criticó que el plan no incluye nuevas líneas de metro.",
    "The opposition criticised the plan for not including new metro lines.",
  ],
  [
    "El alcalde defendió la propuesta en una rueda de prensa celebrada el martes.",
    "The mayor defended the proposal at a press conference held on Tuesday.",
  ],
];

/** The kinds of pair the generator makes, by index: clean, one sentence dropped, or a number changed. */
export type PairKind = "clean" | "omission" | "number";

/** The kind of the i-th pair: every 7th drops a sentence, every 5th (not 7th) changes a number. */
export function kindOf(i: number): PairKind {
  if (i % 7 === 3) return "omission";
  if (i % 5 === 1) return "number";
  return "clean";
}

/** The i-th synthetic es->en check request (same input for the same i). */
export function syntheticPair(i: number): {
  source: { text: string; lang: "es" };
  target: { text: string; lang: "en" };
  options: { failOn: "minor" };
} {
  const n = 10 + (i % 90);
  const m = 1000 + i * 7;
  const fill = (s: string, num: number) => s.replace("{n}", String(n)).replace("{m}", String(m === num ? m : num));
  const kind = kindOf(i);
  const source: string[] = [];
  const target: string[] = [];
  SENTENCES.forEach(([es, en], k) => {
    source.push(fill(es, m));
    if (kind === "omission" && k === 3) return;
    target.push(fill(en, kind === "number" && k === 1 ? m + 1 : m));
  });
  // Every default severity is minor (docs/precision.md): gate at minor so the planted defects block.
  return {
    source: { text: source.join("\n\n"), lang: "es" },
    target: { text: target.join("\n\n"), lang: "en" },
    options: { failOn: "minor" },
  };
}
