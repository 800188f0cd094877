// Process entry of the CLI: real files, stdout/stderr, the terminal's colour and the exit code. The bundle's
// worker threads start here too (src/cli/cli-worker.ts): `workerData.role` says which worker the thread is.
import { isMainThread, workerData } from "node:worker_threads";
import { nodeFs, wantsColor } from "./io";
import { BATCH_HELP, runCli, UsageError, EXIT, parseBatchArgs } from "./main";
import { checkOnTwoThreads } from "./two-threads";
import type { WorkerRole } from "./cli-worker";

async function main(): Promise<void> {
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
      // Everything is written: end the process once stdout has taken it, instead of waiting for Node to stop the
      // check's worker thread and dispose of both heaps (6,003-pair document: 74 -> 47 ms from the last write to
      // the end of the process, medians of 8).
      process.stdout.write("", () => process.exit());
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`translint: ${e.message}\n`);
    process.exitCode = EXIT.usage;
  }
}

// No top-level await: the bundle is CommonJS (bin/translint.mjs runs it with a V8 code cache). A rejection ends
// the process as an uncaught error does.
const role = isMainThread ? undefined : (workerData as { role?: WorkerRole } | null)?.role;
if (role === "check") void import("./check-worker");
else if (role === "batch") void import("./batch-worker");
else void main();
