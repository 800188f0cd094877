// fastText's language-identification model (lid.176.ftz, 176 languages) as the npm package fasttext.wasm.js ships
// it, loaded in Node from the package's own files (nothing is downloaded). The package is a devDependency used only
// by the comparison script: it is imported by a computed name, so the project type-checks without it. Of the two
// packages that ship the model, it is the one whose browser build ("common") can run in workerd (docs/languages.md).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/** One (probability, "__label__xx") prediction vector of the Emscripten core. */
interface PredictionVector {
  size(): number;
  get(i: number): [number, string];
  delete(): void;
}

/** The parts of the Emscripten module this script uses. */
interface FastTextCore {
  FS: { writeFile(path: string, data: Uint8Array): void; unlink(path: string): void };
  FastText: new () => {
    loadModel(path: string): void;
    predict(text: string, k: number, threshold: number): PredictionVector;
  };
}

/** A loaded model: language probabilities of a text, best first, labels as ISO codes ("en", "nds"). */
export type FastTextPredict = (text: string, k: number) => [string, number][];

const PACKAGE = "fasttext.wasm.js";

/** The package's folder, or an error saying how to install it. */
function packageDir(): string {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
  } catch {
    throw new Error(`${PACKAGE} is not installed: run npm install (it is a devDependency)`);
  }
}

/** Loads the package's Node build of the WebAssembly core and its model. */
export async function loadFastText(): Promise<FastTextPredict> {
  const files = fastTextFiles();
  const factory = (await import(pathToFileURL(files.nodeGlue).href)).default as (o: object) => Promise<FastTextCore>;
  const core = await factory({ print() {}, printErr() {} });
  const ft = new core.FastText();
  core.FS.writeFile("/lid.176.ftz", readFileSync(files.model));
  ft.loadModel("/lid.176.ftz");
  core.FS.unlink("/lid.176.ftz");
  return (text, k) => {
    const v = ft.predict(text, k, 0);
    const out: [string, number][] = [];
    for (let i = 0; i < v.size(); i++) {
      const [p, label] = v.get(i);
      out.push([label.slice("__label__".length), p]);
    }
    v.delete();
    return out;
  };
}

/** Paths of the package's files: the Node glue, and what a Worker would bundle (browser glue, its core, the model). */
export function fastTextFiles(): { nodeGlue: string; glue: string; wasm: string; model: string } {
  const dist = join(packageDir(), "dist");
  return {
    nodeGlue: join(dist, "core", "fastText.node.js"),
    glue: join(dist, "core", "fastText.common.js"),
    wasm: join(dist, "core", "fastText.common.wasm"),
    model: join(dist, "fastText", "models", "lid.176.ftz"),
  };
}
