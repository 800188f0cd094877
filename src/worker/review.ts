import { summarize } from "../core/summary";
import type { CheckRequest, Issue, Report, Severity } from "../core/types";

/** Review decisions for one issue: a real error to fix, or a false alarm. */
export const ISSUE_STATUSES = ["accepted", "dismissed"] as const;
/** An issue's review decision. */
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

/** Review decisions for the whole article. */
export const REPORT_STATUSES = ["approved", "rejected"] as const;
/** The article's publication decision. */
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Longest comment accepted on an issue or on the report. */
export const MAX_COMMENT_LENGTH = 2000;
/** Most issue decisions one PATCH may carry. */
export const MAX_ISSUES_PER_PATCH = 500;

/** The review of one issue as returned to clients. */
export interface IssueReview {
  status: IssueStatus;
  comment: string | null;
  /** True when the decision was carried over from an earlier report of the same article. */
  carriedOver: boolean;
  updatedAt: string;
}

/** An issue as returned with a stored report: unchanged, plus its review when it has one. */
export type ReviewedIssue = Issue & { review?: IssueReview };

/** A stored report as returned to clients: every issue kept, summary counted over the issues not dismissed. */
export interface ReviewedReport extends Omit<Report, "issues" | "summary"> {
  summary: Report["summary"] & { dismissed: number; accepted: number };
  issues: ReviewedIssue[];
}

/** A stored report, as read from the database. */
export interface StoredReport {
  id: string;
  articleKey: string;
  createdAt: number;
  expiresAt: number;
  request: CheckRequest;
  report: Report;
  status: ReportStatus | null;
  statusComment: string | null;
  reviewedAt: number | null;
  issueReviews: ReadonlyMap<string, IssueReview>;
}

/** The JSON body of GET /v1/reports/:id (and of PATCH). */
export interface ReportView {
  id: string;
  url: string;
  createdAt: string;
  expiresAt: string;
  review: { status: ReportStatus | null; comment: string | null; reviewedAt: string | null };
  request: CheckRequest;
  report: ReviewedReport;
}

/** One issue decision in a PATCH body; status null clears the decision. */
export interface IssuePatch {
  id: string;
  status: IssueStatus | null;
  comment: string | null;
}

/** A validated PATCH /v1/reports/:id body; absent keys leave the stored value alone. */
export interface ReviewPatch {
  status?: ReportStatus | null;
  comment?: string | null;
  issues?: IssuePatch[];
}

/** Result of validating a PATCH body. */
export type PatchParse = { ok: true; value: ReviewPatch } | { ok: false; code: string; message: string };

/**
 * Merges the review state into the report. Dismissed issues stay in `issues` (nothing is ever dropped) with a
 * `review` field; the summary and verdict are counted over the issues that are not dismissed.
 */
export function applyReview(
  report: Report,
  reviews: ReadonlyMap<string, IssueReview>,
  failOn: Severity | undefined,
): ReviewedReport {
  const issues: ReviewedIssue[] = report.issues.map((i) => {
    const review = reviews.get(i.id);
    return review ? { ...i, review } : i;
  });
  const open = issues.filter((i) => i.review?.status !== "dismissed");
  const accepted = issues.filter((i) => i.review?.status === "accepted").length;
  const summary = { ...summarize(open, failOn ?? "major"), dismissed: issues.length - open.length, accepted };
  return { ...report, summary, issues };
}

/** Builds the client view of a stored report; `baseUrl` is the Worker's origin. */
export function reportView(stored: StoredReport, baseUrl: string): ReportView {
  return {
    id: stored.id,
    url: reviewPageUrl(baseUrl, stored.id),
    createdAt: new Date(stored.createdAt).toISOString(),
    expiresAt: new Date(stored.expiresAt).toISOString(),
    review: {
      status: stored.status,
      comment: stored.statusComment,
      reviewedAt: stored.reviewedAt === null ? null : new Date(stored.reviewedAt).toISOString(),
    },
    request: stored.request,
    report: applyReview(stored.report, stored.issueReviews, stored.request.options?.failOn),
  };
}

/** URL of a report's review page. */
export function reviewPageUrl(baseUrl: string, id: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/reports/${id}`;
}

/** Validates the JSON body of PATCH /v1/reports/:id. */
export function parseReviewPatch(body: string): PatchParse {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return bad("malformed_json", "The request body is not valid JSON.");
  }
  if (!isObject(data)) return bad("invalid_body", "The request body must be a JSON object.");
  for (const key of Object.keys(data))
    if (key !== "status" && key !== "comment" && key !== "issues")
      return bad("unknown_field", `Unknown field "${key}"; expected "status", "comment" or "issues".`);
  const patch: ReviewPatch = {};
  if ("status" in data) {
    if (data.status !== null && !includes(REPORT_STATUSES, data.status))
      return bad("invalid_field", `"status" must be "approved", "rejected" or null.`);
    patch.status = data.status as ReportStatus | null;
  }
  if ("comment" in data) {
    const c = checkComment(data.comment, "comment");
    if (typeof c === "object" && c !== null) return c;
    patch.comment = c;
  }
  if ("issues" in data) {
    const issues = parseIssuePatches(data.issues);
    if (!Array.isArray(issues)) return issues;
    patch.issues = issues;
  }
  if (patch.status === undefined && patch.comment === undefined && !patch.issues?.length)
    return bad("empty_patch", `Nothing to change: give "status", "comment" or a non-empty "issues".`);
  return { ok: true, value: patch };
}

function parseIssuePatches(value: unknown): IssuePatch[] | Extract<PatchParse, { ok: false }> {
  if (!Array.isArray(value)) return bad("invalid_field", `"issues" must be an array of {id, status, comment?}.`);
  if (value.length > MAX_ISSUES_PER_PATCH)
    return bad("too_many_issues", `"issues" may hold at most ${MAX_ISSUES_PER_PATCH} entries.`);
  const seen = new Set<string>();
  const out: IssuePatch[] = [];
  for (const [k, item] of value.entries()) {
    if (!isObject(item)) return bad("invalid_field", `"issues[${k}]" must be an object.`);
    for (const key of Object.keys(item))
      if (key !== "id" && key !== "status" && key !== "comment")
        return bad("unknown_field", `Unknown field "issues[${k}].${key}".`);
    if (typeof item.id !== "string" || !item.id) return bad("invalid_field", `"issues[${k}].id" must be a string.`);
    if (seen.has(item.id)) return bad("duplicate_issue", `Issue "${item.id}" appears twice.`);
    seen.add(item.id);
    if (!("status" in item) || (item.status !== null && !includes(ISSUE_STATUSES, item.status)))
      return bad("invalid_field", `"issues[${k}].status" must be "accepted", "dismissed" or null.`);
    const c = checkComment(item.comment, `issues[${k}].comment`);
    if (typeof c === "object" && c !== null) return c;
    out.push({ id: item.id, status: item.status as IssueStatus | null, comment: c ?? null });
  }
  return out;
}

function checkComment(value: unknown, name: string): string | null | Extract<PatchParse, { ok: false }> {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return bad("invalid_field", `"${name}" must be a string or null.`);
  if (value.length > MAX_COMMENT_LENGTH)
    return bad("comment_too_long", `"${name}" is longer than ${MAX_COMMENT_LENGTH} characters.`);
  return value.trim() ? value : null;
}

function bad(code: string, message: string): Extract<PatchParse, { ok: false }> {
  return { ok: false, code, message };
}

function includes<T extends string>(list: readonly T[], v: unknown): v is T {
  return (list as readonly unknown[]).includes(v);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
