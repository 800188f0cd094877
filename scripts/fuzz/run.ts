// Mutation fuzzer: npm run fuzz -- [--cases N] [--seed N] [--timeout MS] [--workers K] [--start I] [--out DIR]
// Mutates corpus article pairs (../shared/corpus, read in place) and runs each mutant through the whole check in
// worker threads under a wall-clock watchdog: a case that overruns is a reported hang (its worker is killed and
// replaced), never a stalled run. Every failure is saved as JSON in --out (default fuzz-failures/, gitignored).
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { loadPairs } from "./corpus";
import { makeCase } from "./mutate";
import type { WorkerMessage } from "./worker";

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : dflt);
const cases = opt("cases", 20_000);
const seed = opt("seed", 1);
const timeout = opt("timeout", 10_000);
const workers = Math.max(1, opt("workers", Math.min(2, availableParallelism())));
const start = opt("start", 0);
const outDir = args.includes("--out") ? args[args.indexOf("--out") + 1] : "fuzz-failures";
const BATCH = 100;
const DETERMINISTIC_EVERY = 25;

const pairs = loadPairs();
const queue: { from: number; to: number }[] = [];
for (let i = start; i < start + cases; i += BATCH) queue.push({ from: i, to: Math.min(start + cases, i + BATCH) });
const counts = { done: 0, hang: 0, exception: 0, invariant: 0, nondeterministic: 0 };
let slowest = { ms: 0, index: -1 };
const t0 = performance.now();

/** Saves a failing case (inputs, mutations and what failed) so it can be replayed with --start I --cases 1. */
function saveFailure(index: number, kind: string, detail: string): void {
  mkdirSync(outDir, { recursive: true });
  const c = makeCase(pairs, seed, index);
  const file = `${outDir}/seed-${seed}-case-${index}-${kind}.json`;
  writeFileSync(file, JSON.stringify({ seed, kind, detail, ...c }, null, 2));
  console.log(`FAIL ${kind} case ${index} (${c.mutations.join(", ")}): ${detail.split("\n")[0]} -> ${file}`);
}

interface Slot {
  worker: Worker;
  range?: { from: number; to: number };
  current: number;
  since: number;
}

function spawn(): Promise<void> {
  return new Promise((resolveSlot) => {
    const slot: Slot = {
      worker: new Worker(new URL("./worker-entry.mjs", import.meta.url), { workerData: { seed, deterministicEvery: DETERMINISTIC_EVERY } }),
      current: -1,
      since: 0,
    };
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearInterval(watchdog);
      resolveSlot();
    };
    const watchdog = setInterval(
      () => {
        if (slot.current < 0 || performance.now() - slot.since <= timeout) return;
        // A hang: kill this worker, report the case, hand the rest of its batch back, and start a fresh worker.
        const index = slot.current;
        counts.hang++;
        counts.done++;
        saveFailure(index, "hang", `no answer within ${timeout} ms`);
        if (slot.range && index + 1 < slot.range.to) queue.unshift({ from: index + 1, to: slot.range.to });
        slot.current = -1;
        void slot.worker.terminate();
        spawn().then(finish);
      },
      Math.min(250, timeout / 4),
    );
    slot.worker.on("message", (m: WorkerMessage) => {
      if (m.kind === "start") {
        slot.current = m.index;
        slot.since = performance.now();
      } else if (m.kind === "done") {
        const ms = performance.now() - slot.since;
        if (ms > slowest.ms) slowest = { ms, index: m.index };
        slot.current = -1;
        counts.done++;
        if (m.failure) {
          counts[m.failure.kind]++;
          saveFailure(m.index, m.failure.kind, m.failure.detail);
        }
        if (counts.done % Math.max(1000, Math.ceil(cases / 20)) === 0) progress();
      } else {
        slot.range = queue.shift();
        if (slot.range) slot.worker.postMessage(slot.range);
        else void slot.worker.terminate().then(finish);
      }
    });
    slot.worker.on("error", (e) => {
      // A worker that cannot even start would be replaced forever: stop the run instead.
      if (slot.current < 0) throw e;
      // A crash inside a case (out of memory, stack overflow outside a try): reported against that case.
      counts.exception++;
      counts.done++;
      saveFailure(slot.current, "exception", `worker died: ${e.stack ?? e}`);
      if (slot.range && slot.current + 1 < slot.range.to) queue.unshift({ from: slot.current + 1, to: slot.range.to });
      clearInterval(watchdog);
      spawn().then(finish);
    });
  });
}

function progress(): void {
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(); // all threads of this process
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(
    `${counts.done}/${cases} cases, ${s.toFixed(1)} s wall, ${cpuS.toFixed(1)} s CPU, ${(counts.done / s).toFixed(0)}/s — hangs ${counts.hang}, exceptions ${counts.exception}, invariants ${counts.invariant}, nondeterministic ${counts.nondeterministic}`,
  );
}

console.log(
  `fuzz: ${cases} mutants from ${pairs.length} corpus article pairs, seed ${seed}, start ${start}, ${workers} workers, timeout ${timeout} ms`,
);
await Promise.all(Array.from({ length: workers }, spawn));
if (counts.done % Math.max(1000, Math.ceil(cases / 20)) !== 0) progress();
console.log(`slowest case: ${slowest.index} (${slowest.ms.toFixed(0)} ms); determinism checked on every ${DETERMINISTIC_EVERY}th case`);
const failed = counts.hang + counts.exception + counts.invariant + counts.nondeterministic;
console.log(
  failed ? `FAILED: ${failed} failing cases saved in ${outDir}/` : "ok: 0 hangs, 0 exceptions, 0 invariant failures, 0 nondeterministic",
);
process.exitCode = failed ? 1 : 0;
