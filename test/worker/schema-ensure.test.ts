// The Worker makes sure its D1 schema exists on first use, the same schema as migrations/, recorded in
// wrangler's d1_migrations table (so `wrangler d1 migrations apply` later has nothing left to do).
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { MIGRATIONS } from "../../src/worker/db/migrations.generated";
import { applyMissing, ensureSchema } from "../../src/worker/db/schema";

const fresh = env.FRESH_DB;

/** Drops every table and index of a database (D1 keeps its own _cf_ tables). */
async function wipe(db: D1Database): Promise<void> {
  const rows = await db
    .prepare(
      "SELECT type, name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
    )
    .all<{ type: string; name: string }>();
  if (rows.results.length) await db.batch(rows.results.map((r) => db.prepare(`DROP TABLE IF EXISTS "${r.name}"`)));
}

/** The schema of a database: every table and index with its SQL (whitespace removed), sorted. */
async function schemaOf(db: D1Database): Promise<string[]> {
  const rows = await db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' ORDER BY type, name",
    )
    .all<{ type: string; name: string; sql: string }>();
  return rows.results.map((r) => `${r.type} ${r.name}: ${r.sql.replace(/\s+/g, "")}`);
}

async function appliedNames(db: D1Database): Promise<string[]> {
  return (await db.prepare("SELECT name FROM d1_migrations ORDER BY id").all<{ name: string }>()).results.map((r) => r.name);
}

describe("schema on first use", () => {
  it("creates on an empty database the same schema that the migrations give, recorded as wrangler records it", async () => {
    await wipe(fresh);
    const applied = await applyMissing(fresh, MIGRATIONS);
    expect(applied).toEqual(MIGRATIONS.map((m) => m.name));
    expect(applied.length).toBeGreaterThanOrEqual(2);
    // env.DB got the same migrations through vitest-pool-workers' applyD1Migrations (test/worker/setup.ts).
    expect(await schemaOf(fresh)).toEqual(await schemaOf(env.DB));
    expect(await appliedNames(fresh)).toEqual(await appliedNames(env.DB));
  });

  it("is idempotent: a second run applies nothing and changes nothing", async () => {
    await wipe(fresh);
    await applyMissing(fresh, MIGRATIONS);
    const before = await schemaOf(fresh);
    expect(await applyMissing(fresh, MIGRATIONS)).toEqual([]);
    expect(await schemaOf(fresh)).toEqual(before);
  });

  it("applies only what is missing on a database wrangler migrated earlier (first migration only)", async () => {
    await wipe(fresh);
    await applyMissing(fresh, MIGRATIONS.slice(0, 1));
    await fresh
      .prepare(
        "INSERT INTO reports (id, article_key, created_at, expires_at, request_json, report_json) VALUES ('old', 'k', 1, 2, '{}', '{}')",
      )
      .run();
    expect(await applyMissing(fresh, MIGRATIONS)).toEqual(MIGRATIONS.slice(1).map((m) => m.name));
    // A report stored before tenants existed belongs to the public tenant.
    expect(await fresh.prepare("SELECT tenant FROM reports WHERE id = 'old'").first("tenant")).toBe("public");
  });

  it("lets concurrent first uses race: each migration is applied exactly once", async () => {
    await wipe(fresh);
    const runs = await Promise.all([applyMissing(fresh, MIGRATIONS), applyMissing(fresh, MIGRATIONS), applyMissing(fresh, MIGRATIONS)]);
    expect(runs.flat().sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
    expect(await appliedNames(fresh)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it("ensureSchema checks once per isolate: later calls return the same settled promise", async () => {
    const first = ensureSchema(env.DB);
    await first;
    expect(ensureSchema(env.DB)).toBe(first);
  });
});
