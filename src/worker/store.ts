import { HTTPException } from "hono/http-exception";
import type { CheckRequest, Report, ReportSegment } from "../core/types";
import {
  applyReview,
  approvalOf,
  type Approval,
  reviewPageUrl,
  type IssueReview,
  type ReviewedReport,
  type ReviewPatch,
  type StoredReport,
} from "./review";

/** Bindings the report store needs. */
export interface StoreEnv {
  DB: D1Database;
  /** Days a stored report (and a remembered dismissal) is kept; default 30. */
  REPORT_RETENTION_DAYS?: string;
}

/** Default retention of stored reports, in days. */
export const DEFAULT_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;
const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
/** Shape of a report id: 26 base32 characters (130 bits of text holding 128 random bits). */
export const REPORT_ID_PATTERN = /^[a-z2-7]{26}$/;

/** Largest request + report JSON stored in one row (D1 rows are limited to 2,000,000 bytes). */
export const MAX_STORED_BYTES = 1_900_000;

/** Retention in milliseconds from the `REPORT_RETENTION_DAYS` var (positive number of days, else 30). */
export function retentionMs(env: Pick<StoreEnv, "REPORT_RETENTION_DAYS">): number {
  const days = Number(env.REPORT_RETENTION_DAYS);
  return (Number.isFinite(days) && days > 0 ? days : DEFAULT_RETENTION_DAYS) * DAY_MS;
}

/** A new unguessable report id: 128 bits from crypto.getRandomValues, base32 (lowercase, no padding). */
export function newReportId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * The identity of an article, under which dismissals are remembered: SHA-256 of the language pair and either
 * the caller's own article id (a CMS entry id) or the source text. The target text is left out on purpose, so
 * a revised translation of the same source keeps its dismissals (issue ids are fingerprints of rule + span
 * texts, so an untouched issue keeps its id).
 */
export async function articleKey(request: CheckRequest, article?: string): Promise<string> {
  const identity = article ? `id\u0000${article}` : `text\u0000${request.source.text.trim()}`;
  const data = new TextEncoder().encode(`${request.source.lang}\u0000${request.target.lang}\u0000${identity}`);
  const digest = await crypto.subtle.digest("SHA-256", data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** What saveReport returns: the stored record and the report with carried-over dismissals applied. */
export interface SavedReport {
  stored: StoredReport;
  report: ReviewedReport;
}

/**
 * Saves a request and its report. Issues that were dismissed in an earlier report of the same article are
 * marked dismissed in this one (kept in the report, counted out of the summary). Also purges expired rows.
 */
export async function saveReport(
  env: StoreEnv,
  request: CheckRequest,
  report: Report,
  options: { article?: string; now?: number } = {},
): Promise<SavedReport> {
  const now = options.now ?? Date.now();
  const id = newReportId();
  const key = await articleKey(request, options.article);
  const expiresAt = now + retentionMs(env);
  const issueIds = JSON.stringify(report.issues.map((i) => i.id));
  const requestJson = JSON.stringify(request);
  const reportJson = JSON.stringify(compactReport(report));
  const bytes = utf8Length(requestJson) + utf8Length(reportJson);
  if (bytes > MAX_STORED_BYTES)
    throw new HTTPException(413, {
      message: `The article and its report take ${bytes} bytes, over the ${MAX_STORED_BYTES} bytes a stored report may take; check it without "store".`,
    });
  const db = env.DB;
  await db.batch([
    ...purgeStatements(db, now),
    db
      .prepare(
        `INSERT INTO reports (id, article_key, created_at, expires_at, request_json, report_json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)`,
      )
      .bind(id, key, now, expiresAt, requestJson, reportJson),
    db
      .prepare(
        `INSERT INTO issue_reviews (report_id, issue_id, status, comment, carried_over, updated_at)
         SELECT ?1, d.issue_id, 'dismissed', d.comment, 1, d.created_at FROM dismissals d
         WHERE d.article_key = ?2 AND d.expires_at > ?3 AND d.issue_id IN (SELECT value FROM json_each(?4))`,
      )
      .bind(id, key, now, issueIds),
    db
      .prepare(
        `UPDATE dismissals SET expires_at = ?1
         WHERE article_key = ?2 AND expires_at > ?3 AND issue_id IN (SELECT value FROM json_each(?4))`,
      )
      .bind(expiresAt, key, now, issueIds),
  ]);
  const stored = await getReport(env, id, now);
  if (!stored) throw new Error("the report just saved could not be read back");
  return { stored, report: applyReview(report, stored.issueReviews, request.options?.failOn) };
}

/**
 * Stores a checked request for POST /v1/check with `"store": true` (and the CMS hooks): returns the id, the
 * review page URL and the report as stored (with remembered dismissals marked).
 */
export async function storeReport(
  env: StoreEnv,
  request: CheckRequest,
  report: Report,
  baseUrl: string,
  options: { article?: string } = {},
): Promise<{ id: string; url: string; report: ReviewedReport }> {
  const saved = await saveReport(env, request, report, options);
  return { id: saved.stored.id, url: reviewPageUrl(baseUrl, saved.stored.id), report: saved.report };
}

interface ReportRow {
  id: string;
  article_key: string;
  created_at: number;
  expires_at: number;
  request_json: string;
  report_json: string;
  status: "approved" | "rejected" | null;
  status_comment: string | null;
  reviewed_at: number | null;
  approval_json: string | null;
}

interface IssueReviewRow {
  issue_id: string;
  status: "accepted" | "dismissed";
  comment: string | null;
  carried_over: number;
  updated_at: number;
}

/** Reads a stored report with its review state; an expired one is deleted and reads as null. */
export async function getReport(env: StoreEnv, id: string, now = Date.now()): Promise<StoredReport | null> {
  if (!REPORT_ID_PATTERN.test(id)) return null;
  const [rows, reviews] = await env.DB.batch([
    env.DB.prepare("SELECT * FROM reports WHERE id = ?1").bind(id),
    env.DB.prepare(
      "SELECT issue_id, status, comment, carried_over, updated_at FROM issue_reviews WHERE report_id = ?1",
    ).bind(id),
  ]);
  const row = (rows.results as ReportRow[])[0];
  if (!row) return null;
  if (row.expires_at <= now) {
    await deleteReport(env, id);
    return null;
  }
  const issueReviews = new Map<string, IssueReview>();
  for (const r of reviews.results as IssueReviewRow[]) {
    issueReviews.set(r.issue_id, {
      status: r.status,
      comment: r.comment,
      carriedOver: r.carried_over === 1,
      updatedAt: new Date(r.updated_at).toISOString(),
    });
  }
  const request = JSON.parse(row.request_json) as CheckRequest;
  return {
    id: row.id,
    articleKey: row.article_key,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    request,
    report: expandReport(JSON.parse(row.report_json) as StoredReportJson, request),
    status: row.status,
    statusComment: row.status_comment,
    reviewedAt: row.reviewed_at,
    approval: row.approval_json ? (JSON.parse(row.approval_json) as Approval) : null,
    issueReviews,
  };
}

/**
 * Deletes a report and its issue reviews; true when it existed. Dismissals it recorded stay remembered for the
 * article (they belong to the article, not to one report) until they expire.
 */
export async function deleteReport(env: StoreEnv, id: string): Promise<boolean> {
  if (!REPORT_ID_PATTERN.test(id)) return false;
  const [, deleted] = await env.DB.batch([
    env.DB.prepare("DELETE FROM issue_reviews WHERE report_id = ?1").bind(id),
    env.DB.prepare("DELETE FROM reports WHERE id = ?1").bind(id),
  ]);
  return (deleted.meta.changes ?? 0) > 0;
}

/** Outcome of a review patch. */
export type PatchOutcome =
  | { ok: true; stored: StoredReport }
  | { ok: false; status: 404 | 400; code: string; message: string };

/**
 * Applies a review patch: the article's approval, and per-issue decisions. Dismissing an issue also remembers
 * the dismissal for the article; accepting or clearing it forgets that.
 */
export async function patchReview(
  env: StoreEnv,
  id: string,
  patch: ReviewPatch,
  now = Date.now(),
): Promise<PatchOutcome> {
  const stored = await getReport(env, id, now);
  if (!stored) return { ok: false, status: 404, code: "not_found", message: "No such report (or it expired)." };
  const known = new Set(stored.report.issues.map((i) => i.id));
  const unknown = patch.issues?.find((p) => !known.has(p.id));
  if (unknown)
    return { ok: false, status: 400, code: "unknown_issue", message: `The report has no issue "${unknown.id}".` };

  const db = env.DB;
  const statements: D1PreparedStatement[] = [];
  if (patch.status !== undefined) {
    const approval = patch.status === "approved" ? JSON.stringify(approvalOf(stored, patch)) : null;
    statements.push(
      db
        .prepare("UPDATE reports SET status = ?2, reviewed_at = ?3, approval_json = ?4 WHERE id = ?1")
        .bind(id, patch.status, now, approval),
    );
  }
  if (patch.comment !== undefined)
    statements.push(db.prepare("UPDATE reports SET status_comment = ?2 WHERE id = ?1").bind(id, patch.comment));
  if (patch.issues?.length) {
    const decisions = JSON.stringify(patch.issues);
    const dismissalExpiry = now + retentionMs(env);
    statements.push(
      db
        .prepare(
          `DELETE FROM issue_reviews WHERE report_id = ?1 AND issue_id IN
           (SELECT json_extract(value, '$.id') FROM json_each(?2) WHERE json_extract(value, '$.status') IS NULL)`,
        )
        .bind(id, decisions),
      db
        .prepare(
          `INSERT INTO issue_reviews (report_id, issue_id, status, comment, carried_over, updated_at)
           SELECT ?1, json_extract(value, '$.id'), json_extract(value, '$.status'), json_extract(value, '$.comment'), 0, ?3
           FROM json_each(?2) WHERE json_extract(value, '$.status') IS NOT NULL
           ON CONFLICT (report_id, issue_id) DO UPDATE SET
             status = excluded.status, comment = excluded.comment, carried_over = 0, updated_at = excluded.updated_at`,
        )
        .bind(id, decisions, now),
      db
        .prepare(
          `DELETE FROM dismissals WHERE article_key = ?1 AND issue_id IN
           (SELECT json_extract(value, '$.id') FROM json_each(?2)
            WHERE json_extract(value, '$.status') IS NOT 'dismissed')`,
        )
        .bind(stored.articleKey, decisions),
      db
        .prepare(
          `INSERT INTO dismissals (article_key, issue_id, comment, report_id, created_at, expires_at)
           SELECT ?1, json_extract(value, '$.id'), json_extract(value, '$.comment'), ?3, ?4, ?5
           FROM json_each(?2) WHERE json_extract(value, '$.status') = 'dismissed'
           ON CONFLICT (article_key, issue_id) DO UPDATE SET
             comment = excluded.comment, report_id = excluded.report_id,
             created_at = excluded.created_at, expires_at = excluded.expires_at`,
        )
        .bind(stored.articleKey, decisions, id, now, dismissalExpiry),
    );
  }
  await db.batch(statements);
  const updated = await getReport(env, id, now);
  if (!updated) return { ok: false, status: 404, code: "not_found", message: "No such report (or it expired)." };
  return { ok: true, stored: updated };
}

/** Deletes every expired report, its reviews, and expired dismissals; returns how many reports went. */
export async function purgeExpired(env: StoreEnv, now = Date.now()): Promise<number> {
  const results = await env.DB.batch(purgeStatements(env.DB, now));
  return results[1].meta.changes ?? 0;
}

function purgeStatements(db: D1Database, now: number): D1PreparedStatement[] {
  return [
    db
      .prepare("DELETE FROM issue_reviews WHERE report_id IN (SELECT id FROM reports WHERE expires_at <= ?1)")
      .bind(now),
    db.prepare("DELETE FROM reports WHERE expires_at <= ?1").bind(now),
    db.prepare("DELETE FROM dismissals WHERE expires_at <= ?1").bind(now),
  ];
}

/** The report as stored: segment texts are left out (they are slices of the request texts) to save space. */
type StoredReportJson = Omit<Report, "segments"> & {
  segments: { source: Omit<ReportSegment, "text">[]; target: Omit<ReportSegment, "text">[] };
};

function compactReport(report: Report): StoredReportJson {
  const strip = (segs: ReportSegment[]) => segs.map(({ start, end, paragraph }) => ({ start, end, paragraph }));
  return { ...report, segments: { source: strip(report.segments.source), target: strip(report.segments.target) } };
}

function expandReport(stored: StoredReportJson, request: CheckRequest): Report {
  const fill = (segs: Omit<ReportSegment, "text">[], raw: string): ReportSegment[] =>
    segs.map((s) => ({ start: s.start, end: s.end, text: raw.slice(s.start, s.end), paragraph: s.paragraph }));
  return {
    ...stored,
    segments: { source: fill(stored.segments.source, request.source.text), target: fill(stored.segments.target, request.target.text) },
  };
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
