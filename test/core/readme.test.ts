import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rulesTable, RULES_TABLE_END, RULES_TABLE_START } from "../../scripts/rules-table-lib";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("lists every registered rule as the registry describes it (npm run docs:rules updates it)", () => {
    const a = readme.indexOf(RULES_TABLE_START);
    const b = readme.indexOf(RULES_TABLE_END);
    expect(a).toBeGreaterThan(0);
    expect(readme.slice(a + RULES_TABLE_START.length, b)).toBe(`\n${rulesTable()}`);
  });

  it("starts with the command that runs the checker and the one that passes the tests", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(firstBlock).toContain("npm run dev");
    expect(firstBlock).toContain("npm test");
  });
});
