// Bundles the CLI into dist/translint.cjs with esbuild, so `translint` starts without compiling TypeScript, and
// writes its V8 code cache, dist/translint.cache (see bin/translint.mjs). One bundle serves the main thread and the
// worker threads (src/cli/cli-worker.ts). Runs at `npm install` (the prepare script) and with `npm run build`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { tableModule } from "./json-table.mjs";
import { lazyFranc } from "./lazy-franc.mjs";

const root = new URL("../", import.meta.url).pathname;

// CommonJS, not ESM: Node 20 can give V8 a code cache only for a script (vm.Script), not for an ES module. Kept in
// memory (write: false): the bundle is written once, below, with its first line.
const { outputFiles } = await build({
  absWorkingDir: root,
  entryPoints: ["src/cli/bin.ts"],
  outfile: "dist/translint.cjs",
  write: false,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // Regular expressions with \p{…} stay literals, as wrangler bundles them for the Worker: for node20 esbuild turns
  // each one with a \p{…} outside brackets (/^\p{Lu}/u) into new RegExp("…"), which a function then builds again at
  // every call (name-missing's capitalised words: 140,000 times on the 6,003-pair document). The same expressions.
  supported: { "regexp-unicode-property-escapes": true },
  // The sources ask import.meta.url for the files next to them (the worker entry): the bundle's own URL.
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: "none",
  logLevel: "warning",
  // A JSON table of 10 KB or more becomes JSON.parse of its text, not an object literal: V8 builds it faster (the
  // word lists: rules/common-words.json alone is 1.1 MB), in each thread at start-up; its largest values are parsed
  // when first read (tableModule). Same values (no table has a "__proto__" key, the one place the two differ).
  plugins: [
    {
      name: "json-parse",
      setup(b) {
        b.onLoad({ filter: /\.json$/ }, (args) => {
          const text = readFileSync(args.path, "utf8");
          if (text.length < 10000) return undefined;
          return { contents: tableModule(JSON.parse(text)), loader: "js" };
        });
      },
    },
    // franc-min builds its trigram tables when first asked, not when the bundle loads (scripts/lazy-franc.mjs).
    lazyFranc,
  ],
});

// The bundle's first line names its content (a hash of the rest): bin/translint.mjs uses a code cache only when
// the cache starts with that same line.
// The bundle is ASCII, so bin/translint.mjs reads it as latin1 into a one-byte string: decoding 3.3 MB of UTF-8 with
// a few non-ASCII characters made a two-byte string and cost ~10 ms in each thread. esbuild escapes strings and
// templates but writes regular expressions and comments as they are: their other UTF-16 units become \uXXXX escapes,
// which mean the same units in an expression (with or without the u flag, a pair of escaped surrogates is one code
// point where the pair was).
const body = outputFiles[0].text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
mkdirSync(`${root}dist`, { recursive: true });
writeFileSync(`${root}dist/translint.cjs`, `// translint bundle ${createHash("sha256").update(body).digest("hex").slice(0, 32)}\n${body}`);

// The code cache: the bytecode of every function a check of the fixtures compiles (the rules, segmentation,
// alignment, the report), so a run parses and compiles only what that check did not reach. Written by
// bin/translint.mjs at the end of this run; a cache V8 finds stale (another Node version) is ignored.
rmSync(`${root}dist/translint.cache`, { force: true });
const warm = spawnSync(process.execPath, [`${root}bin/translint.mjs`, "check", `${root}fixtures`, "--output", "json"], {
  env: { ...process.env, TRANSLINT_WRITE_CODE_CACHE: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});
// Without a cache the CLI still runs (it compiles as it goes): a failed run is reported, not fatal.
if (warm.status !== 0 && warm.status !== 1) {
  rmSync(`${root}dist/translint.cache`, { force: true });
  console.warn(`build-cli: the code-cache run of the CLI failed (exit ${warm.status}); dist/translint.cache not written`);
}
