// Worker thread of a check on two threads (src/cli/two-threads.ts): segments the pair, runs the rules that need no
// alignment while the main thread aligns, takes the main thread's alignment, runs every other rule it can claim,
// answers their issues and raises its "done" flag.
import { receiveMessageOnPort, workerData } from "node:worker_threads";
import type { Bead, Issue } from "../types";
import { alignCheck, issuesBeforeAlignment, issuesByRule, segmentCheck, type PreparedCheck, type SegmentedCheck } from "../check/check";
import { RULES } from "../rules";
import {
  claimRule,
  DOCUMENT_RULES,
  isRaised,
  MEMO_FIRST_RULES,
  raiseFlag,
  waitForFlag,
  type CheckWorkerAnswer,
  type CheckWorkerData,
  type EarlyCheckWorker,
} from "./two-threads";

const { req, claims, port } = dataOf(workerData as CheckWorkerData | { early: Pick<EarlyCheckWorker, "port" | "signal"> });

let answer: CheckWorkerAnswer;
try {
  // Segments and runs the rules that need no alignment while the main thread aligns, then takes its alignment.
  const segmented = segmentCheck(req);
  const early = beforeAlignment(segmented);
  raiseFlag(claims, "early");
  const prepared = alignCheck(segmented, undefined, () => alignmentFromMain());
  raiseFlag(claims, "ready");
  answer = { byRule: fromTheEnd(prepared.context, early) };
} catch (err) {
  answer = { error: err instanceof Error ? err.message : String(err) };
  raiseFlag(claims, "early");
  raiseFlag(claims, "ready");
}
port.postMessage(answer);
raiseFlag(claims, "done");
port.close();

/**
 * This worker's data: given at its start, or, for a worker bin/translint.mjs started early, posted on its port
 * when the check starts (waited for in short waits, so that terminating this thread works).
 */
function dataOf(data: CheckWorkerData | { early: Pick<EarlyCheckWorker, "port" | "signal"> }): CheckWorkerData {
  if (!("early" in data)) return data;
  const { port: early, signal } = data.early;
  for (;;) {
    const received = receiveMessageOnPort(early);
    if (received) {
      early.close();
      return received.message as CheckWorkerData;
    }
    Atomics.wait(signal, 0, 0, 50);
  }
}

/** The main thread's alignment: waits for its "aligned" flag (in short waits, so that terminating this thread works). */
function alignmentFromMain(): Bead[] {
  for (;;) {
    const received = receiveMessageOnPort(port);
    if (received) return received.message as Bead[];
    waitForFlag(claims, "aligned", 50);
  }
}

/**
 * Runs the rules of DOCUMENT_RULES, then of MEMO_FIRST_RULES, this thread claims, each list from the last back, until
 * the main thread has aligned: their issues by rule index, and null for a rule that read the alignment (it runs again
 * with it).
 */
function beforeAlignment(segmented: SegmentedCheck): Map<number, Issue[] | null> {
  const early = new Map<number, Issue[] | null>();
  for (const list of [DOCUMENT_RULES, MEMO_FIRST_RULES]) {
    for (let k = RULES.length - 1; k >= 0 && !isRaised(claims, "aligned"); k--) {
      if (list.has(RULES[k].meta.id) && claimRule(claims, k)) early.set(k, issuesBeforeAlignment(RULES[k], segmented.documents));
    }
  }
  return early;
}

/**
 * Runs the rules this thread claims, from the last rule of the registry back (the main thread claims from the
 * first on): rules next to each other share memos (coverage rules the aligner's anchor keys, name rules their
 * capitalised words), so each memo is mostly worked out on one thread. The rules run before the alignment keep
 * their issues (one that read the alignment runs again). By rule index, as `issuesByRule` answers.
 */
function fromTheEnd(context: PreparedCheck["context"], early: Map<number, Issue[] | null>): Issue[][] {
  const last = RULES.length - 1;
  const reversed = RULES.slice().reverse();
  const take = (k: number) => (early.has(k) ? early.get(k) === null : claimRule(claims, k));
  const byRule = issuesByRule(reversed, context, undefined, (j) => take(last - j)).reverse();
  for (const [k, issues] of early) if (issues) byRule[k] = issues;
  return byRule;
}
