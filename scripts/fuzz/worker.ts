// A fuzz worker thread: makes the cases it is sent, checks each one and reports; the main thread is the watchdog.
import { parentPort, workerData } from "node:worker_threads";
import { check } from "../../src/checker";
import { loadPairs } from "./corpus";
import { brokenInvariant } from "./invariants";
import { makeCase, type FuzzCase } from "./mutate";

/** Messages from a worker: it starts a case (so a hang is pinned to it), or a case's outcome. */
export type WorkerMessage =
  | { kind: "ready" }
  | { kind: "start"; index: number }
  | { kind: "done"; index: number; failure?: { kind: "exception" | "invariant" | "nondeterministic"; detail: string } };

const { seed, deterministicEvery } = workerData as { seed: number; deterministicEvery: number };
const pairs = loadPairs();
const port = parentPort!;

/** Runs one case: no exception, every invariant, and (on a sample) the same JSON twice. */
function runCase(c: FuzzCase): WorkerMessage {
  const req = { source: { text: c.source, lang: c.from }, target: { text: c.target, lang: c.to }, format: c.format };
  try {
    const report = check(req);
    const broken = brokenInvariant(report, c.source, c.target);
    if (broken) return { kind: "done", index: c.index, failure: { kind: "invariant", detail: broken } };
    if (c.index % deterministicEvery === 0 && JSON.stringify(check(req)) !== JSON.stringify(report)) {
      return { kind: "done", index: c.index, failure: { kind: "nondeterministic", detail: "a second check gave different JSON" } };
    }
    return { kind: "done", index: c.index };
  } catch (e) {
    return {
      kind: "done",
      index: c.index,
      failure: { kind: "exception", detail: e instanceof Error ? (e.stack ?? e.message) : String(e) },
    };
  }
}

port.on("message", (range: { from: number; to: number }) => {
  for (let i = range.from; i < range.to; i++) {
    port.postMessage({ kind: "start", index: i } satisfies WorkerMessage);
    port.postMessage(runCase(makeCase(pairs, seed, i)));
  }
  port.postMessage({ kind: "ready" } satisfies WorkerMessage);
});
port.postMessage({ kind: "ready" } satisfies WorkerMessage);
