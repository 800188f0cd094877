import type { Env } from "../env";
import { hmacSha256, toHex } from "../hooks/signatures";
import { batchStats, getBatch, setCallbackStatus } from "./store";

/** How long the completion webhook may take before it counts as failed. */
const CALLBACK_TIMEOUT_MS = 10_000;

/** The secret that signs completion webhooks: BATCH_CALLBACK_SECRET, else the generic hook's secret. */
export function callbackSecret(env: Pick<Env, "BATCH_CALLBACK_SECRET" | "TRANSLINT_HOOK_SECRET">): string | undefined {
  return env.BATCH_CALLBACK_SECRET || env.TRANSLINT_HOOK_SECRET || undefined;
}

/**
 * The headers of a signed webhook, as the generic hook verifies them: `X-Translint-Timestamp` (Unix seconds)
 * and `X-Translint-Signature: sha256=<hex HMAC-SHA256 of "timestamp.body">`.
 */
export async function signedHeaders(secret: string, body: string, now = Date.now()): Promise<Record<string, string>> {
  const timestamp = String(Math.floor(now / 1000));
  return {
    "Content-Type": "application/json",
    "X-Translint-Timestamp": timestamp,
    "X-Translint-Signature": `sha256=${toHex(await hmacSha256(secret, `${timestamp}.${body}`))}`,
  };
}

/** POSTs the signed `batch.completed` event to the batch's callbackUrl (once; the outcome is recorded). */
export async function sendCompletion(env: Env, db: D1Database, batchId: string): Promise<void> {
  const batch = await getBatch(db, batchId, undefined);
  const secret = callbackSecret(env);
  if (!batch?.callback_url || !secret) return;
  const stats = await batchStats(db, batch);
  const body = JSON.stringify({
    event: "batch.completed",
    batch: {
      id: batch.id,
      url: `${batch.base_url}/v1/batches/${batch.id}`,
      results: `${batch.base_url}/v1/batches/${batch.id}/results`,
      page: `${batch.base_url}/batches/${batch.id}`,
      ...stats.counts,
      verdicts: stats.verdicts,
      finishedAt: new Date(batch.finished_at ?? Date.now()).toISOString(),
    },
  });
  let status: string;
  try {
    const res = await fetch(batch.callback_url, {
      method: "POST",
      headers: { ...(await signedHeaders(secret, body)), "X-Translint-Event": "batch.completed" },
      body,
      signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
    });
    status = `sent ${res.status}`;
  } catch (err) {
    status = `failed: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300);
  }
  await setCallbackStatus(db, batchId, status);
}
