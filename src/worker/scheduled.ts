import { purgeExpiredBatches } from "./batches/store";
import type { Env } from "./env";
import { purgeReplays } from "./hooks/replays";
import { logStorageFailure, StorageUnavailable } from "./storage-error";
import { purgeExpired } from "./store";

/** Cron handler (wrangler.toml [triggers]): purges expired stored reports, dismissals, batches and hook signatures. */
export async function scheduled(_controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
  if (!env.DB) return;
  const purge = purgeExpired({ DB: env.DB, REPORT_RETENTION_DAYS: env.REPORT_RETENTION_DAYS }).catch((err: unknown) => {
    if (err instanceof StorageUnavailable) logStorageFailure(err);
    else throw err;
  });
  ctx.waitUntil(purge);
  ctx.waitUntil(purgeReplays(env.DB).catch((err: unknown) => console.error("translint: purging hook signatures failed", err)));
  ctx.waitUntil(
    purgeExpiredBatches(env.DB, env.BATCH_BUCKET).catch((err: unknown) => {
      if (err instanceof StorageUnavailable) logStorageFailure(err);
      else throw err;
    }),
  );
}
