import type { Report } from "../../types";

/** A batch row as GET /v1/batches/:id needs it. */
export interface BatchRow {
  id: string;
  tenant: string;
  created_at: number;
  expires_at: number;
  total: number;
  base_url: string;
  callback_url: string | null;
  finished_at: number | null;
  callback_status: string | null;
}

/** One item row of a batch (results, page, progress). */
export interface ItemRow {
  idx: number;
  item_id: string | null;
  status: "queued" | "done" | "failed";
  attempts: number;
  error: string | null;
  verdict: "pass" | "review" | "block" | null;
  issues: number | null;
  critical: number | null;
  major: number | null;
  minor: number | null;
  report_id: string | null;
  report_r2_key: string | null;
  duration_ms: number | null;
  by_rule: string | null;
}

/** Inserts a batch and one queued row per item (ids passed as one JSON array, so one statement per batch). */
export async function insertBatch(
  db: D1Database,
  batch: {
    id: string;
    tenant: string;
    now: number;
    expiresAt: number;
    baseUrl: string;
    callbackUrl?: string;
    ids: (string | null)[];
  },
): Promise<void> {
  await db.batch([
    db
      .prepare(`INSERT INTO batches (id, tenant, created_at, expires_at, total, base_url, callback_url)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)`)
      .bind(batch.id, batch.tenant, batch.now, batch.expiresAt, batch.ids.length, batch.baseUrl, batch.callbackUrl ?? null),
    db
      .prepare(`INSERT INTO batch_items (batch_id, idx, item_id) SELECT ?1, key, value FROM json_each(?2)`)
      .bind(batch.id, JSON.stringify(batch.ids)),
  ]);
}

/** Removes a batch whose items could not all be enqueued (its POST then answers an error). */
export async function dropBatch(db: D1Database, id: string): Promise<void> {
  await db.batch([
    db.prepare("DELETE FROM batch_items WHERE batch_id = ?1").bind(id),
    db.prepare("DELETE FROM batches WHERE id = ?1").bind(id),
  ]);
}

/** A batch row, or null when it does not exist, has expired, or belongs to another tenant (undefined: any). */
export async function getBatch(db: D1Database, id: string, tenant: string | undefined, now = Date.now()): Promise<BatchRow | null> {
  const row = await db.prepare("SELECT * FROM batches WHERE id = ?1").bind(id).first<BatchRow>();
  if (!row || row.expires_at <= now) return null;
  if (tenant !== undefined && row.tenant !== tenant) return null;
  return row;
}

/** The status of an item and its batch's tenant (undefined when it does not exist). */
export async function itemState(
  db: D1Database,
  batchId: string,
  idx: number,
): Promise<{ status: ItemRow["status"]; tenant: string } | undefined> {
  const row = await db
    .prepare("SELECT i.status, b.tenant FROM batch_items i JOIN batches b ON b.id = i.batch_id WHERE i.batch_id = ?1 AND i.idx = ?2")
    .bind(batchId, idx)
    .first<{ status: ItemRow["status"]; tenant: string }>();
  return row ?? undefined;
}

/** What a finished check leaves on its item row. */
export interface ItemOutcome {
  report: Report;
  reportId: string | null;
  r2Key: string | null;
  durationMs: number;
}

/**
 * Marks a queued item done with its report's counts. Only a queued item changes, so of two deliveries of the
 * same message one wins; answers false to the loser (which then removes the report it stored).
 */
export async function markDone(db: D1Database, batchId: string, idx: number, outcome: ItemOutcome, now: number): Promise<boolean> {
  const { summary, issues } = outcome.report;
  const byRule: Record<string, number> = {};
  for (const issue of issues) byRule[issue.ruleId] = (byRule[issue.ruleId] ?? 0) + 1;
  const result = await db
    .prepare(
      `UPDATE batch_items SET status = 'done', verdict = ?3, issues = ?4, critical = ?5, major = ?6, minor = ?7,
         by_rule = ?8, by_category = ?9, report_id = ?10, report_r2_key = ?11, duration_ms = ?12, finished_at = ?13,
         attempts = attempts + 1
       WHERE batch_id = ?1 AND idx = ?2 AND status = 'queued'`,
    )
    .bind(
      batchId,
      idx,
      summary.verdict,
      summary.issues,
      summary.bySeverity.critical,
      summary.bySeverity.major,
      summary.bySeverity.minor,
      JSON.stringify(byRule),
      JSON.stringify(summary.byCategory),
      outcome.reportId,
      outcome.r2Key,
      outcome.durationMs,
      now,
    )
    .run();
  return (result.meta.changes ?? 0) > 0;
}

/** Marks a queued item failed for good (a limit it exceeds, or the dead-letter queue); false if it was settled. */
export async function markFailed(db: D1Database, batchId: string, idx: number, error: string | null, now: number): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE batch_items SET status = 'failed', error = coalesce(?3, last_error, 'the item was dead-lettered'),
         finished_at = ?4 WHERE batch_id = ?1 AND idx = ?2 AND status = 'queued'`,
    )
    .bind(batchId, idx, error, now)
    .run();
  return (result.meta.changes ?? 0) > 0;
}

/** Records a failed attempt that will be retried (its error is what the dead-letter consumer reports). */
export async function recordAttempt(db: D1Database, batchId: string, idx: number, error: string): Promise<void> {
  await db
    .prepare("UPDATE batch_items SET attempts = attempts + 1, last_error = ?3 WHERE batch_id = ?1 AND idx = ?2 AND status = 'queued'")
    .bind(batchId, idx, error)
    .run();
}

/**
 * Sets the batch's finished_at once no item is queued; true only for the one call that set it (so the
 * completion webhook goes out once).
 */
export async function settleBatch(db: D1Database, batchId: string, now: number): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE batches SET finished_at = ?2 WHERE id = ?1 AND finished_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM batch_items WHERE batch_id = ?1 AND status = 'queued')`,
    )
    .bind(batchId, now)
    .run();
  return (result.meta.changes ?? 0) > 0;
}

/** Records how the completion webhook went. */
export async function setCallbackStatus(db: D1Database, batchId: string, status: string): Promise<void> {
  await db.prepare("UPDATE batches SET callback_status = ?2 WHERE id = ?1").bind(batchId, status).run();
}

/** Every item row of a batch, in submission order. */
export async function listItems(db: D1Database, batchId: string): Promise<ItemRow[]> {
  const { results } = await db
    .prepare(
      `SELECT idx, item_id, status, attempts, error, verdict, issues, critical, major, minor, report_id, report_r2_key,
         duration_ms, by_rule FROM batch_items WHERE batch_id = ?1 ORDER BY idx`,
    )
    .bind(batchId)
    .all<ItemRow>();
  return results;
}

/** Progress and breakdowns of a batch. */
export interface BatchStats {
  counts: { queued: number; done: number; failed: number; total: number };
  verdicts: { pass: number; review: number; block: number };
  issuesByRule: Record<string, number>;
  issuesByCategory: Record<string, number>;
  slowest: { index: number; id: string | null; durationMs: number }[];
}

/** Progress, verdict counts, issues by rule and category, and the five slowest items, in one D1 round trip. */
export async function batchStats(db: D1Database, batch: BatchRow): Promise<BatchStats> {
  const [status, verdicts, rules, categories, slowest] = await db.batch([
    db.prepare("SELECT status AS k, count(*) AS n FROM batch_items WHERE batch_id = ?1 GROUP BY status").bind(batch.id),
    db
      .prepare("SELECT verdict AS k, count(*) AS n FROM batch_items WHERE batch_id = ?1 AND status = 'done' GROUP BY verdict")
      .bind(batch.id),
    db.prepare(sumJson("by_rule")).bind(batch.id),
    db.prepare(sumJson("by_category")).bind(batch.id),
    db
      .prepare(
        `SELECT idx, item_id, duration_ms FROM batch_items WHERE batch_id = ?1 AND status = 'done'
       ORDER BY duration_ms DESC, idx LIMIT 5`,
      )
      .bind(batch.id),
  ]);
  const byKey = (r: D1Result) => Object.fromEntries((r.results as { k: string; n: number }[]).map((x) => [x.k, x.n]));
  const s = byKey(status);
  const v = byKey(verdicts);
  return {
    counts: { queued: s.queued ?? 0, done: s.done ?? 0, failed: s.failed ?? 0, total: batch.total },
    verdicts: { pass: v.pass ?? 0, review: v.review ?? 0, block: v.block ?? 0 },
    issuesByRule: byKey(rules),
    issuesByCategory: byKey(categories),
    slowest: (slowest.results as { idx: number; item_id: string | null; duration_ms: number }[]).map((r) => ({
      index: r.idx,
      id: r.item_id,
      durationMs: r.duration_ms,
    })),
  };
}

/** Sums a JSON {key: count} column over the done items of a batch, largest first. */
function sumJson(column: "by_rule" | "by_category"): string {
  return `SELECT j.key AS k, sum(j.value) AS n FROM batch_items b, json_each(b.${column}) j
          WHERE b.batch_id = ?1 AND b.status = 'done' GROUP BY j.key ORDER BY n DESC, j.key`;
}

/** Deletes expired batches, their item rows and their R2 objects; returns how many batches went. */
export async function purgeExpiredBatches(db: D1Database, bucket: R2Bucket | undefined, now = Date.now()): Promise<number> {
  const { results } = await db.prepare("SELECT id FROM batches WHERE expires_at <= ?1").bind(now).all<{ id: string }>();
  for (const { id } of results) {
    for (let listed = await bucket?.list({ prefix: `batches/${id}/` }); listed?.objects.length; ) {
      await bucket?.delete(listed.objects.map((o) => o.key));
      listed = listed.truncated ? await bucket?.list({ prefix: `batches/${id}/`, cursor: listed.cursor }) : undefined;
    }
    await dropBatch(db, id);
  }
  return results.length;
}
