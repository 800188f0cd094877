// The layout's import directions (issue 17): pipeline stages never import a rule (the registry is passed in from
// src/checker.ts), and no stage imports the Worker or the CLI. Reads the import lines of every source file.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname, "../../src");
const STAGES = ["input", "segment", "align", "check", "report", "lang", "fast"];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** The src-relative folders a file imports from (JSON data tables excluded). */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/^(?:import|export)\b[^;]*?from\s+"(\.[^"]+)"/gms)].map((m) => m[1]!);
  return specs
    .filter((s) => !s.endsWith(".json"))
    .map((s) => relative(SRC, resolve(file, "..", s)).split("/")[0]!);
}

describe("layout", () => {
  it("has no src/core any more: every module sits in a stage folder, src/rules or src/worker/cli", () => {
    expect(readdirSync(SRC)).not.toContain("core");
  });

  for (const stage of STAGES) {
    it(`${stage}/ imports no rule, Worker or CLI module`, () => {
      const offenders = tsFiles(join(SRC, stage)).flatMap((file) =>
        importedFolders(file)
          .filter((folder) => folder === "rules" || folder === "worker" || folder === "cli" || folder === "checker.ts")
          .map((folder) => `${relative(SRC, file)} → ${folder}`),
      );
      expect(offenders).toEqual([]);
    });
  }

  it("finds the imports it checks (the scan is not vacuous)", () => {
    expect(importedFolders(join(SRC, "check/check.ts"))).toEqual(expect.arrayContaining(["align", "segment", "report"]));
  });
});
