// Lists the files under src/ over 400 lines and the functions over 60 lines (issue 17), longest first.
// Usage: npx tsx scripts/code-size.ts [--json]
import { fileURLToPath } from "node:url";
import { MAX_FILE_LINES, MAX_FUNCTION_LINES, oversized } from "./code-size-lib";

const src = fileURLToPath(new URL("../src", import.meta.url));
const { files, functions } = oversized(src);
if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ files, functions }, null, 2));
} else {
  console.log(`files over ${MAX_FILE_LINES} lines: ${files.length}`);
  for (const f of files) console.log(`  ${String(f.lines).padStart(5)}  src/${f.name}`);
  console.log(`functions over ${MAX_FUNCTION_LINES} lines: ${functions.length}`);
  for (const f of functions) console.log(`  ${String(f.lines).padStart(5)}  src/${f.name}`);
}
