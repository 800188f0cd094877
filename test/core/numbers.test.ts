import { describe, expect, it } from "vitest";
import { extractNumbers, formatNumber, parseDigits, sameNumber } from "../../src/rules/lib/number-mentions";
import type { Lang } from "../../src/types";
import { pairScope } from "../../src/lang/pair";

/** The pair these tests read (a text may quote the other language's unit words). */
const PAIR = pairScope("es", "en");

/** "text=value|value" for every non-vague mention, to compare readings compactly. */
function readings(text: string, lang: Lang): string[] {
  return extractNumbers(text, lang, PAIR)
    .filter((m) => !m.soft)
    .map((m) => `${text.slice(m.start, m.end)}=${m.values.join("|")}`);
}

function first(text: string, lang: Lang) {
  const m = extractNumbers(text, lang, PAIR).find((x) => !x.soft);
  if (!m) throw new Error(`no number in ${text}`);
  return m;
}

describe("parseDigits", () => {
  it("reads separators by locale and keeps the other reading of a lone group of three", () => {
    expect(parseDigits("800.000", "es")).toEqual({ values: [800000, 800], value: 800000, decimals: 0 });
    expect(parseDigits("800,000", "en")).toEqual({ values: [800000, 800], value: 800000, decimals: 0 });
    expect(parseDigits("3,1", "es")?.value).toBe(3.1);
    expect(parseDigits("3.1", "en")?.value).toBe(3.1);
    expect(parseDigits("1.234.567,89", "es")?.value).toBe(1234567.89);
    expect(parseDigits("1,234,567.89", "en")?.value).toBe(1234567.89);
    expect(parseDigits("10:30", "en")?.value).toBe(10.3);
    expect(parseDigits("800 000", "es")?.value).toBe(800000);
  });

  it("rejects section numbers and malformed groups", () => {
    expect(parseDigits("1.2.3", "es")).toBeNull();
    expect(parseDigits("12.34.567", "en")).toBeNull();
  });
});

describe("extractNumbers", () => {
  it("reads Spanish digits, scales, percentages and dates", () => {
    expect(readings("Llegaron 800.000 personas, un 3,1 por ciento más, el 26 de abril de 2010.", "es")).toEqual([
      "800.000=800000|800",
      "3,1=3.1",
      "26=26",
      "2010=2010",
    ]);
    expect(readings("Costó 1,5 millones y otros 2.000 millones.", "es")).toEqual([
      "1,5 millones=1.5|1500000",
      "2.000 millones=2000|2|2000000000|2000000",
    ]);
  });

  it("reads number words in both languages", () => {
    expect(readings("mil millones, dos mil quinientos, treinta y cinco, una docena, cien", "es")).toEqual([
      "mil millones=1000000000",
      "dos mil quinientos=2500",
      "treinta y cinco=35",
      "una docena=12",
      "cien=100",
    ]);
    expect(readings("a billion, two thousand five hundred, thirty-five, a dozen, two hundred and fifty", "en")).toEqual([
      "a billion=1000000000",
      "two thousand five hundred=2500",
      "thirty-five=35",
      "a dozen=12",
      "two hundred and fifty=250",
    ]);
  });

  it("reads 'one' and 'un/una/uno' as the unit after tens, hundreds and thousands", () => {
    expect(readings("the twenty-one-year-old actress", "en")).toEqual(["twenty-one=21"]);
    expect(readings("one hundred and one days", "en")).toEqual(["one hundred and one=101"]);
    expect(readings("treinta y un días y mil una noches", "es")).toEqual(["treinta y un=31", "mil una=1001"]);
    expect(readings("twenty a day", "en")).toEqual(["twenty=20"]);
  });

  it("reads the old-style 'ciento y treinta' as one number, and not 'ciento' alone", () => {
    expect(readings("constaban ciento y treinta personas", "es")).toEqual(["ciento y treinta=130"]);
    expect(readings("unas ciento y cinco casas", "es")).toEqual(["ciento y cinco=105"]);
    expect(readings("el diez por ciento y treinta más", "es")).toEqual(["diez=10", "treinta=30"]);
  });

  it("does not read 'por ciento' as a hundred nor joins unrelated words", () => {
    expect(readings("subió un 5 por ciento", "es")).toEqual(["5=5"]);
    expect(readings("dos y tres", "es")).toEqual(["dos=2", "tres=3"]);
  });

  it("treats articles, months, ordinals and Roman numerals as vague mentions only", () => {
    const soft = extractNumbers("Una mujer llegó el primero de mayo al distrito XXII.", "es", PAIR).filter((m) => m.soft);
    expect(soft.map((m) => m.value)).toEqual([1, 1, 5, 22]);
    expect(readings("Una mujer llegó el primero de mayo.", "es")).toEqual([]);
  });

  it("reads times with a 12-hour alternative, decades and ordinal suffixes", () => {
    expect(first("at 3 p.m. today", "en").values).toEqual([3, 15]);
    expect(first("in the 1990s", "en").values).toEqual([1990, 90]);
    expect(first("on May 1st", "en").value).toBe(1);
    expect(first("half a million people", "en").value).toBe(500000);
  });

  it("leaves codes alone and softens converted or compound measurements", () => {
    expect(readings("The G20 and COVID-19 and F-16", "en")).toEqual([]);
    expect(extractNumbers("a 50-year-old man", "en", PAIR).find((m) => m.value === 50)?.soft).toBe(true);
    expect(extractNumbers("at 140 mph", "en", PAIR)[0].unit).toBe("imperial");
    expect(extractNumbers("a 225 km/h", "es", PAIR)[0].unit).toBe("metric");
  });

  it("offers a split decimal as one reading", () => {
    const ms = extractNumbers("subió 68, 78 puntos", "es", PAIR);
    expect(ms.some((m) => m.soft && m.value === 68.78 && m.parts === 2)).toBe(true);
  });
});

describe("sameNumber", () => {
  it("matches across locales, scales and obvious rounding", () => {
    expect(sameNumber(first("800.000", "es"), first("800,000", "en"))).toBe(true);
    expect(sameNumber(first("1,5 millones", "es"), first("1.5 million", "en"))).toBe(true);
    expect(sameNumber(first("mil millones", "es"), first("a billion", "en"))).toBe(true);
    expect(sameNumber(first("3,14", "es"), first("3.1", "en"))).toBe(true);
    expect(sameNumber(first("las 16.30", "es"), first("4.30pm", "en"))).toBe(true);
  });

  it("does not match a changed digit", () => {
    expect(sameNumber(first("800.000", "es"), first("80,000", "en"))).toBe(false);
    expect(sameNumber(first("3,1", "es"), first("3.2", "en"))).toBe(false);
    expect(sameNumber(first("2010", "es"), first("2011", "en"))).toBe(false);
  });
});

describe("formatNumber", () => {
  it("formats by target locale", () => {
    expect(formatNumber(800000, "en")).toBe("800,000");
    expect(formatNumber(800000, "es")).toBe("800.000");
    expect(formatNumber(3.1, "es", 1)).toBe("3,1");
    expect(formatNumber(2500, "es")).toBe("2500");
    expect(formatNumber(2500, "en")).toBe("2,500");
  });
});
