#!/usr/bin/env node
// Runs the CLI bundled into dist/ by `npm install` (scripts/build-cli.mjs). When the bundle is missing or
// older than a source file, it says so and runs the TypeScript sources through tsx instead (slower start).
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";

// A CLI run checks once and exits, so V8's optimising compiler has little time to pay back its work: with its
// default interrupt budget it optimised some 450 functions of a check (many of them twice), which cost more CPU
// on its background threads than the check's own code. A larger budget optimises only the functions that run
// long. It changes when code is optimised, never what it computes. 6,003-pair document, `translint check
// --output json`: 3.1 -> 2.2 s CPU (user+sys), main thread unchanged (~1.7 s); see src/fast/README.md.
setFlagsFromString("--interrupt-budget=600000");

const root = new URL("../", import.meta.url).pathname;
const bundle = join(root, "dist", "translint.mjs");

/** Newest modification time of the files under the given folders (the bundle's inputs). */
function newestSource(dirs) {
  let newest = 0;
  for (const dir of dirs) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
    }
  }
  return newest;
}

const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
if (built && built >= newestSource(["src", "rules"])) {
  await import(bundle);
} else {
  process.stderr.write(
    `translint: ${built ? "dist/translint.mjs is older than src/" : "dist/translint.mjs is missing"}; ` +
      "running the TypeScript sources (slower start). Run `npm run build` to rebuild.\n",
  );
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/bin.ts");
}
