import { describe, expect, it } from "vitest";
import { check } from "../../src/checker";
import { RULES_BY_ID } from "../../src/rules";
import { capitalisedRunsIn, peopleIn } from "../../src/rules/name-missing/people";

const people = (text: string) => peopleIn(text, 0, text.length, "es").map((p) => text.slice(p.start, p.end));
const runs = (text: string) => capitalisedRunsIn(text, 0, text.length).map((p) => text.slice(p.start, p.end));

describe("people's names with surname particles", () => {
  it("continues a name through one or more particles", () => {
    expect(people("Ayer habló María de la Fuente en el pleno.")).toEqual(["María de la Fuente"]);
    expect(people("El alcalde, Juan de los Santos, no respondió.")).toEqual(["Juan de los Santos"]);
    expect(people("Lo firmó Julio Ruiz de Alda.")).toEqual(["Julio Ruiz de Alda"]);
    expect(peopleIn("María de la Fuente", 0, 18, "es")[0].words).toEqual(["maria", "fuente"]);
  });

  it("stops at particles that lead to no capitalised word", () => {
    expect(people("Vino María de la ciudad.")).toEqual([]);
    expect(people("Habló Pedro Sánchez de la mano de su equipo.")).toEqual(["Pedro Sánchez"]);
  });

  it("keeps particles inside runs of capitalised words", () => {
    expect(runs("Ayer habló Juan de los Santos con Ana Gil.")).toEqual(["Juan de los Santos", "Ana Gil"]);
    expect(runs("Ayer habló Juan de la ciudad.")).toEqual([]);
    expect(runs("Lo explica Ana Gil de la Universidad Carnegie.")).toEqual(["Ana Gil", "Universidad Carnegie"]);
  });
});

describe("name-missing with surname particles", () => {
  const rule = RULES_BY_ID.get("name-missing")!;
  const run = (source: string, target: string) =>
    check({ source: { text: source, lang: "es" }, target: { text: target, lang: "en" } }, [rule]).issues.map((i) =>
      target.slice(i.target!.start, i.target!.end),
    );

  it("reports a person whose surname starts with particles when the translation names someone else", () => {
    expect(run("La consejera María de la Fuente presentó ayer el plan.", "Councillor Peter Hopkins presented the plan yesterday.")).toEqual(
      ["Peter Hopkins"],
    );
  });

  it("accepts the same person named by the surname after the particles", () => {
    expect(run("La consejera María de la Fuente presentó ayer el plan.", "Councillor de la Fuente presented the plan yesterday.")).toEqual(
      [],
    );
  });
});
