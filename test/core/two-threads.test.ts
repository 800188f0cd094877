// The check on two threads (src/cli/two-threads.ts) against the plain check: same report, byte for byte.
import { describe, expect, it } from "vitest";
import { finishCheck, issuesByRule, prepareCheck } from "../../src/check/check";
import { check } from "../../src/checker";
import { checkOnTwoThreads, reportOnTwoThreads, TWO_THREADS_FROM } from "../../src/cli/two-threads";
import { RULES } from "../../src/rules";
import type { CheckRequest } from "../../src/types";
import { syntheticPair } from "../worker/batch-pairs";

// Sentences written for this test, each with a slip some rule flags (a pronoun, a name, an acronym, a number).
const EXTRA: [string, string][] = [
  ["La ministra Ana Robles dijo que ella apoyará el plan.", "Minister Ana Robles said he will support the plan."],
  ["La OTAN celebró una cumbre en Lisboa.", "The alliance held a summit in Lisbon."],
  ["El informe no recoge ninguna queja.", "The report records a complaint."],
  ["Se vendieron 3,5 millones de entradas.", "Some 3.6 million tickets were sold."],
];

/** A long es->en pair: synthetic articles joined until both sides together pass `length` characters. */
function longPair(length: number): CheckRequest {
  const source: string[] = [];
  const target: string[] = [];
  for (let i = 0, size = 0; size < length; i++) {
    const p = syntheticPair(i);
    const [es, en] = EXTRA[i % EXTRA.length];
    source.push(p.source.text, es);
    target.push(p.target.text, en);
    size += p.source.text.length + p.target.text.length + es.length + en.length;
  }
  return { source: { text: source.join("\n\n"), lang: "es" }, target: { text: target.join("\n\n"), lang: "en" } };
}

describe("check on two threads", { timeout: 120_000 }, () => {
  it("joins the issues of rules run apart in rule order: the report check() makes", () => {
    const req = longPair(20_000);
    req.options = { rules: { "repeated-word": "off" } };
    const prepared = prepareCheck(req);
    const even = issuesByRule(RULES, prepared.context, undefined, (k) => k % 2 === 0);
    const odd = issuesByRule(
      RULES,
      prepareCheck(req, undefined, undefined, () => prepared.context.alignment).context,
      undefined,
      (k) => k % 2 === 1,
    );
    const issues = even.flatMap((own, k) => (k % 2 === 0 ? own : odd[k]));
    expect(JSON.stringify(finishCheck(prepared, issues, RULES))).toBe(JSON.stringify(check(req)));
  });

  it("answers the report check() makes on a pair long enough for the worker thread", () => {
    const req = longPair(TWO_THREADS_FROM);
    const report = check(req);
    expect(new Set(report.issues.map((i) => i.ruleId)).size).toBeGreaterThan(3);
    expect(JSON.stringify(checkOnTwoThreads(req))).toBe(JSON.stringify(report));
    const { report: again, workerRan } = reportOnTwoThreads(req, true);
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
    expect(workerRan.length).toBeGreaterThan(0); // the worker thread did share the rules
  });

  it("checks a short pair on one thread", () => {
    const req = longPair(2_000);
    expect(JSON.stringify(checkOnTwoThreads(req))).toBe(JSON.stringify(check(req)));
  });
});
