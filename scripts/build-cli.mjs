// Bundles the CLI (and its batch worker thread) into dist/ with esbuild, so `translint` starts without
// compiling TypeScript. Runs at `npm install` (the prepare script) and with `npm run build`.
import { build } from "esbuild";

const root = new URL("../", import.meta.url).pathname;

await build({
  absWorkingDir: root,
  entryPoints: {
    translint: "src/cli/bin.ts",
    "batch-worker": "src/cli/batch-worker.ts",
    "check-worker": "src/cli/check-worker.ts",
  },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  legalComments: "none",
  logLevel: "warning",
});
