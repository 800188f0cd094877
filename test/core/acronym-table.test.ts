import { describe, expect, it } from "vitest";
import table from "../../rules/acronyms.json";
import { ACRONYM_ENTRIES, entriesFor, isUnambiguous } from "../../src/rules/lib/acronyms";

describe("rules/acronyms.json", () => {
  it("holds at least 150 es<->en pairs, most of which change between the languages", () => {
    expect(table.pairs.length + table.invariant.length).toBeGreaterThanOrEqual(150);
    expect(table.pairs.length).toBeGreaterThanOrEqual(120);
  });

  it("gives every entry a form or a name in both languages", () => {
    for (const e of ACRONYM_ENTRIES) {
      expect(e.forms.es.length + e.names.es.length, JSON.stringify(e.forms)).toBeGreaterThan(0);
      expect(e.forms.en.length + e.names.en.length, JSON.stringify(e.forms)).toBeGreaterThan(0);
    }
  });

  it.each([
    ["OIM", "IOM"], ["ONU", "UN"], ["OTAN", "NATO"], ["OMS", "WHO"], ["FMI", "IMF"], ["OEA", "OAS"], ["OCDE", "OECD"],
    ["OMC", "WTO"], ["OIT", "ILO"], ["ACNUR", "UNHCR"], ["BCE", "ECB"], ["BID", "IDB"], ["OPEP", "OPEC"], ["CPI", "ICC"],
    ["AIEA", "IAEA"], ["OMM", "WMO"], ["OMPI", "WIPO"], ["PMA", "WFP"], ["PNUD", "UNDP"], ["CICR", "ICRC"], ["CIJ", "ICJ"],
    ["BM", "WB"], ["PIB", "GDP"], ["ONG", "NGO"], ["ADN", "DNA"], ["VIH", "HIV"], ["SIDA", "AIDS"], ["IVA", "VAT"],
    ["IPC", "CPI"], ["OVNI", "UFO"], ["IA", "AI"], ["TLC", "FTA"], ["EE.UU.", "US"], ["EEUU", "U.S."], ["EUA", "USA"],
    ["UE", "EU"], ["RU", "UK"],
  ])("pairs %s with %s", (es, en) => {
    expect(entriesFor(es, "es").some((e) => e.forms.en.includes(en))).toBe(true);
  });

  it.each(["FBI", "CIA", "CNN", "FARC", "ELN", "ETA", "UNICEF", "FAO"])("keeps %s the same in both languages", (f) => {
    expect(entriesFor(f, "es").some((e) => e.forms.en.includes(f))).toBe(true);
  });

  it("knows the CPI trap: the court in Spanish, the price index in English", () => {
    const court = entriesFor("CPI", "es");
    const prices = entriesFor("CPI", "en");
    expect(court).toHaveLength(1);
    expect(prices).toHaveLength(1);
    expect(court[0]).not.toBe(prices[0]);
    expect(court[0].forms.en).toContain("ICC");
    expect(prices[0].forms.es).toContain("IPC");
  });

  it("lists as unambiguous only forms the table has", () => {
    for (const f of table.unambiguous) {
      expect(isUnambiguous(f)).toBe(true);
      expect(entriesFor(f, "es").length + entriesFor(f, "en").length, f).toBeGreaterThan(0);
    }
  });
});
