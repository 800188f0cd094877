import { describe, expect, it } from "vitest";
import table from "../../rules/acronyms.json";
import { resolveLocale } from "../../src/lang/locale";
import { ACRONYM_ENTRIES, entriesFor, entriesIn, formsWritten, isUnambiguous } from "../../src/rules/lib/acronyms";

describe("rules/acronyms.json", () => {
  it("holds at least 150 concepts, most of which change between Spanish and English", () => {
    const rows = table.concepts as { all?: string[] }[];
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(rows.filter((r) => !r.all).length).toBeGreaterThanOrEqual(120);
  });

  it("spells every row with a form list per language code, or one list for all", () => {
    const codes = new Set(["en", "es", "fr", "de", "pt", "it"]);
    for (const row of table.concepts as Record<string, unknown>[]) {
      for (const [k, v] of Object.entries(row)) {
        if (k === "names") continue;
        if (k === "regional") {
          // Regional forms are keyed by a BCP-47 tag of a supported language with a region ("es-MX").
          for (const tag of Object.keys(v as object))
            expect(codes.has(tag.split("-")[0]) && /^[a-z]{2}-(?:[A-Z]{2}|\d{3})$/.test(tag), tag).toBe(true);
          continue;
        }
        expect(k === "all" || codes.has(k), `${k} in ${JSON.stringify(row)}`).toBe(true);
        expect(Array.isArray(v) && v.length > 0 && v.every((f) => typeof f === "string" && f.trim() === f)).toBe(true);
      }
      expect(Boolean(row.all) !== Boolean(row.en || row.es), JSON.stringify(row)).toBe(true);
    }
  });

  it("reads a regional form only in its region, and accepts it in the language's tolerant default", () => {
    const us = entriesFor("US", "en")[0];
    expect(entriesIn("EU", resolveLocale("es-MX"))).toContain(us);
    expect(entriesIn("EU", resolveLocale("es"))).not.toContain(us);
    expect(formsWritten(us, resolveLocale("es-MX"))).toContain("EU");
    expect(formsWritten(us, resolveLocale("es"))).toContain("EU");
    expect(formsWritten(us, resolveLocale("es-ES"))).not.toContain("EU");
  });

  it("gives every entry a form or a name in both languages", () => {
    for (const e of ACRONYM_ENTRIES) {
      expect(e.forms.es.length + e.names.es.length, JSON.stringify(e.forms)).toBeGreaterThan(0);
      expect(e.forms.en.length + e.names.en.length, JSON.stringify(e.forms)).toBeGreaterThan(0);
    }
  });

  it.each([
    ["OIM", "IOM"],
    ["ONU", "UN"],
    ["OTAN", "NATO"],
    ["OMS", "WHO"],
    ["FMI", "IMF"],
    ["OEA", "OAS"],
    ["OCDE", "OECD"],
    ["OMC", "WTO"],
    ["OIT", "ILO"],
    ["ACNUR", "UNHCR"],
    ["BCE", "ECB"],
    ["BID", "IDB"],
    ["OPEP", "OPEC"],
    ["CPI", "ICC"],
    ["AIEA", "IAEA"],
    ["OMM", "WMO"],
    ["OMPI", "WIPO"],
    ["PMA", "WFP"],
    ["PNUD", "UNDP"],
    ["CICR", "ICRC"],
    ["CIJ", "ICJ"],
    ["BM", "WB"],
    ["PIB", "GDP"],
    ["ONG", "NGO"],
    ["ADN", "DNA"],
    ["VIH", "HIV"],
    ["SIDA", "AIDS"],
    ["IVA", "VAT"],
    ["IPC", "CPI"],
    ["OVNI", "UFO"],
    ["IA", "AI"],
    ["TLC", "FTA"],
    ["EE.UU.", "US"],
    ["EEUU", "U.S."],
    ["EUA", "USA"],
    ["UE", "EU"],
    ["RU", "UK"],
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
