import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../src/worker/error-codes";

describe("ERROR_CODES (the /docs error table)", () => {
  it("lists exactly the 4xx codes of docs/api.md's error table", () => {
    const apiMd = readFileSync(new URL("../../docs/api.md", import.meta.url), "utf8");
    const documented = [...apiMd.matchAll(/^\| (4\d\d) \| (.+?) \|/gm)].flatMap(([, status, codes]) =>
      [...codes.matchAll(/`(\w+)`/g)].map((m) => `${status} ${m[1]}`),
    );
    expect(documented.length).toBeGreaterThan(10);
    expect(ERROR_CODES.map((e) => `${e.status} ${e.code}`).sort()).toEqual(documented.sort());
  });
});
