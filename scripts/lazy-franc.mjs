// The module scripts/build-cli.mjs bundles for franc-min's index.js (its lazy-franc plugin).
import { readFileSync } from "node:fs";

/** The places of franc-min's index.js (6.x) the rewrite needs, each found exactly once. */
const LOOP = "for (script in data) {";
const LOOP_END = "}\n\n/**\n * Get the most probable language";
const ENTRY = "export function francAll(value, options = {}) {";

/**
 * franc-min's index.js with its trigram tables (`numericData`, ~80 languages of 300 trigrams) built on the first
 * `francAll` call instead of when the module loads: every thread of the CLI loaded it (~7 ms each on the 6,003-pair
 * document), while only the untranslated rules of the main thread ask it. The same tables, built by the same loop.
 * Throws when the source is not the one this rewrite knows (a franc-min upgrade must be looked at).
 */
export function lazyFrancModule(source) {
  for (const part of [LOOP, LOOP_END, ENTRY]) {
    if (source.split(part).length !== 2) throw new Error(`lazy-franc: franc-min's index.js no longer has ${JSON.stringify(part)} once`);
  }
  return source
    .replace(LOOP, `let numericBuilt = false\nfunction buildNumericData() {\n${LOOP}`)
    .replace(LOOP_END, `}\n${LOOP_END}`)
    .replace(ENTRY, `${ENTRY}\n  if (!numericBuilt) {\n    numericBuilt = true\n    buildNumericData()\n  }`);
}

/** The esbuild plugin: franc-min's index.js through lazyFrancModule. */
export const lazyFranc = {
  name: "lazy-franc",
  setup(b) {
    b.onLoad({ filter: /franc-min[\\/]index\.js$/ }, (args) => ({
      contents: lazyFrancModule(readFileSync(args.path, "utf8")),
      loader: "js",
    }));
  },
};
