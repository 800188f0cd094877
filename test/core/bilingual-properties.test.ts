import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BilingualError } from "../../src/input/bilingual/parse";
import { check } from "../../src/checker";
import type { Report } from "../../src/types";

// Segment contents mixing text, entities, character references, CDATA, inline codes of every kind, astral and
// combining characters, whitespace and characters XML would need escaped.
const PIECES = [
  "El presidente",
  "dijo",
  " ",
  "  ",
  "\n",
  "\t",
  "34",
  "3,1",
  ".",
  "?",
  "¿",
  "“",
  "”",
  "é",
  "e\u0301",
  "👩‍👩‍👧",
  "%s",
  "{0}",
  "&amp;",
  "&lt;",
  "&gt;",
  "&quot;",
  "&apos;",
  "&#233;",
  "&#x1F600;",
  "<![CDATA[a < b & c]]>",
  "<![CDATA[]]>",
  '<x id="1"/>',
  '<g id="2">negrita</g>',
  '<ph id="3">&lt;br/&gt;</ph>',
  '<bpt id="4">&lt;b&gt;</bpt>',
  '<ept id="4">&lt;/b&gt;</ept>',
  '<mrk mtype="x">marcado</mrk>',
  '<it pos="open">&lt;i&gt;</it>',
  "<!-- comentario -->",
];
const content = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(""));
const pairs = fc.array(fc.tuple(content, content), { minLength: 1, maxLength: 6 });

const xliff = (ps: [string, string][]) =>
  `<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="es" target-language="en"><body>\n` +
  ps.map(([s, t], k) => `<trans-unit id="${k}"><source>${s}</source>\n<target>${t}</target></trans-unit>\n`).join("") +
  "</body></file></xliff>";
const tmx = (ps: [string, string][]) =>
  `<tmx version="1.4"><header srclang="es"/><body>\n` +
  ps.map(([s, t]) => `<tu><tuv xml:lang="es"><seg>${s}</seg></tuv><tuv xml:lang="en"><seg>${t}</seg></tuv></tu>\n`).join("") +
  "</body></tmx>";

/** Every segment and issue span is an exact slice of the file, beads are the file's pairs in order. */
function invariants(file: string, report: Report): void {
  for (const side of ["source", "target"] as const) for (const s of report.segments[side]) expect(file.slice(s.start, s.end)).toBe(s.text);
  for (const i of report.issues) for (const sp of [i.source, i.target]) if (sp) expect(file.slice(sp.start, sp.end)).toBe(sp.text);
  let s = 0;
  let t = 0;
  for (const b of report.alignment) {
    expect(b.source.length + b.target.length).toBeGreaterThan(0);
    for (const i of b.source) expect(i).toBe(s++);
    for (const i of b.target) expect(i).toBe(t++);
  }
  expect([s, t]).toEqual([report.segments.source.length, report.segments.target.length]);
}

describe.each([
  ["XLIFF 1.2", xliff, "xliff"],
  ["TMX 1.4", tmx, "tmx"],
] as const)("%s inputs (property)", (_n, build, format) => {
  it("keep exact spans, the file's pairing and deterministic output, or fail with a BilingualError", () => {
    fc.assert(
      fc.property(pairs, (ps) => {
        const file = build(ps);
        const req = { source: { text: file, lang: "es" as const }, target: { text: file, lang: "en" as const }, format };
        let report: Report;
        try {
          report = check(req);
        } catch (e) {
          expect(e).toBeInstanceOf(BilingualError); // every segment empty: "no segment in either language"
          return;
        }
        invariants(file, report);
        expect(JSON.stringify(check(req))).toBe(JSON.stringify(report));
      }),
      { numRuns: 150, seed: 15 },
    );
  });
});
