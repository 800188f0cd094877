import { describe, expect, it } from "vitest";
import { check } from "../../src/checker";
import type { Lang } from "../../src/types";
import acronym from "../../src/rules/acronym/acronym";

function run(source: string, target: string, from: Lang = "es", to: Lang = "en") {
  const report = check({ source: { text: source, lang: from }, target: { text: target, lang: to } }, [acronym]);
  return report.issues.map((i) => ({
    source: i.source?.text,
    target: i.target?.text,
    suggestion: i.suggestion?.text,
    severity: i.severity,
    category: i.category,
  }));
}

describe("acronym rule", () => {
  it("flags a Spanish acronym left in English on the acronym, with the copied source acronym and a suggestion", () => {
    expect(run("La OMS declaró la alerta.", "The OMS declared the alert.")).toEqual([
      { source: "OMS", target: "OMS", suggestion: "WHO", severity: "minor", category: "terminology/wrong-term" },
    ]);
  });

  it("flags an English acronym left in Spanish (en->es)", () => {
    expect(run("NATO and the IMF met.", "La NATO y el FMI se reunieron.", "en", "es")).toEqual([
      { source: "NATO", target: "NATO", suggestion: "OTAN", severity: "minor", category: "terminology/wrong-term" },
    ]);
  });

  it("reports a missing acronym on the source acronym and the aligned target sentence", () => {
    const issues = run("El PIB creció un 2 %. Fue una sorpresa.", "Exports grew by 2%. It was a surprise.");
    expect(issues).toEqual([
      {
        source: "PIB",
        target: "Exports grew by 2%.",
        suggestion: undefined,
        severity: "minor",
        category: "accuracy/mistranslation",
      },
    ]);
  });

  it("accepts the spelled-out name, a capitalised-word spelling and content moved to the neighbouring sentence", () => {
    expect(run("El FMI habló.", "The International Monetary Fund spoke.")).toEqual([]);
    expect(run("The EU spoke.", "La Ue habló.", "en", "es")).toEqual([]);
    expect(run("La ONU habló.", "The Onu spoke.")).toEqual([
      { source: "ONU", target: "The Onu spoke.", suggestion: undefined, severity: "minor", category: "accuracy/mistranslation" },
    ]);
    expect(run("La reunión fue ayer. La OTAN envió tropas.", "NATO sent troops after yesterday's meeting. It was quick.")).toEqual([]);
  });

  it("flags another body's acronym put in place of the source's, even when the sentence keeps another mention", () => {
    expect(run("El BCE subió los tipos.", "The NATO raised rates.")).toEqual([
      { source: "BCE", target: "NATO", suggestion: "ECB", severity: "minor", category: "accuracy/mistranslation" },
    ]);
    expect(run("El FMI y la ONU firmaron; el FMI pagará.", "The IMF and the UN signed; the WHO will pay.")).toEqual([
      { source: "FMI", target: "WHO", suggestion: "IMF", severity: "minor", category: "accuracy/mistranslation" },
    ]);
    expect(run("El FMI y la OMS firmaron.", "The IMF and the WHO signed.")).toEqual([]);
  });

  it("handles the CPI trap in both directions", () => {
    expect(run("La CPI juzgará al exministro.", "The CPI will try the former minister.")[0]?.suggestion).toBe("ICC");
    expect(run("El IPC subió.", "The CPI rose.")).toEqual([]);
    expect(run("The CPI rose in May.", "El CPI subió en mayo.", "en", "es")[0]?.suggestion).toBe("IPC");
    expect(run("The ICC opened a case.", "La CPI abrió un caso.", "en", "es")).toEqual([]);
  });

  it("resolves an ambiguous form from the article's own words, and stays silent without them", () => {
    expect(run("Amnistía Internacional (AI) denunció el caso.", "Amnesty International (AI) denounced the case.")).toEqual([]);
    expect(run("The AI model failed.", "El modelo de IA falló.", "en", "es")).toEqual([]);
  });

  it("learns pairs from the article and uses them for later mentions", () => {
    const src = "El Consejo Fluvial del Plata (CFP) se reunió. El CFP aprobó el plan.";
    expect(run(src, "The River Plate Council (RPC) met. The RPC approved the plan.")).toEqual([]);
    expect(run(src, "The River Plate Council (RPC) met. The CFP approved the plan.")[0]?.suggestion).toBe("RPC");
  });

  it("flags an expansion followed by another body's acronym", () => {
    expect(run("La Organización Mundial del Comercio (OMC) falló.", "The World Trade Organization (WHO) ruled.")).toEqual([
      { source: undefined, target: "WHO", suggestion: "WTO", severity: "minor", category: "terminology/wrong-term" },
    ]);
  });

  it("ignores pronouns, shouted headlines, invariant acronyms and units after numbers", () => {
    expect(run("Nos ayudó el FBI.", "The FBI helped us.")).toEqual([]);
    expect(run("UN JUEZ LIBERA AL PERIODISTA DETENIDO", "JUDGE FREES DETAINED JOURNALIST")).toEqual([]);
    expect(run("Se construyó hacia el año 500 antes de nuestra era.", "It was built around 500 BCE.")).toEqual([]);
  });

  it("is deterministic", () => {
    const a = check({ source: { text: "La OIM y la ONU.", lang: "es" }, target: { text: "The OIM and the ONU.", lang: "en" } }, [acronym]);
    const b = check({ source: { text: "La OIM y la ONU.", lang: "es" }, target: { text: "The OIM and the ONU.", lang: "en" } }, [acronym]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.issues.map((i) => i.suggestion?.text)).toEqual(["IOM", "UN"]);
  });
});
