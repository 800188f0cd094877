// The check on two threads (src/cli/two-threads.ts) against the plain check: same report, byte for byte.
import { describe, expect, it } from "vitest";
import { alignCheck, finishCheck, issuesBeforeAlignment, issuesByRule, prepareCheck, segmentCheck } from "../../src/check/check";
import { check } from "../../src/checker";
import { checkOnTwoThreads, DOCUMENT_RULES, reportOnTwoThreads, TWO_THREADS_FROM } from "../../src/cli/two-threads";
import { RULES } from "../../src/rules";
import type { CheckRequest, LocaleTag } from "../../src/types";
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
    expect(workerRan.length).toBeGreaterThan(DOCUMENT_RULES.size); // the worker thread did share the rules
    // Held back until the worker had run them, the rules that need no alignment all ran there, before it.
    expect(workerRan).toEqual(expect.arrayContaining([...DOCUMENT_RULES]));
  });

  it("runs the rules of DOCUMENT_RULES before the alignment with the issues they find after it", () => {
    const unmark = (t: string) => t.replace(/<\/?marker>/g, "");
    const requests: CheckRequest[] = [longPair(20_000)];
    for (const rule of RULES.filter((r) => DOCUMENT_RULES.has(r.meta.id))) {
      for (const ex of [...rule.examples.good, ...rule.examples.bad]) {
        const side = (text: string, lang: LocaleTag) => ({ text: unmark(text), lang });
        requests.push({ source: side(ex.source, ex.from), target: side(ex.target, ex.to), format: ex.format, options: ex.options });
      }
    }
    expect(DOCUMENT_RULES.size).toBeGreaterThan(0);
    for (const req of requests) {
      const segmented = segmentCheck(req);
      const early = RULES.map((rule) => (DOCUMENT_RULES.has(rule.meta.id) ? issuesBeforeAlignment(rule, segmented.documents) : null));
      const after = issuesByRule(RULES, alignCheck(segmented).context);
      RULES.forEach((rule, k) => {
        if (DOCUMENT_RULES.has(rule.meta.id)) expect(JSON.stringify(early[k]), rule.meta.id).toBe(JSON.stringify(after[k]));
      });
    }
  });

  it("drops what a rule found before the alignment when it reads the alignment", () => {
    const segmented = segmentCheck(longPair(20_000));
    const reading = RULES.filter((r) => ["omission", "number-mismatch", "pronoun-gender"].includes(r.meta.id));
    expect(reading.length).toBe(3);
    for (const rule of reading) expect(issuesBeforeAlignment(rule, segmented.documents), rule.meta.id).toBeNull();
  });

  it("checks a short pair on one thread", () => {
    const req = longPair(2_000);
    expect(JSON.stringify(checkOnTwoThreads(req))).toBe(JSON.stringify(check(req)));
  });
});
