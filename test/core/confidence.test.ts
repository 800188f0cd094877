import { describe, expect, it } from "vitest";
import { check } from "../../src/checker";
import { RULES } from "../../src/rules";

/** The confidences of one rule's issues on an es→en pair, by flagged text. */
function confidences(ruleId: string, source: string, target: string): Record<string, number> {
  const report = check({ source: { text: source, lang: "es" }, target: { text: target, lang: "en" } });
  const out: Record<string, number> = {};
  for (const i of report.issues) if (i.ruleId === ruleId) out[(i.target ?? i.source)!.text] = i.confidence!;
  return out;
}

describe("confidence from each rule's evidence", () => {
  it("every rule has a default confidence in (0, 1] with at most 2 decimals", () => {
    for (const r of RULES) {
      expect(r.meta.confidence, r.meta.id).toBeGreaterThan(0);
      expect(r.meta.confidence, r.meta.id).toBeLessThanOrEqual(1);
      expect(Math.round(r.meta.confidence * 100) / 100, r.meta.id).toBe(r.meta.confidence);
    }
  });

  it("pronoun-gender: an explicit 'la presidenta' is stronger than a given name's usual gender", () => {
    const title = confidences(
      "pronoun-gender",
      "La presidenta Ana Gil llegó el lunes a Lima.",
      "President Ana Gil arrived in Lima on Monday with his ministers.",
    );
    const givenName = confidences(
      "pronoun-gender",
      "Ana Gil llegó el lunes a Lima.",
      "Ana Gil arrived in Lima on Monday with his ministers.",
    );
    expect(title).toEqual({ his: 0.9 });
    expect(givenName).toEqual({ his: 0.55 });
  });

  it("number-mismatch: one figure against one figure beats figures paired by order and a number word", () => {
    expect(confidences("number-mismatch", "Murieron 12 personas en el accidente.", "Some 15 people died in the accident.")).toEqual({
      15: 0.9,
    });
    expect(
      confidences(
        "number-mismatch",
        "Murieron 12 personas y 40 heridos en el accidente de 2020.",
        "Some 15 people died and 45 were hurt in the 2020 accident.",
      ),
    ).toEqual({ 15: 0.75, 45: 0.75 });
    expect(confidences("number-mismatch", "Murieron doce personas en el accidente.", "Some 15 people died in the accident.")).toEqual({
      15: 0.7,
    });
  });

  it("acronym: a source acronym copied into the translation is a sure leak", () => {
    expect(confidences("acronym", "La OIM advirtió del aumento.", "The OIM warned of the rise.")).toEqual({ OIM: 0.9 });
  });

  it("name-mismatch: one letter off a long name is surer than off a short one", () => {
    expect(confidences("name-mismatch", "El ministro Kuczynski habló ayer.", "Minister Kuczinski spoke yesterday.")).toEqual({
      Kuczinski: 0.75,
    });
    expect(confidences("name-mismatch", "El ministro Ramos habló ayer.", "Minister Ramis spoke yesterday.")).toEqual({ Ramis: 0.5 });
  });

  it("a rule without graded evidence reports its meta default", () => {
    const rule = RULES.find((r) => r.meta.id === "repeated-word")!;
    expect(confidences("repeated-word", "El gobierno habló ayer.", "The the government spoke yesterday.")).toEqual({
      "The the": rule.meta.confidence,
    });
  });
});
