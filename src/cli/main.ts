// translint command line: checks an article pair from files, without a Worker. Node only.
import { check } from "../core/check";
import { FORMATS, SEVERITIES, SUPPORTED_LANGS, type CheckRequest, type Format, type Lang, type Report, type RuleSetting, type Severity } from "../core/types";
import { RULES, RULES_BY_ID } from "../rules";
import { VERSION } from "../version";

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, blocked: 1, usage: 2 } as const;

const HELP = `translint ${VERSION} — translation-quality checker (es<->en)

Usage:
  translint check --source <file> --target <file> --from <lang> --to <lang> [options]
  translint batch <pairs.jsonl|folder> [--out reports.ndjson] [--jobs N]
                             check many pairs on every core (one JSON request per line, optional meta.id);
                             appends one {"id", "report"} line per article to --out and skips ids already
                             there (an interrupted run resumes); exit 1 if any verdict is block, 2 if any
                             item is invalid
  translint rules            list the rules (JSON)
  translint --version

Options for check:
  --format text|html|markdown   input format of both files (default text)
  --fail-on minor|major|critical severity that makes the verdict "block" (default major)
  --rule <id>=off|minor|major|critical   turn a rule off or change its severity (repeatable)
  --glossary <file.json>        [{"source": "...", "target": "..."}] terms the target must use
  --output json|text            the JSON report (default) or one line per issue
  A file name "-" reads standard input (for one of the two sides).

Languages: ${SUPPORTED_LANGS.join(", ")}.
Exit codes: 0 verdict pass or review, 1 verdict block (an issue at or above --fail-on),
            2 usage or input error (message on stderr).`;

/** A usage or input error: printed on stderr, exit code 2. */
export class UsageError extends Error {}

interface Io {
  readFile(path: string): string;
  out(text: string): void;
}

/** Options of `translint batch`: the input, the output file and the thread count. */
export function parseBatchArgs(args: string[], defaultJobs: number): { input: string; out: string; jobs: number } {
  let input: string | undefined;
  let out = "reports.ndjson";
  let jobs = defaultJobs;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--out" || a === "--jobs") {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${a} needs a value`);
      if (a === "--out") out = value;
      else if (/^[1-9]\d{0,3}$/.test(value)) jobs = Number(value);
      else throw new UsageError("--jobs takes a whole number from 1");
    } else if (a.startsWith("--")) throw new UsageError(`unknown option ${a}`);
    else if (input === undefined) input = a;
    else throw new UsageError(`unexpected argument "${a}"`);
  }
  if (!input) throw new UsageError("batch needs a .jsonl file or a folder of pairs");
  return { input, out, jobs };
}

/** Runs the CLI with the given arguments; returns the exit code. */
export function runCli(argv: string[], io: Io): number {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === "--help" || cmd === "-h" || cmd === "help") {
    io.out(HELP);
    return cmd ? EXIT.ok : EXIT.usage;
  }
  if (cmd === "--version" || cmd === "-v") {
    io.out(VERSION);
    return EXIT.ok;
  }
  if (cmd === "rules") {
    io.out(JSON.stringify(RULES.map((r) => r.meta), null, 2));
    return EXIT.ok;
  }
  if (cmd !== "check") throw new UsageError(`unknown command "${cmd}" (try --help)`);
  const { request, output } = parseCheckArgs(rest, io);
  const report = check(request);
  io.out(output === "text" ? formatText(report) : JSON.stringify(report, null, 2));
  return report.summary.verdict === "block" ? EXIT.blocked : EXIT.ok;
}

function parseCheckArgs(args: string[], io: Io): { request: CheckRequest; output: "json" | "text" } {
  const opts: Record<string, string> = {};
  const rules: Record<string, RuleSetting> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("--")) throw new UsageError(`unexpected argument "${a}"`);
    const name = a.slice(2);
    const value = args[++i];
    if (value === undefined) throw new UsageError(`${a} needs a value`);
    if (name === "rule") {
      const [id, setting] = value.split("=");
      if (!RULES_BY_ID.has(id)) throw new UsageError(`unknown rule "${id}"; see "translint rules"`);
      if (setting !== "off" && !(SEVERITIES as readonly string[]).includes(setting))
        throw new UsageError(`--rule ${id}= takes off, minor, major or critical`);
      rules[id] = setting as RuleSetting;
    } else if (["source", "target", "from", "to", "format", "fail-on", "glossary", "output"].includes(name)) {
      opts[name] = value;
    } else throw new UsageError(`unknown option ${a}`);
  }
  for (const req of ["source", "target", "from", "to"]) if (!opts[req]) throw new UsageError(`--${req} is required`);
  const lang = (flag: string): Lang => {
    const v = opts[flag];
    if (!(SUPPORTED_LANGS as readonly string[]).includes(v))
      throw new UsageError(`--${flag} "${v}" is not supported; use one of: ${SUPPORTED_LANGS.join(", ")}`);
    return v as Lang;
  };
  const from = lang("from");
  const to = lang("to");
  if (from === to) throw new UsageError("--from and --to must differ");
  const format = (opts.format ?? "text") as Format;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes ${FORMATS.join(", ")}`);
  const failOn = (opts["fail-on"] ?? "major") as Severity;
  if (!(SEVERITIES as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on takes ${SEVERITIES.join(", ")}`);
  const output = opts.output ?? "json";
  if (output !== "json" && output !== "text") throw new UsageError("--output takes json or text");
  const read = (flag: string) => {
    let text: string;
    try {
      text = io.readFile(opts[flag]);
    } catch (e) {
      throw new UsageError(`cannot read --${flag} "${opts[flag]}": ${(e as Error).message}`);
    }
    if (!text.trim()) throw new UsageError(`--${flag} "${opts[flag]}" is empty`);
    return text;
  };
  const request: CheckRequest = {
    source: { text: read("source"), lang: from },
    target: { text: read("target"), lang: to },
    format,
    options: { failOn, rules },
  };
  if (opts.glossary) {
    let glossary: unknown;
    try {
      glossary = JSON.parse(io.readFile(opts.glossary));
    } catch (e) {
      throw new UsageError(`cannot read --glossary "${opts.glossary}": ${(e as Error).message}`);
    }
    const ok = Array.isArray(glossary) && glossary.every((g) => typeof g?.source === "string" && typeof g?.target === "string");
    if (!ok) throw new UsageError('--glossary must be a JSON array of {"source": "...", "target": "..."}');
    request.options!.glossary = glossary as { source: string; target: string }[];
  }
  return { request, output };
}

/** One line per issue, then the verdict: for people reading a terminal. */
export function formatText(report: Report): string {
  const lines = report.issues.map((i) => {
    const span = i.target ?? i.source!;
    const side = i.target ? "target" : "source";
    const fix = i.suggestion ? ` → "${i.suggestion.text}"` : "";
    return `${side}:${span.start}-${span.end} ${i.severity} ${i.ruleId}: ${i.message} "${span.text}"${fix}`;
  });
  const s = report.summary;
  lines.push(`verdict: ${s.verdict} (${s.issues} issues: ${s.bySeverity.critical} critical, ${s.bySeverity.major} major, ${s.bySeverity.minor} minor)`);
  return lines.join("\n");
}
