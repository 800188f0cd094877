import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "../../src/checker";
import type { Format, Lang, Report } from "../../src/types";

// Pieces that make texts adversarial: lone surrogates, NUL, RTL/LTR marks, emoji (astral + ZWJ),
// combining marks, odd whitespace, markup and every kind of punctuation the rules look at.
const PIECES = [
  "\uD800",
  "\uDFFF",
  "\u0000",
  "\u200F",
  "\u200E",
  "\u202E",
  "👩‍👩‍👧",
  "🇪🇸",
  "é",
  "e\u0301",
  "\u00A0",
  "\u2028",
  "\t",
  "\n",
  "\n\n",
  "\r\n",
  " ",
  "  ",
  ".",
  "...",
  "…",
  ",",
  ";",
  ":",
  "!",
  "?",
  "¿",
  "¡",
  "(",
  ")",
  "[",
  "]",
  "“",
  "”",
  "‘",
  "’",
  "«",
  "»",
  '"',
  "'",
  "—",
  "–",
  "--",
  "%",
  "3,1",
  "800.000",
  "1.5",
  "U.S.",
  "EE.UU.",
  "Sr.",
  "OIM",
  "IOM",
  "ONU",
  "he",
  "his",
  "she",
  "her",
  "la presidenta",
  "el ministro",
  "Dina Boluarte",
  "de de",
  "the the",
  "<p>",
  "</p>",
  "<script>x</script>",
  "&amp;",
  "&#xD800;",
  "&",
  "<",
  "# ",
  "**",
  "[a](b)",
  "- ",
  "The president said",
  "El presidente dijo",
  "que",
  "and",
  "mil millones",
  "26 de abril",
  "April 26",
];

const piece = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 }),
);
const text = fc.array(piece, { minLength: 1, maxLength: 60 }).map((a) => a.join(""));
const lang = fc.constantFrom<Lang>("es", "en");
const format = fc.constantFrom<Format>("text", "html", "markdown");

function invariants(report: Report, src: string, tgt: string): void {
  for (const [side, raw] of [
    ["source", src],
    ["target", tgt],
  ] as const) {
    for (const s of report.segments[side]) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(raw.length);
      expect(s.start).toBeLessThanOrEqual(s.end);
      expect(raw.slice(s.start, s.end)).toBe(s.text);
    }
  }
  for (const i of report.issues) {
    for (const [span, raw] of [
      [i.source, src],
      [i.target, tgt],
    ] as const) {
      if (!span) continue;
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(raw.length);
      expect(span.start).toBeLessThanOrEqual(span.end);
      expect(raw.slice(span.start, span.end)).toBe(span.text);
    }
  }
  // Alignment: monotone, covering every segment of each side exactly once, in order.
  for (const side of ["source", "target"] as const) {
    const seen = report.alignment.flatMap((b) => b[side]);
    expect(seen).toEqual(report.segments[side].map((_, k) => k));
  }
  for (const b of report.alignment) {
    expect(b.source.length + b.target.length).toBeGreaterThan(0);
    expect(b.score).toBeGreaterThanOrEqual(0);
    expect(b.score).toBeLessThanOrEqual(1);
  }
}

// Generous timeouts: hundreds of checks through the HTML and Markdown parsers on a machine that may be loaded
// (speed is measured by npm run bench, not here).
describe("properties of check() on random and adversarial texts", { timeout: 120_000 }, () => {
  it("never throws, keeps spans inside and equal to their slices, aligns monotonically and completely", () => {
    fc.assert(
      fc.property(text, text, lang, format, (src, tgt, from, fmt) => {
        const to: Lang = from === "es" ? "en" : "es";
        const report = check({ source: { text: src, lang: from }, target: { text: tgt, lang: to }, format: fmt });
        invariants(report, src, tgt);
      }),
      { numRuns: 300, seed: 20261127 },
    );
  });

  it("gives identical output for identical input", () => {
    fc.assert(
      fc.property(text, text, format, (src, tgt, fmt) => {
        const req = { source: { text: src, lang: "es" as const }, target: { text: tgt, lang: "en" as const }, format: fmt };
        expect(JSON.stringify(check(req))).toBe(JSON.stringify(check(req)));
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it("finds no accuracy issue in a text checked against itself", () => {
    fc.assert(
      fc.property(text, lang, format, (t, l, fmt) => {
        const report = check({ source: { text: t, lang: l }, target: { text: t, lang: l }, format: fmt });
        expect(report.issues.filter((i) => i.category.startsWith("accuracy/")).map((i) => i.ruleId)).toEqual([]);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it.each([
    ["10,000 punctuation marks in a row", ".,;:!?¿¡()[]«»“”\"'—…".repeat(500)],
    ["one 100,000-character sentence", "palabra ".repeat(12500)],
    ["100,000 characters without a space", "x".repeat(100000)],
    ["10,000 newlines", "\n".repeat(10000)],
    ["20,000 abbreviations", "Sr. ".repeat(20000)],
  ])("survives %s", (_name, big) => {
    for (const fmt of ["text", "html", "markdown"] as const) {
      const report = check({ source: { text: big, lang: "es" }, target: { text: `${big} The end.`, lang: "en" }, format: fmt });
      invariants(report, big, `${big} The end.`);
    }
  });
});
