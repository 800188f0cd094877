// `translint batch`: checks many article pairs on every core (worker threads), appends one NDJSON line per
// article to the output file, skips ids already in it (so an interrupted run resumes), prints a summary.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, truncateSync, writeSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import type { Worker } from "node:worker_threads";
import type { ItemResult } from "./batch-line";
import type { Job } from "./batch-worker";
import { cliWorker } from "./cli-worker";
import { UsageError } from "./main";
import { progressLine } from "./progress";

/** Options of a batch run. */
export interface BatchOptions {
  input: string;
  out: string;
  jobs: number;
}

/** Items of a JSONL file (one check request per line, optional meta.id) or of a folder of .jsonl/.json files. */
export function readItems(input: string): { id: string; json: string }[] {
  if (!existsSync(input)) throw new UsageError(`cannot read "${input}": no such file or folder`);
  const files = statSync(input).isDirectory()
    ? readdirSync(input)
        .filter((f) => /\.(jsonl|ndjson|json)$/.test(f))
        .sort()
        .map((f) => join(input, f))
    : [input];
  const items: { id: string; json: string }[] = [];
  for (const file of files) {
    const whole = file.endsWith(".json");
    const lines = whole ? [readFileSync(file, "utf8")] : readFileSync(file, "utf8").split("\n");
    lines.forEach((json, n) => {
      if (!json.trim()) return;
      const fallback = whole ? basename(file, ".json") : `${basename(file)}:${n + 1}`;
      items.push({ id: idOf(json) ?? fallback, json });
    });
  }
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) throw new UsageError(`the id "${id}" appears twice; ids (meta.id) must be unique to resume`);
    seen.add(id);
  }
  return items;
}

function idOf(json: string): string | undefined {
  try {
    const id = (JSON.parse(json) as { meta?: { id?: unknown } })?.meta?.id;
    return typeof id === "string" ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Ids already in the output file; a last line cut short by an interrupt is removed first. */
export function doneIds(out: string): Set<string> {
  const ids = new Set<string>();
  if (!existsSync(out)) return ids;
  const text = readFileSync(out, "utf8");
  let kept = 0;
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf("\n", at);
    if (end < 0) break;
    try {
      ids.add((JSON.parse(text.slice(at, end)) as { id: string }).id);
    } catch {
      break;
    }
    kept = at = end + 1;
  }
  if (kept < Buffer.byteLength(text)) truncateSync(out, Buffer.byteLength(text.slice(0, kept)));
  return ids;
}

/** Tallies of a run, for the summary table and the exit code. */
interface Tally {
  checked: number;
  failed: number;
  verdicts: Record<string, number>;
  rules: Record<string, number>;
}

/** Runs a batch; resolves with the exit code (1 if any verdict is block, 2 if any item failed, else 0). */
export async function runBatch(opts: BatchOptions, err = process.stderr, out = process.stdout): Promise<number> {
  const items = readItems(opts.input);
  const done = doneIds(opts.out);
  const todo = items.filter((i) => !done.has(i.id));
  const tally: Tally = { checked: 0, failed: 0, verdicts: { pass: 0, review: 0, block: 0 }, rules: {} };
  const fd = openSync(opts.out, "a");
  const started = Date.now();
  const tty = Boolean(err.isTTY);
  let shownAt = 0;
  try {
    await runPool(todo, Math.max(1, Math.min(opts.jobs, todo.length)), (result) => {
      writeSync(fd, `${result.line}\n`);
      count(tally, result);
      const now = Date.now();
      if (tty && (now - shownAt > 100 || tally.checked === todo.length)) {
        shownAt = now;
        err.write(`\r${progressLine(tally.checked, todo.length, now - started)}`);
      }
    });
  } finally {
    closeSync(fd);
  }
  if (tty) err.write("\n");
  out.write(summaryTable(tally, items.length - todo.length, Date.now() - started, opts));
  if (tally.failed > 0) return 2;
  return tally.verdicts.block > 0 ? 1 : 0;
}

function count(tally: Tally, result: ItemResult): void {
  tally.checked++;
  if (!result.verdict) {
    tally.failed++;
    return;
  }
  tally.verdicts[result.verdict]++;
  for (const [rule, n] of Object.entries(result.rules ?? {})) tally.rules[rule] = (tally.rules[rule] ?? 0) + n;
}

/** Checks the items on `jobs` worker threads, each taking the next item when it finishes one. */
function runPool(items: { id: string; json: string }[], jobs: number, onResult: (r: ItemResult) => void): Promise<void> {
  if (items.length === 0) return Promise.resolve();
  let next = 0;
  let settled = 0;
  return new Promise((resolve, reject) => {
    const workers = Array.from({ length: jobs }, () => spawnWorker());
    const feed = (w: Worker) => {
      if (next < items.length) w.postMessage({ index: next, ...items[next++] } satisfies Job);
    };
    for (const w of workers) {
      w.on("message", (r: ItemResult) => {
        onResult(r);
        if (++settled === items.length) {
          Promise.all(workers.map((x) => x.terminate())).then(() => resolve(), reject);
        } else feed(w);
      });
      w.on("error", reject);
      feed(w);
    }
  });
}

/** A worker thread (src/cli/batch-worker.ts): the bundle's, else the TypeScript one through tsx. */
function spawnWorker(): Worker {
  return cliWorker("batch", "./batch-worker-tsx.mjs");
}

/** The default number of worker threads: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

function summaryTable(t: Tally, skipped: number, ms: number, opts: BatchOptions): string {
  const rate = t.checked / Math.max(ms / 1000, 0.001);
  const rows: [string, number | string][] = [
    ["checked", t.checked],
    ["skipped (already in output)", skipped],
    ["failed (invalid or over limits)", t.failed],
    ["pass", t.verdicts.pass],
    ["review", t.verdicts.review],
    ["block", t.verdicts.block],
    ...Object.entries(t.rules)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([r, n]): [string, number] => [`  ${r}`, n]),
    ["seconds", (ms / 1000).toFixed(1)],
    ["articles per second", rate.toFixed(1)],
    ["threads", opts.jobs],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return `${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join("\n")}\nreports: ${opts.out}\n`;
}
