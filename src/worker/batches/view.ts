import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../env";
import { PUBLIC_TENANT } from "../tenant";
import type { BatchRow, BatchStats } from "./store";

/** The tenant a batch belongs to: the caller's, as the auth middleware sets it (src/worker/tenant.ts). */
export function batchTenant(c: Context<AppEnv>): string {
  return c.var.tenant ?? PUBLIC_TENANT;
}

const Counts = z.record(z.string(), z.number().int());

/** The JSON of a batch (POST answer and GET /v1/batches/:id). */
export const BatchStatusSchema = z
  .object({
    id: z.string(),
    status: z.enum(["running", "completed"]),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    progress: z.object({ queued: z.number().int(), done: z.number().int(), failed: z.number().int(), total: z.number().int() }),
    verdicts: z.object({ pass: z.number().int(), review: z.number().int(), block: z.number().int() }),
    issuesByRule: Counts,
    issuesByCategory: Counts,
    slowest: z.array(z.object({ index: z.number().int(), id: z.string().nullable(), durationMs: z.number() })),
    links: z.object({ self: z.string(), results: z.string(), csv: z.string(), page: z.string() }),
    callback: z.object({ url: z.string(), status: z.string().nullable() }).nullable(),
  })
  .openapi("Batch");

/** Builds the JSON of a batch from its row and stats. */
export function batchView(batch: BatchRow, stats: BatchStats, origin: string): z.infer<typeof BatchStatusSchema> {
  const self = `${origin}/v1/batches/${batch.id}`;
  return {
    id: batch.id,
    status: batch.finished_at === null ? "running" : "completed",
    createdAt: new Date(batch.created_at).toISOString(),
    finishedAt: batch.finished_at === null ? null : new Date(batch.finished_at).toISOString(),
    progress: stats.counts,
    verdicts: stats.verdicts,
    issuesByRule: stats.issuesByRule,
    issuesByCategory: stats.issuesByCategory,
    slowest: stats.slowest,
    links: { self, results: `${self}/results`, csv: `${self}/results?format=csv`, page: `${origin}/batches/${batch.id}` },
    callback: batch.callback_url ? { url: batch.callback_url, status: batch.callback_status } : null,
  };
}
