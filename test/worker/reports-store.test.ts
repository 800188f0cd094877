import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../../src/index";
import { describe, expect, it } from "vitest";
import { reportView } from "../../src/worker/review";
import { parseReviewPatch } from "../../src/worker/review-schemas";
import {
  deleteReport,
  getReport,
  patchReview,
  purgeExpired,
  REPORT_ID_PATTERN,
  retentionMs,
  saveReport,
  type StoreEnv,
} from "../../src/worker/store";
import { PUBLIC_TENANT as PUBLIC } from "../../src/worker/tenant";
import { articleRequest, checkWithTestRule, SOURCE, TARGET } from "./report-fixtures";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 10, 12, 0, 0);
const store: StoreEnv = { DB: env.DB };

let articles = 0;
/** A new article each call unless a source is given, so remembered dismissals do not leak between tests. */
async function saved(target = TARGET, source = `${SOURCE} Nota ${++articles}.`, opts: { article?: string; now?: number } = {}) {
  const request = articleRequest(target, source);
  const raw = checkWithTestRule(request);
  const { stored, report } = await saveReport(store, PUBLIC, request, raw, { now: T0, ...opts });
  return { request, raw, stored, report };
}

function issueId(report: { issues: { id: string; message: string }[] }, word: string): string {
  const issue = report.issues.find((i) => i.message.includes(word));
  if (!issue) throw new Error(`no issue for ${word}`);
  return issue.id;
}

async function patch(id: string, body: unknown, now = T0 + 1000) {
  const parsed = parseReviewPatch(JSON.stringify(body));
  if (!parsed.ok) throw new Error(parsed.message);
  return patchReview(store, PUBLIC, id, parsed.value, now);
}

describe("report store (D1)", () => {
  it("stores the request and the report and reads them back unchanged", async () => {
    const { request, raw, stored } = await saved();
    expect(raw.issues).toHaveLength(3);
    expect(stored.id).toMatch(REPORT_ID_PATTERN);
    const back = await getReport(store, PUBLIC, stored.id, T0 + 1);
    expect(back?.request).toEqual(request);
    expect(back?.report).toEqual(raw);
    expect(back?.createdAt).toBe(T0);
    expect(back?.expiresAt).toBe(T0 + 30 * DAY);
    expect(back?.status).toBeNull();
    expect(back?.issueReviews.size).toBe(0);
  });

  it("gives every report a different 26-character base32 id", async () => {
    const ids = new Set<string>();
    for (let k = 0; k < 5; k++) ids.add((await saved()).stored.id);
    expect(ids.size).toBe(5);
    for (const id of ids) expect(id).toMatch(/^[a-z2-7]{26}$/);
  });

  it("records approval and per-issue decisions, and counts dismissed issues out of the summary", async () => {
    const { report, stored } = await saved();
    const monday = issueId(report, "Monday");
    const n210 = issueId(report, "210");
    const outcome = await patch(stored.id, {
      status: "approved",
      comment: "Fine after fixes",
      issues: [
        { id: monday, status: "dismissed", comment: "the event really was on Monday" },
        { id: n210, status: "accepted" },
      ],
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const view = reportView(outcome.stored, "https://translint.test");
    expect(view.url).toBe(`https://translint.test/reports/${stored.id}`);
    expect(view.review).toMatchObject({ status: "approved", comment: "Fine after fixes" });
    expect(view.report.issues).toHaveLength(3);
    const reviewOf = (id: string) => view.report.issues.find((i) => i.id === id)?.review;
    expect(reviewOf(monday)).toMatchObject({ status: "dismissed", comment: "the event really was on Monday", carriedOver: false });
    expect(reviewOf(n210)).toMatchObject({ status: "accepted", comment: null });
    expect(view.report.summary).toMatchObject({ issues: 2, dismissed: 1, accepted: 1, verdict: "block" });
    expect(view.report.summary.bySeverity).toEqual({ critical: 0, major: 1, minor: 1 });
  });

  it("recomputes the verdict when every blocking issue is dismissed", async () => {
    const { report, stored } = await saved();
    const outcome = await patch(stored.id, {
      issues: [
        { id: issueId(report, "Monday"), status: "dismissed" },
        { id: issueId(report, "210"), status: "dismissed" },
      ],
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(reportView(outcome.stored, "http://x").report.summary.verdict).toBe("review");
  });

  it("clears a decision with status null and changes the article status", async () => {
    const { report, stored } = await saved();
    const monday = issueId(report, "Monday");
    await patch(stored.id, { status: "rejected", issues: [{ id: monday, status: "accepted" }] });
    const outcome = await patch(stored.id, { status: null, issues: [{ id: monday, status: null }] });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.stored.status).toBeNull();
    expect(outcome.stored.issueReviews.size).toBe(0);
  });

  it("refuses decisions on issues the report does not have, and patches of missing reports", async () => {
    const { stored } = await saved();
    const unknown = await patch(stored.id, { issues: [{ id: "nope-00000000", status: "accepted" }] });
    expect(unknown).toMatchObject({ ok: false, status: 400, code: "unknown_issue" });
    const missing = await patch("a".repeat(26), { status: "approved" });
    expect(missing).toMatchObject({ ok: false, status: 404 });
  });

  it("deletes a report and its reviews", async () => {
    const { report, stored } = await saved();
    await patch(stored.id, { issues: [{ id: issueId(report, "210"), status: "accepted" }] });
    expect(await deleteReport(store, PUBLIC, stored.id)).toBe(true);
    expect(await getReport(store, PUBLIC, stored.id, T0 + 1)).toBeNull();
    expect(await deleteReport(store, PUBLIC, stored.id)).toBe(false);
    const left = await env.DB.prepare("SELECT COUNT(*) AS n FROM issue_reviews WHERE report_id = ?1")
      .bind(stored.id)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });

  it("expires reports after the retention: a late read is null and deletes the row", async () => {
    const { stored } = await saved();
    expect(await getReport(store, PUBLIC, stored.id, T0 + 30 * DAY - 1)).not.toBeNull();
    expect(await getReport(store, PUBLIC, stored.id, T0 + 30 * DAY)).toBeNull();
    const row = await env.DB.prepare("SELECT id FROM reports WHERE id = ?1").bind(stored.id).first();
    expect(row).toBeNull();
  });

  it("reads the retention from REPORT_RETENTION_DAYS, defaulting to 30 days", async () => {
    expect(retentionMs({})).toBe(30 * DAY);
    expect(retentionMs({ REPORT_RETENTION_DAYS: "2" })).toBe(2 * DAY);
    expect(retentionMs({ REPORT_RETENTION_DAYS: "junk" })).toBe(30 * DAY);
    expect(retentionMs({ REPORT_RETENTION_DAYS: "-4" })).toBe(30 * DAY);
    const short = { DB: env.DB, REPORT_RETENTION_DAYS: "1" };
    const request = articleRequest(TARGET);
    const { stored } = await saveReport(short, PUBLIC, request, checkWithTestRule(request), { now: T0 });
    expect(stored.expiresAt).toBe(T0 + DAY);
  });

  it("refuses, with a 413, to store an article and report over the row size D1 allows", async () => {
    const request = articleRequest("b".repeat(1_000_000), "a".repeat(1_000_000));
    const report = checkWithTestRule(articleRequest("Short.", "Corto."));
    await expect(saveReport(store, PUBLIC, request, report, { now: T0 })).rejects.toMatchObject({ status: 413 });
  });

  it("purges expired reports (the cron job) and keeps live ones", async () => {
    const fresh = await saved();
    const old = await saved(TARGET, undefined, { now: T0 - 40 * DAY });
    expect(await purgeExpired(store, T0)).toBeGreaterThanOrEqual(1);
    const rows = await env.DB.prepare("SELECT id FROM reports WHERE id IN (?1, ?2)")
      .bind(old.stored.id, fresh.stored.id)
      .all<{ id: string }>();
    expect(rows.results.map((r) => r.id)).toEqual([fresh.stored.id]);
  });
});

describe("cron purge", () => {
  it("the Worker's scheduled handler deletes reports whose retention has passed", async () => {
    // Saving purges too, so the expired report is saved last (at its own past time, when it was live).
    const live = await saved(TARGET, undefined, { now: Date.now() });
    const expired = await saved(TARGET, undefined, { now: Date.now() - 31 * DAY });
    expect(await env.DB.prepare("SELECT id FROM reports WHERE id = ?1").bind(expired.stored.id).first()).not.toBeNull();
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: "17 3 * * *" }), env, ctx);
    await waitOnExecutionContext(ctx);
    const rows = await env.DB.prepare("SELECT id FROM reports WHERE id IN (?1, ?2)")
      .bind(expired.stored.id, live.stored.id)
      .all<{ id: string }>();
    expect(rows.results.map((r) => r.id)).toEqual([live.stored.id]);
  });
});

describe("dismissals remembered per article", () => {
  const source = "El alcalde inauguró el lunes un puente de 210 metros. Los jugadores del equipo local asistieron.";

  it("marks a dismissed issue dismissed in a later report of the same article, keeping it in the report", async () => {
    const first = await saved("The mayor opened a 210 metre bridge on Monday. The local jugadores attended.", source);
    const n210 = issueId(first.report, "210");
    await patch(first.stored.id, { issues: [{ id: n210, status: "dismissed", comment: "correct figure" }] });

    // The translation is revised elsewhere; the dismissed issue's text is unchanged, so its id is too.
    const second = await saved("The mayor opened a 210 metre bridge on Monday. The home team's jugadores attended.", source, {
      now: T0 + DAY,
    });
    expect(second.report.issues.map((i) => i.id)).toContain(n210);
    const carried = second.report.issues.find((i) => i.id === n210);
    expect(carried?.review).toMatchObject({ status: "dismissed", comment: "correct figure", carriedOver: true });
    expect(second.report.summary).toMatchObject({ issues: 2, dismissed: 1 });
    const back = await getReport(store, PUBLIC, second.stored.id, T0 + DAY);
    expect(back?.issueReviews.get(n210)?.status).toBe("dismissed");
    // The other issues stay open.
    expect(second.report.issues.filter((i) => !i.review)).toHaveLength(2);
  });

  it("does not carry dismissals to a different article", async () => {
    const first = await saved("It was Monday.", "Era martes, dijo.");
    await patch(first.stored.id, { issues: [{ id: issueId(first.report, "Monday"), status: "dismissed" }] });
    const other = await saved("It was Monday.", "Era miércoles, dijo.");
    expect(other.report.issues.every((i) => !i.review)).toBe(true);
    expect(other.report.summary.dismissed).toBe(0);
  });

  it("keys on the caller's article id when one is given, whatever the source text", async () => {
    const first = await saved("On Monday.", "El martes, primera versión.", { article: "cms-entry-42" });
    await patch(first.stored.id, { issues: [{ id: issueId(first.report, "Monday"), status: "dismissed" }] });
    const edited = await saved("On Monday.", "El martes, segunda versión del texto.", { article: "cms-entry-42" });
    expect(edited.report.summary.dismissed).toBe(1);
  });

  it("forgets a dismissal that is accepted or cleared", async () => {
    const src = "Se jugó el martes por la tarde en el estadio.";
    const first = await saved("It was played on Monday afternoon at the stadium.", src);
    const monday = issueId(first.report, "Monday");
    await patch(first.stored.id, { issues: [{ id: monday, status: "dismissed" }] });
    await patch(first.stored.id, { issues: [{ id: monday, status: "accepted" }] });
    const later = await saved("It was played on Monday afternoon at the stadium.", src);
    expect(later.report.summary.dismissed).toBe(0);
  });

  it("lets remembered dismissals expire with the retention", async () => {
    const src = "El partido del martes terminó en empate.";
    const first = await saved("Monday's match ended in a draw.", src);
    await patch(first.stored.id, { issues: [{ id: issueId(first.report, "Monday"), status: "dismissed" }] });
    const muchLater = await saved("Monday's match ended in a draw.", src, { now: T0 + 31 * DAY });
    expect(muchLater.report.summary.dismissed).toBe(0);
  });
});

describe("PATCH body validation", () => {
  const bad = (body: unknown) => parseReviewPatch(typeof body === "string" ? body : JSON.stringify(body));

  it("accepts report status, comment and issue decisions", () => {
    expect(bad({ status: "approved" })).toEqual({ ok: true, value: { status: "approved" } });
    expect(bad({ issues: [{ id: "x-1", status: "dismissed", comment: "fine" }] })).toEqual({
      ok: true,
      value: { issues: [{ id: "x-1", status: "dismissed", comment: "fine" }] },
    });
  });

  it.each([
    ["not json", "{", "malformed_json"],
    ["an array", [], "invalid_body"],
    ["an empty object", {}, "empty_patch"],
    ["an unknown field", { status: "approved", verdict: "pass" }, "unknown_field"],
    ["a bad status", { status: "published" }, "invalid_field"],
    ["issues not an array", { issues: { id: "x" } }, "invalid_field"],
    ["an issue without status", { issues: [{ id: "x" }] }, "missing_field"],
    ["a bad issue status", { issues: [{ id: "x", status: "ignored" }] }, "invalid_field"],
    [
      "a duplicate issue",
      {
        issues: [
          { id: "x", status: null },
          { id: "x", status: "accepted" },
        ],
      },
      "duplicate_issue",
    ],
    ["a non-string comment", { status: "approved", comment: 5 }, "invalid_field"],
    ["a huge comment", { status: "approved", comment: "x".repeat(2001) }, "comment_too_long"],
  ])("rejects %s", (_name, body, code) => {
    expect(bad(body)).toMatchObject({ ok: false, code });
  });
});
