import { describe, expect, it } from "vitest";
import { BilingualError, parseBilingualFile } from "../../src/input/bilingual/parse";
import { buildBilingualDocs, declaredLanguages } from "../../src/input/bilingual/docs";
import { check } from "../../src/checker";
import { localeOf } from "../../src/lang/locale";
import type { Lang, Report } from "../../src/types";

const PAIRS: [string, string][] = [
  ["El presidente llegó a Lima el lunes.", "The president arrived in Lima on Monday."],
  ["Se reunió con 34 ministros &amp; asesores.", "He met 2 ministers &amp; advisers."],
  ['Pulse <g id="1">Guardar</g> y <x id="2"/> salga.', 'Press <g id="1">Save</g> and exit.'],
];

function xliff12(pairs = PAIRS): string {
  const units = pairs.map(
    ([s, t], k) =>
      `  <trans-unit id="${k + 1}">\n   <source>${s}</source>\n   <alt-trans><target>ignored</target></alt-trans>\n   <target>${t}</target>\n  </trans-unit>\n`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n` +
    `<file source-language="es-ES" target-language="en-GB" datatype="plaintext" original="a"><body>\n${units.join("")}</body></file></xliff>\n`
  );
}

function xliff2(pairs = PAIRS): string {
  const segs = pairs.map(
    ([s, t], k) =>
      `   <segment id="s${k}"><source>${s.replace(/<g id="1">(.*?)<\/g>/, '<pc id="1">$1</pc>').replace(/<x id="2"\/>/, '<ph id="2"/>')}</source>` +
      `<target>${t.replace(/<g id="1">(.*?)<\/g>/, '<pc id="1">$1</pc>')}</target></segment>\n   <ignorable><source> </source></ignorable>\n`,
  );
  return (
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="es" trgLang="en">\n<file id="f">\n` +
    `  <unit id="u1">\n${segs.slice(0, 2).join("")}  </unit>\n  <unit id="u2">\n${segs.slice(2).join("")}  </unit>\n</file></xliff>`
  );
}

function tmx(pairs = PAIRS): string {
  const tus = pairs.map(
    ([s, t]) =>
      `<tu><prop type="x">p</prop><tuv xml:lang="es-419"><seg>${s.replace(/<g id="1">(.*?)<\/g>/, '<bpt i="1">&lt;b&gt;</bpt>$1<ept i="1">&lt;/b&gt;</ept>').replace(/<x id="2"\/>/, '<ph x="2">&lt;br/&gt;</ph>')}</seg></tuv>` +
      `<tuv xml:lang="en-US"><seg>${t.includes("<g") ? t.replace(/<g id="1">(.*?)<\/g>/, '<bpt i="1">&lt;b&gt;</bpt>$1<ept i="1">&lt;/b&gt;</ept>') : `<![CDATA[${t.replace(/&amp;/g, "&")}]]>`}</seg></tuv></tu>\n`,
  );
  return `<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="es-419" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>\n<body>\n${tus.join("")}</body></tmx>`;
}

const run = (file: string, format: "xliff" | "tmx", from: Lang = "es", to: Lang = "en") =>
  check({ source: { text: file, lang: from }, target: { text: file, lang: to }, format });

function expectExactSpans(file: string, report: Report): void {
  for (const side of ["source", "target"] as const) for (const s of report.segments[side]) expect(file.slice(s.start, s.end)).toBe(s.text);
  for (const i of report.issues) {
    if (i.source) expect(file.slice(i.source.start, i.source.end)).toBe(i.source.text);
    if (i.target) expect(file.slice(i.target.start, i.target.end)).toBe(i.target.text);
  }
}

describe.each([
  ["XLIFF 1.2", xliff12(), "xliff"],
  ["XLIFF 2.1", xliff2(), "xliff"],
  ["TMX 1.4", tmx(), "tmx"],
] as const)("%s input", (_name, file, format) => {
  const report = run(file, format);

  it("keeps the file's pairing: one bead per segment pair, no re-alignment", () => {
    expect(report.alignment).toEqual(PAIRS.map((_, k) => ({ source: [k], target: [k], score: 1 })));
    expect(report.segments.source).toHaveLength(3);
  });

  it("reports spans that are exact slices of the raw file", () => {
    expectExactSpans(file, report);
    expect(report.segments.source[0].text).toBe(PAIRS[0][0]);
  });

  it("finds the changed number and the dropped tag in the right segments", () => {
    const number = report.issues.find((i) => i.ruleId === "number-mismatch")!;
    expect([number.source?.text, number.target?.text]).toEqual(["34", "2"]);
    const tags = report.issues.filter((i) => i.ruleId === "tag-mismatch");
    expect(tags).toHaveLength(1);
    expect(tags[0].source!.text).toMatch(/^<(x id="2"\/|ph id="2"\/|ph x="2">&lt;br\/&gt;<\/ph)>$/);
    expect(tags[0].target!.text).toBe(report.segments.target[2].text);
    expect(tags[0].category).toBe("design/markup");
  });
});

describe("bilingual files", () => {
  it("reads declared languages (XLIFF attributes, TMX header and tuv languages)", () => {
    expect(declaredLanguages(parseBilingualFile(xliff12(), "xliff"))).toEqual({ source: "es", target: "en" });
    expect(declaredLanguages(parseBilingualFile(xliff2(), "xliff"))).toEqual({ source: "es", target: "en" });
    expect(declaredLanguages(parseBilingualFile(tmx(), "tmx"))).toEqual({ source: "es", target: "en" });
  });

  it("checks a TMX in the other direction by choosing the tuv languages", () => {
    const report = run(tmx(), "tmx", "en", "es");
    expect(report.segments.source[0].text).toBe(PAIRS[0][1]);
    expectExactSpans(tmx(), report);
  });

  it("leaves a unit without target as a 1-0 bead (an omission)", () => {
    const file = xliff12().replace(/<target>The president[^<]*<\/target>/, "");
    const report = run(file, "xliff");
    expect(report.alignment[0]).toEqual({ source: [0], target: [], score: 0 });
    expect(report.issues.some((i) => i.ruleId === "omission" && i.source?.text === PAIRS[0][0])).toBe(true);
  });

  it("applies fixes inside the raw file", () => {
    const file = xliff12([["Dijo que sí, y se fue.", "He said yes , and left."]]);
    const report = run(file, "xliff");
    expect(report.fixed).toBe(file.replace("He said yes , and left.", "He said yes, and left."));
  });

  it.each([
    ["<html><body>x</body></html>", "xliff", /starts with <xliff>/],
    ['<xliff version="3.0"></xliff>', "xliff", /version "3.0" is not supported/],
    ['<xliff version="1.2"><file></file></xliff>', "xliff", /no translation units/],
    ["plain text, no markup", "tmx", /no root element/],
    ['<xliff version="1.2"><file><body><trans-unit id="1"><source> </source></trans-unit></body></file></xliff>', "xliff", /no segment/],
  ] as const)("rejects %j with a clear error", (file, format, message) => {
    expect(() => buildBilingualDocs(file, format, localeOf("es"), localeOf("en"))).toThrow(BilingualError);
    expect(() => buildBilingualDocs(file, format, localeOf("es"), localeOf("en"))).toThrow(message);
  });

  it("says which languages a TMX has when one is missing", () => {
    const file = tmx().replace(/en-US/g, "fr-FR");
    expect(() => buildBilingualDocs(file, "tmx", localeOf("es"), localeOf("en"))).toThrow(
      /no "en" variant \(its languages: es-419, fr-FR\)/,
    );
  });
});
