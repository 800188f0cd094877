// Replay protection for the CMS hooks: every accepted signature is remembered in D1 until it goes stale.

/** Names of the hooks, as stored with their signatures. */
export type HookName = "generic" | "contentful" | "sanity";

/**
 * Claims a signature: true when it was not seen before (it is now remembered until `expiresAt`), false when
 * it was (a replay). Rows that have gone stale are deleted in the same batch, and the insert is atomic, so of
 * two identical requests racing each other exactly one wins.
 */
export async function claimSignature(
  db: D1Database,
  hook: HookName,
  signature: string,
  expiresAt: number,
  now = Date.now(),
): Promise<boolean> {
  const [, inserted] = await db.batch([
    purgeStatement(db, now),
    db
      .prepare(
        `INSERT INTO hook_replays (hook, signature, expires_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (hook, signature) DO NOTHING RETURNING hook`,
      )
      .bind(hook, signature, expiresAt),
  ]);
  return inserted.results.length === 1;
}

/** Forgets a claimed signature, when the call it came with was refused after the claim (nothing is kept). */
export async function releaseSignature(db: D1Database, hook: HookName, signature: string): Promise<void> {
  await db.prepare("DELETE FROM hook_replays WHERE hook = ?1 AND signature = ?2").bind(hook, signature).run();
}

/** Deletes the remembered signatures that have gone stale; returns how many. */
export async function purgeReplays(db: D1Database, now = Date.now()): Promise<number> {
  const result = await purgeStatement(db, now).run();
  return result.meta.changes ?? 0;
}

function purgeStatement(db: D1Database, now: number): D1PreparedStatement {
  return db.prepare("DELETE FROM hook_replays WHERE expires_at <= ?1").bind(now);
}
