// The map cannot go stale (issue 17): every `src/...` path that docs/architecture.md and src/fast/README.md write
// exists; each file a folder row of the architecture names sits in that folder; each row of the speed-plumbing
// tables names files that exist, symbols those files define, and tests by their real names.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const ARCHITECTURE = read("docs/architecture.md");
const FAST = read("src/fast/README.md");
/** The README of every folder of src/ (each stage's paragraph, the rules', the speed plumbing's). */
const READMES = readdirSync(join(ROOT, "src"), { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith("README.md"))
  .map((f) => `src/${f}`);

/** Every `src/…` path a text writes (in code spans, links or prose), trailing punctuation cut. */
function srcPaths(text: string): string[] {
  const found = [...text.matchAll(/(?<![\w/.-])(?:\.\.\/)?src\/[\w./-]*[\w/]/g)].map((m) => m[0].replace(/^\.\.\//, ""));
  return [...new Set(found)];
}

/** The table rows (cells, without the header and separator rows) of a Markdown text. */
function tableRows(text: string): string[][] {
  const rows = text.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---"));
  return rows.map((l) => l.slice(2, -2).split(" | ")).filter((cells) => !["helper", "where", "folder"].includes(cells[0]));
}

/** Whether a source file defines (or at least names as a whole word) a symbol. */
function names(path: string, symbol: string): boolean {
  return new RegExp(`\\b${symbol}\\b`).test(read(path));
}

/** The titles of a test file's describe and it blocks, as they read once the string escapes are undone. */
function testTitles(path: string): string[] {
  const source = read(path);
  return [...source.matchAll(/\b(?:describe|it)\(\s*(["'`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2].replace(/\\(.)/g, "$1"));
}

/**
 * The code spans of a table's first cell, outside parentheses, as [file, symbols]: a path with a slash is read
 * from the repository root, a bare file name in the folder of the file before it (or `base`).
 */
function filesAndSymbols(cell: string, base: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  let dir = base;
  for (const [, span] of cell.replace(/\([^)]*\)/g, "").matchAll(/`([^`]+)`/g)) {
    if (/\.tsx?$/.test(span)) {
      const file = span.includes("/") ? span : join(dir, span);
      dir = dirname(file);
      out.push([file, []]);
    } else out.at(-1)?.[1].push(span);
  }
  return out;
}

/** The tests a "checked by" cell names: `fast-paths "title"` (… stands for any text), or a test file alone. */
function checkedBy(cell: string): { file: string; title?: string }[] {
  const out: { file: string; title?: string }[] = [];
  let file = "";
  for (const m of cell.matchAll(/([\w-]+(?:\.test\.ts)?)?\s*(?:"([^"]+)")?/g)) {
    if (m[1] && (m[2] || m[1].endsWith(".test.ts"))) file = `test/core/${m[1].replace(/\.test\.ts$/, "")}.test.ts`;
    if (m[1]?.endsWith(".test.ts") && !m[2]) out.push({ file });
    if (m[2]) out.push({ file, title: m[2] });
  }
  return out;
}

/** Whether a title pattern ("isSpace … answers as …": parts in order) matches one of the titles. */
function matchesTitle(pattern: string, titles: string[]): boolean {
  const parts = pattern
    .split("…")
    .map((p) => p.trim())
    .filter(Boolean);
  return titles.some((t) => {
    let at = 0;
    for (const p of parts) {
      at = t.indexOf(p, at);
      if (at < 0) return false;
      at += p.length;
    }
    return true;
  });
}

describe("docs/architecture.md and src/fast/README.md match the tree", () => {
  it("every src/ path they write exists", () => {
    const paths = [...srcPaths(ARCHITECTURE), ...srcPaths(FAST)];
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });

  it("every src/ path the folders' own READMEs write exists", () => {
    expect(READMES.length).toBeGreaterThan(6);
    const missing = READMES.flatMap((readme) =>
      srcPaths(read(readme))
        .filter((p) => !existsSync(join(ROOT, p)))
        .map((p) => `${readme}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it("each file or folder a row of 'What each folder owns' names sits in that row's folder", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const [folder, owns] of tableRows(ARCHITECTURE)) {
      const dir = /^`(src\/[\w/-]+)`/.exec(folder)?.[1];
      if (!dir || !owns) continue;
      for (const [, span] of owns.matchAll(/`([\w./-]+(?:\.tsx?|\/))`/g)) {
        if (span.startsWith("src/")) continue;
        checked++;
        if (!existsSync(join(ROOT, dir, span))) missing.push(`${dir}: ${span}`);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it("each speed-plumbing row names files that exist and symbols they define", () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [first] of tableRows(FAST)) {
      for (const [file, symbols] of filesAndSymbols(first, "src/fast")) {
        if (!existsSync(join(ROOT, file))) wrong.push(`${file} (no such file)`);
        else
          for (const s of symbols) {
            checked++;
            if (!names(file, s)) wrong.push(`${file} ${s}`);
          }
      }
    }
    expect(checked).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
  });

  it("each speed-plumbing row's tests exist under the names it gives", () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const cells of tableRows(FAST)) {
      for (const { file, title } of checkedBy(cells.at(-1) ?? "")) {
        checked++;
        if (!existsSync(join(ROOT, file))) wrong.push(`${file} (no such file)`);
        else if (title && !matchesTitle(title, testTitles(file))) wrong.push(`${file} "${title}"`);
      }
    }
    expect(checked).toBeGreaterThan(25);
    expect(wrong).toEqual([]);
  });

  it("reads what it checks (a stale path, symbol or test name is caught)", () => {
    expect(srcPaths("see `src/fast/doc-memo.ts` and [x](../src/fast/README.md).")).toEqual(["src/fast/doc-memo.ts", "src/fast/README.md"]);
    expect(filesAndSymbols("`doc-memo.ts` `DocMemo` (a `Memo`), `src/a/b.ts` `x`, `c.ts` `y`", "src/fast")).toEqual([
      ["src/fast/doc-memo.ts", ["DocMemo"]],
      ["src/a/b.ts", ["x"]],
      ["src/a/c.ts", ["y"]],
    ]);
    expect(checkedBy('fast-paths "a … b", "c"; gender.test.ts')).toEqual([
      { file: "test/core/fast-paths.test.ts", title: "a … b" },
      { file: "test/core/fast-paths.test.ts", title: "c" },
      { file: "test/core/gender.test.ts" },
    ]);
    expect(matchesTitle("isSpaceUnit … /\\s/", testTitles("test/core/fast-paths.test.ts"))).toBe(true);
    expect(matchesTitle("DocMemo keeps one value per document", testTitles("test/core/fast-paths.test.ts"))).toBe(false);
  });
});
