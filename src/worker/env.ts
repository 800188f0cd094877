import type { SecureHeadersVariables } from "hono/secure-headers";

/** Bindings, secrets and variables the Worker reads (all optional: local dev runs with none). */
export interface Env {
  /** "development" or "production"; in production /v1/* refuses to serve without a usable API key. */
  TRANSLINT_ENV?: string;
  /**
   * Secret: comma-separated API keys for `/v1/*`, each `key` or `tenant:key` (src/worker/tenant.ts); with no
   * usable key the API is open (local development), or refuses to serve in production.
   */
  API_KEYS?: string;
  /** Largest accepted request body in bytes (default 1,048,576). */
  MAX_BODY_BYTES?: string;
  /** Largest accepted text per side in characters (UTF-16 code units; default 200,000). */
  MAX_CHARS_PER_SIDE?: string;
  /** Largest accepted number of sentences per side (default 5,000). */
  MAX_SENTENCES_PER_SIDE?: string;
  /** Comma-separated origins allowed by CORS on `/v1/*` (default "*"). */
  CORS_ORIGINS?: string;
  /** Seconds in the rate limiter's window, sent as Retry-After (must match wrangler.toml; default 60). */
  RATE_LIMIT_PERIOD?: string;
  /** D1 database of stored reports (src/worker/store.ts). */
  DB?: D1Database;
  /** Workers Rate Limiting binding; when absent, requests are not limited. */
  RATE_LIMITER?: RateLimit;
  /** Days a stored report (and a remembered dismissal) is kept (default 30). */
  REPORT_RETENTION_DAYS?: string;
  /** Queue the batch items go through (src/worker/batches/); POST /v1/batches answers 503 without it. */
  BATCH_QUEUE?: Queue<unknown>;
  /** R2 bucket for batch items and reports too large for a queue message or a D1 row. */
  BATCH_BUCKET?: R2Bucket;
  /** Largest batch body in bytes (default 33,554,432). */
  MAX_BATCH_BODY_BYTES?: string;
  /** Largest number of items in one batch (default 10,000). */
  MAX_BATCH_ITEMS?: string;
  /** Seconds before the first retry of a failed batch item; doubles per attempt (default 10). */
  BATCH_RETRY_DELAY_SECONDS?: string;
  /** Test only (ignored when TRANSLINT_ENV is "production"): items whose meta.id matches this regex throw. */
  BATCH_TEST_FAIL_PATTERN?: string;
  /** Secret signing batch completion webhooks (else TRANSLINT_HOOK_SECRET); without either, no callbackUrl. */
  BATCH_CALLBACK_SECRET?: string;
  /** Secret of the generic hook; also signs batch completion webhooks when BATCH_CALLBACK_SECRET is unset. */
  TRANSLINT_HOOK_SECRET?: string;
}

/** Per-request values middleware hands to handlers. */
export interface Variables extends SecureHeadersVariables {
  /** Short fingerprint of the caller's API key (never the key), set by the auth middleware. */
  apiKeyId?: string;
  /** The tenant that owns what this request stores and may read (src/worker/tenant.ts), set by the auth middleware. */
  tenant?: string;
  /** The parsed JSON body, set by the jsonBody middleware. */
  jsonBody?: unknown;
}

/** The Hono environment type of every translint app and sub-app. */
export interface AppEnv {
  Bindings: Env;
  Variables: Variables;
}
