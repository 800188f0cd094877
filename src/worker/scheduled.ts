import { purgeExpiredBatches } from "./batches/store";
import type { Env } from "./env";
import { purgeExpired } from "./store";

/** Cron handler (wrangler.toml [triggers]): purges expired stored reports, dismissals and batches. */
export async function scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
  if (!env.DB) return;
  ctx.waitUntil(purgeExpired({ DB: env.DB, REPORT_RETENTION_DAYS: env.REPORT_RETENTION_DAYS }));
  ctx.waitUntil(purgeExpiredBatches(env.DB, env.BATCH_BUCKET));
}
