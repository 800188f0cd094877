import { describe, expect, it } from "vitest";
import { check } from "../../src/checker";
import { scanMarks } from "../../src/rules/lib/quote-marks";
import { applyFixes } from "../../src/report/fix";
import type { Rule } from "../../src/check/rule";
import type { Issue, Lang } from "../../src/types";
import { RULES_BY_ID } from "../../src/rules";

/** The marks the scanner keeps in a one-paragraph text, as "char:role" plus a * for unmatched ones. */
function marks(text: string): string[] {
  const { marks: ms, partner } = scanMarks(text, 0, text.length);
  return ms.map((m, k) => `${m.char}:${m.role}${partner[k] < 0 ? "*" : ""}`);
}

/** Runs one rule alone and returns its issues and the fixed target. */
function runRule(id: string, source: string, target: string, from: Lang, to: Lang) {
  const rule = RULES_BY_ID.get(id);
  if (!rule) throw new Error(`rule ${id} is not registered`);
  const report = check({ source: { text: source, lang: from }, target: { text: target, lang: to } }, [rule]);
  return { issues: report.issues, fixed: report.fixed ?? target, hinted: hinted(target, report.issues, rule) };
}

/** The target with the rule's suggestions applied as if they were fixes (for rules whose hints are not applied). */
function hinted(target: string, issues: Issue[], rule: Rule): string {
  return applyFixes(target, issues, [{ ...rule, meta: { ...rule.meta, fixable: true } }]).fixed;
}

describe("quotation-mark and bracket scanner", () => {
  it("does not count apostrophes as quotes", () => {
    expect(marks("Venezuelans’ savings don’t last since the ’90s, says l’Équipe.")).toEqual([]);
    expect(marks("The ‘80s were ‘great’.")).toEqual(["‘:open", "’:close"]);
  });

  it("pairs a closing single quote after an s when a single quote is open", () => {
    expect(marks("the ‘industrious workers’ said")).toEqual(["‘:open", "’:close"]);
  });

  it("pairs nested quotes of different styles and mixed curly/straight pairs", () => {
    expect(marks("«Dijo “sí” y se fue»")).toEqual(["«:open", "“:open", "”:close", "»:close"]);
    expect(marks('“Each experience", he said')).toEqual(["“:open", '":close']);
  });

  it("finds the stray straight quote from the direction of its neighbours", () => {
    expect(marks('He said "no" and left." Then "yes".')).toEqual(['":open', '":close', '":close*', '":open', '":close']);
    expect(marks('He called it "a disaster and left.')).toEqual(['":open*']);
  });

  it("pairs an even number of straight quotes by parity when their neighbours mislead", () => {
    expect(marks('He said "no "and then" yes" again.')).toEqual(['":open', '":close', '":open', '":close']);
  });

  it("reads tokenised spaced quotes as pairs", () => {
    expect(marks('la " guerra " , dijo')).toEqual(['":open', '":close']);
  });

  it("leaves out list enumerators, smileys and inch marks", () => {
    expect(marks('Options: a) taxes; b) cuts; 2) more :) and a 17" screen')).toEqual([]);
  });

  it("pairs German low opening marks with the mark that closes them („…“, ‚…‘), and English “…” as before", () => {
    expect(marks("Sie sagte: „Wir sind ‚sehr‘ bereit.“ Dann ging sie.")).toEqual(["„:open", "‚:open", "‘:close", "“:close"]);
    expect(marks("She said: “We are ‘very’ ready.”")).toEqual(["“:open", "‘:open", "’:close", "”:close"]);
    expect(marks("Sie sagte: „Wir sind bereit. Dann ging sie.")).toEqual(["„:open*"]);
  });

  it("pairs German inward guillemets »…« and keeps French and Spanish ones as they were", () => {
    expect(marks("Sie sagte: »Wir sind bereit.« Dann ging sie.")).toEqual(["»:open", "«:close"]);
    expect(marks("Elle a dit : « Nous sommes prêts. » Puis «vite»")).toEqual(["«:open", "»:close", "«:open", "»:close"]);
    expect(marks("»Sigue la cita «interna» aquí»")).toEqual(["»:open", "«:open", "»:close", "»:close"]);
  });

  it("treats a paragraph-initial » as the Spanish sign of a continued quotation", () => {
    expect(marks("»Siempre ganamos», añadió.")).toEqual(["»:open", "»:close"]);
  });
});

describe("punctuation fixes", () => {
  it("replaces double hyphens with em dashes", () => {
    const { fixed, hinted } = runRule(
      "dash-style",
      "El plan, aprobado el lunes, costará millones.",
      "The plan -- approved on Monday -- will cost millions.",
      "es",
      "en",
    );
    expect(hinted).toBe("The plan — approved on Monday — will cost millions.");
    expect(fixed).toBe("The plan -- approved on Monday -- will cost millions."); // a style hint, never applied
  });

  it("makes ellipses and em-dash spacing consistent", () => {
    const { hinted } = runRule(
      "dash-style",
      "x",
      "Wait... then... nothing… The plan — new — costs — a lot. The vote—secret—failed.",
      "es",
      "en",
    );
    expect(hinted).toBe("Wait... then... nothing... The plan — new — costs — a lot. The vote — secret — failed.");
  });

  it("converts the minority quotation marks to the article's majority style", () => {
    const { hinted } = runRule("quote-style", "x", '“Yes,” he said. “No,” she said. "Maybe," they said.', "es", "en");
    expect(hinted).toBe("“Yes,” he said. “No,” she said. “Maybe,” they said.");
  });

  it("applies the house style set in the options", () => {
    const rule = RULES_BY_ID.get("quote-style")!;
    const report = check(
      { source: { text: "x", lang: "en" }, target: { text: 'Dijo "sí" al “plan”.', lang: "es" }, options: { style: { quotes: "«»" } } },
      [rule],
    );
    expect(hinted('Dijo "sí" al “plan”.', report.issues, rule)).toBe("Dijo «sí» al «plan».");
    expect(report.fixed).toBe('Dijo "sí" al “plan”.');
  });

  it("removes ¿ ¡ from an English target and inserts ¿ in a Spanish question", () => {
    expect(runRule("inverted-marks", "¿Vendrás?", "¿Will you come?", "es", "en").fixed).toBe("Will you come?");
    expect(runRule("inverted-marks", "Will you come tomorrow?", "Vendrás mañana?", "en", "es").fixed).toBe("¿Vendrás mañana?");
    expect(runRule("inverted-marks", "It's expensive, isn't it?", "Es caro, verdad?", "en", "es").fixed).toBe("Es caro, ¿verdad?");
  });

  it("does not guess where a mid-sentence question starts", () => {
    const { issues, fixed } = runRule("inverted-marks", "If it rains, will you come?", "Si llueve, vendrás?", "en", "es");
    expect(issues.map((i) => i.target?.text)).toEqual(["?"]);
    expect(fixed).toBe("Si llueve, vendrás?");
  });

  it("suggests the source's final period for a target sentence that lost it (not the headline), without applying it", () => {
    const { fixed, hinted } = runRule(
      "terminal-punctuation",
      "Presupuestos\n\nEl consejo se reunió ayer por la tarde para aprobar los presupuestos del año que viene.",
      "Budget\n\nThe council met yesterday afternoon to approve the budget for the coming year",
      "es",
      "en",
    );
    expect(hinted).toBe("Budget\n\nThe council met yesterday afternoon to approve the budget for the coming year.");
    expect(fixed).toBe("Budget\n\nThe council met yesterday afternoon to approve the budget for the coming year");
  });
});

describe("quotations over several paragraphs", () => {
  it("accepts the news convention and flags an opener that is never continued", () => {
    const source = "«Ganaremos el lunes.\n\n»Siempre ganamos», añadió.\n\nLa votación es el martes.";
    const ok = runRule(
      "unpaired-quotes",
      source,
      "“We will win on Monday.\n\n“We always win,” he added.\n\nThe vote is on Tuesday.",
      "es",
      "en",
    );
    expect(ok.issues).toEqual([]);
    const src = "«Ganaremos el lunes», dijo.\n\nLa votación es el martes.";
    const bad = runRule("unpaired-quotes", src, "“We will win on Monday, he said.\n\nThe vote is on Tuesday.", "es", "en");
    expect(bad.issues.map((i) => [i.target?.start, i.target?.text])).toEqual([[0, "“"]]);
  });

  it("gives byte-identical reports for the same input", () => {
    const req = {
      source: { text: "«Sí», dijo. ¿Vendrás?", lang: "es" as const },
      target: { text: '"Yes," he said. “No”. ¿Will you come', lang: "en" as const },
    };
    expect(JSON.stringify(check(req))).toBe(JSON.stringify(check(req)));
  });
});
