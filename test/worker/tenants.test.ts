// Tenants: every stored report, review and dismissal belongs to the API key (or named tenant) that made it.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DEMO_PAIR } from "../../src/demo";
import type { ReportView, ReviewedReport } from "../../src/worker/review";
import { getReport, storeReport } from "../../src/worker/store";
import { HOOKS_TENANT, parseKeyEntries } from "../../src/worker/tenant";
import { callWithEnv } from "./http";
import { articleRequest, checkWithTestRule, TARGET } from "./report-fixtures";

const KEY_A = "alpha-key-0123456789abcdef";
const KEY_A2 = "alpha-key-rotated-9876543210";
const KEY_B = "bravo-key-fedcba9876543210";
const KEY_H = "hooks-reviewer-key-13579";
const KEYS = { API_KEYS: `alpha:${KEY_A}, alpha:${KEY_A2}, ${KEY_B}, hooks:${KEY_H}` };

type Stored = ReviewedReport & { id: string; url: string; stored: true };
let articles = 0;

/** The demo pair with a sentence that makes it a new article (so dismissals of other tests never apply). */
function article() {
  const n = ++articles;
  return {
    ...DEMO_PAIR,
    source: { ...DEMO_PAIR.source, text: `${DEMO_PAIR.source.text}\n\nNota ${n} del editor.` },
    target: { ...DEMO_PAIR.target, text: `${DEMO_PAIR.target.text}\n\nEditor's note ${n}.` },
    // Every default severity is minor (docs/precision.md): gate at minor so the demo's issues block.
    options: { failOn: "minor" },
  };
}

function as(key: string, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = { authorization: `Bearer ${key}`, "content-type": "application/json", ...(init.headers ?? {}) };
  return callWithEnv(KEYS, path, { ...init, headers });
}

async function storeAs(key: string, body: object): Promise<Stored> {
  const res = await as(key, "/v1/check", { method: "POST", body: JSON.stringify({ ...body, store: true }) });
  expect(res.status).toBe(200);
  return res.json();
}

const patchAs = (key: string, id: string, body: unknown) => as(key, `/v1/reports/${id}`, { method: "PATCH", body: JSON.stringify(body) });

async function tenantOfRow(id: string): Promise<string | undefined> {
  return (await env.DB.prepare("SELECT tenant FROM reports WHERE id = ?1").bind(id).first<{ tenant: string }>())?.tenant;
}

describe("tenants", () => {
  it("key B gets 404 for key A's report on GET, PATCH and DELETE, and A's report is untouched", async () => {
    const a = await storeAs(KEY_A, article());
    expect((await as(KEY_B, `/v1/reports/${a.id}`)).status).toBe(404);
    expect((await patchAs(KEY_B, a.id, { status: "rejected" })).status).toBe(404);
    expect((await as(KEY_B, `/v1/reports/${a.id}`, { method: "DELETE" })).status).toBe(404);
    const res = await as(KEY_A, `/v1/reports/${a.id}`);
    expect(res.status).toBe(200);
    const view: ReportView = await res.json();
    expect(view.review.status).toBeNull();
    expect(view.report.issues.map((i) => i.id)).toEqual(a.issues.map((i) => i.id));
  });

  it("A's verdict is unaffected by B's dismissals of the same article; A's own dismissals carry over", async () => {
    const pair = article();
    const a1 = await storeAs(KEY_A, pair);
    expect(a1.summary.verdict).toBe("block");
    const b1 = await storeAs(KEY_B, pair);
    const dismissAll = { issues: b1.issues.map((i) => ({ id: i.id, status: "dismissed" })) };
    const b1Patched: ReportView = await (await patchAs(KEY_B, b1.id, dismissAll)).json();
    expect(b1Patched.report.summary.verdict).toBe("pass");

    const a2 = await storeAs(KEY_A, pair);
    expect(a2.summary.verdict).toBe("block");
    expect(a2.summary.dismissed).toBe(0);
    expect(a2.issues.some((i) => i.review)).toBe(false);
    const b2 = await storeAs(KEY_B, pair);
    expect(b2.summary.verdict).toBe("pass");
    expect(b2.issues.every((i) => i.review?.carriedOver)).toBe(true);
  });

  it("keys named for the same tenant share its reports; the stored owner is the name or a digest, never a key", async () => {
    const a = await storeAs(KEY_A, article());
    expect((await as(KEY_A2, `/v1/reports/${a.id}`)).status).toBe(200);
    expect(await tenantOfRow(a.id)).toBe("alpha");
    const b = await storeAs(KEY_B, article());
    const owner = await tenantOfRow(b.id);
    expect(owner).toMatch(/^key:[0-9a-f]{32}$/);
    expect(owner).not.toContain(KEY_B);
    const leaked = await env.DB.prepare("SELECT COUNT(*) AS n FROM reports WHERE tenant LIKE ?1 OR tenant LIKE ?2")
      .bind(`%${KEY_A}%`, `%${KEY_B}%`)
      .first<{ n: number }>();
    expect(leaked?.n).toBe(0);
  });

  it("the review page reads any tenant's report by its unguessable id (the id is the capability)", async () => {
    const a = await storeAs(KEY_A, article());
    const page = await callWithEnv(KEYS, `/reports/${a.id}`);
    expect(page.status).toBe(200);
  });

  it("hook reports belong to the hooks tenant: a key named for it reviews them, others get 404", async () => {
    const request = articleRequest(TARGET, `El club habló. Nota hook ${++articles}.`);
    const stored = await storeReport({ DB: env.DB, ...KEYS }, request, checkWithTestRule(request), "http://translint.test");
    expect(await tenantOfRow(stored.id)).toBe(HOOKS_TENANT);
    expect((await as(KEY_B, `/v1/reports/${stored.id}`)).status).toBe(404);
    expect((await patchAs(KEY_H, stored.id, { status: "approved" })).status).toBe(200);
    expect((await getReport({ DB: env.DB }, HOOKS_TENANT, stored.id))?.status).toBe("approved");
  });

  it("while the API is open, hook reports too go to the one public tenant", async () => {
    const request = articleRequest(TARGET, `El club habló. Nota hook abierta ${++articles}.`);
    const stored = await storeReport({ DB: env.DB }, request, checkWithTestRule(request), "http://translint.test");
    expect(await tenantOfRow(stored.id)).toBe("public");
  });

  it("open local mode stores under the one public tenant", async () => {
    const res = await callWithEnv({}, "/v1/check", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...article(), store: true }),
    });
    const stored: Stored = await res.json();
    expect(stored.stored).toBe(true);
    expect(await tenantOfRow(stored.id)).toBe("public");
    expect((await as(KEY_A, `/v1/reports/${stored.id}`)).status).toBe(404);
  });
});

describe("API_KEYS entries", () => {
  it("reads `key` and `tenant:key`, splitting at the first colon after a tenant name; drops unusable entries", () => {
    expect(parseKeyEntries(" k1 , news-desk:k:2 ,, :k3, bad name:k4, empty: ")).toEqual([
      { key: "k1" },
      { key: "k:2", tenant: "news-desk" },
      { key: ":k3" },
      { key: "bad name:k4" },
    ]);
    expect(parseKeyEntries(" , ")).toEqual([]);
  });
});
