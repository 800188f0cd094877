import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** Inputs that once made a check loop forever (issue 10, defect 1), as [from, to, source, target]. */
const ONCE_HUNG: [string, string, string, string][] = [
  ["es", "en", "¿Quién pagará la factura de la carretera? Nadie lo sabe.", "Who will pay the bill for the road?? Nobody knows."],
  ["es", "en", "¿Quién pagará la factura? Nadie lo sabe.", "Who will pay the bill!?!? Nobody knows."],
  ["en", "es", "Who will pay the bill? Nobody knows.", "¿Quién pagará la factura??? Nadie lo sabe."],
];

/** The checks run in a child process with a wall-clock limit, so a regression fails this test instead of stalling the run. */
const SCRIPT = `
import { check } from "./src/checker.ts";
const cases = JSON.parse(process.argv[1]);
const out = cases.map(([from, to, s, t]) => check({ source: { text: s, lang: from }, target: { text: t, lang: to } }).issues.map((i) => i.ruleId));
process.stdout.write(JSON.stringify(out));
`;

describe("checks that once hung", () => {
  it("return, and still see the doubled marks", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SCRIPT, JSON.stringify(ONCE_HUNG)], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    const ruleIds: string[][] = JSON.parse(run.stdout);
    expect(ruleIds).toHaveLength(ONCE_HUNG.length);
    for (const ids of ruleIds) expect(ids).toContain("doubled-punctuation");
  }, 60_000);
});
