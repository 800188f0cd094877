// Applies the D1 migrations (read in vitest.config.ts) before the worker tests run.
import { applyD1Migrations, env } from "cloudflare:test";

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
