// Worker thread of `translint batch`: checks the items the main thread sends and answers their lines.
import { parentPort } from "node:worker_threads";
import { checkItemLine, errorLine, type ItemResult } from "./batch-line";

/** A job: the item's position, its id and its JSON text. */
export interface Job {
  index: number;
  id: string;
  json: string;
}

parentPort?.on("message", (job: Job) => {
  let result: ItemResult;
  try {
    result = checkItemLine(job.id, JSON.parse(job.json));
  } catch (err) {
    result = { line: errorLine(job.id, "internal_error", err instanceof Error ? err.message : String(err)) };
  }
  parentPort?.postMessage({ index: job.index, ...result });
});
