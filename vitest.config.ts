import { defineConfig } from "vitest/config";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";

const migrations = await readD1Migrations("./migrations");

/**
 * Four projects: the pure checking core in Node, the HTTP API inside the Workers runtime (workerd, with the
 * D1 migrations applied by test/worker/setup.ts), the start-up of `wrangler dev` from a clean state (Node),
 * and the browser test in Node (wrangler dev + chromium).
 */
export default defineConfig({
  test: {
    reporters: ["default", "./test/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "core",
          environment: "node",
          // A hang guard, not a speed target (speed is measured by npm run bench): generous for a loaded machine.
          testTimeout: 60_000,
          include: ["test/core/**/*.test.ts", "src/**/*.test.ts"],
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              // A second, empty D1 database for the schema tests (test/worker/schema-ensure.test.ts).
              d1Databases: { FRESH_DB: "translint-fresh-db-test" },
              bindings: {
                TEST_MIGRATIONS: migrations,
                // Test-only webhook secrets (test/worker/hooks.test.ts signs with the same values; Contentful secrets have 64 characters).
                CONTENTFUL_WEBHOOK_SECRET: "test-contentful-secret-0123456789abcdef0123456789abcdef012345678",
                SANITY_WEBHOOK_SECRET: "test-sanity-secret",
                TRANSLINT_HOOK_SECRET: "test-generic-secret",
                // Batches: retry at once (no backoff wait) and make items whose meta.id starts "boom-" throw.
                BATCH_RETRY_DELAY_SECONDS: "0",
                BATCH_TEST_FAIL_PATTERN: "^boom-",
              },
            },
          }),
        ],
        test: {
          name: "worker",
          include: ["test/worker/**/*.test.ts"],
          setupFiles: ["./test/worker/setup.ts"],
          // runtypes (used by @contentful/node-apps-toolkit, a test oracle of the hooks) is CommonJS with circular
          // requires that the pool's CommonJS shim cannot load; pre-bundling it makes the toolkit run in workerd.
          deps: { optimizer: { ssr: { enabled: true, include: ["runtypes"] } } },
        },
      },
      {
        test: {
          name: "dev",
          environment: "node",
          include: ["test/dev/**/*.test.ts"],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: "browser",
          environment: "node",
          include: ["test/browser/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
