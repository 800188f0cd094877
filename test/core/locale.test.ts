import { describe, expect, it } from "vitest";
import { check } from "../../src/checker";
import { roundConfidence } from "../../src/check/check";
import { numberConventions } from "../../src/lang/locale-conventions";
import { LocaleError, resolveLocale, supportedLanguagesText } from "../../src/lang/locale";
import { conventionsFor } from "../../src/rules/lib/punctuation";
import { SUPPORTED_LANGS } from "../../src/types";

describe("resolveLocale", () => {
  it.each([
    ["es", { tag: "es", lang: "es" }],
    ["es-MX", { tag: "es-MX", lang: "es", region: "MX" }],
    ["es-419", { tag: "es-419", lang: "es", region: "419" }],
    ["ES_es", { tag: "es-ES", lang: "es", region: "ES" }],
    ["en-gb", { tag: "en-GB", lang: "en", region: "GB" }],
    [" en-US ", { tag: "en-US", lang: "en", region: "US" }],
    ["EN", { tag: "en", lang: "en" }],
    ["spa", { tag: "es", lang: "es" }],
    ["es-Latn-MX", { tag: "es-Latn-MX", lang: "es", region: "MX" }],
  ])("%j resolves to a supported language and its region", (tag, expected) => {
    expect(resolveLocale(tag)).toEqual(expected);
  });

  it.each([["ja"], ["ko-KR"], ["xx"], ["zh-Hant-TW"]])("%j is an unsupported language, and the error lists the supported ones", (tag) => {
    const error = (() => {
      try {
        resolveLocale(tag);
      } catch (e) {
        return e as LocaleError;
      }
    })();
    expect(error).toBeInstanceOf(LocaleError);
    expect(error!.code).toBe("unsupported_language");
    expect(error!.message).toContain(`use one of ${SUPPORTED_LANGS.join(", ")}`);
  });

  it.each([[""], ["-"], ["es-"], ["es MX"], ["es--MX"], ["é"], ["x".repeat(70)]])("%j is not a language tag", (tag) => {
    expect(() => resolveLocale(tag)).toThrow(LocaleError);
    try {
      resolveLocale(tag);
    } catch (e) {
      expect((e as LocaleError).code).toBe("invalid_language_tag");
    }
  });

  it("names every supported language with example regions", () => {
    expect(supportedLanguagesText()).toMatch(
      /^es, en, fr, de, pt, it \(a region may follow: es-ES, es-MX, es-419, es-US, en-US, en-GB, fr-FR, fr-CA, fr-CH, fr-BE, de-DE, de-AT, de-CH, pt-BR, pt-PT, it-IT, it-CH\)$/,
    );
  });
});

describe("numberConventions (CLDR through Intl)", () => {
  it("reads each region's separators: es-MX/es-419/es-US group with ',', es-ES with '.'", () => {
    for (const tag of ["es-MX", "es-419", "es-US"]) {
      const c = numberConventions(resolveLocale(tag));
      expect(c.group, tag).toEqual([","]);
      expect(c.decimal, tag).toEqual(["."]);
      expect(c.label).toBe(`${tag} (CLDR)`);
    }
    const spain = numberConventions(resolveLocale("es-ES"));
    expect(spain.group).toEqual(["."]);
    expect(spain.decimal).toEqual([","]);
  });

  it("gives a bare language the union of its regions (plain es accepts 25.000 and 25,000)", () => {
    const es = numberConventions(resolveLocale("es"));
    expect(new Set(es.group)).toEqual(new Set([".", ","]));
    expect(new Set(es.decimal)).toEqual(new Set([",", "."]));
    expect(es.label).toBe("es (CLDR, any region)");
    const en = numberConventions(resolveLocale("en"));
    expect(en.group).toEqual([","]);
    expect(en.label).toBe("en (CLDR)");
  });

  it("takes percent spacing from CLDR, except where rules/<lang>/locale.json tolerates both", () => {
    expect(numberConventions(resolveLocale("en-GB")).percent).toBe("none");
    expect(numberConventions(resolveLocale("es-ES")).percent).toBe("either");
  });
});

describe("regional conventions in the rules", () => {
  const run = (to: string, target: string, source = "About 25,000 people marched at 10:00 a.m.") =>
    check({ source: { text: source, lang: "en" }, target: { text: target, lang: to } }).issues.filter((i) => i.ruleId === "number-format");

  it("es-MX, es-419 and plain es accept 25,000; es-ES flags it and names the convention", () => {
    const target = "Unas 25,000 personas marcharon a las 10:00 a. m.";
    expect(run("es-MX", target)).toEqual([]);
    expect(run("es-419", target)).toEqual([]);
    expect(run("es", target)).toEqual([]);
    const spain = run("es-ES", target);
    expect(spain).toHaveLength(1);
    expect(spain[0].message).toBe(
      "“25,000” has the source's separators; es-ES (CLDR): thousands separator “.”, decimal separator “,”. Write “25.000”.",
    );
  });

  it("plain es also accepts 25.000 (Spain's grouping)", () => {
    expect(run("es", "Unas 25.000 personas marcharon a las 10:00 a. m.")).toEqual([]);
  });

  it("regional punctuation entries override only their keys", () => {
    const gb = conventionsFor(resolveLocale("en-GB"));
    expect(gb.quotes.primary).toEqual(["‘", "’"]);
    expect(gb.noSpaceBefore).toEqual(conventionsFor("en").noSpaceBefore);
    expect(gb.label).toBe("en-GB (rules/punctuation.json)");
    expect(conventionsFor(resolveLocale("en-US")).quotes.primary).toEqual(["“", "”"]);
  });

  it("the report keeps the canonical tags and the languages they resolve to", () => {
    const report = check({ source: { text: "Hola.", lang: "es_mx" }, target: { text: "Hello.", lang: "EN-gb" } });
    expect(report.languages).toEqual({ source: "es-MX", target: "en-GB", sourceLanguage: "es", targetLanguage: "en" });
  });
});

describe("confidence", () => {
  const source = "La presidenta Ana Gil llegó el lunes. Votaron 25.000 personas.\n\nEl acto terminó tarde.";
  const target = "President Ana Gil arrived on Monday; his plan won. Some 25.000 people voted.";
  const base = { source: { text: source, lang: "es" }, target: { text: target, lang: "en" } };

  it("is on every issue, between 0 and 1 with at most 2 decimals", () => {
    const report = check(base);
    expect(report.issues.length).toBeGreaterThan(1);
    for (const i of report.issues) {
      expect(i.confidence).toBeGreaterThan(0);
      expect(i.confidence).toBeLessThanOrEqual(1);
      expect(Math.round(i.confidence! * 100) / 100).toBe(i.confidence);
    }
  });

  it("rounds and clamps", () => {
    expect(roundConfidence(0.456)).toBe(0.46);
    expect(roundConfidence(1.7)).toBe(1);
    expect(roundConfidence(-1)).toBe(0);
    expect(roundConfidence(Number.NaN)).toBe(0);
  });

  it("options.minConfidence leaves out the issues below it, from the summary and the fixes too", () => {
    const all = check(base);
    const cut = Math.max(...all.issues.map((i) => i.confidence!));
    const kept = check({ ...base, options: { minConfidence: cut } });
    expect(kept.issues.length).toBeGreaterThan(0);
    expect(kept.issues.length).toBeLessThan(all.issues.length);
    expect(kept.issues).toEqual(all.issues.filter((i) => i.confidence! >= cut));
    expect(kept.summary.issues).toBe(kept.issues.length);
    const none = check({ ...base, options: { minConfidence: 1 } });
    expect(none.issues.filter((i) => i.confidence! < 1)).toEqual([]);
  });

  it("failOn with minConfidence blocks only on issues at or above both thresholds", () => {
    // Every rule's default severity is minor (docs/precision.md), so the gate is set at minor.
    const all = check(base);
    expect(all.issues.length).toBeGreaterThan(0);
    const top = Math.max(...all.issues.map((i) => i.confidence!));
    expect(check({ ...base, options: { failOn: "major" } }).summary.verdict).toBe("review");
    expect(check({ ...base, options: { failOn: "minor" } }).summary.verdict).toBe("block");
    expect(check({ ...base, options: { failOn: { severity: "minor", minConfidence: top } } }).summary.verdict).toBe("block");
    const above = Math.min(1, top + 0.01);
    const gated = check({ ...base, options: { failOn: { severity: "minor", minConfidence: above } } });
    expect(gated.summary.verdict).toBe(top === 1 ? "block" : "review");
    expect(gated.issues).toEqual(all.issues);
  });
});
