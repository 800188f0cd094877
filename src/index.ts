import { env } from "cloudflare:workers";
import { app } from "./worker/app";
import { warnIfOpen } from "./worker/auth";
import type { Env } from "./worker/env";
import { scheduled } from "./worker/scheduled";

// Start-up: say when the API is open (no API_KEYS, as in local development) or refuses to serve (production).
warnIfOpen(env as Env);

/** The Worker entry point: the HTTP app, and the cron job that purges expired reports. */
export default { fetch: app.fetch, scheduled } satisfies ExportedHandler<Env>;
