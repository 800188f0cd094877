// Tables that join languages' words are built per pair (src/lang/pair.ts), so registering a language cannot change
// another pair's reports: every src file outside src/lang reaches the registered languages only one at a time.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pairScope, perPair } from "../../src/lang/pair";
import { buildDoc } from "../../src/segment/document";

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("pair scope", () => {
  it("is one object per pair, the same in both directions, its languages in registry order", () => {
    const esEn = pairScope("es", "en");
    expect(pairScope("en", "es")).toBe(esEn);
    expect(esEn.languages.map((l) => l.code)).toEqual(["es", "en"]);
    expect(esEn.key).toBe("es+en");
    expect(pairScope("en").languages.map((l) => l.code)).toEqual(["en"]);
  });

  it("builds a per-pair value once, from the pair's languages only", () => {
    let builds = 0;
    const codes = perPair((languages) => {
      builds++;
      return languages.map((l) => l.code).join(",");
    });
    expect(codes(pairScope("es", "en"))).toBe("es,en");
    expect(codes(pairScope("en", "es"))).toBe("es,en");
    expect(codes(pairScope("es"))).toBe("es");
    expect(builds).toBe(2);
  });

  it("is carried by every Doc: the other side's language given, or the Doc's own alone", () => {
    expect(buildDoc("Hola.", "es", "text", "en").pair).toBe(pairScope("es", "en"));
    expect(buildDoc("Hello.", "en").pair).toBe(pairScope("en"));
  });

  it("is the only way code outside src/lang joins languages (no union over every registered pack)", () => {
    const offenders = sources("src")
      .filter((f) => !f.startsWith(join("src", "lang")))
      .filter((f) => /\bsupportedLanguages\(/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
