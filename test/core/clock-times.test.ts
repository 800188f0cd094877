import { describe, expect, it } from "vitest";
import { clockTimes, clockWordExpressions, sameTime } from "../../src/rules/lib/clock-times";
import { SUPPORTED_LANGS } from "../../src/types";

const times = (text: string, lang: "es" | "en") => clockTimes(text, lang).map((t) => text.slice(t.start, t.end));
const one = (text: string, lang: "es" | "en") => clockTimes(text, lang)[0];

describe("clock times", () => {
  it("reads zones after a time, and four digits only before a zone", () => {
    expect(times("The strike began at 0800 GMT and ended at 14:00 UTC.", "en")).toEqual(["0800 GMT", "14:00 UTC"]);
    expect(times("Polls open at 10 a.m. ET on Tuesday.", "en")).toEqual(["10 a.m. ET"]);
    expect(times("In 1998 the plant closed; 2010 was worse.", "en")).toEqual([]);
    expect(one("at 0800 GMT", "en").offsets).toEqual([0]);
  });

  it("compares two zoned times in UTC, and a zoned with an unzoned one by the clock", () => {
    expect(sameTime(one("a las 10 a. m. ET", "es"), one("at 1400 GMT", "en"))).toBe(true); // EDT
    expect(sameTime(one("a las 14:00 GMT", "es"), one("at 14:00 EST", "en"))).toBe(false);
    expect(sameTime(one("a las 21:00 hora peninsular", "es"), one("at 2000 GMT", "en"))).toBe(true);
    expect(sameTime(one("a las 14:00 GMT", "es"), one("at 2 p.m.", "en"))).toBe(true);
  });

  it("reads hours in words only before a marker that is no duration", () => {
    expect(times("They arrived at ten o'clock and left at three in the afternoon.", "en")).toEqual([
      "ten o'clock",
      "three in the afternoon",
    ]);
    expect(times("La reunión duró dos horas y terminó a las cinco de la tarde.", "es")).toEqual(["cinco de la tarde"]);
    expect(one("at three in the afternoon", "en").minutes).toEqual([900]);
  });

  it("adds and takes minutes given in words around the hour", () => {
    expect(one("Ten to six in the morning.", "en").minutes).toEqual([350]);
    expect(one("at half past six in the morning", "en").minutes).toEqual([390]);
    expect(one("Cinco menos diez de la madrugada.", "es").minutes).toEqual([290]);
    expect(one("a las seis y media de la tarde", "es").minutes).toEqual([1110]);
    // A range is no minutes.
    expect(times("open from two to five in the afternoon", "en")).toEqual([]);
  });

  it("names moments in words", () => {
    expect(times("a mediodía y a medianoche", "es")).toEqual(["mediodía", "medianoche"]);
    expect(sameTime(one("at noon", "en"), one("al mediodía", "es"))).toBe(true);
    expect(sameTime(one("at midnight", "en"), one("al mediodía", "es"))).toBe(false);
  });
});

describe("clockTimes' digit gate", () => {
  it("skips the digit expressions only where they find nothing: both need an ASCII digit", () => {
    // The two expressions as src/rules/lib/clock-times.ts writes them (the plain version the gate stands before).
    const DIGITS = /(?<![\p{L}\p{N}.,:])(\d{1,2})(?:([:.]|[ \u00a0\u202f]?[hH][ \u00a0\u202f]?)(\d{2}))?(?![\p{N}]|[.,:]\d)/gu;
    const HHMM = /(?<![\p{L}\p{N}.,:])([01]\d|2[0-3])([0-5]\d)(?![\p{N}]|[.,:]\d)/gu;
    const found: string[] = [];
    for (let c = 0; c < 65536; c++) {
      const u = String.fromCharCode(c);
      const text = `at ${u}${u}:${u}${u} h, ${u}${u}${u}${u} and ${u} pm`;
      if (/\d/.test(text)) continue;
      if ([...text.matchAll(DIGITS), ...text.matchAll(HHMM)].length) found.push(u);
    }
    expect(found).toEqual([]);
    expect(clockTimes("Llegó a las diez y media de la noche, sin cifras.", "es").length).toBe(1);
  });
});

describe("clockTimes' word gate", () => {
  it("holds (anyWord) in every text where the hour words or the moment words match", () => {
    const pieces = ["one", "Uno", "una", "diez", "ten", "often", "noon", "Mediodía", "x", "é", "ñ", " ", ".", "-", "’", "1", "h"];
    for (const lang of SUPPORTED_LANGS) {
      const { anyWord, hourWords, words } = clockWordExpressions(lang);
      const extra = [
        ...(hourWords.source
          .match(/\(\?:([^)]*)\)/)?.[1]
          .split("|")
          .slice(0, 3) ?? []),
      ];
      const all = [...pieces, ...extra];
      let matched = 0;
      const visit = (text: string, depth: number) => {
        const found = [...text.matchAll(hourWords), ...text.matchAll(words)].length > 0;
        if (found) matched++;
        if (found) expect(anyWord.test(text)).toBe(true);
        if (depth < 3) for (const p of all) visit(text + p, depth + 1);
      };
      visit("", 0);
      expect(matched).toBeGreaterThan(100);
    }
    expect(clockTimes("It closed at ten o'clock, often at noon.", "en").map((t) => t.minutes)).toEqual([[600, 1320], [720]]);
  });
});
