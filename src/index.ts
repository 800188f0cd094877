import { app } from "./worker/app";
import type { Env } from "./worker/env";
import { scheduled } from "./worker/scheduled";

/** The Worker entry point: the HTTP app, and the cron job that purges expired reports. */
export default { fetch: app.fetch, scheduled } satisfies ExportedHandler<Env>;
