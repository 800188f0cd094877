import { defineConfig } from "vitest/config";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";

const migrations = await readD1Migrations("./migrations");

/**
 * Three projects: the pure checking core in Node, the HTTP API inside the Workers runtime (workerd, with the
 * D1 migrations applied by test/worker/setup.ts), and the browser test in Node (wrangler dev + chromium).
 */
export default defineConfig({
  test: {
    reporters: ["default", "./test/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "core",
          environment: "node",
          include: ["test/core/**/*.test.ts", "src/**/*.test.ts"],
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                TEST_MIGRATIONS: migrations,
                // Test-only webhook secrets (test/worker/hooks.test.ts signs with the same values).
                CONTENTFUL_WEBHOOK_SECRET: "test-contentful-secret-0123456789abcdef0123456789abcdef0123456789ab",
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
