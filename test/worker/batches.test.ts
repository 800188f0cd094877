import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../../src/index";
import { afterEach, describe, expect, it, vi } from "vitest";
import { check } from "../../src/checker";
import type { CheckRequest } from "../../src/types";
import { RULES } from "../../src/rules";
import type { ItemMessage } from "../../src/worker/batches/consumer";
import { verifyGeneric } from "../../src/worker/hooks/signatures";
import { call, callWithEnv, errorOf, sampleRequest } from "./http";
import { syntheticPair } from "./batch-pairs";

// The secret vitest.config.ts gives the Worker (completion webhooks are signed like the generic hook).
const HOOK_SECRET = "test-generic-secret";
const CALLBACK = "https://hooks.example.test/translint/batch";

interface BatchJson {
  id: string;
  status: "running" | "completed";
  progress: { queued: number; done: number; failed: number; total: number };
  verdicts: Record<string, number>;
  issuesByRule: Record<string, number>;
  issuesByCategory: Record<string, number>;
  slowest: { index: number; id: string | null; durationMs: number }[];
  links: { self: string; results: string; csv: string; page: string };
  callback: { url: string; status: string | null } | null;
}

function postBatch(body: string, contentType = "application/json", query = ""): Promise<Response> {
  return call(`/v1/batches${query}`, { method: "POST", headers: { "Content-Type": contentType }, body });
}

/** Polls GET /v1/batches/:id until the batch completes (the local Queue delivers in batches every second). */
async function waitForCompletion(id: string, timeoutMs = 90_000): Promise<BatchJson> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const batch = (await (await call(`/v1/batches/${id}`)).json()) as BatchJson;
    if (batch.status === "completed") return batch;
    if (Date.now() > until) throw new Error(`batch ${id} still running: ${JSON.stringify(batch.progress)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Captures fetches to the test callback host (never lets them leave the machine). */
function captureCallbacks(): { headers: Headers; body: string }[] {
  const captured: { headers: Headers; body: string }[] = [];
  const original = globalThis.fetch;
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    if (new URL(request.url).host !== "hooks.example.test") return original(input, init);
    captured.push({ headers: request.headers, body: await request.text() });
    return new Response("ok", { status: 200 });
  });
  return captured;
}

afterEach(() => vi.restoreAllMocks());

describe("POST /v1/batches: validation", () => {
  it("rejects the whole batch when one item is invalid, naming its index, and enqueues nothing", async () => {
    const items = [sampleRequest(), { ...sampleRequest(), target: { text: "", lang: "en" } }];
    const res = await postBatch(JSON.stringify(items));
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("empty_text");
    expect(error.message).toMatch(/^Item 1: "target.text" is empty/);
  });

  it("answers clear 4xx errors for bodies that are not batches", async () => {
    expect((await errorOf(await postBatch("[]"))).code).toBe("empty_batch");
    expect((await errorOf(await postBatch("{not json"))).code).toBe("malformed_json");
    expect((await errorOf(await postBatch('{"items": 3}'))).code).toBe("missing_field");
    expect((await errorOf(await postBatch("x", "text/plain"))).code).toBe("unsupported_media_type");
    const badMeta = await postBatch(JSON.stringify([{ ...sampleRequest(), meta: { id: 7 } }]));
    expect(badMeta.status).toBe(400);
    expect((await errorOf(badMeta)).message).toMatch(/^Item 0: "meta.id"/);
    const ndjson = `${JSON.stringify(sampleRequest())}\n{oops\n`;
    const bad = await postBatch(ndjson, "application/x-ndjson");
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toBe("Line 2 (item 1) is not valid JSON.");
    const unsigned = await callWithEnv({ TRANSLINT_HOOK_SECRET: "" }, "/v1/batches?callbackUrl=https://x.test/", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify([sampleRequest()]),
    });
    expect((await errorOf(unsigned)).code).toBe("callback_unsigned");
  });

  it("refuses more items than MAX_BATCH_ITEMS with 413", async () => {
    const res = await callWithEnv({ MAX_BATCH_ITEMS: "2" }, "/v1/batches", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify([1, 2, 3].map(() => sampleRequest())),
    });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("too_many_items");
  });
});

describe("a batch of 500 pairs through the local Queue", () => {
  it("completes with the right counts; items that throw end failed, the rest done; results as NDJSON and CSV", async () => {
    const captured = captureCallbacks();
    const items = Array.from({ length: 500 }, (_, i) => ({
      ...syntheticPair(i),
      meta: { id: i % 25 === 4 ? `boom-${i}` : `article-${i}` },
    }));
    const posted = await postBatch(
      items.map((x) => JSON.stringify(x)).join("\n"),
      "application/x-ndjson",
      `?callbackUrl=${encodeURIComponent(CALLBACK)}`,
    );
    expect(posted.status).toBe(202);
    const first = (await posted.json()) as BatchJson;
    expect(first.progress.total).toBe(500);

    const batch = await waitForCompletion(first.id);
    const failing = items.filter((x) => x.meta.id.startsWith("boom-"));
    expect(batch.progress).toEqual({ queued: 0, done: 500 - failing.length, failed: failing.length, total: 500 });

    // The verdicts and issue counts are those of the checker itself on the items that did not throw.
    const expected = { verdicts: { pass: 0, review: 0, block: 0 } as Record<string, number>, byRule: {} as Record<string, number> };
    for (const item of items) {
      if (item.meta.id.startsWith("boom-")) continue;
      const report = check(item as CheckRequest, RULES);
      expected.verdicts[report.summary.verdict]++;
      for (const issue of report.issues) expected.byRule[issue.ruleId] = (expected.byRule[issue.ruleId] ?? 0) + 1;
    }
    expect(batch.verdicts).toEqual(expected.verdicts);
    expect(batch.issuesByRule).toEqual(expected.byRule);
    expect(batch.issuesByRule.omission).toBeGreaterThan(0);
    expect(batch.issuesByRule["number-mismatch"]).toBeGreaterThan(0);
    expect(batch.slowest.length).toBe(5);

    const ndjson = await call(`/v1/batches/${first.id}/results`);
    expect(ndjson.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = new TextDecoder()
      .decode(await ndjson.arrayBuffer())
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(items.map((x) => x.meta.id));
    for (const line of lines) {
      if (line.id.startsWith("boom-")) {
        expect(line).toMatchObject({ status: "failed", verdict: null, reportUrl: null });
        expect(line.error).toMatch(/injected test failure/);
      } else {
        expect(line.status).toBe("done");
        expect(line.reportUrl).toMatch(/\/reports\/[a-z2-7]{26}$/);
      }
    }
    const review = await call(new URL(lines[0].reportUrl).pathname);
    expect(review.status).toBe(200);

    const csvRes = await call(`/v1/batches/${first.id}/results?format=csv`);
    expect(csvRes.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const csv = await csvRes.text();
    const rows = csv.trimEnd().split("\r\n");
    expect(rows[0]).toBe("index,id,status,verdict,issues,critical,major,minor,reportUrl,error");
    expect(rows.length).toBe(501);
    expect(rows[1]).toMatch(new RegExp(`^0,article-0,done,${lines[0].verdict},${lines[0].issues},`));

    // One signed completion webhook, verifiable as the generic hook verifies its callers.
    await vi.waitFor(() => expect(captured.length).toBe(1), { timeout: 5000 });
    const hook = captured[0];
    const body = hook.body;
    const verified = await verifyGeneric(
      HOOK_SECRET,
      hook.headers.get("x-translint-timestamp"),
      hook.headers.get("x-translint-signature"),
      body,
    );
    expect(verified).toMatchObject({ ok: true });
    expect(JSON.parse(body)).toMatchObject({ event: "batch.completed", batch: { id: first.id, done: 480, failed: 20, total: 500 } });
  }, 120_000);
});

describe("the consumer", () => {
  it("does not store a report twice when a message is delivered again", async () => {
    const posted = await postBatch(JSON.stringify([{ ...sampleRequest(), meta: { id: "once" } }]));
    const { id } = (await posted.json()) as BatchJson;
    await waitForCompletion(id);
    const before = await env.DB.prepare("SELECT count(*) AS n FROM reports").first<{ n: number }>();
    const body: ItemMessage = { b: id, i: 0, id: "once", r: sampleRequest() as unknown as CheckRequest };
    const batch = createMessageBatch<ItemMessage>("translint-batches", [{ id: "again", timestamp: new Date(), attempts: 1, body }]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env, ctx);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks).toEqual(["again"]);
    const after = await env.DB.prepare("SELECT count(*) AS n FROM reports").first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  }, 30_000);

  it("marks a dead-lettered item failed with the error of its last attempt", async () => {
    const posted = await postBatch(JSON.stringify([{ ...sampleRequest(), meta: { id: "boom-dead" } }]));
    const { id } = (await posted.json()) as BatchJson;
    const batch = await waitForCompletion(id);
    expect(batch.progress).toMatchObject({ done: 0, failed: 1 });
    const row = await env.DB.prepare("SELECT attempts, error FROM batch_items WHERE batch_id = ?1")
      .bind(id)
      .first<{ attempts: number; error: string }>();
    expect(row?.attempts).toBe(4); // the first delivery and max_retries = 3 retries
    expect(row?.error).toMatch(/injected test failure \(BATCH_TEST_FAIL_PATTERN\) for "boom-dead"/);
  }, 60_000);
});

describe("large items", () => {
  it("carries a request too large for a queue message through R2", async () => {
    const pair = syntheticPair(0);
    const big = (t: string) => Array.from({ length: 150 }, () => t).join("\n\n");
    const item = {
      source: { ...pair.source, text: big(pair.source.text) },
      target: { ...pair.target, text: big(pair.target.text) },
      meta: { id: "big" },
    };
    expect(JSON.stringify(item).length).toBeGreaterThan(100_000);
    const { id } = (await (await postBatch(JSON.stringify([item]))).json()) as BatchJson;
    const batch = await waitForCompletion(id);
    expect(batch.progress).toMatchObject({ done: 1, failed: 0 });
    const { meta: _meta, ...request } = item;
    expect(batch.verdicts[check(request as CheckRequest, RULES).summary.verdict]).toBe(1);
    expect(await env.BATCH_BUCKET.head(`batches/${id}/0.request.json`)).not.toBeNull();
  }, 60_000);
});

describe("translint batch and the API", () => {
  it("a line of `translint batch` holds the report POST /v1/check answers, byte for byte", async () => {
    const { checkItemLine } = await import("../../src/cli/batch-line");
    for (const i of [0, 1, 3]) {
      const body = await (
        await call("/v1/check", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(syntheticPair(i)),
        })
      ).text();
      expect(checkItemLine(`a${i}`, { ...syntheticPair(i), meta: { id: `a${i}` } }).line).toBe(`{"id":"a${i}","report":${body}}`);
    }
  });
});

describe("ownership", () => {
  it("a batch belongs to the API key that created it", async () => {
    const keys = { API_KEYS: "key-alpha,key-beta" };
    const init = (key: string, extra: RequestInit = {}) => ({
      ...extra,
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    });
    const posted = await callWithEnv(keys, "/v1/batches", init("key-alpha", { method: "POST", body: JSON.stringify([sampleRequest()]) }));
    expect(posted.status).toBe(202);
    const { id } = (await posted.json()) as BatchJson;
    expect((await callWithEnv(keys, `/v1/batches/${id}`, init("key-alpha"))).status).toBe(200);
    expect((await callWithEnv(keys, `/v1/batches/${id}`, init("key-beta"))).status).toBe(404);
    expect((await callWithEnv(keys, `/v1/batches/${id}/results`, init("key-beta"))).status).toBe(404);
    expect((await call(`/v1/batches/${id}`)).status).toBe(404);
  });
});

describe("GET /batches/:id (page)", () => {
  it("shows the progress, the verdict and rule bars, and a filterable table linking review pages", async () => {
    const items = [0, 1, 3].map((i) => ({ ...syntheticPair(i), meta: { id: `page-${i}` } }));
    items.push({ ...syntheticPair(2), meta: { id: "boom-page" } });
    const { id } = (await (await postBatch(JSON.stringify(items))).json()) as BatchJson;
    await waitForCompletion(id);
    const page = await call(`/batches/${id}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    const html = await page.text();
    expect(html).toContain('<progress value="4" max="4"></progress> 4 of 4 checked');
    expect(html).toMatch(/<th scope="row">omission<\/th><td><meter min="0" max="\d+" value="1"><\/meter>/);
    expect(html.match(/href="http:\/\/translint\.test\/reports\/[a-z2-7]{26}">review<\/a>/g)).toHaveLength(3);
    expect(html).toContain("4 of 4 articles shown");
    const failed = await (await call(`/batches/${id}?status=failed`)).text();
    expect(failed).toContain("1 of 4 articles shown");
    expect(failed).toContain("injected test failure");
    const omissions = await (await call(`/batches/${id}?rule=omission`)).text();
    expect(omissions).toContain("1 of 4 articles shown");
    expect(omissions).toContain("page-3");
    expect((await call("/batches/nosuchbatch")).status).toBe(404);
  }, 60_000);
});

describe("purging", () => {
  it("deletes expired batches with their items and R2 objects, and keeps live ones", async () => {
    const { insertBatch, purgeExpiredBatches, getBatch } = await import("../../src/worker/batches/store");
    const now = Date.now();
    await insertBatch(env.DB, {
      id: "expiredbatch",
      tenant: "public",
      now: now - 10,
      expiresAt: now - 1,
      baseUrl: "http://x",
      ids: ["a", "b"],
    });
    await insertBatch(env.DB, { id: "livebatch", tenant: "public", now, expiresAt: now + 60_000, baseUrl: "http://x", ids: ["c"] });
    await env.BATCH_BUCKET.put("batches/expiredbatch/0.report.json", "{}");
    await env.BATCH_BUCKET.put("batches/livebatch/0.report.json", "{}");
    expect(await purgeExpiredBatches(env.DB, env.BATCH_BUCKET, now)).toBe(1);
    const items = await env.DB.prepare(
      "SELECT batch_id, count(*) AS n FROM batch_items WHERE batch_id IN ('expiredbatch', 'livebatch') GROUP BY batch_id",
    ).all();
    expect(items.results).toEqual([{ batch_id: "livebatch", n: 1 }]);
    expect(await env.BATCH_BUCKET.get("batches/expiredbatch/0.report.json")).toBeNull();
    expect(await env.BATCH_BUCKET.get("batches/livebatch/0.report.json")).not.toBeNull();
    expect(await getBatch(env.DB, "livebatch", "public", now)).not.toBeNull();
  });
});
