import { describe, expect, it } from "vitest";
import { check } from "../../src/checker";
import type { CheckOptions, Lang } from "../../src/types";
import glossary from "../../src/rules/glossary";
import nameMismatch from "../../src/rules/name-mismatch/name-mismatch";

function run(rule: typeof glossary, source: string, target: string, from: Lang = "es", to: Lang = "en", options?: CheckOptions) {
  const report = check({ source: { text: source, lang: from }, target: { text: target, lang: to }, options }, [rule]);
  return report.issues.map((i) => ({
    source: i.source?.text,
    target: i.target?.text,
    suggestion: i.suggestion?.text,
    severity: i.severity,
  }));
}

describe("name-mismatch rule", () => {
  it("reports a one-letter near miss as minor, with the source spelling", () => {
    expect(run(nameMismatch, "Habló la presidenta Dina Boluarte.", "President Dina Boularte spoke.")).toEqual([
      { source: "Boluarte", target: "Boularte", suggestion: "Boluarte", severity: "minor" },
    ]);
    expect(run(nameMismatch, "Habló el ministro José Sánchez.", "Minister José Sanches spoke.")).toEqual([
      { source: "Sánchez", target: "Sanches", suggestion: "Sánchez", severity: "minor" },
    ]);
  });

  it("stays silent on names written the same, translated places, cognates and transliterations", () => {
    expect(run(nameMismatch, "Habló la ministra Yolanda Díaz en Londres.", "Minister Yolanda Diaz spoke in London.")).toEqual([]);
    expect(run(nameMismatch, "El líder habló en el Centro Cultural.", "The leader spoke at the Cultural Centre.")).toEqual([]);
    expect(run(nameMismatch, "Visitó a Gadafi.", "He visited Gaddafi.")).toEqual([]);
  });

  it("does not take a sentence-initial word or a word used in lower case for a name", () => {
    expect(
      run(nameMismatch, "Mario llegó tarde. Según el mario del cuento, sí.", "Maria arrived late. According to the story, yes."),
    ).toEqual([]);
  });
});

describe("glossary rule", () => {
  const options: CheckOptions = { glossary: [{ source: "subsidio", target: "subsidy" }] };

  it("reports the source term and the aligned target sentence", () => {
    expect(
      run(glossary, "Llega el subsidio. Todos lo esperaban.", "The grant arrives. Everyone expected it.", "es", "en", options),
    ).toEqual([{ source: "subsidio", target: "The grant arrives.", suggestion: undefined, severity: "minor" }]);
  });

  it("does nothing without a glossary, and accepts inflected target terms", () => {
    expect(run(glossary, "Llega el subsidio.", "The grant arrives.")).toEqual([]);
    expect(run(glossary, "Llegan los subsidios.", "The subsidies arrive.", "es", "en", options)).toEqual([]);
  });
});
