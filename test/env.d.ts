// Types the Worker's own exports and bindings for tests run in the Workers pool.
declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import("../src/index");
  }
  interface Env {
    TRANSLINT_ENV?: string;
    API_KEYS?: string;
    MAX_BODY_BYTES?: string;
    MAX_CHARS_PER_SIDE?: string;
    MAX_SENTENCES_PER_SIDE?: string;
    CORS_ORIGINS?: string;
    RATE_LIMIT_PERIOD?: string;
    RATE_LIMITER: RateLimit;
    DB: D1Database;
    REPORT_RETENTION_DAYS?: string;
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
}
