import { MIGRATIONS } from "./migrations.generated";

/** One D1 migration: its file name in migrations/ and its SQL statements. */
export interface Migration {
  name: string;
  queries: readonly string[];
}

/** The table where wrangler (`wrangler d1 migrations apply`) records applied migrations. */
export const MIGRATIONS_TABLE = "d1_migrations";

/** wrangler's own definition of its migrations table, so either side may create it first. */
const MIGRATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE}(
		id         INTEGER PRIMARY KEY AUTOINCREMENT,
		name       TEXT UNIQUE,
		applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);`;

let ready: Promise<void> | undefined;

/**
 * Makes sure the D1 schema exists: applies, in order, every migration of migrations/ that the database's
 * d1_migrations table does not list, each in one batch (one transaction) together with its d1_migrations row,
 * exactly as `wrangler d1 migrations apply` records it. Runs once per isolate; later calls share the same
 * settled promise and cost nothing. A failure is not remembered, so the next call tries again.
 */
export function ensureSchema(db: D1Database, migrations: readonly Migration[] = MIGRATIONS): Promise<void> {
  const pending = (ready ??= applyMissing(db, migrations).then(
    () => undefined,
    (err: unknown) => {
      ready = undefined;
      throw err;
    },
  ));
  return pending;
}

/** Forgets that the schema was checked (after a storage failure), so the next use checks it again. */
export function forgetSchemaCheck(): void {
  ready = undefined;
}

/** Applies the migrations the database has not recorded; returns the names applied. */
export async function applyMissing(db: D1Database, migrations: readonly Migration[]): Promise<string[]> {
  const applied = await appliedNames(db);
  const done: string[] = [];
  for (const m of migrations) {
    if (applied.has(m.name)) continue;
    const record = db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (name) VALUES (?1)`).bind(m.name);
    try {
      await db.batch([...m.queries.map((q) => db.prepare(q)), record]);
      done.push(m.name);
    } catch (err) {
      // Another isolate (or wrangler) may have applied it meanwhile: the batch rolled back, which is fine.
      if (!(await appliedNames(db)).has(m.name)) throw err;
    }
  }
  return done;
}

async function appliedNames(db: D1Database): Promise<Set<string>> {
  const [, rows] = await db.batch<{ name: string }>([db.prepare(MIGRATIONS_TABLE_SQL), db.prepare(`SELECT name FROM ${MIGRATIONS_TABLE}`)]);
  return new Set(rows.results.map((r) => r.name));
}
