import { blocksAt, summarize } from "../report/summary";
import type { CheckOptions, CheckRequest, Issue, Report, Severity } from "../types";

/** Review decisions for one issue: a real error to fix, or a false alarm. */
export const ISSUE_STATUSES = ["accepted", "dismissed"] as const;
/** An issue's review decision. */
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

/** Review decisions for the whole article. */
export const REPORT_STATUSES = ["approved", "rejected"] as const;
/** The article's publication decision. */
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Longest name accepted in `approvedBy`. */
export const MAX_APPROVER_LENGTH = 200;

/** An issue that was still open (no decision) at or above failOn when the article was approved. */
export interface ApprovedOverIssue {
  id: string;
  ruleId: string;
  severity: Severity;
}

/** Who approved the article and over which open blocking issues (empty when none were open). */
export interface Approval {
  by: string | null;
  over: ApprovedOverIssue[];
}

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
  /** The tenant that stored it (src/worker/tenant.ts); only it can read, review or delete it via the API. */
  tenant: string;
  articleKey: string;
  createdAt: number;
  expiresAt: number;
  request: CheckRequest;
  report: Report;
  status: ReportStatus | null;
  statusComment: string | null;
  reviewedAt: number | null;
  /** Set when the article is approved; null otherwise. */
  approval: Approval | null;
  issueReviews: ReadonlyMap<string, IssueReview>;
}

/** The JSON body of GET /v1/reports/:id (and of PATCH). */
export interface ReportView {
  id: string;
  url: string;
  createdAt: string;
  expiresAt: string;
  review: { status: ReportStatus | null; comment: string | null; reviewedAt: string | null; approval: Approval | null };
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
  /** Who approves (only with status "approved"). */
  approvedBy?: string | null;
}

/**
 * The approval recorded when a patch approves the article: the issues still open (no decision, after the
 * patch's own decisions) at or above failOn, so "who approved over what" stays on record.
 */
export function approvalOf(stored: StoredReport, patch: ReviewPatch): Approval {
  const decided = new Map<string, IssueStatus | null>();
  for (const [id, r] of stored.issueReviews) decided.set(id, r.status);
  for (const p of patch.issues ?? []) decided.set(p.id, p.status);
  const failOn = stored.request.options?.failOn ?? "major";
  const over = stored.report.issues
    .filter((i) => !decided.get(i.id) && blocksAt(i, failOn))
    .map((i) => ({ id: i.id, ruleId: i.ruleId, severity: i.severity }));
  return { by: patch.approvedBy ?? null, over };
}

/**
 * Merges the review state into the report. Dismissed issues stay in `issues` (nothing is ever dropped) with a
 * `review` field; the summary and verdict are counted over the issues that are not dismissed.
 */
export function applyReview(report: Report, reviews: ReadonlyMap<string, IssueReview>, failOn: CheckOptions["failOn"]): ReviewedReport {
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
      approval: stored.approval,
    },
    request: stored.request,
    report: applyReview(stored.report, stored.issueReviews, stored.request.options?.failOn),
  };
}

/** URL of a report's review page. */
export function reviewPageUrl(baseUrl: string, id: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/reports/${id}`;
}
