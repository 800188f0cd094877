import { describe, expect, it } from "vitest";
import type { Report } from "../../src/types";
import { call, postJson } from "./http";

const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="es-ES" trgLang="en">
 <file id="f1">
  <unit id="u1">
   <segment><source>El ministro llegó el lunes con 34 asesores.</source><target>The minister arrived on Monday with 2 advisers.</target></segment>
   <segment><source>Pulse <pc id="1">Guardar</pc> &amp; <ph id="2"/> salga.</source><target>Press <pc id="1">Save</pc> &amp; exit.</target></segment>
  </unit>
 </file>
</xliff>`;

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en-US" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="t" creationtool="t" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="en-US"><seg>Doctors treated 120 patients on Tuesday.</seg></tuv><tuv xml:lang="es-LA"><seg>Los médicos atendieron a 120 pacientes el martes.</seg></tuv></tu>
<tu><tuv xml:lang="en-US"><seg>Wash your hands often.</seg></tuv><tuv xml:lang="es-LA"><seg>Lávese las manos a menudo.</seg></tuv></tu>
</body></tmx>`;

const expectExact = (file: string, report: Report) => {
  for (const side of ["source", "target"] as const) for (const s of report.segments[side]) expect(file.slice(s.start, s.end)).toBe(s.text);
  for (const i of report.issues) for (const sp of [i.source, i.target]) if (sp) expect(file.slice(sp.start, sp.end)).toBe(sp.text);
};

describe("POST /v1/check with a bilingual file", () => {
  it("checks an XLIFF 2.1 file with the languages it declares, pairing as the file does", async () => {
    const res = await postJson("/v1/check", { format: "xliff", file: XLIFF });
    expect(res.status).toBe(200);
    const report: Report = await res.json();
    expect(report.languages).toEqual({ source: "es", target: "en", sourceLanguage: "es", targetLanguage: "en" });
    expect(report.alignment).toEqual([
      { source: [0], target: [0], score: 1 },
      { source: [1], target: [1], score: 1 },
    ]);
    expectExact(XLIFF, report);
    expect(report.issues.map((i) => i.ruleId).sort()).toEqual(["number-mismatch", "tag-mismatch"]);
    expect(report.issues.find((i) => i.ruleId === "tag-mismatch")!.source!.text).toBe('<ph id="2"/>');
  });

  it("checks a TMX file in either direction", async () => {
    const en = await postJson("/v1/check", { format: "tmx", file: TMX });
    expect(en.status).toBe(200);
    const report: Report = await en.json();
    expect(report.languages).toEqual({ source: "en", target: "es", sourceLanguage: "en", targetLanguage: "es" });
    expect(report.summary.verdict).toBe("pass");
    expectExact(TMX, report);
    const es = await postJson("/v1/check", { format: "tmx", file: TMX, source: { lang: "es" }, target: { lang: "en" } });
    expect(((await es.json()) as Report).segments.source[0].text).toBe("Los médicos atendieron a 120 pacientes el martes.");
  });

  it("stores it and exports the findings as XLIFF 2.1 with ITS annotations", async () => {
    const stored = (await (await postJson("/v1/check", { format: "xliff", file: XLIFF, store: true })).json()) as Report & { id: string };
    const xlf = await (await call(`/v1/reports/${stored.id}?format=xliff`)).text();
    expect(xlf.match(/<unit /g)).toHaveLength(2);
    expect(xlf).toContain('locQualityIssueType="markup"');
    expect(xlf).toContain('locQualityIssueType="mistranslation"');
    const page = await call(`/reports/${stored.id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("tag-mismatch");
  });

  it.each([
    [{ format: "xliff", file: "<html>no</html>" }, 400, "invalid_file"],
    [{ format: "tmx", file: TMX, target: { lang: "ja" } }, 400, "unsupported_language"],
    [{ format: "tmx", file: TMX.replace(/es-LA/g, "ja-JP") }, 400, "unsupported_language"],
    [{ format: "xliff", file: XLIFF.replace(/ srcLang="es-ES"/, "") }, 400, "missing_field"],
    [{ format: "xliff", file: XLIFF, source: { lang: "en" } }, 400, "same_language"],
    [{ format: "xliff", file: XLIFF, source: { text: "x", lang: "es" } }, 400, "unknown_field"],
    [{ format: "xliff" }, 400, "missing_field"],
    [{ format: "tmx", file: TMX, source: { lang: "es" }, target: { lang: "ja" } }, 400, "unsupported_language"],
  ])("answers %j with %i %s", async (body, status, code) => {
    const res = await postJson("/v1/check", body);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
  });
});
