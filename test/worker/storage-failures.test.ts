// Storage failures answer 503 with a JSON error and Retry-After, never 500; a check asked to store still
// returns its report, marked as not stored. Failures are real D1 failures (a trigger that aborts a write) or
// a missing binding, never stand-ins.
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PAIR } from "../../src/demo";
import type { Report } from "../../src/types";
import { STORAGE_RETRY_AFTER_SECONDS } from "../../src/worker/storage-error";
import { deleteReport, getReport, writeReview } from "../../src/worker/store";
import { captureConsole, type CapturedConsole } from "./console";
import { callWithEnv, errorOf, fetchApp } from "./http";

const SECRET = "secret detail at /srv/internal/path.ts";
const JSON_HEADERS = { "content-type": "application/json" };
let logs: CapturedConsole;
beforeEach(() => void (logs = captureConsole()));
afterEach(() => logs.restore());

/** Makes every write to a table fail inside D1, for the duration of `run`. */
async function failingWrites<T>(table: string, run: () => Promise<T>): Promise<T> {
  const name = `fail_${table}`;
  await env.DB.prepare(`CREATE TRIGGER ${name} BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, '${SECRET}'); END`).run();
  try {
    return await run();
  } finally {
    await env.DB.prepare(`DROP TRIGGER ${name}`).run();
  }
}

const storeCheck = (overrides: Partial<Cloudflare.Env> = {}) =>
  callWithEnv(overrides, "/v1/check", { method: "POST", headers: JSON_HEADERS, body: JSON.stringify({ ...DEMO_PAIR, store: true }) });

async function expect503(res: Response): Promise<void> {
  expect(res.status).toBe(503);
  expect(res.headers.get("retry-after")).toBe(String(STORAGE_RETRY_AFTER_SECONDS));
  const error = await errorOf(res);
  expect(error.code).toBe("storage_unavailable");
  expect(error.message).not.toContain("/srv");
}

describe("storage failures", () => {
  it("a failing write: POST /v1/check with store answers 503 + Retry-After with the report and stored: false", async () => {
    const res = await failingWrites("reports", () => storeCheck());
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe(String(STORAGE_RETRY_AFTER_SECONDS));
    const body = (await res.json()) as Report & { stored: boolean; error: { code: string; message: string }; id?: string };
    expect(body.stored).toBe(false);
    expect(body.id).toBeUndefined();
    expect(body.error.code).toBe("storage_unavailable");
    expect(JSON.stringify(body)).not.toContain("/srv/internal");
    const plain = (await (
      await fetchApp("/v1/check", { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(DEMO_PAIR) })
    ).json()) as Report;
    expect(body.summary).toEqual(plain.summary);
    expect(body.issues).toEqual(plain.issues);
    // The cause is logged once, in one line, without a stack.
    expect(logs.lines.some((l) => l.includes("storage unavailable") && l.includes(SECRET))).toBe(true);
    expect(logs.lines.join("\n")).not.toMatch(/\n\s+at /);
  });

  it("a failing write: PATCH answers 503 + Retry-After and changes nothing", async () => {
    const stored = (await (await storeCheck()).json()) as { id: string; issues: { id: string }[] };
    const body = JSON.stringify({ issues: [{ id: stored.issues[0].id, status: "accepted" }] });
    const res = await failingWrites("issue_reviews", () =>
      fetchApp(`/v1/reports/${stored.id}`, { method: "PATCH", headers: JSON_HEADERS, body }),
    );
    await expect503(res);
    expect((await getReport({ DB: env.DB }, "public", stored.id))?.issueReviews.size).toBe(0);
  });

  it("no D1 binding: store, GET, PATCH, DELETE and the review page answer 503 JSON with Retry-After", async () => {
    const noDb = { DB: undefined } as unknown as Partial<Cloudflare.Env>;
    const check = await storeCheck(noDb);
    expect(check.status).toBe(503);
    expect(((await check.json()) as { stored: boolean }).stored).toBe(false);
    const id = "a".repeat(26);
    await expect503(await callWithEnv(noDb, `/v1/reports/${id}`));
    await expect503(
      await callWithEnv(noDb, `/v1/reports/${id}`, { method: "PATCH", headers: JSON_HEADERS, body: '{"status":"approved"}' }),
    );
    await expect503(await callWithEnv(noDb, `/v1/reports/${id}`, { method: "DELETE" }));
    await expect503(await callWithEnv(noDb, `/reports/${id}`));
    // A check without store needs no storage.
    const plain = await callWithEnv(noDb, "/v1/check", { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(DEMO_PAIR) });
    expect(plain.status).toBe(200);
  });
});

describe("PATCH racing DELETE", () => {
  it("concurrent PATCHes and a DELETE of one report answer 200, 204 or 404, never 500", async () => {
    const stored = (await (await storeCheck()).json()) as { id: string; issues: { id: string }[] };
    const patchBody = (k: number) =>
      JSON.stringify({
        status: "approved",
        issues: stored.issues.map((i, n) => ({ id: i.id, status: (n + k) % 2 ? "dismissed" : "accepted" })),
      });
    const calls = Array.from({ length: 12 }, (_, k) =>
      k === 5
        ? fetchApp(`/v1/reports/${stored.id}`, { method: "DELETE" })
        : fetchApp(`/v1/reports/${stored.id}`, { method: "PATCH", headers: JSON_HEADERS, body: patchBody(k) }),
    );
    const statuses = (await Promise.all(calls)).map((r) => r.status);
    expect(statuses.every((s) => [200, 204, 404].includes(s))).toBe(true);
    expect(statuses).toContain(204);
    expect((await fetchApp(`/v1/reports/${stored.id}`)).status).toBe(404);
  });

  it("a review written after the report was deleted is a 404 and leaves no rows behind", async () => {
    const stored = (await (await storeCheck()).json()) as { id: string; issues: { id: string }[] };
    const read = await getReport({ DB: env.DB }, "public", stored.id);
    expect(read).not.toBeNull();
    expect(await deleteReport({ DB: env.DB }, "public", stored.id)).toBe(true);
    const outcome = await writeReview({ DB: env.DB }, read!, {
      status: "approved",
      issues: [{ id: stored.issues[0].id, status: "dismissed", comment: null }],
    });
    expect(outcome).toMatchObject({ ok: false, status: 404 });
    const left = await env.DB.prepare(
      "SELECT (SELECT COUNT(*) FROM issue_reviews WHERE report_id = ?1) + (SELECT COUNT(*) FROM dismissals WHERE report_id = ?1) AS n",
    )
      .bind(stored.id)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });
});
