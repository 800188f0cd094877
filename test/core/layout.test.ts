// The layout's import directions (issue 17): pipeline stages never import a rule (the registry is passed in from
// src/checker.ts), and no stage imports the Worker or the CLI. Reads the import lines of every source file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_FILE_LINES, MAX_FUNCTION_LINES, oversized } from "../../scripts/code-size-lib";

const SRC = resolve(__dirname, "../../src");
const STAGES = ["input", "segment", "align", "check", "report", "lang", "fast"];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** The src-relative paths a file imports (static imports and re-exports, `import("…")` and `import type`; JSON excluded). */
function importedPaths(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [
    ...[...text.matchAll(/^(?:import|export)\b[^;]*?from\s+"(\.[^"]+)"/gms)].map((m) => m[1]!),
    ...[...text.matchAll(/\bimport\(\s*"(\.[^"]+)"\s*\)/g)].map((m) => m[1]!),
  ];
  return specs.filter((s) => !s.endsWith(".json")).map((s) => relative(SRC, resolve(file, "..", s)));
}

/** The src-relative folders (or top-level modules, without extension) a file imports from. */
function importedFolders(file: string): string[] {
  return importedPaths(file).map((p) => p.split("/")[0]!);
}

describe("layout", () => {
  it("has no src/core any more: every module sits in a stage folder, src/rules or src/worker/cli", () => {
    expect(readdirSync(SRC)).not.toContain("core");
  });

  for (const stage of STAGES) {
    it(`${stage}/ imports no rule, Worker or CLI module`, () => {
      const offenders = tsFiles(join(SRC, stage)).flatMap((file) =>
        importedFolders(file)
          .filter((folder) => folder === "rules" || folder === "worker" || folder === "cli" || folder === "checker")
          .map((folder) => `${relative(SRC, file)} → ${folder}`),
      );
      expect(offenders).toEqual([]);
    });
  }

  it("check/ (the core) never imports the rule registry src/rules/index.ts: src/checker.ts passes the rules in", () => {
    const registry = tsFiles(join(SRC, "check")).filter((file) =>
      importedPaths(file).some((p) => p === "rules" || p === "rules/index" || p === "rules/index.ts"),
    );
    expect(registry).toEqual([]);
    expect(importedPaths(join(SRC, "checker.ts"))).toContain("rules");
  });

  it("no rule reads the aligner's private cost (bead-cost.ts, params.ts, lengthCost, ALIGN_PARAMS)", () => {
    const offenders = tsFiles(join(SRC, "rules")).flatMap((file) => {
      const text = readFileSync(file, "utf8");
      const imports = importedPaths(file).filter((p) => p === "align/bead-cost" || p === "align/params");
      const names = /\b(?:lengthCost|ALIGN_PARAMS)\b/.test(text) ? ["lengthCost/ALIGN_PARAMS"] : [];
      return [...imports, ...names].map((what) => `${relative(SRC, file)} → ${what}`);
    });
    expect(offenders).toEqual([]);
  });

  it("a rule never imports another rule: what two rules share lives in src/rules/lib", () => {
    const RULES = join(SRC, "rules");
    const ownerOf = (path: string) => path.split("/")[1]!.replace(/\.tsx?$/, "");
    const offenders = tsFiles(RULES)
      .filter((file) => !["lib", "index"].includes(ownerOf(relative(SRC, file))))
      .flatMap((file) => {
        const own = ownerOf(relative(SRC, file));
        return importedPaths(file)
          .filter((p) => p.startsWith("rules/") && !["lib", own].includes(ownerOf(p)))
          .map((p) => `${relative(SRC, file)} → ${p}`);
      });
    expect(offenders).toEqual([]);
  });

  it("finds the imports it checks (the scan is not vacuous)", () => {
    expect(importedFolders(join(SRC, "check/check.ts"))).toEqual(expect.arrayContaining(["align", "segment", "report"]));
    expect(importedFolders(join(SRC, "worker/hooks/pipeline.ts"))).toEqual(expect.arrayContaining(["checker", "rules"]));
    expect(importedPaths(join(SRC, "rules/duplicate.ts"))).toContain("rules/lib/coverage");
  });
});

/**
 * Files over MAX_FILE_LINES and functions over MAX_FUNCTION_LINES (npx tsx scripts/code-size.ts) allowed to stay,
 * with their sizes: each may shrink but not grow. Empty since session 9 (issue 17): nothing may pass the limits.
 */
const SIZE_ALLOWLIST: Record<string, number> = {};

describe("code size", () => {
  const { files, functions } = oversized(SRC);

  it(`no file over ${MAX_FILE_LINES} lines and no function over ${MAX_FUNCTION_LINES} lines except the allowlisted, which do not grow`, () => {
    const grown = [...files, ...functions]
      .filter((x) => !(x.name in SIZE_ALLOWLIST) || x.lines > SIZE_ALLOWLIST[x.name])
      .map((x) => `${x.name}: ${x.lines} lines (allowed ${SIZE_ALLOWLIST[x.name] ?? "none"})`);
    expect(grown).toEqual([]);
  });

  it("measures what it checks: a long file and a long function, named by file and function", () => {
    const dir = mkdtempSync(join(tmpdir(), "code-size-"));
    const body = Array.from({ length: MAX_FUNCTION_LINES }, (_, k) => `  total += ${k};`).join("\n");
    const long = `export function long(): number {\n  let total = 0;\n${body}\n  return total;\n}\n`;
    const short = "export const short = (a: number) => {\n  return a + 1;\n};\n";
    writeFileSync(join(dir, "big.ts"), long + "\n".repeat(MAX_FILE_LINES));
    writeFileSync(join(dir, "small.ts"), short);
    const found = oversized(dir);
    rmSync(dir, { recursive: true });
    expect(found.files).toEqual([{ name: "big.ts", lines: MAX_FUNCTION_LINES + 4 + MAX_FILE_LINES }]);
    expect(found.functions).toEqual([{ name: "big.ts:long", lines: MAX_FUNCTION_LINES + 4 }]);
  });
});
