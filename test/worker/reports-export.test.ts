import { describe, expect, it } from "vitest";
import { DEMO_PAIR } from "../../src/demo";
import type { ReviewedReport } from "../../src/worker/review";
import { call, postJson } from "./http";

async function storeDemo(): Promise<ReviewedReport & { id: string }> {
  const res = await postJson("/v1/check", { ...DEMO_PAIR, store: true });
  expect(res.status).toBe(200);
  return res.json();
}

describe("GET /v1/reports/:id exports", () => {
  it("serves CSV, HTML and XLIFF by ?format= as downloads with the right types", async () => {
    const stored = await storeDemo();
    const n = stored.issues.length;
    expect(n).toBeGreaterThan(0);

    const csv = await call(`/v1/reports/${stored.id}?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="translint-${stored.id}.csv"`);
    const text = await csv.text();
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(n + 1);
    for (const issue of stored.issues) expect(text).toContain(issue.id);

    const html = await call(`/v1/reports/${stored.id}?format=html`);
    expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html.headers.get("content-security-policy")).toContain("style-src 'unsafe-inline'");
    const page = await html.text();
    expect(page).toContain(stored.id);
    expect(page.match(/<tr><td class="n">/g)!.length).toBeGreaterThanOrEqual(n);

    const xlf = await call(`/v1/reports/${stored.id}?format=xliff`);
    expect(xlf.headers.get("content-type")).toBe("application/xliff+xml; charset=utf-8");
    expect(xlf.headers.get("content-disposition")).toContain(".xlf");
    const xml = await xlf.text();
    expect(xml.match(/<unit /g)).toHaveLength(stored.alignment.length);
    expect(xml.match(/<its:locQualityIssue /g)).toHaveLength(n);
  });

  it("negotiates by Accept and keeps JSON the default", async () => {
    const { id } = await storeDemo();
    const byAccept = async (accept?: string) => {
      const res = await call(`/v1/reports/${id}`, accept ? { headers: { Accept: accept } } : undefined);
      return [res.status, res.headers.get("content-type")?.split(";")[0]];
    };
    expect(await byAccept()).toEqual([200, "application/json"]);
    expect(await byAccept("*/*")).toEqual([200, "application/json"]);
    expect(await byAccept("text/csv")).toEqual([200, "text/csv"]);
    expect(await byAccept("application/xliff+xml, application/json;q=0.5")).toEqual([200, "application/xliff+xml"]);
    expect(await byAccept("text/*")).toEqual([200, "text/csv"]);
    expect(await byAccept("text/html;q=0.9, application/json")).toEqual([200, "application/json"]);
    expect(await byAccept("image/png")).toEqual([406, "application/json"]);
  });

  it("answers an unknown format with 400 and an unknown report with 404, both JSON", async () => {
    const { id } = await storeDemo();
    const bad = await call(`/v1/reports/${id}?format=pdf`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: "invalid_format", message: '"format" must be one of: json, csv, html, xliff.' } });
    const missing = await call(`/v1/reports/${"a".repeat(26)}?format=csv`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});
