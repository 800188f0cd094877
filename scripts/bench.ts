// Benchmarks the checking core in Node on article pairs built from ../shared/corpus (read in place).
// Usage: npm run bench [-- --sizes 10,40,200,1000,10000] [--no-bundle] [--no-process] [--adversarial] [--tsx] [--boost]
// The in-process figures time the core as it ships, bundled by esbuild as wrangler and `npm run build` bundle it;
// --tsx times the TypeScript sources as tsx loads them instead (each call across modules then goes through an
// export getter: about a quarter slower on a 40-pair check).
// Prints per size the median and p95 time and the peak heap, the split by stage, the growth exponent,
// the budgets of issue 6, and the gzipped size of the bundled Worker.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { check as sourceCheck } from "../src/checker";
import { RULES as SOURCE_RULES } from "../src/rules";
import { adversarialInputs, printTable, timeInput } from "./adversarial";
import { BIG_DOCUMENT_PAIRS, writeBigDocument } from "./big-document";
import { buildSide, CORPUS_DIR, readJsonl, type NewstestArticle, type SegmentPair } from "./eval/corpus";
import { OFFLINE_ENV } from "./dev-server";

const args = process.argv.slice(2);
const sizesArg = args.includes("--sizes") ? args[args.indexOf("--sizes") + 1] : "10,40,200,1000,10000";
const sizes = sizesArg.split(",").map(Number);
const { check, RULES } = args.includes("--tsx") ? { check: sourceCheck, RULES: SOURCE_RULES } : await bundledCore();
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.warn("run with node --expose-gc for heap figures (npm run bench does)");

const articles = readJsonl<NewstestArticle>(join(CORPUS_DIR, "newstest-es-en.dev.jsonl"));

/** An article pair of exactly n sentence pairs: whole corpus articles in order (cycled), the last one cut. */
function pairOf(n: number): { es: string; en: string } {
  const paras: SegmentPair[][] = [];
  let count = 0;
  for (let k = 0; count < n; k++) {
    for (const p of articles[k % articles.length].paragraphs) {
      if (count >= n) break;
      const take = p.slice(0, n - count);
      paras.push(take);
      count += take.length;
    }
  }
  return {
    es: buildSide(paras.map((p) => p.map((s) => s.es))).text,
    en: buildSide(paras.map((p) => p.map((s) => s.en))).text,
  };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));

interface Row {
  n: number;
  median: number;
  p95: number;
  heapMB: number;
  /** The same with a full GC before each sample: what the check keeps alive, which a memory limit has to hold. */
  liveMB: number;
  stages: Map<string, number>;
}
const rows: Row[] = [];
for (const n of sizes) {
  const { es, en } = pairOf(n);
  const req = { source: { text: es, lang: "es" as const }, target: { text: en, lang: "en" as const } };
  const iterations = n <= 40 ? 300 : n <= 200 ? 60 : n <= 1000 ? 15 : 5;
  for (let i = 0; i < Math.min(5, iterations); i++) check(req);
  const times: number[] = [];
  const stages = new Map<string, number>();
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    check(req, RULES, (stage, ms) => stages.set(stage, (stages.get(stage) ?? 0) + ms / iterations));
    times.push(performance.now() - t0);
  }
  // Peak heap: after a full GC, the highest heapUsed sampled at every stage boundary of one run, minus the baseline.
  // It counts garbage not yet collected, so it varies with when V8 collects; the live peak (a full GC before each
  // sample) is what the check holds at once.
  let heapMB = NaN;
  let liveMB = NaN;
  if (gc) {
    const collect = gc;
    const peakOf = (sample: () => number) => {
      collect();
      const base = process.memoryUsage().heapUsed;
      let peak = base;
      check(req, RULES, () => void (peak = Math.max(peak, sample())));
      return (peak - base) / 1048576;
    };
    heapMB = peakOf(() => process.memoryUsage().heapUsed);
    liveMB = peakOf(() => {
      collect();
      return process.memoryUsage().heapUsed;
    });
  }
  rows.push({ n, median: quantile(times, 0.5), p95: quantile(times, 0.95), heapMB, liveMB, stages });
}

const measured = args.includes("--tsx") ? "TypeScript sources through tsx" : "core bundled by esbuild";
console.log(`translint bench — ${RULES.length} rules, Node ${process.version}, ${measured}\n`);
console.log("pairs     median ms     p95 ms   peak heap MB   live peak MB   µs/pair");
for (const r of rows)
  console.log(
    `${String(r.n).padStart(5)} ${fmt(r.median).padStart(12)} ${fmt(r.p95).padStart(10)} ${r.heapMB.toFixed(1).padStart(14)} ${r.liveMB.toFixed(1).padStart(14)} ${((r.median * 1000) / r.n).toFixed(1).padStart(9)}`,
  );

console.log("\nmedian-run split by stage (ms, mean over iterations)");
const stageNames = [...new Set(rows.flatMap((r) => [...r.stages.keys()]))];
console.log("stage".padEnd(28) + rows.map((r) => String(r.n).padStart(10)).join(""));
for (const s of stageNames) console.log(s.padEnd(28) + rows.map((r) => fmt(r.stages.get(s) ?? 0).padStart(10)).join(""));

if (rows.length >= 2) {
  const a = rows.find((r) => r.n >= 200) ?? rows[0];
  const b = rows[rows.length - 1];
  if (b.n > a.n) {
    const k = Math.log(b.median / a.median) / Math.log(b.n / a.n);
    console.log(`\ngrowth: time ∝ n^${k.toFixed(2)} between ${a.n} and ${b.n} pairs (1.00 is linear)`);
  }
}

const budgets: [string, boolean | undefined, string][] = [];
const at = (n: number) => rows.find((r) => r.n === n);
if (at(40)) budgets.push(["40 pairs median ≤ 2 ms", at(40)!.median <= 2, `${fmt(at(40)!.median)} ms`]);
if (at(1000)) budgets.push(["1,000 pairs median ≤ 60 ms", at(1000)!.median <= 60, `${fmt(at(1000)!.median)} ms`]);
if (at(10000)) {
  budgets.push(["10,000 pairs median ≤ 1 s", at(10000)!.median <= 1000, `${fmt(at(10000)!.median)} ms`]);
  const { heapMB, liveMB } = at(10000)!;
  budgets.push([
    "10,000 pairs live heap ≤ 100 MB",
    liveMB <= 100,
    `${liveMB.toFixed(1)} MB (${heapMB.toFixed(1)} MB sampled with garbage)`,
  ]);
}
if (!args.includes("--no-bundle")) {
  const out = mkdtempSync(join(tmpdir(), "translint-bundle-"));
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", out], { stdio: "ignore", env: OFFLINE_ENV });
  const files = readdirSync(out).filter((f) => /\.(m?js|wasm)$/.test(f));
  const raw = files.reduce((n, f) => n + statSync(join(out, f)).size, 0);
  const gz = files.reduce((n, f) => n + gzipSync(readFileSync(join(out, f))).length, 0);
  budgets.push([
    "bundled Worker ≤ 1 MiB gzipped",
    gz <= 1048576,
    `${(gz / 1024).toFixed(0)} KiB gzipped (${(raw / 1024).toFixed(0)} KiB raw)`,
  ]);
}
if (!args.includes("--no-process")) {
  const boosted = args.includes("--boost") && boost(-20);
  const whole = wholeProcessCheck(boosted ? 7 : 3);
  if (boosted) boost(boosted.was);
  console.log(
    `\nwhole process: translint check --output json on the ${BIG_DOCUMENT_PAIRS.toLocaleString("en")}-pair document ` +
      `(median of ${whole.runs.length}${boosted ? ", this session's autogroup at nice -20" : ""}): ` +
      `${whole.wall.toFixed(2)} s wall, ${whole.cpu.toFixed(2)} s CPU (user+sys); ` +
      `\`translint rules\` ${whole.rulesWall.toFixed(2)} s wall`,
  );
  budgets.push([`${BIG_DOCUMENT_PAIRS}-pair document, whole process ≤ 1.4 s`, whole.wall <= 1.4, `${whole.wall.toFixed(2)} s wall`]);
}
console.log("\nbudgets");
for (const [name, ok, value] of budgets) console.log(`  ${ok ? "PASS" : "FAIL"}  ${name.padEnd(34)} ${value}`);

// The adversarial inputs at the limits (scripts/adversarial.ts): CPU per request, the table docs/api.md shows.
if (args.includes("--adversarial")) {
  console.log(`\nadversarial inputs at the limits (CPU of one check, ${measured})`);
  printTable(adversarialInputs().map((input) => timeInput(input, 1, { check, RULES })));
}

/**
 * --boost: sets the nice value of this session's autogroup (Linux, as root) and answers the value it had, or false
 * when it cannot. On a machine shared by other sessions (each its own autogroup, each a fair share of the cores)
 * the wall of a two-thread check mostly measures the others' load; at -20 the checks get the cores first, as on a
 * quiet machine, while their CPU time is what it was.
 */
function boost(nice: number): { was: number } | false {
  try {
    const was = Number(/nice (-?\d+)/.exec(readFileSync("/proc/self/autogroup", "utf8"))?.[1] ?? 0);
    writeFileSync("/proc/self/autogroup", String(nice));
    return { was };
  } catch {
    return false;
  }
}

/**
 * Times `node bin/translint.mjs check` as a whole process (start-up, reading, checking, printing the JSON to a
 * file) on the 6,003-pair document, built into a temp folder and removed afterwards. CPU time comes from
 * /usr/bin/time when it exists (on a busy machine it is the steadier figure).
 */
function wholeProcessCheck(runs = 3): { wall: number; cpu: number; rulesWall: number; runs: number[] } {
  const doc = writeBigDocument();
  const bin = new URL("../bin/translint.mjs", import.meta.url).pathname;
  const timed = (argv: string[]) => {
    const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
    const started = performance.now();
    const res = timeBin
      ? spawnSync(timeBin, ["-f", "TIME %U %S", process.execPath, bin, ...argv], { encoding: "utf8", maxBuffer: 1 << 30 })
      : spawnSync(process.execPath, [bin, ...argv], { encoding: "utf8", maxBuffer: 1 << 30 });
    const wall = (performance.now() - started) / 1000;
    const m = /TIME ([\d.]+) ([\d.]+)/.exec(res.stderr ?? "");
    return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : NaN };
  };
  try {
    const argv = ["check", "--source", doc.source, "--target", doc.target, "--from", "es", "--to", "en", "--output", "json"];
    const results = Array.from({ length: runs }, () => timed(argv));
    const mid = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return {
      wall: mid(results.map((r) => r.wall)),
      cpu: mid(results.map((r) => r.cpu)),
      rulesWall: timed(["rules"]).wall,
      runs: results.map((r) => r.wall),
    };
  } finally {
    rmSync(doc.dir, { recursive: true, force: true });
  }
}

/** `check` and `RULES` from the checking core bundled into one ES module (as the Worker and the CLI ship it). */
async function bundledCore(): Promise<{ check: typeof sourceCheck; RULES: typeof SOURCE_RULES }> {
  const root = new URL("../", import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), "translint-core-"));
  const outfile = join(dir, "core.mjs");
  try {
    await build({
      stdin: { contents: 'export { check } from "./src/checker"; export { RULES } from "./src/rules";', resolveDir: root, loader: "ts" },
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      // As scripts/build-cli.mjs: regular expressions with \p{…} stay literals, as wrangler bundles them.
      supported: { "regexp-unicode-property-escapes": true },
      logLevel: "warning",
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
