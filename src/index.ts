import { app } from "./worker/app";
import { queue, type ItemMessage } from "./worker/batches/consumer";
import type { Env } from "./worker/env";
import { scheduled } from "./worker/scheduled";

/**
 * The Worker entry point: the HTTP app, the batch queue consumer, and the cron job that purges expired reports.
 * The first /v1/* request of an isolate logs when the API is open (no API_KEYS, local development) or refuses
 * to serve (production).
 */
export default { fetch: app.fetch, queue, scheduled } satisfies ExportedHandler<Env, ItemMessage>;
