#!/usr/bin/env node
// Runs the CLI bundled into dist/ by `npm install` (scripts/build-cli.mjs). When the bundle is missing or
// older than a source file, it says so and runs the TypeScript sources through tsx instead (slower start).
// The bundle's worker threads start from this file too (src/cli/cli-worker.ts).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
import { isMainThread, MessageChannel, Worker } from "node:worker_threads";

// A CLI run checks once and exits, so V8's optimising compiler has little time to pay back its work: with its
// default interrupt budget it optimised some 450 functions of a check (many of them twice), which cost more CPU
// on its background threads than the check's own code. A larger budget optimises only the functions that run
// long. It changes when code is optimised, never what it computes. 6,003-pair document, `translint check
// --output json`: 3.1 -> 2.2 s CPU (user+sys), main thread unchanged (~1.7 s); see src/fast/README.md.
// Twice that budget and no inlining by the optimising compiler: its background threads still took ~0.5 s CPU
// (perf), mostly building and reducing the graphs of inlined callees, competing with the check's two threads for
// the cores. Without inlining they take ~0.2 s; the optimised code runs slower (main thread ~+0.1 s CPU, worker
// ~+0.07 s), but the process ends sooner: 4 batches of 8-10 interleaved runs at nice -20 (load 13-18), wall
// medians 1.57 -> 1.45, 1.37 -> 1.33, 1.37 -> 1.32, 1.32 -> 1.25 s; CPU 2.76 -> 2.56, 2.47 -> 2.32, 2.41 -> 2.28,
// 2.33 -> 2.23 s. A batch of 1,290 articles (many short checks): 4.45, 4.57 -> 4.35, 4.58 s wall.
setFlagsFromString("--interrupt-budget=1200000");
setFlagsFromString("--no-turbo-inlining");
// V8 compiles a regular expression first to bytecode for its interpreter and, once it has run, again to machine
// code; a check runs most of its expressions more than once, so each was compiled twice. Without the tier-up it
// is compiled once, to machine code. perf, one-thread check of the 6,003-pair document: regexp compilation
// ~190 -> ~100 ms, matching unchanged; whole process (5+6 interleaved runs): main thread 1,107 -> 1,046 and
// 1,133 -> 1,086 ms CPU, process 2,601 -> 2,563 and 2,714 -> 2,626 ms. It changes how expressions are compiled,
// never what they match.
setFlagsFromString("--no-regexp-tier-up");
// V8 scavenges (collects the young generation) on several threads at once: the JavaScript thread and helpers on
// V8's platform threads. A check on two threads already keeps both cores of a two-core machine busy, so there the
// helpers only wait for a core and the thread that collects waits for them: scavenging on the collecting thread
// alone is cheaper (with more cores the helpers find idle ones, so the default stays). 6,003-pair document, `translint check --output json`, each variant with its own code cache, 4
// batches of 6-10 interleaved runs at nice -20 (load 10-16): wall medians 1.38 -> 1.31, 1.35 -> 1.30,
// 1.37 -> 1.34, 1.40 -> 1.31 s; CPU 2.35 -> 2.34, 2.35 -> 2.28, 2.41 -> 2.42, 2.41 -> 2.34 s. It changes how
// memory is collected, never what the code computes. (It is read at each scavenge, so setting it here is safe;
// the parallel-marking flags are not: set here they fail V8's checks at the next full collection.)
if (availableParallelism() <= 2) setFlagsFromString("--no-parallel-scavenge");
// The code cache (runBundle below) carries a checksum that V8 verifies before using it: a damaged cache is
// rejected (without it, V8 checks only the header and would run damaged bytecode).
setFlagsFromString("--verify-snapshot-checksum");

const root = new URL("../", import.meta.url).pathname;
const bundle = join(root, "dist", "translint.cjs");
const codeCache = join(root, "dist", "translint.cache");

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

/**
 * Runs the CommonJS bundle as Node's `require` would, but compiled with V8's code cache: the bytecode of the
 * functions a check compiles, saved by the build (scripts/build-cli.mjs), so V8 neither parses the bundle nor
 * compiles those functions again (in each thread). The cache starts with the bundle's first line, which names its
 * content: a cache of another build is never used (V8 itself checks only the source's length, and rejects a cache
 * of another V8 version or other flags). It changes what V8 compiles, never what the code computes.
 * TRANSLINT_CODE_CACHE_REPORT=1 says on stderr whether the cache was used, rejected by V8, or not there (none).
 */
function runBundle() {
  // The bundle is ASCII (scripts/build-cli.mjs): read as latin1, without UTF-8 decoding, into a one-byte string.
  const source = readFileSync(bundle, "latin1");
  const stamp = source.slice(0, source.indexOf("\n") + 1);
  let cachedData;
  if (!process.env.TRANSLINT_WRITE_CODE_CACHE && stamp.startsWith("// translint bundle ") && existsSync(codeCache)) {
    const file = readFileSync(codeCache);
    if (file.subarray(0, stamp.length).toString("latin1") === stamp) cachedData = file.subarray(stamp.length);
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  if (process.env.TRANSLINT_CODE_CACHE_REPORT && isMainThread) {
    const state = cachedData ? (script.cachedDataRejected ? "rejected" : "used") : "none";
    process.stderr.write(`translint: code cache ${state}\n`);
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  if (process.env.TRANSLINT_WRITE_CODE_CACHE && isMainThread)
    process.once("exit", () => writeFileSync(codeCache, Buffer.concat([Buffer.from(stamp, "latin1"), script.createCachedData()])));
}

/** Characters (both sides) from which `translint check` runs on two threads: TWO_THREADS_FROM in src/cli/two-threads.ts. */
const TWO_THREADS_FROM = 200_000;

/**
 * `translint check --source a --target b` of two files long enough for a check on two threads starts its worker
 * thread here, before this thread loads the bundle: the worker boots (~80 ms) and loads the bundle alongside, and
 * src/cli/two-threads.ts hands it the check when it starts (or ends it, if the check stays on one thread). Only a
 * matter of speed: without it the check starts its worker itself. A file's bytes are at least its characters.
 */
function startCheckWorkerEarly() {
  const argv = process.argv.slice(2);
  const file = (name) => {
    const k = argv.indexOf(`--${name}`);
    return k > 0 && argv[k + 1] && existsSync(argv[k + 1]) ? statSync(argv[k + 1]).size : -1;
  };
  const [source, target] = [file("source"), file("target")];
  if (argv[0] !== "check" || source < 0 || target < 0 || source + target < TWO_THREADS_FROM) return;
  if (availableParallelism() < 2) return;
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { role: "check", early: { port: port2, signal } },
    transferList: [port2],
  });
  worker.on("error", () => {});
  // Unreferenced: a run that ends before a check takes it (a usage error) ends as it would without it.
  worker.unref();
  globalThis[Symbol.for("translint.earlyCheckWorker")] = { worker, port: port1, signal };
}

const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
// A worker thread runs the bundle the main thread chose.
if (built && (!isMainThread || built >= newestSource(["src", "rules"]))) {
  if (isMainThread) startCheckWorkerEarly();
  runBundle();
} else {
  process.stderr.write(
    `translint: ${built ? "dist/translint.cjs is older than src/" : "dist/translint.cjs is missing"}; ` +
      "running the TypeScript sources (slower start). Run `npm run build` to rebuild.\n",
  );
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/bin.ts");
}
