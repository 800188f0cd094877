// Types the Worker's own exports and bindings for tests run in the Workers pool: the Worker's Env
// (src/worker/env.ts), with the bindings wrangler.toml always provides in tests made required.
declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import("../src/index");
  }
  type WorkerEnv = import("../src/worker/env").Env;
  type HookConfig = import("../src/worker/hooks/config").HookConfig;
  interface Env extends Omit<WorkerEnv, "DB" | "RATE_LIMITER" | "BATCH_QUEUE" | "BATCH_BUCKET">, HookConfig {
    RATE_LIMITER: RateLimit;
    DB: D1Database;
    BATCH_QUEUE: Queue<unknown>;
    BATCH_BUCKET: R2Bucket;
    /** An empty D1 database for the schema tests. */
    FRESH_DB: D1Database;
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
}
