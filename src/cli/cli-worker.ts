// Worker threads of the CLI. From the bundle, a worker runs the bundle itself through bin/translint.mjs (which
// loads it with its V8 code cache, as for the main thread); `role` in its workerData tells src/cli/bin.ts which
// worker to be. From the TypeScript sources (no bundle), a worker starts from its tsx entry file.
import { Worker, type WorkerOptions } from "node:worker_threads";

/** The worker a thread of the bundled CLI is started as (src/cli/bin.ts reads it from `workerData.role`). */
export type WorkerRole = "check" | "batch";

/** True when this code runs from the bundle in dist/ (not from the TypeScript sources through tsx). */
const BUNDLED = !import.meta.url.endsWith(".ts");

/** Starts a worker thread of the given role; `tsxEntry` (next to this file) when running from the sources. */
export function cliWorker(role: WorkerRole, tsxEntry: string, options: WorkerOptions = {}): Worker {
  if (!BUNDLED) return new Worker(new URL(tsxEntry, import.meta.url), options);
  const workerData = { ...(options.workerData as object | undefined), role };
  return new Worker(new URL("../bin/translint.mjs", import.meta.url), { ...options, workerData });
}
