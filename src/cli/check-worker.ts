// Worker thread of a check on two threads (src/cli/two-threads.ts): waits for the main thread's alignment,
// runs every rule it can claim, answers their issues and sets its "done" flag.
import { workerData } from "node:worker_threads";
import type { Bead, Issue } from "../types";
import { issuesByRule, prepareCheck, type PreparedCheck } from "../check/check";
import { RULES } from "../rules";
import { claimRule, raiseFlag, type CheckWorkerAnswer, type CheckWorkerData } from "./two-threads";

const { req, claims, port } = workerData as CheckWorkerData;

port.once("message", (alignment: Bead[]) => {
  let answer: CheckWorkerAnswer;
  try {
    // Nothing to segment for when the main thread has claimed every rule already.
    const left = RULES.some((_, k) => claims[k] === 0);
    const prepared = left ? prepareCheck(req, undefined, undefined, alignment) : null;
    raiseFlag(claims, "ready");
    answer = { byRule: prepared ? fromTheEnd(prepared.context) : [] };
  } catch (err) {
    answer = { error: err instanceof Error ? err.message : String(err) };
    raiseFlag(claims, "ready");
  }
  port.postMessage(answer);
  raiseFlag(claims, "done");
  port.close();
});

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
