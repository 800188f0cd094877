// Process entry of the CLI: real files, stdout/stderr, the terminal's colour and the exit code.
import { nodeFs, wantsColor } from "./io";
import { BATCH_HELP, runCli, UsageError, EXIT, parseBatchArgs } from "./main";
import { checkOnTwoThreads } from "./two-threads";

try {
  const argv = process.argv.slice(2);
  if (argv[0] === "batch") {
    const { runBatch, defaultJobs } = await import("./batch");
    const opts = parseBatchArgs(argv.slice(1), defaultJobs());
    if (opts === "help") process.stdout.write(`${BATCH_HELP}\n`);
    else process.exitCode = await runBatch(opts);
  } else {
    process.exitCode = runCli(argv, {
      ...nodeFs,
      out: (t) => void process.stdout.write(`${t}\n`),
      color: wantsColor(process.env, process.stdout.isTTY === true),
      check: checkOnTwoThreads,
    });
  }
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`translint: ${e.message}\n`);
  process.exitCode = EXIT.usage;
}
