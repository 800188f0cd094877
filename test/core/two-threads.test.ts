// The check on two threads (src/cli/two-threads.ts) against the plain check: same report, byte for byte.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { alignCheck, finishCheck, issuesBeforeAlignment, issuesByRule, prepareCheck, segmentCheck } from "../../src/check/check";
import { check } from "../../src/checker";
import { checkOnTwoThreads, DOCUMENT_RULES, MEMO_FIRST_RULES, reportOnTwoThreads, TWO_THREADS_FROM } from "../../src/cli/two-threads";
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

  it("runs a rule of MEMO_FIRST_RULES again after the alignment with the issues a fresh check finds", () => {
    const unmark = (t: string) => t.replace(/<\/?marker>/g, "");
    const requests: CheckRequest[] = [longPair(20_000)];
    for (const rule of RULES.filter((r) => MEMO_FIRST_RULES.has(r.meta.id))) {
      for (const ex of [...rule.examples.good, ...rule.examples.bad]) {
        const side = (text: string, lang: LocaleTag) => ({ text: unmark(text), lang });
        requests.push({ source: side(ex.source, ex.from), target: side(ex.target, ex.to), format: ex.format, options: ex.options });
      }
    }
    const mine = (k: number) => MEMO_FIRST_RULES.has(RULES[k].meta.id);
    for (const req of requests) {
      const segmented = segmentCheck(req);
      for (const rule of RULES.filter((r) => MEMO_FIRST_RULES.has(r.meta.id))) issuesBeforeAlignment(rule, segmented.documents);
      const after = issuesByRule(RULES, alignCheck(segmented).context, undefined, mine);
      const fresh = issuesByRule(RULES, prepareCheck(req).context, undefined, mine);
      expect(JSON.stringify(after)).toBe(JSON.stringify(fresh));
    }
    // The long pair's pronouns were read before the alignment, into the memo the rule found after it.
    const segmented = segmentCheck(requests[0]);
    issuesBeforeAlignment(RULES.find((r) => r.meta.id === "pronoun-gender")!, segmented.documents);
    expect(segmented.documents.memo.englishPronouns).toBeTruthy();
  });

  it("checks a short pair on one thread", () => {
    const req = longPair(2_000);
    expect(JSON.stringify(checkOnTwoThreads(req))).toBe(JSON.stringify(check(req)));
  });
});

// bin/translint.mjs starts the check's worker before the bundle loads when both files hold TWO_THREADS_FROM bytes.
const ROOT = new URL("../../", import.meta.url).pathname;
const BUILT = existsSync(join(ROOT, "dist/translint.cjs"));

describe.skipIf(!BUILT)("translint check of two long files (a worker started early)", { timeout: 120_000 }, () => {
  /** `translint check` of the pair written to files: its stdout, and check()'s report as the CLI prints it. */
  function viaCli(req: CheckRequest, from = "es"): { out: string; expected: string; status: number | null } {
    const dir = mkdtempSync(join(tmpdir(), "translint-early-"));
    try {
      writeFileSync(join(dir, "source.txt"), req.source.text);
      writeFileSync(join(dir, "target.txt"), req.target.text);
      const args = ["check", "--source", join(dir, "source.txt"), "--target", join(dir, "target.txt"), "--from", from, "--to", "en"];
      const res = spawnSync(process.execPath, [join(ROOT, "bin/translint.mjs"), ...args, "--output", "json"], {
        encoding: "utf8",
        timeout: 60_000,
      });
      return { out: res.stdout, expected: from === "es" ? `${JSON.stringify(check(req), null, 2)}\n` : "", status: res.status };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("answers check()'s report, on two threads and when the pair stays on one", () => {
    const bin = readFileSync(join(ROOT, "bin/translint.mjs"), "utf8");
    expect(Number(/const TWO_THREADS_FROM = ([\d_]+);/.exec(bin)?.[1].replaceAll("_", ""))).toBe(TWO_THREADS_FROM);
    const long = longPair(TWO_THREADS_FROM);
    const run = viaCli(long);
    expect(run.out).toBe(run.expected);
    // Fewer characters than TWO_THREADS_FROM in more bytes: the worker started early is ended, one thread checks.
    const short = longPair(TWO_THREADS_FROM * 0.6);
    short.target.text += `\n\n${"ñéñéñéñé ".repeat(5_000)}`;
    const chars = short.source.text.length + short.target.text.length;
    const bytes = Buffer.byteLength(short.source.text) + Buffer.byteLength(short.target.text);
    expect(chars < TWO_THREADS_FROM && bytes >= TWO_THREADS_FROM).toBe(true);
    const one = viaCli(short);
    expect(one.out).toBe(one.expected);
  });

  it("ends at once with a usage error, the worker started early unused", () => {
    const run = viaCli(longPair(TWO_THREADS_FROM), "xx");
    expect(run.status).toBe(2);
    expect(run.out).toBe("");
  });
});
