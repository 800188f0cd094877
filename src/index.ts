import { app } from "./worker/app";
import type { Env } from "./worker/env";
import { scheduled } from "./worker/scheduled";

/**
 * The Worker entry point: the HTTP app, and the cron job that purges expired reports. The first /v1/* request
 * of an isolate logs when the API is open (no API_KEYS, local development) or refuses to serve (production).
 */
export default { fetch: app.fetch, scheduled } satisfies ExportedHandler<Env>;
