import { HTTPException } from "hono/http-exception";
import type { CheckRequest, Report, ReportSegment } from "../types";
import { ensureSchema, forgetSchemaCheck } from "./db/schema";
import { StorageUnavailable } from "./storage-error";
import { hookTenant } from "./tenant";
import {
  applyReview,
  approvalOf,
  reviewPageUrl,
  type Approval,
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
  /** The API keys, when given: storeReport's default tenant depends on whether the API is open. */
  API_KEYS?: string;
}

/** Default retention of stored reports, in days. */
export const DEFAULT_RETENTION_DAYS = 30;
/** Longest retention accepted, in days (ten years); the configuration check refuses more. */
export const MAX_RETENTION_DAYS = 3650;
const DAY_MS = 86_400_000;
const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
/** Shape of a report id: 26 base32 characters (130 bits of text holding 128 random bits). */
export const REPORT_ID_PATTERN = /^[a-z2-7]{26}$/;

/** Largest request + report JSON stored in one row (D1 rows are limited to 2,000,000 bytes). */
export const MAX_STORED_BYTES = 1_900_000;

/**
 * Retention in milliseconds from the `REPORT_RETENTION_DAYS` var: a positive number of days, at most
 * MAX_RETENTION_DAYS (more is clamped, so no date is ever out of range); anything else means 30. The
 * configuration check (src/worker/config.ts) refuses such values before a request gets here.
 */
export function retentionMs(env: Pick<StoreEnv, "REPORT_RETENTION_DAYS">): number {
  const days = Number(env.REPORT_RETENTION_DAYS);
  const valid = Number.isFinite(days) && days > 0 ? Math.min(days, MAX_RETENTION_DAYS) : DEFAULT_RETENTION_DAYS;
  return valid * DAY_MS;
}

/**
 * Runs a storage operation after making sure the schema exists (once per isolate). A D1 failure becomes
 * StorageUnavailable (answered 503 with Retry-After), and the schema is checked again on the next use.
 */
async function guarded<T>(env: StoreEnv, what: string, op: (db: D1Database) => Promise<T>): Promise<T> {
  try {
    await ensureSchema(env.DB);
    return await op(env.DB);
  } catch (err) {
    if (err instanceof HTTPException || err instanceof StorageUnavailable) throw err;
    forgetSchemaCheck();
    throw new StorageUnavailable(what, { cause: err });
  }
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
  tenant: string,
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
  const stored = await guarded(env, "saving a report", async (db) => {
    await db.batch([
      ...purgeStatements(db, now),
      db
        .prepare(
          `INSERT INTO reports (id, tenant, article_key, created_at, expires_at, request_json, report_json)
           VALUES (?1, ?5, ?2, ?3, ?4, ?6, ?7)`,
        )
        .bind(id, key, now, expiresAt, tenant, requestJson, reportJson),
      db
        .prepare(
          `INSERT INTO issue_reviews (report_id, issue_id, status, comment, carried_over, updated_at)
           SELECT ?1, d.issue_id, 'dismissed', d.comment, 1, d.created_at FROM dismissals d
           WHERE d.tenant = ?5 AND d.article_key = ?2 AND d.expires_at > ?3
             AND d.issue_id IN (SELECT value FROM json_each(?4))`,
        )
        .bind(id, key, now, issueIds, tenant),
      db
        .prepare(
          `UPDATE dismissals SET expires_at = ?1
           WHERE tenant = ?5 AND article_key = ?2 AND expires_at > ?3 AND issue_id IN (SELECT value FROM json_each(?4))`,
        )
        .bind(expiresAt, key, now, issueIds, tenant),
    ]);
    return getReport(env, tenant, id, now);
  });
  if (!stored) throw new StorageUnavailable("reading back a report just saved");
  return { stored, report: applyReview(report, stored.issueReviews, request.options?.failOn) };
}

/**
 * Stores a checked request for POST /v1/check with `"store": true` (and the CMS hooks): returns the id, the
 * review page URL and the report as stored (with remembered dismissals of the same tenant marked). The
 * tenant defaults to the CMS hooks' one: "hooks", or "public" while the API is open (see hookTenant).
 */
export async function storeReport(
  env: StoreEnv,
  request: CheckRequest,
  report: Report,
  baseUrl: string,
  options: { article?: string; tenant?: string } = {},
): Promise<{ id: string; url: string; report: ReviewedReport }> {
  const saved = await saveReport(env, options.tenant ?? hookTenant(env), request, report, options);
  return { id: saved.stored.id, url: reviewPageUrl(baseUrl, saved.stored.id), report: saved.report };
}

interface ReportRow {
  id: string;
  tenant: string;
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

/**
 * Reads a stored report of a tenant with its review state; another tenant's report, a missing one and an
 * expired one (which is deleted) read as null. Tenant null reads any tenant's report: only the review page
 * does that, whose unguessable id is the capability to read it.
 */
export async function getReport(env: StoreEnv, tenant: string | null, id: string, now = Date.now()): Promise<StoredReport | null> {
  if (!REPORT_ID_PATTERN.test(id)) return null;
  const row = await guarded(env, "reading a report", (db) => readRow(db, tenant, id));
  if (!row) return null;
  if (row.expires_at <= now) {
    await deleteReport(env, row.tenant, id);
    return null;
  }
  return toStoredReport(row, row.reviews);
}

async function readRow(db: D1Database, tenant: string | null, id: string) {
  const [rows, reviews] = await db.batch([
    db.prepare("SELECT * FROM reports WHERE id = ?1 AND (?2 IS NULL OR tenant = ?2)").bind(id, tenant),
    db
      .prepare(
        `SELECT issue_id, status, comment, carried_over, updated_at FROM issue_reviews
       WHERE report_id = ?1 AND EXISTS (SELECT 1 FROM reports WHERE id = ?1 AND (?2 IS NULL OR tenant = ?2))`,
      )
      .bind(id, tenant),
  ]);
  const row = (rows.results as ReportRow[])[0];
  return row ? { ...row, reviews: reviews.results as IssueReviewRow[] } : null;
}

function toStoredReport(row: ReportRow, reviews: IssueReviewRow[]): StoredReport {
  const issueReviews = new Map<string, IssueReview>();
  for (const r of reviews) {
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
    tenant: row.tenant,
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
 * Deletes a tenant's report and its issue reviews; true when it existed (another tenant's report is left
 * alone: false). Dismissals it recorded stay remembered for the article (they belong to the tenant's article,
 * not to one report) until they expire.
 */
export async function deleteReport(env: StoreEnv, tenant: string, id: string): Promise<boolean> {
  if (!REPORT_ID_PATTERN.test(id)) return false;
  const [, deleted] = await guarded(env, "deleting a report", (db) =>
    db.batch([
      db.prepare("DELETE FROM issue_reviews WHERE report_id IN (SELECT id FROM reports WHERE id = ?1 AND tenant = ?2)").bind(id, tenant),
      db.prepare("DELETE FROM reports WHERE id = ?1 AND tenant = ?2").bind(id, tenant),
    ]),
  );
  return (deleted.meta.changes ?? 0) > 0;
}

/** Outcome of a review patch. */
export type PatchOutcome = { ok: true; stored: StoredReport } | { ok: false; status: 404 | 400; code: string; message: string };

/**
 * Applies a review patch to a tenant's report: the article's approval, and per-issue decisions. Dismissing an
 * issue also remembers the dismissal for the tenant's article; accepting or clearing it forgets that. A report
 * deleted while the patch is under way reads as 404 (every write is conditional on the report still existing).
 */
export async function patchReview(env: StoreEnv, tenant: string, id: string, patch: ReviewPatch, now = Date.now()): Promise<PatchOutcome> {
  const stored = await getReport(env, tenant, id, now);
  if (!stored) return { ok: false, status: 404, code: "not_found", message: "No such report (or it expired)." };
  const known = new Set(stored.report.issues.map((i) => i.id));
  const unknown = patch.issues?.find((p) => !known.has(p.id));
  if (unknown) return { ok: false, status: 400, code: "unknown_issue", message: `The report has no issue "${unknown.id}".` };
  return writeReview(env, stored, patch, now);
}

/**
 * Writes a validated patch of a report read earlier and reads the result back. Every statement only touches
 * rows while the report still exists, in one transaction, so a concurrent DELETE makes it a 404, never a
 * foreign-key failure.
 */
export async function writeReview(env: StoreEnv, stored: StoredReport, patch: ReviewPatch, now = Date.now()): Promise<PatchOutcome> {
  await guarded(env, "saving a review", (db) => db.batch(reviewStatements(db, stored, patch, now, retentionMs(env))));
  const updated = await getReport(env, stored.tenant, stored.id, now);
  if (!updated) return { ok: false, status: 404, code: "not_found", message: "No such report (or it expired)." };
  return { ok: true, stored: updated };
}

/** `EXISTS` condition on the report ?1 of tenant ?8, shared by every statement of a review write. */
const REPORT_EXISTS = "EXISTS (SELECT 1 FROM reports WHERE id = ?1 AND tenant = ?8)";

function reviewStatements(db: D1Database, stored: StoredReport, patch: ReviewPatch, now: number, retention: number): D1PreparedStatement[] {
  const { id, tenant, articleKey: key } = stored;
  // Every statement binds the same eight parameters (and names ?8, so all eight are bound): ?1 id,
  // ?2 decisions, ?3 now, ?4 article key, ?5 expiry, ?6 status, ?7 comment, ?8 tenant.
  const args = [id, JSON.stringify(patch.issues ?? []), now, key, now + retention, patch.status ?? null, patch.comment ?? null, tenant];
  const sql: string[] = [];
  if (patch.comment !== undefined) sql.push("UPDATE reports SET status_comment = ?7 WHERE id = ?1 AND tenant = ?8");
  if (patch.issues?.length)
    sql.push(
      `DELETE FROM issue_reviews WHERE report_id = ?1 AND ${REPORT_EXISTS} AND issue_id IN
       (SELECT json_extract(value, '$.id') FROM json_each(?2) WHERE json_extract(value, '$.status') IS NULL)`,
      `INSERT INTO issue_reviews (report_id, issue_id, status, comment, carried_over, updated_at)
       SELECT ?1, json_extract(value, '$.id'), json_extract(value, '$.status'), json_extract(value, '$.comment'), 0, ?3
       FROM json_each(?2) WHERE json_extract(value, '$.status') IS NOT NULL AND ${REPORT_EXISTS}
       ON CONFLICT (report_id, issue_id) DO UPDATE SET
         status = excluded.status, comment = excluded.comment, carried_over = 0, updated_at = excluded.updated_at`,
      `DELETE FROM dismissals WHERE tenant = ?8 AND article_key = ?4 AND ${REPORT_EXISTS} AND issue_id IN
       (SELECT json_extract(value, '$.id') FROM json_each(?2) WHERE json_extract(value, '$.status') IS NOT 'dismissed')`,
      `INSERT INTO dismissals (tenant, article_key, issue_id, comment, report_id, created_at, expires_at)
       SELECT ?8, ?4, json_extract(value, '$.id'), json_extract(value, '$.comment'), ?1, ?3, ?5
       FROM json_each(?2) WHERE json_extract(value, '$.status') = 'dismissed' AND ${REPORT_EXISTS}
       ON CONFLICT (tenant, article_key, issue_id) DO UPDATE SET
         comment = excluded.comment, report_id = excluded.report_id,
         created_at = excluded.created_at, expires_at = excluded.expires_at`,
    );
  const statements = sql.map((q) => db.prepare(q).bind(...args));
  if (patch.status !== undefined) {
    // Approving records who approved over which open issues at or above failOn; any other status clears it.
    const approval = patch.status === "approved" ? JSON.stringify(approvalOf(stored, patch)) : null;
    statements.unshift(
      db
        .prepare("UPDATE reports SET status = ?2, reviewed_at = ?3, approval_json = ?4 WHERE id = ?1 AND tenant = ?5")
        .bind(id, patch.status, now, approval, tenant),
    );
  }
  return statements;
}

/** Deletes every expired report, its reviews, and expired dismissals; returns how many reports went. */
export async function purgeExpired(env: StoreEnv, now = Date.now()): Promise<number> {
  const results = await guarded(env, "purging expired reports", (db) => db.batch(purgeStatements(db, now)));
  return results[1].meta.changes ?? 0;
}

function purgeStatements(db: D1Database, now: number): D1PreparedStatement[] {
  return [
    db.prepare("DELETE FROM issue_reviews WHERE report_id IN (SELECT id FROM reports WHERE expires_at <= ?1)").bind(now),
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
