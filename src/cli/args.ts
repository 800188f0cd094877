import { SEVERITIES, type RuleSetting } from "../types";
import { RULES_BY_ID } from "../rules";
import { UsageError } from "./io";

/** Parsed command-line arguments of one command. */
export interface Args {
  positionals: string[];
  opts: Record<string, string>;
  rules: Record<string, RuleSetting>;
  flags: Set<string>;
}

/** Options that take a value, and flags that take none. */
const VALUE_OPTIONS = ["source", "target", "from", "to", "format", "fail-on", "min-confidence", "glossary", "output"];
const FLAGS = ["help", "json", "color", "no-color"];

/** Splits arguments into positionals, `--name value` options, repeated `--rule id=setting`, and flags. */
export function parseArgs(args: string[], allowed: { values?: string[]; flags?: string[] } = {}): Args {
  const values = allowed.values ?? VALUE_OPTIONS;
  const flags = allowed.flags ?? FLAGS;
  const out: Args = { positionals: [], opts: {}, rules: {}, flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-h") out.flags.add("help");
    else if (a === "-" || !a.startsWith("-")) out.positionals.push(a);
    else {
      const [name, inline] = a.replace(/^--?/, "").split(/=(.*)/s, 2);
      if (flags.includes(name) && inline === undefined) out.flags.add(name);
      else if (name === "rule" || values.includes(name)) {
        const value = inline ?? args[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        if (name === "rule") addRule(out.rules, value);
        else out.opts[name] = value;
      } else throw new UsageError(`unknown option ${a} (try --help)`);
    }
  }
  return out;
}

function addRule(rules: Record<string, RuleSetting>, value: string): void {
  const [id, setting] = value.split("=");
  if (!RULES_BY_ID.has(id)) throw new UsageError(`unknown rule "${id}"; see "translint rules"`);
  if (setting !== "off" && !(SEVERITIES as readonly string[]).includes(setting))
    throw new UsageError(`--rule ${id}= takes off, minor, major or critical`);
  rules[id] = setting as RuleSetting;
}
