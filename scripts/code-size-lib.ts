// Measures the code under src/: lines per file and per function (issue 17 asks for files under ~400 lines and
// functions under ~60). Used by scripts/code-size.ts and by test/core/layout.test.ts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** Longest file, in lines, before it is listed. */
export const MAX_FILE_LINES = 400;
/** Longest function, in lines (signature to closing brace, doc comment excluded), before it is listed. */
export const MAX_FUNCTION_LINES = 60;

/** A file or function with its size in lines; a function's name is `file:name` (`file:<arrow>@line` when anonymous). */
export interface Sized {
  name: string;
  lines: number;
}

/** Every .ts / .tsx file under `dir`, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** A readable name for a function node: its own name, its method or property key, or the variable it is bound to. */
function functionName(node: ts.Node, sf: ts.SourceFile): string {
  const named = node as ts.FunctionDeclaration | ts.MethodDeclaration;
  if (named.name) return named.name.getText(sf);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText(sf);
  const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  return `<anonymous>@${line}`;
}

/** Each function of one file with its length in lines (nested functions are counted on their own and in their parent). */
function functionsOf(path: string, rel: string): Sized[] {
  const text = readFileSync(path, "utf8");
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Sized[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      out.push({ name: `${rel}:${functionName(node, sf)}`, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Files over MAX_FILE_LINES and functions over MAX_FUNCTION_LINES under `srcDir`, longest first. */
export function oversized(srcDir: string): { files: Sized[]; functions: Sized[] } {
  const files: Sized[] = [];
  const functions: Sized[] = [];
  for (const path of sourceFiles(srcDir)) {
    const rel = relative(srcDir, path);
    const lines = readFileSync(path, "utf8").split("\n").length - 1;
    if (lines > MAX_FILE_LINES) files.push({ name: rel, lines });
    functions.push(...functionsOf(path, rel).filter((f) => f.lines > MAX_FUNCTION_LINES));
  }
  const longestFirst = (a: Sized, b: Sized) => b.lines - a.lines || a.name.localeCompare(b.name);
  return { files: files.sort(longestFirst), functions: functions.sort(longestFirst) };
}
