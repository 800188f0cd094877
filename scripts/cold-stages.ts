// The CPU each pipeline stage and rule takes in a fresh process on the 6,003-pair document (issue 16): the split
// behind `npm run bench`'s whole-process figure, where JIT warm-up is a large share. `npm run bench` times warm
// runs; this times the first run (then, with --runs N, the later ones).
// Usage: npx tsx scripts/cold-stages.ts [--runs N] [--top K]
// CPU is user+sys of the whole process (process.cpuUsage: GC and compiler threads included) between stage
// boundaries; on a machine shared with other work it is steadier than wall time.
import { readFileSync, rmSync } from "node:fs";
import { check } from "../src/checker";
import { RULES } from "../src/rules";
import { writeBigDocument } from "./big-document";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const runs = option("--runs", 1);
const top = option("--top", 40);

const doc = writeBigDocument();
const source = readFileSync(doc.source, "utf8");
const target = readFileSync(doc.target, "utf8");
rmSync(doc.dir, { recursive: true, force: true });
const request = { source: { text: source, lang: "es" as const }, target: { text: target, lang: "en" as const } };

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
for (let run = 1; run <= runs; run++) {
  const stages: [string, number][] = [];
  let last = process.cpuUsage();
  const started = last;
  const report = check(request, RULES, (stage) => {
    stages.push([stage, cpuMs(process.cpuUsage(last))]);
    last = process.cpuUsage();
  });
  const json = JSON.stringify(report);
  const total = cpuMs(process.cpuUsage(started));
  console.log(
    `run ${run}${run === 1 ? " (cold)" : ""}: ${total.toFixed(0)} ms CPU, ${report.issues.length} issues, ${json.length} chars of JSON`,
  );
  for (const [stage, ms] of stages.sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(9)}  ${stage}`);
}
