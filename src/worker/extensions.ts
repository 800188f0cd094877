import type { Context } from "hono";
import type { CheckRequest, Report } from "../types";
import type { AppEnv } from "./env";

/** Saves a checked request and its report; answers the id, the review-page url and the report to send back. */
export type SaveReport = (
  c: Context<AppEnv>,
  request: CheckRequest,
  report: Report,
) => Promise<{ id: string; url: string; report: Report }>;

/**
 * Optional capabilities other modules plug into the core routes. The stored-reports module sets
 * `extensions.saveReport` when it is imported; POST /v1/check with `"store": true` then calls it and
 * answers `{...report, id, url}`. Without it, `store` is accepted and ignored.
 */
export const extensions: { saveReport?: SaveReport } = {};
