// Both ways of starting the Worker from a clean local state work for storage: plain `wrangler dev` (the
// Worker creates its D1 schema on first use) and `npm run dev` (wrangler applies the migrations first). After
// a plain start, `wrangler d1 migrations apply` finds nothing left to apply: both record d1_migrations alike.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, startDevServer, type DevServer } from "../../scripts/dev-server";
import { DEMO_PAIR } from "../../src/demo";

// Each test starts wrangler dev once (a few seconds on a free machine, much more on a loaded one).
const STARTS = { timeout: 300_000 };
const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

function freshFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "translint-fresh-"));
  folders.push(dir);
  return dir;
}

/** Store, read, open the review page and review one issue against a running server. */
async function storeReadPageAndPatch(base: string): Promise<void> {
  const json = { "content-type": "application/json" };
  const check = await fetch(`${base}/v1/check`, { method: "POST", headers: json, body: JSON.stringify({ ...DEMO_PAIR, store: true }) });
  expect(check.status).toBe(200);
  const stored = (await check.json()) as { id: string; stored: boolean; issues: { id: string }[] };
  expect(stored.stored).toBe(true);
  expect((await fetch(`${base}/v1/reports/${stored.id}`)).status).toBe(200);
  const page = await fetch(`${base}/reports/${stored.id}`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain(`data-report-id="${stored.id}"`);
  const body = JSON.stringify({ status: "approved", issues: [{ id: stored.issues[0].id, status: "dismissed" }] });
  const patched = await fetch(`${base}/v1/reports/${stored.id}`, { method: "PATCH", headers: json, body });
  expect(patched.status).toBe(200);
  expect(((await patched.json()) as { review: { status: string } }).review.status).toBe("approved");
}

async function withServer(opts: Parameters<typeof startDevServer>[0], run: (dev: DevServer) => Promise<void>) {
  const dev = await startDevServer(opts);
  try {
    await run(dev);
  } finally {
    await dev.stop();
  }
}

describe("starting from a clean .wrangler", () => {
  it("plain `wrangler dev` (no migrations step): store, GET, review page and PATCH work", STARTS, async () => {
    const persist = freshFolder();
    await withServer({ migrate: false, persistTo: persist }, (dev) => storeReadPageAndPatch(dev.base));
    // wrangler then sees every migration as applied (the Worker recorded them in d1_migrations as it does).
    expect(applyMigrations(persist)).toMatch(/No migrations to apply/i);
  });

  it("`npm run dev` (wrangler applies the migrations first): the same works", STARTS, async () => {
    await withServer({ migrate: true, persistTo: freshFolder() }, (dev) => storeReadPageAndPatch(dev.base));
  });
});
