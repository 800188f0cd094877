// translint command line: checks article pairs and XLIFF/TMX files without a Worker. Node only.
import { BilingualError } from "../input/bilingual/parse";
import { check } from "../checker";
import { supportedLanguagesText } from "../lang/locale";
import { SEVERITIES, type CheckOptions, type Report, type Severity } from "../types";
import { EXPORT_FORMATS, exportReport, type ExportFormat } from "../report";
import { RULES } from "../rules";
import { VERSION } from "../version";
import { parseArgs, type Args } from "./args";
import { resolveInputs, type Common, type Input } from "./inputs";
import { EXIT, UsageError, type Io } from "./io";
import { reportJson } from "./report-json";
import { rulesTable } from "./rules-table";
import { formatText } from "./text-output";

export { EXIT, UsageError, type Io } from "./io";

const EXIT_HELP = `Exit codes: 0 verdict pass or review, 1 verdict block (an issue at or above --fail-on),
            2 usage or input error (message on stderr).`;

const HELP = `translint ${VERSION} — translation-quality checker (es<->en)

Usage:
  translint check [options] (--source <file> --target <file> | <file.xlf|file.tmx|dir>...)
  translint batch <pairs.jsonl|folder> [--out reports.ndjson] [--jobs N]
                             check many pairs on every core (one JSON request per line, optional meta.id);
                             appends one {"id", "report"} line per article to --out and skips ids already
                             there (an interrupted run resumes); exit 1 if any verdict is block, 2 if any
                             item is invalid
  translint rules [--json]   the rules: a table, or their meta as JSON
  translint --version
  translint <command> --help

${EXIT_HELP}`;

/** Help text of `translint check` (a function: listing the languages builds every language pack). */
const checkHelp = () => `Usage:
  translint check --source <file> --target <file> --from <tag> --to <tag> [options]
  translint check <file.xlf|file.xliff|file.tmx>... [options]
  translint check <dir>... [options]

Inputs:
  --source, --target <file>     an article and its translation ("-" reads standard input for one of them)
  <file.xlf> <file.tmx>         XLIFF 1.2/2.x or TMX 1.4: the file pairs its segments; languages from the file
  <dir>                         every article pair in it and its subfolders (source.txt + target.txt, or .html,
                                .md; languages from --from/--to or a folder name like es-en-wire) and every
                                .xlf/.xliff/.tmx file in them

Options:
  --from, --to <tag>            BCP-47 tags of different languages; the region selects CLDR number conventions:
                                ${supportedLanguagesText()}
  --format <format>             text|html|markdown for --source/--target (default text); xliff|tmx for a file
                                whose extension does not say
  --fail-on minor|major|critical[@confidence]  severity (and, after @, the least confidence 0-1) that
                                makes the verdict "block" (default major; e.g. major@0.8)
  --min-confidence <0-1>        leave out issues below this confidence
  --rule <id>=off|minor|major|critical   turn a rule off or change its severity (repeatable)
  --glossary <file.json>        [{"source": "...", "target": "..."}] terms the target must use
  --output json|text|csv|html|xliff   the JSON report (default), one line per issue (file:line:column),
                                or an export (csv, html, xliff: one input only)
  --color, --no-color           colour the text output (default: on a terminal unless NO_COLOR is set)

${EXIT_HELP}`;

const RULES_HELP = `Usage: translint rules [--json]

Prints every rule: id, MQM category, default severity, whether its suggestions are fixes, and what it flags.
--json prints each rule's meta (id, description, category, severity, messages, fixable) as JSON.`;

/** Help text of `translint batch`. */
export const BATCH_HELP = `Usage: translint batch <pairs.jsonl|folder> [--out reports.ndjson] [--jobs N]

Checks many article pairs on every core (worker threads) and shows progress, rate and ETA on a terminal.
  <pairs.jsonl>     one /v1/check request per line (source, target, options; optional meta.id)
  <folder>          every article pair in it, as for \`translint check <dir>\`
  --out <file>      appends one {"id", "report"} line per article (default reports.ndjson); ids already in
                    the file are skipped, so an interrupted run resumes
  --jobs <N>        worker threads (default: one per core)

Exit codes: 0 every verdict pass or review, 1 a verdict block, 2 an invalid item or a usage error.`;

/** Options of `translint batch` (the input, the output file and the thread count), or "help" for --help/-h. */
export function parseBatchArgs(args: string[], defaultJobs: number): { input: string; out: string; jobs: number } | "help" {
  if (args.includes("--help") || args.includes("-h")) return "help";
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
    const args = parseArgs(rest, { values: [], flags: ["help", "json"] });
    if (args.positionals.length) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
    if (args.flags.has("help")) io.out(RULES_HELP);
    else
      io.out(
        args.flags.has("json")
          ? JSON.stringify(
              RULES.map((r) => r.meta),
              null,
              2,
            )
          : rulesTable(RULES.map((r) => r.meta)),
      );
    return EXIT.ok;
  }
  if (cmd !== "check") throw new UsageError(`unknown command "${cmd}" (try --help)`);
  const args = parseArgs(rest);
  if (args.flags.has("help")) {
    io.out(checkHelp());
    return EXIT.ok;
  }
  return runCheck(args, io);
}

/** What `check --output` prints. */
type Output = "json" | "text" | ExportFormat;
const OUTPUTS: readonly Output[] = ["json", "text", ...EXPORT_FORMATS];

function runCheck(args: Args, io: Io): number {
  const output = (args.opts.output ?? "json") as Output;
  if (!OUTPUTS.includes(output)) throw new UsageError(`--output takes ${OUTPUTS.join(", ")}`);
  const inputs = resolveInputs(io, args.positionals, { source: args.opts.source, target: args.opts.target }, common(args, io));
  if (inputs.length > 1 && (EXPORT_FORMATS as readonly string[]).includes(output))
    throw new UsageError(`--output ${output} writes one report; ${inputs.length} inputs were given`);
  const color = args.flags.has("color") || (!args.flags.has("no-color") && !!io.color);
  const reports = inputs.map((input) => ({ input, report: run(input, io) }));
  if (output === "json") {
    if (reports.length === 1) io.out(reportJson(reports[0].report));
    else
      io.out(
        JSON.stringify(
          reports.map((r) => ({ input: r.input.name, report: r.report })),
          null,
          2,
        ),
      );
  } else if (output === "text") io.out(textOf(reports, color));
  else io.out(exportReport(reports[0].report, output));
  return reports.some((r) => r.report.summary.verdict === "block") ? EXIT.blocked : EXIT.ok;
}

function run(input: Input, io: Io): Report {
  try {
    return (io.check ?? check)(input.request);
  } catch (e) {
    if (e instanceof BilingualError) throw new UsageError(`${input.name}: ${e.message}`);
    throw e;
  }
}

function textOf(reports: { input: Input; report: Report }[], color: boolean): string {
  if (reports.length === 1) return formatText(reports[0].report, reports[0].input.sides, color);
  const parts = reports.map(({ input, report }) => `== ${input.name}\n${formatText(report, input.sides, color)}`);
  const count = (v: string) => reports.filter((r) => r.report.summary.verdict === v).length;
  parts.push(`checked ${reports.length} inputs: ${count("block")} block, ${count("review")} review, ${count("pass")} pass`);
  return parts.join("\n\n");
}

/** "major" or "major@0.8": a severity, or a severity with the least confidence that blocks. */
function parseFailOn(value: string): NonNullable<CheckOptions["failOn"]> {
  const [severity, confidence, extra] = value.split("@");
  if (!(SEVERITIES as readonly string[]).includes(severity) || extra !== undefined)
    throw new UsageError(`--fail-on takes ${SEVERITIES.join(", ")}, optionally with @confidence (e.g. major@0.8)`);
  if (confidence === undefined) return severity as Severity;
  return { severity: severity as Severity, minConfidence: parseConfidence("--fail-on", confidence) };
}

/** A confidence between 0 and 1, or a usage error. */
function parseConfidence(flag: string, value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 1)
    throw new UsageError(`${flag}: the confidence must be a number from 0 to 1, not "${value}"`);
  return n;
}

/** Options shared by every input: languages, format, fail-on, rules and glossary. */
function common(args: Args, io: Io): Common {
  const failOn = parseFailOn(args.opts["fail-on"] ?? "major");
  const minConfidence = args.opts["min-confidence"];
  const options: Common["options"] = { failOn, rules: args.rules };
  if (minConfidence !== undefined) options.minConfidence = parseConfidence("--min-confidence", minConfidence);
  const path = args.opts.glossary;
  if (path) {
    let glossary: unknown;
    try {
      glossary = JSON.parse(io.readFile(path));
    } catch (e) {
      throw new UsageError(`cannot read --glossary "${path}": ${(e as Error).message}`);
    }
    const ok = Array.isArray(glossary) && glossary.every((g) => typeof g?.source === "string" && typeof g?.target === "string");
    if (!ok) throw new UsageError('--glossary must be a JSON array of {"source": "...", "target": "..."}');
    options.glossary = glossary as { source: string; target: string }[];
  }
  const format = args.opts.format;
  if (format && !["text", "html", "markdown", "xliff", "tmx"].includes(format))
    throw new UsageError("--format takes text, html, markdown, xliff or tmx");
  return { from: args.opts.from, to: args.opts.to, format, options };
}
