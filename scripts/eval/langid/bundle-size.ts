// What each identifier adds to the Worker: franc-min bundled and minified by esbuild (as wrangler does), and the
// three files fastText needs in a Worker (the browser build's glue minified, its WebAssembly core and the model as
// they are). Bytes and gzip.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build, transform } from "esbuild";
import { fastTextFiles } from "./fasttext";

/** Raw and gzip-compressed size of some bytes. */
export interface Size {
  bytes: number;
  gzip: number;
}

const sizeOf = (data: Uint8Array | string): Size => {
  const buf = typeof data === "string" ? Buffer.from(data) : data;
  return { bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};

/** franc-min's francAll with its trigram data, bundled and minified. */
async function francSize(): Promise<Size> {
  const out = await build({
    stdin: { contents: 'export { francAll } from "franc-min";', resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
  });
  return sizeOf(out.outputFiles[0].contents);
}

/** fastText's glue (minified), core and model. */
async function fastTextSizes(): Promise<Record<string, Size>> {
  const files = fastTextFiles();
  const glue = await transform(readFileSync(files.glue, "utf8"), { minify: true, format: "esm" });
  return { glue: sizeOf(glue.code), wasm: sizeOf(readFileSync(files.wasm)), model: sizeOf(readFileSync(files.model)) };
}

/** Every size the report prints, by name. */
export async function bundleSizes(): Promise<Record<string, Size>> {
  const ft = await fastTextSizes();
  const total = Object.values(ft).reduce((a, s) => ({ bytes: a.bytes + s.bytes, gzip: a.gzip + s.gzip }), { bytes: 0, gzip: 0 });
  return {
    "franc-min (francAll + trigrams)": await francSize(),
    ...Object.fromEntries(Object.entries(ft).map(([k, v]) => [`fastText ${k}`, v])),
    "fastText total": total,
  };
}
