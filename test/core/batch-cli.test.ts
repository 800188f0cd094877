import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkItemLine } from "../../src/cli/batch-line";
import { doneIds } from "../../src/cli/batch";
import { progressLine } from "../../src/cli/progress";
import { check } from "../../src/checker";
import type { CheckRequest } from "../../src/types";
import { syntheticPair } from "../worker/batch-pairs";

const dir = mkdtempSync(join(tmpdir(), "translint-batch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BIN = new URL("../../bin/translint.mjs", import.meta.url).pathname;
const items = Array.from({ length: 12 }, (_, i) => ({ ...syntheticPair(i), meta: { id: `art-${i}` } }));

/** Runs `translint batch` from another working directory (the bundle, or the sources when it is stale). */
function run(...args: string[]) {
  return spawnSync(process.execPath, [BIN, "batch", ...args], { encoding: "utf8", timeout: 120_000, cwd: tmpdir() });
}

describe("translint batch", { timeout: 120_000 }, () => {
  it("checks every pair on worker threads, writes one line per article and exits by the worst verdict", () => {
    const input = join(dir, "pairs.jsonl");
    const out = join(dir, "reports.ndjson");
    writeFileSync(input, items.map((i) => JSON.stringify(i)).join("\n"));
    const res = run(input, "--out", out, "--jobs", "2");
    expect(res.stderr).not.toMatch(/\[#/); // no progress bar when stderr is not a terminal
    const lines = readFileSync(out, "utf8").trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l).id).sort()).toEqual(items.map((i) => i.meta.id).sort());
    for (const line of lines) {
      const { id } = JSON.parse(line) as { id: string };
      const { meta: _m, ...request } = items.find((i) => i.meta.id === id)!;
      expect(line).toBe(`{"id":${JSON.stringify(id)},"report":${JSON.stringify(check(request as CheckRequest))}}`);
    }
    const blocked = lines.some((l) => JSON.parse(l).report.summary.verdict === "block");
    expect(blocked).toBe(true);
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/^checked\s+12$/m);
    expect(res.stdout).toMatch(/^threads\s+2$/m);
  });

  it("--help prints the batch usage and exits 0 without checking anything", () => {
    const res = run("--help");
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^Usage: translint batch <pairs\.jsonl\|folder>/);
    expect(res.stdout).toContain("--jobs <N>");
    expect(res.stderr).not.toContain("unknown option");
  });

  it("resumes: ids already in the output are skipped, and a line cut short is dropped and redone", () => {
    const input = join(dir, "pairs.jsonl");
    const out = join(dir, "resume.ndjson");
    const full = readFileSync(join(dir, "reports.ndjson"), "utf8").split("\n");
    writeFileSync(out, `${full.slice(0, 5).join("\n")}\n${full[5].slice(0, 40)}`);
    const res = run(input, "--out", out, "--jobs", "2");
    expect(res.stdout).toMatch(/^checked\s+7$/m);
    expect(res.stdout).toMatch(/^skipped \(already in output\)\s+5$/m);
    const ids = readFileSync(out, "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l).id);
    expect(ids.sort()).toEqual(items.map((i) => i.meta.id).sort());
  });

  it("reports an invalid item as failed with the API's error, and exits 2", () => {
    const input = join(dir, "bad.jsonl");
    writeFileSync(input, `${JSON.stringify(items[0])}\n${JSON.stringify({ ...items[1], target: { text: " ", lang: "en" } })}\n`);
    const out = join(dir, "bad.ndjson");
    const res = run(input, "--out", out);
    expect(res.status).toBe(2);
    const failed = readFileSync(out, "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l))
      .find((l) => l.error);
    expect(failed).toEqual({ id: "art-1", error: { code: "empty_text", message: '"target.text" is empty.' } });
  });

  it("refuses duplicate ids and a missing input with exit 2", () => {
    const input = join(dir, "dup.jsonl");
    writeFileSync(input, `${JSON.stringify(items[0])}\n${JSON.stringify(items[0])}\n`);
    const dup = run(input, "--out", join(dir, "dup.ndjson"));
    expect(dup.status).toBe(2);
    expect(dup.stderr).toMatch(/"art-0" appears twice/);
    expect(run(join(dir, "nope.jsonl")).status).toBe(2);
  });
});

describe("batch helpers", () => {
  it("a batch line holds exactly the report /v1/check answers (JSON.stringify of check())", () => {
    const { line } = checkItemLine("x", items[3]);
    const { meta: _m, ...request } = items[3];
    expect(line).toBe(`{"id":"x","report":${JSON.stringify(check(request as CheckRequest))}}`);
  });

  it("doneIds reads finished ids and truncates a partial last line", () => {
    const out = join(dir, "partial.ndjson");
    writeFileSync(out, '{"id":"a"}\n{"id":"b"}\n{"id":"c');
    expect([...doneIds(out)]).toEqual(["a", "b"]);
    expect(readFileSync(out, "utf8")).toBe('{"id":"a"}\n{"id":"b"}\n');
  });

  it("the progress line shows the count, share, rate and time left", () => {
    expect(progressLine(50, 200, 10_000, 10)).toBe("[###-------] 50/200  25%  5.0/s  ETA 30s");
  });
});
