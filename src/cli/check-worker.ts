// Worker thread of a check on two threads (src/cli/two-threads.ts): segments the pair, takes the main thread's
// alignment, runs every rule it can claim, answers their issues and raises its "done" flag.
import { receiveMessageOnPort, workerData } from "node:worker_threads";
import type { Bead, Issue } from "../types";
import { issuesByRule, prepareCheck, type PreparedCheck } from "../check/check";
import { RULES } from "../rules";
import { claimRule, raiseFlag, waitForFlag, type CheckWorkerAnswer, type CheckWorkerData } from "./two-threads";

const { req, claims, port } = workerData as CheckWorkerData;

let answer: CheckWorkerAnswer;
try {
  // Segments while the main thread aligns, then takes its alignment.
  const prepared = prepareCheck(req, undefined, undefined, () => alignmentFromMain());
  raiseFlag(claims, "ready");
  answer = { byRule: fromTheEnd(prepared.context) };
} catch (err) {
  answer = { error: err instanceof Error ? err.message : String(err) };
  raiseFlag(claims, "ready");
}
port.postMessage(answer);
raiseFlag(claims, "done");
port.close();

/** The main thread's alignment: waits for its "aligned" flag (in short waits, so that terminating this thread works). */
function alignmentFromMain(): Bead[] {
  for (;;) {
    const received = receiveMessageOnPort(port);
    if (received) return received.message as Bead[];
    waitForFlag(claims, "aligned", 50);
  }
}

/**
 * Runs the rules this thread claims, from the last rule of the registry back (the main thread claims from the
 * first on): rules next to each other share memos (coverage rules the aligner's anchor keys, name rules their
 * capitalised words), so each memo is mostly worked out on one thread. By rule index, as `issuesByRule` answers.
 */
function fromTheEnd(context: PreparedCheck["context"]): Issue[][] {
  const last = RULES.length - 1;
  const reversed = RULES.slice().reverse();
  return issuesByRule(reversed, context, undefined, (j) => claimRule(claims, last - j)).reverse();
}
