// `translint check` on a long article pair, on two threads: the main thread segments and aligns while the worker
// thread segments too and runs the rules that need no alignment (DOCUMENT_RULES); the worker then takes the main
// thread's alignment (instead of finding it again) and both run the rules, each claiming the next rule no thread has
// claimed (the main thread from the first rule on, the worker from the last back). The report is the one `check()` makes: each rule runs whole on one thread, and its issues
// join the others in rule order, as `check()` gathers them. Node only (the Cloudflare Worker checks on one thread).
import { availableParallelism } from "node:os";
import { MessageChannel, type MessagePort, receiveMessageOnPort, type Worker } from "node:worker_threads";
import { finishCheck, issuesByRule, prepareCheck, reportSegments, type PreparedCheck } from "../check/check";
import { check } from "../checker";
import { RULES } from "../rules";
import type { CheckRequest, Issue, Report } from "../types";
import { cliWorker } from "./cli-worker";
import { fieldJson, setFieldsAhead } from "./report-json";

/** Below this many characters (both sides) one thread is faster: starting a worker costs about 0.15 s of CPU. */
export const TWO_THREADS_FROM = 200_000;

/**
 * The rules that read the two documents only, never the alignment: the worker runs those it can claim while the
 * main thread is still aligning (it has segmented by then and would otherwise wait). Only a matter of speed: a rule
 * listed here that does read the alignment stops with `NotAligned` and runs again once the alignment is in.
 */
export const DOCUMENT_RULES: ReadonlySet<string> = new Set([
  "inverted-marks",
  "punctuation-spacing",
  "repeated-word",
  "quote-style",
  "dash-style",
  "invisible-characters",
]);

/**
 * Rules that read the documents alone for a long while before they first read the alignment, and keep what they
 * worked out in the check's memo (pronoun-gender into English: the target's pronouns, people and referents, see
 * src/rules/pronoun-gender/target-pronouns.ts). The worker starts those it can claim before the alignment too, once
 * it has run DOCUMENT_RULES: each stops with `NotAligned` when it first reads the alignment and runs again once the
 * alignment is in, finding its memo filled. Only a matter of speed, as DOCUMENT_RULES.
 */
export const MEMO_FIRST_RULES: ReadonlySet<string> = new Set(["pronoun-gender"]);

/** What the worker thread is handed: the request, the claims of the rules and the port it answers on. */
export interface CheckWorkerData {
  req: CheckRequest;
  /** One Int32 per rule (1 once a thread claimed it), then the flags `FLAGS` name. */
  claims: Int32Array;
  port: MessagePort;
}

/** The worker's answer: the issues of the rules it ran, by rule index, or the error that stopped it. */
export type CheckWorkerAnswer = { byRule: Issue[][] } | { error: string };

/** Claims rules[k] for the calling thread: true for the first thread that asks. */
export function claimRule(claims: Int32Array, k: number): boolean {
  return Atomics.compareExchange(claims, k, 0, 1) === 0;
}

/**
 * The flags after the claims: the worker is done, the worker is ready to claim, the main thread has aligned, the
 * worker has run the rules it runs before the alignment.
 */
const FLAGS = ["done", "ready", "aligned", "early"] as const;
type Flag = (typeof FLAGS)[number];
const flagAt = (claims: Int32Array, which: Flag) => claims.length - FLAGS.length + FLAGS.indexOf(which);

/** Raises flag `which` and wakes a thread waiting for it. */
export function raiseFlag(claims: Int32Array, which: Flag): void {
  Atomics.store(claims, flagAt(claims, which), 1);
  Atomics.notify(claims, flagAt(claims, which));
}

/** Whether flag `which` is raised (without waiting). */
export function isRaised(claims: Int32Array, which: Flag): boolean {
  return Atomics.load(claims, flagAt(claims, which)) === 1;
}

/** Waits until flag `which` is raised, `ms` at most; false when it is not. */
export function waitForFlag(claims: Int32Array, which: Flag, ms: number): boolean {
  return Atomics.wait(claims, flagAt(claims, which), 0, ms) !== "timed-out";
}

/**
 * Waits until the worker raises flag `which`. A worker that dies (out of memory) raises nothing, and a blocked
 * thread cannot hear of it: ten minutes, far beyond any rule's time, end the wait with an error.
 */
function awaitWorker(claims: Int32Array, which: Flag): void {
  if (!waitForFlag(claims, which, 600_000)) throw new Error(`the check's worker thread was not ${which} in ten minutes`);
}

/**
 * The report of `check(req)`, worked out on two threads when the pair is long and the machine has two cores. The
 * worker only helps: the main thread runs every rule the worker has not claimed, so a worker that fails to start
 * leaves the whole check to the main thread, and only a worker that claimed a rule is waited for.
 */
export function checkOnTwoThreads(req: CheckRequest): Report {
  if (req.source.text.length + req.target.text.length < TWO_THREADS_FROM || availableParallelism() < 2) {
    void takeEarlyWorker()?.worker.terminate();
    return check(req);
  }
  return reportOnTwoThreads(req).report;
}

/**
 * `checkOnTwoThreads` on any pair, with the ids of the rules the worker ran. `waitForWorker` (for tests) holds the
 * alignment back until the worker has run its DOCUMENT_RULES, and the main thread's rules until it is ready to claim.
 */
export function reportOnTwoThreads(req: CheckRequest, waitForWorker = false): { report: Report; workerRan: string[] } {
  const claims = new Int32Array(new SharedArrayBuffer(4 * (RULES.length + FLAGS.length)));
  const { port1, port2 } = new MessageChannel();
  const worker = spawnCheckWorker({ req, claims, port: port2 });
  try {
    const prepared = prepareCheck(req);
    if (waitForWorker) awaitWorker(claims, "early");
    port1.postMessage(prepared.context.alignment);
    raiseFlag(claims, "aligned");
    if (waitForWorker) awaitWorker(claims, "ready");
    const mine = new Set<number>();
    const take = (k: number) => {
      if (!claimRule(claims, k)) return false;
      mine.add(k);
      return true;
    };
    const byRule = issuesByRule(RULES, prepared.context, undefined, take);
    const ran = RULES.flatMap((_, k) => (claims[k] && !mine.has(k) ? [k] : []));
    // While the worker still runs its last rules, this thread writes the report's segments and alignment as JSON.
    const ahead = ran.length && !isRaised(claims, "done") ? jsonAhead(prepared.context) : undefined;
    const theirs = ran.length ? answerOf(claims, port1) : [];
    const issues = byRule.flatMap((own, k) => (mine.has(k) ? own : (theirs[k] ?? [])));
    const report = finishCheck(prepared, issues, RULES, undefined, ahead?.segments);
    if (ahead) setFieldsAhead(report, ahead.fields);
    return { report, workerRan: ran.map((k) => RULES[k].meta.id) };
  } finally {
    port1.close();
    void worker.terminate();
  }
}

/** The report's segments, and the JSON text of its segments and alignment (src/cli/report-json.ts `reportJson`). */
function jsonAhead(context: PreparedCheck["context"]): { segments: Report["segments"]; fields: Map<string, string> } {
  const segments = reportSegments(context);
  const fields = new Map([
    ["segments", fieldJson("segments", segments)],
    ["alignment", fieldJson("alignment", context.alignment)],
  ]);
  return { segments, fields };
}

/** Blocks until the worker is done, then reads its answer. */
function answerOf(claims: Int32Array, port: MessagePort): Issue[][] {
  awaitWorker(claims, "done");
  const answer = receiveMessageOnPort(port)?.message as CheckWorkerAnswer | undefined;
  if (!answer) throw new Error("the check's worker thread answered nothing");
  if ("error" in answer) throw new Error(`the check's worker thread failed: ${answer.error}`);
  return answer.byRule;
}

/**
 * A check worker bin/translint.mjs started before the bundle loaded (for `check` of two long files), waiting for its
 * data: `port` takes it, then `signal[0]` is set to 1 and notified. Taken once.
 */
export interface EarlyCheckWorker {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}
const EARLY_WORKER = Symbol.for("translint.earlyCheckWorker");

/** The check worker bin/translint.mjs started early, if it did and no check has taken it yet. */
export function takeEarlyWorker(): EarlyCheckWorker | undefined {
  const holder = globalThis as { [EARLY_WORKER]?: EarlyCheckWorker };
  const early = holder[EARLY_WORKER];
  delete holder[EARLY_WORKER];
  return early;
}

/** The worker thread (src/cli/check-worker.ts): the one started early, else the bundle's, else the TypeScript one through tsx. */
function spawnCheckWorker(data: CheckWorkerData): Worker {
  const early = takeEarlyWorker();
  if (early) {
    early.port.postMessage(data, [data.port]);
    early.port.close();
    Atomics.store(early.signal, 0, 1);
    Atomics.notify(early.signal, 0);
    return early.worker;
  }
  const worker = cliWorker("check", "./check-worker-tsx.mjs", { workerData: data, transferList: [data.port] });
  // A worker that cannot start claims no rule: the main thread runs them all, and the report is whole.
  worker.on("error", () => {});
  return worker;
}
