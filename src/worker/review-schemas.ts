import { z } from "@hono/zod-openapi";
import { SEVERITIES } from "../types";
import { parseJsonBody } from "./body";
import { ISSUE_STATUSES, MAX_APPROVER_LENGTH, MAX_COMMENT_LENGTH, MAX_ISSUES_PER_PATCH, REPORT_STATUSES, type ReviewPatch } from "./review";
import { CheckRequestSchema, ErrorSchema, IssueSchema, ReportSchema } from "./schemas";

const CommentSchema = z
  .string()
  .max(MAX_COMMENT_LENGTH)
  .nullable()
  .optional()
  .openapi({ description: `Free text, at most ${MAX_COMMENT_LENGTH} characters; null or blank clears it.` });

/** One issue decision in a PATCH body. */
export const IssuePatchSchema = z
  .strictObject({
    id: z.string().min(1).openapi({ description: "Issue id, as in report.issues[].id." }),
    status: z.enum(ISSUE_STATUSES).nullable().openapi({
      description: "accepted: a real error to fix; dismissed: a false alarm (remembered for the article); null clears.",
    }),
    comment: CommentSchema,
  })
  .openapi("IssueDecision");

/** The body of PATCH /v1/reports/:id; absent fields are left as they are. */
export const ReviewPatchSchema = z
  .strictObject({
    status: z.enum(REPORT_STATUSES).nullable().optional().openapi({
      description: "The article's publication decision; null clears it.",
    }),
    comment: CommentSchema,
    issues: z.array(IssuePatchSchema).max(MAX_ISSUES_PER_PATCH).optional(),
    approvedBy: z
      .string()
      .max(MAX_APPROVER_LENGTH)
      .nullable()
      .optional()
      .openapi({
        description: `Who approves (with status "approved" only), at most ${MAX_APPROVER_LENGTH} characters.`,
      }),
  })
  .openapi("ReviewPatch", {
    example: {
      status: "approved",
      approvedBy: "Night desk",
      issues: [{ id: "omission-1a2b3c4d", status: "dismissed", comment: "merged into the lead" }],
    },
  });

/** The review of one issue. */
export const IssueReviewSchema = z
  .strictObject({
    status: z.enum(ISSUE_STATUSES),
    comment: z.string().nullable(),
    carriedOver: z.boolean().openapi({ description: "Dismissed in an earlier report of the same article." }),
    updatedAt: z.string().openapi({ description: "ISO 8601 time." }),
  })
  .openapi("IssueReview");

/** A report as stored: every issue kept (with its review), the summary counted over issues not dismissed. */
export const ReviewedReportSchema = ReportSchema.extend({
  summary: ReportSchema.shape.summary.extend({
    dismissed: z.number().int().min(0).openapi({ description: "Issues dismissed (not counted in issues or verdict)." }),
    accepted: z.number().int().min(0),
  }),
  issues: z.array(IssueSchema.extend({ review: IssueReviewSchema.optional() })),
}).openapi("ReviewedReport");

/** The answer of POST /v1/check with store: true: the report as stored (reviews carried over), its id and URL. */
export const StoredCheckResponseSchema = ReviewedReportSchema.extend({
  id: z.string().openapi({ description: "Id of the stored report." }),
  url: z.string().openapi({ description: "Review page of the stored report." }),
  stored: z.literal(true).openapi({ description: "The report was stored." }),
}).openapi("StoredCheckResponse");

/** Who approved the article and over which open issues at or above failOn. */
export const ApprovalSchema = z
  .strictObject({
    by: z.string().nullable().openapi({ description: "The approver's name as sent in approvedBy, or null." }),
    over: z
      .array(z.strictObject({ id: z.string(), ruleId: z.string(), severity: z.enum(SEVERITIES) }))
      .openapi({ description: "Issues still open (no decision) at or above failOn when the article was approved." }),
  })
  .openapi("Approval");

/**
 * The 503 answer of POST /v1/check with store: true when storage failed: the report all the same, `stored:
 * false`, and the error (the answer carries Retry-After).
 */
export const NotStoredCheckResponseSchema = ReportSchema.extend({
  stored: z.literal(false).openapi({ description: "The report was NOT stored; retry after Retry-After seconds." }),
  error: ErrorSchema.shape.error,
}).openapi("NotStoredCheckResponse");

/** The answer of GET and PATCH /v1/reports/:id. */
export const ReportViewSchema = z
  .strictObject({
    id: z.string(),
    url: z.string().openapi({ description: "The review page." }),
    createdAt: z.string(),
    expiresAt: z.string(),
    review: z.strictObject({
      status: z.enum(REPORT_STATUSES).nullable(),
      comment: z.string().nullable(),
      reviewedAt: z.string().nullable(),
      approval: ApprovalSchema.nullable().openapi({ description: "Set while the article is approved." }),
    }),
    request: CheckRequestSchema.omit({ store: true }),
    report: ReviewedReportSchema,
  })
  .openapi("StoredReport");

/** Result of validating a PATCH body. */
export type PatchParse = { ok: true; value: ReviewPatch } | { ok: false; code: string; message: string };

/** Validates the JSON text of a PATCH /v1/reports/:id body. */
export function parseReviewPatch(body: string): PatchParse {
  const parsed = parseJsonBody(body);
  if (!parsed.ok) return { ok: false, code: parsed.error.code, message: parsed.error.message };
  return validateReviewPatch(parsed.value);
}

/** Validates a parsed PATCH /v1/reports/:id body against ReviewPatchSchema, then for duplicates and emptiness. */
export function validateReviewPatch(data: unknown): PatchParse {
  const parsed = ReviewPatchSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return describe(parsed.error.issues[0]);
  const body = parsed.data;
  const patch: ReviewPatch = {};
  if (body.status !== undefined) patch.status = body.status;
  if (body.comment !== undefined) patch.comment = blankToNull(body.comment);
  if (body.approvedBy !== undefined) {
    if (body.status !== "approved")
      return { ok: false, code: "invalid_field", message: `"approvedBy" goes with "status": "approved" only.` };
    patch.approvedBy = body.approvedBy?.trim() || null;
  }
  if (body.issues) {
    const seen = new Set<string>();
    for (const i of body.issues) {
      if (seen.has(i.id)) return { ok: false, code: "duplicate_issue", message: `Issue "${i.id}" appears twice in "issues".` };
      seen.add(i.id);
    }
    patch.issues = body.issues.map((i) => ({ id: i.id, status: i.status, comment: blankToNull(i.comment) }));
  }
  if (patch.status === undefined && patch.comment === undefined && !patch.issues?.length)
    return { ok: false, code: "empty_patch", message: `Nothing to change: give "status", "comment" or a non-empty "issues".` };
  return { ok: true, value: patch };
}

function blankToNull(comment: string | null | undefined): string | null {
  return comment?.trim() ? comment : null;
}

function describe(issue: z.core.$ZodIssue | undefined): Extract<PatchParse, { ok: false }> {
  const field = issue?.path.map(String).join(".") ?? "";
  const at = field ? `"${field}"` : "The request body";
  const fail = (code: string, message: string) => ({ ok: false as const, code, message });
  if (!issue) return fail("invalid_body", "The request body is invalid.");
  switch (issue.code) {
    case "invalid_type":
      if (!field) return fail("invalid_body", "The request body must be a JSON object.");
      if (issue.input === undefined) return fail("missing_field", `${at} is required.`);
      return fail("invalid_field", `${at} must be ${issue.expected === "array" ? "an array" : `a ${issue.expected}`}.`);
    case "invalid_value":
      if (issue.input === undefined) return fail("missing_field", `${at} is required.`);
      return fail("invalid_field", `${at} must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")} or null.`);
    case "unrecognized_keys":
      return fail("unknown_field", `Unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}${field ? ` in ${at}` : ""}.`);
    case "too_big":
      if (field === "approvedBy") return fail("invalid_field", `${at} is longer than ${MAX_APPROVER_LENGTH} characters.`);
      if (field.endsWith("comment")) return fail("comment_too_long", `${at} is longer than ${MAX_COMMENT_LENGTH} characters.`);
      return fail("too_many_issues", `${at} may hold at most ${MAX_ISSUES_PER_PATCH} entries.`);
    default:
      return fail("invalid_field", `${at}: ${issue.message}`);
  }
}
