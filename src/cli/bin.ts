// Process entry of the CLI: real files, stdout/stderr, the terminal's colour and the exit code.
import { nodeFs, wantsColor } from "./io";
import { runCli, UsageError, EXIT } from "./main";

try {
  process.exitCode = runCli(process.argv.slice(2), {
    ...nodeFs,
    out: (t) => void process.stdout.write(t + "\n"),
    color: wantsColor(process.env, process.stdout.isTTY === true),
  });
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`translint: ${e.message}\n`);
  process.exitCode = EXIT.usage;
}
