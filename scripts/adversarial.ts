// Times the core on adversarial inputs at the documented limits (200,000 characters and 5,000 sentences per side):
// reordered repetitive blocks, one huge sentence of repeated dates/times/acronyms/numerals, 5,000 short sentences.
// Usage: npm run adversarial [-- --only NAME] (also run by npm run bench). Prints one row per input: CPU time of
// one check (median of --runs, default 3), issues, answer size, and the slowest stage. With --http, the same inputs
// go through wrangler dev, POST /v1/check and every hook (scripts/adversarial-http.ts).
import { check } from "../src/checker";
import type { Lang } from "../src/types";
import { RULES } from "../src/rules";
import { DEFAULT_MAX_CHARS_PER_SIDE as MAX_CHARS, DEFAULT_MAX_SENTENCES_PER_SIDE as MAX_SENTENCES } from "../src/worker/limits";
import { sentenceLimitGuard } from "../src/worker/validate";

/** One adversarial input: a language pair and both texts. */
export interface Input {
  name: string;
  from: Lang;
  to: Lang;
  source: string;
  target: string;
}

/** `unit` repeated up to the character limit (whole units only). */
const fill = (unit: string) => unit.repeat(Math.floor(MAX_CHARS / unit.length)).trimEnd();
const lines = (n: number, f: (k: number) => string) => Array.from({ length: n }, (_, k) => f(k));

/** The adversarial inputs of issue 10 (defect 6), each at the limits. */
export function adversarialInputs(): Input[] {
  const es = lines(2500, (k) => `El consejo aprobó el plan número ${k + 1} ayer.`);
  const en = lines(2500, (k) => `The council approved plan number ${k + 1} yesterday.`);
  const sameEs = lines(2500, () => "El consejo aprobó el plan ayer por la tarde.");
  const sameEn = lines(2500, () => "The council approved the plan yesterday afternoon.");
  return [
    { name: "2x2,500 lines, target reversed", from: "es", to: "en", source: es.join("\n"), target: [...en].reverse().join("\n") },
    {
      name: "2x2,500 identical lines, reversed",
      from: "es",
      to: "en",
      source: sameEs.join("\n"),
      target: [...sameEn].reverse().join("\n"),
    },
    { name: "2,500 paragraphs, target reversed", from: "es", to: "en", source: es.join("\n\n"), target: [...en].reverse().join("\n\n") },
    {
      name: "200k chars: el 3 de mayo de 2024",
      from: "es",
      to: "en",
      source: fill("el 3 de mayo de 2024 "),
      target: fill("on May 3, 2024 "),
    },
    {
      name: "200k chars: same date both sides",
      from: "es",
      to: "en",
      source: fill("el 3 de mayo de 2024 "),
      target: fill("el 3 de mayo de 2024 "),
    },
    { name: "200k chars: 10.30 h 10:30", from: "es", to: "en", source: fill("10.30 h 10:30 "), target: fill("10:30 a.m. 10.30 ") },
    {
      name: "200k chars: la OIM, la ONU y el FMI",
      from: "es",
      to: "en",
      source: fill("la OIM, la ONU y el FMI "),
      target: fill("the IOM, the UN and the IMF "),
    },
    {
      name: "200k chars: acronyms both sides",
      from: "en",
      to: "es",
      source: fill("la OIM, la ONU y el FMI "),
      target: fill("la OIM, la ONU y el FMI "),
    },
    {
      name: "200k chars: Roman numerals",
      from: "es",
      to: "en",
      source: fill("XIV XLII MMXXIV Juan Pablo II "),
      target: fill("XIV XLIII MMXXV John Paul II "),
    },
    { name: "200k chars: numbers 1.500,5", from: "es", to: "en", source: fill("1.500,5 "), target: fill("1,500.6 ") },
    {
      name: "5,000 short sentences",
      from: "es",
      to: "en",
      source: lines(MAX_SENTENCES, (k) => `Sí ${k % 10}.`).join(" "),
      target: lines(MAX_SENTENCES, (k) => `Yes ${k % 7}.`).join(" "),
    },
    {
      name: "5,000 questions ??",
      from: "es",
      to: "en",
      source: lines(MAX_SENTENCES, () => "¿Quién?").join(" "),
      target: lines(MAX_SENTENCES, () => "Who??").join(" "),
    },
    {
      name: "5,000 lines «Sr. EE. UU.»",
      from: "es",
      to: "en",
      source: lines(MAX_SENTENCES, () => "«Sr. López, EE. UU.")
        .join("\n")
        .slice(0, MAX_CHARS),
      target: lines(MAX_SENTENCES, () => "“Mr. Lopez, U.S.")
        .join("\n")
        .slice(0, MAX_CHARS),
    },
  ];
}

interface Row {
  name: string;
  ms: number;
  issues: number | string;
  kb: number;
  stage: string;
  stageShare: number;
}

/** The core a timing runs: the TypeScript sources (as here), or the bundled core that `npm run bench` times. */
export interface Core {
  check: typeof check;
  RULES: typeof RULES;
}

/**
 * One input's median CPU time over `runs` checks (each stopped by the Worker's sentence guard, as a request is), of
 * `core` (default: the TypeScript sources).
 */
export function timeInput(input: Input, runs: number, core: Core = { check, RULES }): Row {
  const guard = sentenceLimitGuard({ maxBodyBytes: Infinity, maxCharsPerSide: MAX_CHARS, maxSentencesPerSide: MAX_SENTENCES });
  const req = {
    source: { text: input.source.slice(0, MAX_CHARS), lang: input.from },
    target: { text: input.target.slice(0, MAX_CHARS), lang: input.to },
  };
  const times: number[] = [];
  let size = 0;
  let issues: number | string = 0;
  let stages = new Map<string, number>();
  for (let r = 0; r < runs; r++) {
    const st = new Map<string, number>();
    const t0 = process.cpuUsage();
    let report: ReturnType<typeof check> | undefined;
    try {
      report = core.check(req, core.RULES, (s, ms) => st.set(s, ms), guard);
    } catch (e) {
      if (!(e instanceof Error && e.name !== "TypeError" && /sentences/.test(e.message))) throw e;
    }
    const cpu = process.cpuUsage(t0);
    times.push((cpu.user + cpu.system) / 1000);
    size = report ? JSON.stringify(report).length : 0;
    issues = report ? report.issues.length : "413 (over 5,000 sentences)";
    stages = st;
  }
  const [stage, stageMs] = [...stages].sort((a, b) => b[1] - a[1])[0];
  let wall = 0;
  for (const ms of stages.values()) wall += ms;
  return {
    name: input.name,
    ms: times.sort((a, b) => a - b)[Math.floor(runs / 2)],
    issues,
    kb: size / 1024,
    stage,
    stageShare: stageMs / wall,
  };
}

/** Prints the table (Markdown, as docs/api.md shows it). */
export function printTable(rows: Row[]): void {
  console.log("| adversarial input (at the limits) | CPU ms | issues | answer KB | slowest stage (share) |");
  console.log("|---|---:|---:|---:|---|");
  for (const r of rows)
    console.log(`| ${r.name} | ${r.ms.toFixed(0)} | ${r.issues} | ${r.kb.toFixed(0)} | ${r.stage} (${(100 * r.stageShare).toFixed(0)}%) |`);
  console.log(`\nworst case: ${Math.max(...rows.map((r) => r.ms)).toFixed(0)} ms CPU`);
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes("--http")) {
  // Through wrangler dev: /v1/check and every hook (scripts/adversarial-http.ts).
  // Not awaited at top level: adversarial-http imports this module, which must finish evaluating first.
  void import("./adversarial-http").then(({ main }) => main(process.argv.slice(2))).then((code) => process.exit(code));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
  const runs = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 3;
  const rows: Row[] = [];
  for (const input of adversarialInputs().filter((i) => !only || i.name.includes(only))) {
    rows.push(timeInput(input, runs));
    console.error(`${input.name}: ${rows[rows.length - 1].ms.toFixed(0)} ms`);
  }
  printTable(rows);
}
