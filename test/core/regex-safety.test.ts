import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import safeRegex from "safe-regex2";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { check } from "../../src/core/check";
import { RULES } from "../../src/rules";

const root = new URL("../../", import.meta.url).pathname;

function walk(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p, ext) : ext.test(f) ? [p] : [];
  });
}

/** Every regular-expression literal and every `new RegExp("literal")` in the shipped code. */
function regexesInCode(): { where: string; source: string }[] {
  const found: { where: string; source: string }[] = [];
  for (const file of walk(join(root, "src"), /\.tsx?$/)) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      const where = `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        found.push({ where, source: text.slice(1, text.lastIndexOf("/")) });
      } else if (ts.isNewExpression(node) && node.expression.getText() === "RegExp" && node.arguments?.[0]) {
        const arg = node.arguments[0];
        if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) found.push({ where, source: arg.text });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** Every string in rules/*.json under a key that names a pattern (pattern, patterns, regex, regexes). */
function regexesInData(): { where: string; source: string }[] {
  const found: { where: string; source: string }[] = [];
  for (const file of walk(join(root, "rules"), /\.json$/)) {
    const visit = (v: unknown, key: string, path: string) => {
      if (typeof v === "string" && /pattern|regex/i.test(key)) found.push({ where: `${relative(root, file)} ${path}`, source: v });
      else if (Array.isArray(v)) v.forEach((x, i) => visit(x, key, `${path}[${i}]`));
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) visit(x, k, `${path}.${k}`);
    };
    visit(JSON.parse(readFileSync(file, "utf8")), "", "");
  }
  return found;
}

/**
 * Documented exceptions: patterns that safe-regex's star-height heuristic flags but that are linear, because
 * each repetition of the outer group must begin with a character the inner quantifier cannot match.
 */
const LINEAR_EXCEPTIONS = new Map<string, string>([
  [
    "[\\p{L}\\p{N}]+(?:[.,'’][\\p{L}\\p{N}]+)*",
    "word with inner separators: every repetition starts with a separator outside the letter class",
  ],
]);

describe("regular expressions are safe from catastrophic backtracking", () => {
  const all = [...regexesInCode(), ...regexesInData()];

  it("finds the regular expressions it checks", () => {
    expect(all.length).toBeGreaterThan(5);
  });

  it("has no pattern with nested quantifiers (star height > 1)", () => {
    const unsafe = all.filter((r) => {
      if (LINEAR_EXCEPTIONS.has(r.source)) return false;
      try {
        return !safeRegex(r.source);
      } catch {
        return false; // a pattern with flags safe-regex cannot parse (e.g. \p{…}) is covered by the run below
      }
    });
    expect(unsafe.map((r) => `${r.where}: /${r.source}/`)).toEqual([]);
  });

  // Pathological inputs that make backtracking patterns explode; each rule runs alone over each of them.
  // A runaway expression makes this suite hang, which fails CI (no timing is asserted).
  const PATHOLOGICAL = [
    "a".repeat(30000) + "!",
    " ".repeat(30000) + "x",
    ".".repeat(30000),
    "1.".repeat(15000) + "a",
    "A. ".repeat(10000),
    "(".repeat(15000) + "x",
    "\"".repeat(15000),
    "aaaa aaaa ".repeat(5000) + "aaaa",
    "-".repeat(30000) + ">",
    "1,000".repeat(6000) + ",",
    "Sr. D. ".repeat(5000),
    "¿".repeat(10000) + "?",
    "de de ".repeat(6000),
    "<a ".repeat(10000),
    "&#".repeat(15000),
  ];

  it.each(RULES.map((r) => [r.meta.id] as const))("rule %s finishes on pathological inputs", (id) => {
    const only = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.id === id ? r.meta.severity : "off"]));
    for (const input of PATHOLOGICAL) {
      for (const format of ["text", "html", "markdown"] as const) {
        const report = check({
          source: { text: input, lang: "es" },
          target: { text: input, lang: "en" },
          format,
          options: { rules: only },
        });
        expect(report.version).toBe(1);
      }
    }
  }, 120_000);
});
