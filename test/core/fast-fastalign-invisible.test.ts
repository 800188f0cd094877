// forEachInvisibleRun (src/rules/lib/invisible.ts) against the expression it replaces: the runs it finds are the
// matches of text.matchAll(INVISIBLE_RUN), for every UTF-16 unit and for strings of units of every kind.
import { describe, expect, it } from "vitest";
import { forEachInvisibleRun, INVISIBLE_RUN } from "../../src/rules/lib/invisible";
import { allStrings } from "./all-strings";
import { disagreements } from "./disagreements";

const plainRuns = (text: string) => [...text.matchAll(INVISIBLE_RUN)].map((m) => [m.index, m.index + m[0].length]);
const fastRuns = (text: string) => {
  const out: number[][] = [];
  forEachInvisibleRun(text, (start, end) => out.push([start, end]));
  return out;
};
const differing = (texts: string[]) => disagreements(texts, fastRuns, plainRuns);

/** Pieces of every kind: letters, tab, LF, CR, controls, format characters, fillers, astral format characters, lone surrogates. */
const PIECES = [
  "a",
  "é",
  "\t",
  "\n",
  "\r",
  "\u0000",
  "\u0007",
  "\u007f",
  "\u0093",
  "\u00ad",
  "\u200b",
  "\u200d",
  "\u202e",
  "\u2066",
  "\ufeff",
  "\u3164",
  "\u115f",
  "\u{e0001}",
  "\u{e0067}",
  "\u{1d173}",
  "😀",
  "\ud800",
  "\udc00",
];

describe("forEachInvisibleRun finds the runs INVISIBLE_RUN matches", () => {
  it("on every UTF-16 unit alone, between letters, and twice in a row", () => {
    const units = Array.from({ length: 65536 }, (_, c) => String.fromCharCode(c));
    expect(differing(units)).toEqual([]);
    expect(differing(units.map((u) => `ab${u}c`))).toEqual([]);
    expect(differing(units.filter((_, c) => c % 7 === 0).map((u) => `x${u}${u}\u200b${u}`))).toEqual([]);
  });

  it("on every astral code point of the format and tag planes, and some others", () => {
    const cps: number[] = [];
    for (let cp = 0x10000; cp < 0x110000; cp += cp >= 0xe0000 && cp < 0xe1000 ? 1 : cp >= 0x1d100 && cp < 0x1d200 ? 1 : 61) cps.push(cp);
    const texts = cps.map((cp) => `a${String.fromCodePoint(cp)}\u200b${String.fromCodePoint(cp)}b`);
    expect(differing(texts)).toEqual([]);
  });

  it("on every string of up to 3 of 23 pieces, and of 4 of 12 (controls, format characters, astral, lone surrogates)", () => {
    expect(differing(allStrings(PIECES, 3))).toEqual([]);
    expect(
      differing(allStrings(["a", "\t", "\u0007", "\u0093", "\u00ad", "\u200d", "\u202e", "\u{e0067}", "😀", "\ud800", "\udc00", "\r"], 4)),
    ).toEqual([]);
  });
});
