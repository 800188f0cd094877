import { HTTPException } from "hono/http-exception";
import { check } from "../../checker";
import type { CheckRequest, Report } from "../../types";
import { RULES } from "../../rules";
import type { Env } from "../env";
import { ensureSchema } from "../db/schema";
import { limitsFrom, positiveInt } from "../limits";
import { deleteReport, saveReport, type StoreEnv } from "../store";
import { LimitExceeded, sentenceLimitGuard } from "../validate";
import { sendCompletion } from "./webhook";
import { itemState, markDone, markFailed, recordAttempt, settleBatch } from "./store";

/** The body of one queue message: batch id, item index, and the request inline or as an R2 key. */
export interface ItemMessage {
  b: string;
  i: number;
  /** The caller's meta.id (only read by the test failure switch). */
  id?: string;
  r?: CheckRequest;
  k?: string;
}

/** Name suffix of the dead-letter queue (wrangler.toml: translint-batches-dlq). */
export const DEAD_LETTER_SUFFIX = "-dlq";
/** Default delay before the first retry; it doubles with each attempt. */
export const DEFAULT_RETRY_DELAY_SECONDS = 10;
/** Longest delay a Queue message may be retried with (12 hours). */
const MAX_DELAY_SECONDS = 43_200;

/**
 * The Worker's queue handler. Items of the batch queue are checked one after another (parallelism comes from
 * the Queue running several consumer invocations); the dead-letter queue's items are marked failed with the
 * last error they hit. Either way, a batch whose last item settles sends its completion webhook.
 */
export async function queue(batch: MessageBatch<ItemMessage>, env: Env, _ctx?: ExecutionContext): Promise<void> {
  if (!env.DB) throw new Error("translint: the batch consumer needs the D1 binding DB");
  await ensureSchema(env.DB);
  const dead = batch.queue.endsWith(DEAD_LETTER_SUFFIX);
  const touched = new Set<string>();
  for (const message of batch.messages) {
    if (dead) await deadLetter(message, env.DB);
    else await checkItem(message, env, env.DB);
    touched.add(message.body.b);
  }
  for (const id of touched) if (await settleBatch(env.DB, id, Date.now())) await sendCompletion(env, env.DB, id);
}

/** Checks one item and stores its report, unless it already settled (a redelivery); retries on errors. */
async function checkItem(message: Message<ItemMessage>, env: Env, db: D1Database): Promise<void> {
  const { b, i } = message.body;
  const state = await itemState(db, b, i);
  if (state?.status !== "queued") return message.ack();
  const started = Date.now();
  try {
    const request = await loadRequest(message.body, env);
    failForTest(env, message.body.id);
    const report = check(request, RULES, undefined, sentenceLimitGuard(limitsFrom(env)));
    const stored = await storeItemReport(env, db, state.tenant, message.body, request, report);
    const won = await markDone(db, b, i, { report, ...stored, durationMs: Date.now() - started }, Date.now());
    if (!won) await removeReport(db, state.tenant, stored);
    message.ack();
  } catch (err) {
    if (err instanceof LimitExceeded) {
      await markFailed(db, b, i, err.error.message, Date.now());
      return message.ack();
    }
    await recordAttempt(db, b, i, errorText(err));
    message.retry({ delaySeconds: retryDelay(env, message.attempts) });
  }
}

/** A message that exhausted its retries: its item is marked failed with the error of its last attempt. */
async function deadLetter(message: Message<ItemMessage>, db: D1Database): Promise<void> {
  await markFailed(db, message.body.b, message.body.i, null, Date.now());
  message.ack();
}

/** Exponential backoff: base × 2^(attempt − 1) seconds, at most 12 hours. */
export function retryDelay(env: Pick<Env, "BATCH_RETRY_DELAY_SECONDS">, attempt: number): number {
  const raw = env.BATCH_RETRY_DELAY_SECONDS?.trim();
  const base = raw === "0" ? 0 : positiveInt(raw, DEFAULT_RETRY_DELAY_SECONDS);
  return Math.min(MAX_DELAY_SECONDS, base * 2 ** Math.max(0, attempt - 1));
}

async function loadRequest(body: ItemMessage, env: Env): Promise<CheckRequest> {
  if (body.r) return body.r;
  const object = body.k ? await env.BATCH_BUCKET?.get(body.k) : null;
  if (!object) throw new Error(`the item's stored request (${body.k ?? "no key"}) is missing`);
  return (await object.json()) as CheckRequest;
}

/** Test-only failure switch: outside production, items whose meta.id matches BATCH_TEST_FAIL_PATTERN throw. */
function failForTest(env: Env, id: string | undefined): void {
  const pattern = env.BATCH_TEST_FAIL_PATTERN;
  if (!pattern || env.TRANSLINT_ENV === "production" || id === undefined) return;
  if (new RegExp(pattern).test(id)) throw new Error(`injected test failure (BATCH_TEST_FAIL_PATTERN) for "${id}"`);
}

/** R2 key of an item's request or report that is too large for a queue message or a D1 row. */
export function objectKey(batchId: string, index: number, kind: "request" | "report"): string {
  return `batches/${batchId}/${index}.${kind}.json`;
}

/** Stores the report as a normal stored report (review page) or, when it is too large for D1, in R2. */
async function storeItemReport(
  env: Env,
  db: D1Database,
  tenant: string,
  body: ItemMessage,
  request: CheckRequest,
  report: Report,
): Promise<{ reportId: string | null; r2Key: string | null }> {
  const storeEnv: StoreEnv = { DB: db, REPORT_RETENTION_DAYS: env.REPORT_RETENTION_DAYS };
  try {
    const saved = await saveReport(storeEnv, tenant, request, report, { article: body.id });
    return { reportId: saved.stored.id, r2Key: null };
  } catch (err) {
    if (!(err instanceof HTTPException && err.status === 413) || !env.BATCH_BUCKET) throw err;
  }
  const key = objectKey(body.b, body.i, "report");
  await env.BATCH_BUCKET.put(key, JSON.stringify(report), { httpMetadata: { contentType: "application/json" } });
  return { reportId: null, r2Key: key };
}

async function removeReport(db: D1Database, tenant: string, stored: { reportId: string | null; r2Key: string | null }) {
  if (stored.reportId) await deleteReport({ DB: db }, tenant, stored.reportId);
  // An R2 report has a fixed key per item, so the winner's copy is the same object: nothing to remove.
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.slice(0, 500);
}
