// Process entry of the CLI: real files, stdout/stderr and the exit code.
import { readFileSync } from "node:fs";
import { runCli, UsageError, EXIT } from "./main";

try {
  process.exitCode = runCli(process.argv.slice(2), {
    readFile: (p) => readFileSync(p === "-" ? 0 : p, "utf8"),
    out: (t) => void process.stdout.write(t + "\n"),
  });
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`translint: ${e.message}\n`);
  process.exitCode = EXIT.usage;
}
