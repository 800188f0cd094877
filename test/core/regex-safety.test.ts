import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import safeRegex from "safe-regex2";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { check } from "../../src/checker";
import type { RuleSetting } from "../../src/types";
import { RULES } from "../../src/rules";

const root = new URL("../../", import.meta.url).pathname;

function walk(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p, ext) : ext.test(f) ? [p] : [];
  });
}

/**
 * Every regular-expression literal and every `new RegExp("literal")` in the shipped code. A pattern that the
 * star-height heuristic flags but that is linear (e.g. each repetition of the outer group must start with a
 * character the inner quantifier cannot match) is a documented exception: a `regex-safe: <reason>` comment on
 * its line or the line above marks it `documented`.
 */
function regexesInCode(): { where: string; source: string; flags?: string; inReplace?: boolean; documented?: boolean }[] {
  const found: { where: string; source: string; flags?: string; inReplace?: boolean; documented?: boolean }[] = [];
  for (const file of walk(join(root, "src"), /\.tsx?$/)) {
    const code = readFileSync(file, "utf8");
    const lines = code.split("\n");
    const sf = ts.createSourceFile(file, code, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line;
      const where = `${relative(root, file)}:${line + 1}`;
      const documented = /regex-safe:/.test(lines[line]) || /regex-safe:/.test(lines[line - 1] ?? "");
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const call = node.parent;
        // String replace/split step over an empty match themselves.
        const inReplace =
          ts.isCallExpression(call) &&
          call.arguments[0] === node &&
          ts.isPropertyAccessExpression(call.expression) &&
          ["replace", "replaceAll", "split"].includes(call.expression.name.text);
        const flags = text.slice(text.lastIndexOf("/") + 1);
        found.push({ where, source: text.slice(1, text.lastIndexOf("/")), flags, inReplace, documented });
      } else if (ts.isNewExpression(node) && node.expression.getText() === "RegExp" && node.arguments?.[0]) {
        const arg = node.arguments[0];
        if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) found.push({ where, source: arg.text, documented });
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
      else if (Array.isArray(v)) for (const [i, x] of v.entries()) visit(x, key, `${path}[${i}]`);
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) visit(x, k, `${path}.${k}`);
    };
    visit(JSON.parse(readFileSync(file, "utf8")), "", "");
  }
  return found;
}

describe("regular expressions are safe from catastrophic backtracking", () => {
  const all = [...regexesInCode(), ...regexesInData()];

  it("finds the regular expressions it checks", () => {
    expect(all.length).toBeGreaterThan(5);
  });

  it("has no pattern with nested quantifiers (star height > 1)", () => {
    const unsafe = all.filter((r) => {
      if ("documented" in r && r.documented) return false;
      try {
        return !safeRegex(r.source);
      } catch {
        return false; // a pattern with flags safe-regex cannot parse (e.g. \p{…}) is covered by the run below
      }
    });
    expect(unsafe.map((r) => `${r.where}: /${r.source}/`)).toEqual([]);
  });

  // A global or sticky pattern drives exec()/matchAll loops: one that can match the empty string would stop them moving.
  it("has no global or sticky pattern that matches the empty string", () => {
    const probe = "¿Qué? ¡Sí! «Hola», “dijo” (él) [1] 10.30 h, 3,5 % — a. m. EE. UU. Sr. O'Neil’s 2024-05-03\n\n<p>x</p> **y** …";
    const empty = regexesInCode().filter((r) => {
      if (!r.flags || !/[gy]/.test(r.flags) || r.inReplace) return false;
      const re = new RegExp(r.source, r.flags);
      for (let at = 0; at <= probe.length; at++) {
        re.lastIndex = at;
        const m = re.exec(probe);
        if (m && m[0] === "") return true;
        if (!m && !re.sticky) break;
      }
      return false;
    });
    expect(empty.map((r) => `${r.where}: /${r.source}/${r.flags}`)).toEqual([]);
  });

  // Pathological inputs that make backtracking patterns explode; each rule runs alone over each of them.
  // A runaway expression makes this suite hang, which fails CI (no timing is asserted).
  const PATHOLOGICAL = [
    `${"a".repeat(30000)}!`,
    `${" ".repeat(30000)}x`,
    ".".repeat(30000),
    `${"1.".repeat(15000)}a`,
    "A. ".repeat(10000),
    `${"(".repeat(15000)}x`,
    '"'.repeat(15000),
    `${"aaaa aaaa ".repeat(5000)}aaaa`,
    `${"-".repeat(30000)}>`,
    `${"1,000".repeat(6000)},`,
    "Sr. D. ".repeat(5000),
    `${"¿".repeat(10000)}?`,
    "de de ".repeat(6000),
    "<a ".repeat(10000),
    "&#".repeat(15000),
  ];

  it.each(RULES.map((r) => [r.meta.id] as const))(
    "rule %s finishes on pathological inputs",
    (id) => {
      const only = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.id === id ? r.meta.severity : "off"])) as Record<
        string,
        RuleSetting
      >;
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
    },
    120_000,
  );
});
