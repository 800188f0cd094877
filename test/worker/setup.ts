// Applies the D1 migrations (read in vitest.config.ts) before the worker tests run, and keeps the one line the
// Worker is expected to log in tests out of the output: the tests run with the API open on purpose, so its
// "API_KEYS is not set" warning (logged on the first request of an isolate) is expected. Anything else shows.
import { applyD1Migrations, env } from "cloudflare:test";
import { vi } from "vitest";

const EXPECTED = "translint: API_KEYS is not set, so /v1/* is open to anyone";
const warn = console.warn.bind(console);
vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
  if (typeof args[0] === "string" && args[0].startsWith(EXPECTED)) return;
  warn(...args);
});

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
