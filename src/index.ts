import { env } from "cloudflare:workers";
import { app } from "./worker/app";
import { warnIfOpen } from "./worker/auth";
import { queue, type ItemMessage } from "./worker/batches/consumer";
import type { Env } from "./worker/env";
import { scheduled } from "./worker/scheduled";

// Start-up: say when the API is open (no API_KEYS), as in local development.
warnIfOpen((env as Env).API_KEYS);

/** The Worker entry point: the HTTP app, the batch queue consumer, and the cron job that purges expired reports. */
export default { fetch: app.fetch, queue, scheduled } satisfies ExportedHandler<Env, ItemMessage>;
