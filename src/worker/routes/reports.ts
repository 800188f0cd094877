import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { jsonBody } from "../body";
import type { AppEnv, Env } from "../env";
import { errorResponse, httpError } from "../errors";
import { extensions } from "../extensions";
import { exportResponse, negotiateFormat, REPORT_FORMATS } from "../export-response";
import { reportView } from "../review";
import { ReportViewSchema, ReviewPatchSchema, validateReviewPatch } from "../review-schemas";
import { ErrorSchema } from "../schemas";
import { StorageUnavailable } from "../storage-error";
import { deleteReport, getReport, patchReview, storeReport, type StoreEnv } from "../store";
import { PUBLIC_TENANT } from "../tenant";

/** The store bindings of the environment; StorageUnavailable (503) when the deployment has no D1 binding DB. */
export function storeEnv(env: Env): StoreEnv {
  if (!env.DB) throw new StorageUnavailable("no D1 binding named DB is configured");
  return { DB: env.DB, REPORT_RETENTION_DAYS: env.REPORT_RETENTION_DAYS };
}

/** The tenant of the request (set by the auth middleware on /v1/*). */
export function tenantOf(c: Context<AppEnv>): string {
  return c.var.tenant ?? PUBLIC_TENANT;
}

// POST /v1/check with "store": true saves through this hook (see ../extensions.ts), under the caller's tenant.
extensions.saveReport = (c, request, report) =>
  storeReport(storeEnv(c.env), request, report, new URL(c.req.url).origin, { tenant: tenantOf(c) });

const NOT_FOUND = httpError(404, "not_found", "No such report (it never existed, was deleted, or expired).");
const errorAnswer = (description: string) => ({ description, content: { "application/json": { schema: ErrorSchema } } });
const idParam = z.object({
  id: z.string().openapi({ param: { name: "id", in: "path" }, description: "Report id (26 base32 characters)." }),
});
const common = {
  security: [{ bearerAuth: [] }],
  request: { params: idParam },
};
const formatQuery = z.object({
  format: z
    .enum(REPORT_FORMATS)
    .optional()
    .openapi({
      param: { name: "format", in: "query" },
      description:
        "json (default), csv, html or xliff; without it the Accept header chooses " +
        "(application/json, text/csv, text/html, application/xliff+xml).",
    }),
});
const commonErrors = {
  401: errorAnswer("Missing or wrong bearer key (only when API keys are configured)."),
  404: errorAnswer("No such report (or another tenant's), or it expired."),
  429: errorAnswer("Too many requests for this key; see Retry-After."),
  503: errorAnswer("Report storage is unavailable (see Retry-After), or the API refuses to serve (no API key in production)."),
};
const viewAnswer = (description: string) => ({
  description,
  content: { "application/json": { schema: ReportViewSchema } },
});

/** GET/PATCH/DELETE /v1/reports/:id: a stored report, its review state, and its removal. */
export const reportRoutes = new OpenAPIHono<AppEnv>();

reportRoutes.openAPIRegistry.registerPath(
  createRoute({
    method: "get",
    path: "/v1/reports/{id}",
    summary: "A stored report with its request and review state, or the report exported as CSV, HTML or XLIFF 2.1",
    description:
      "`?format=csv`: one row per issue (RFC 4180, UTF-8 with BOM, formula-like cells prefixed with an apostrophe). " +
      "`?format=html`: a self-contained printable report. `?format=xliff`: XLIFF 2.1, one unit per alignment bead, " +
      "each issue a W3C ITS 2.0 Localization Quality Issue (`its:locQualityIssues`, anchored by `<sm/>`/`<em/>`). " +
      "Exports are downloads (Content-Disposition: attachment).",
    ...common,
    request: { params: idParam, query: formatQuery },
    responses: {
      200: {
        description: "The stored report (JSON), or its export.",
        content: {
          "application/json": { schema: ReportViewSchema },
          "text/csv": { schema: { type: "string" } },
          "text/html": { schema: { type: "string" } },
          "application/xliff+xml": { schema: { type: "string" } },
        },
      },
      400: errorAnswer("An unknown format."),
      ...commonErrors,
      406: errorAnswer("Accept allows none of JSON, CSV, HTML and XLIFF."),
    },
  }),
);

reportRoutes.get("/v1/reports/:id", async (c) => {
  const format = negotiateFormat(c.req.query("format"), c.req.header("Accept"));
  if (typeof format !== "string") return errorResponse(c, format);
  const stored = await getReport(storeEnv(c.env), tenantOf(c), c.req.param("id"));
  if (!stored) return errorResponse(c, NOT_FOUND);
  const view = reportView(stored, origin(c));
  c.header("Vary", "Accept");
  if (format !== "json") return exportResponse(c, view.report, format, view.id);
  c.header("Cache-Control", "no-store");
  return c.json(view, 200);
});

reportRoutes.openAPIRegistry.registerPath(
  createRoute({
    method: "patch",
    path: "/v1/reports/{id}",
    summary: "Review a stored report: accept or dismiss issues, approve or reject the article",
    description:
      "Dismissed issues stay in the report with a `review` field and are counted out of the summary and verdict; " +
      "they are remembered for the article (same language pair and source text), so a later stored check of it " +
      "marks them dismissed too. Accepting or clearing an issue forgets its dismissal.",
    ...common,
    request: {
      params: idParam,
      body: { required: true, content: { "application/json": { schema: ReviewPatchSchema } } },
    },
    responses: {
      200: viewAnswer("The report with its updated review."),
      400: errorAnswer("Malformed JSON, an unknown or mistyped field, an empty patch, or an issue id the report does not have."),
      ...commonErrors,
      413: errorAnswer("Body over MAX_BODY_BYTES."),
      415: errorAnswer("Content-Type is not application/json."),
    },
  }),
);

reportRoutes.patch("/v1/reports/:id", jsonBody(), async (c) => {
  const env = storeEnv(c.env);
  const parsed = validateReviewPatch(c.var.jsonBody);
  if (!parsed.ok) return errorResponse(c, httpError(400, parsed.code, parsed.message));
  const outcome = await patchReview(env, tenantOf(c), c.req.param("id"), parsed.value);
  if (!outcome.ok) return errorResponse(c, outcome.status === 404 ? NOT_FOUND : httpError(400, outcome.code, outcome.message));
  return c.json(reportView(outcome.stored, origin(c)), 200);
});

reportRoutes.openAPIRegistry.registerPath(
  createRoute({
    method: "delete",
    path: "/v1/reports/{id}",
    summary: "Delete a stored report (its remembered dismissals stay with the article until they expire)",
    ...common,
    responses: { 204: { description: "Deleted." }, ...commonErrors },
  }),
);

reportRoutes.delete("/v1/reports/:id", async (c) => {
  if (!(await deleteReport(storeEnv(c.env), tenantOf(c), c.req.param("id")))) return errorResponse(c, NOT_FOUND);
  return c.body(null, 204);
});

function origin(c: Context): string {
  return new URL(c.req.url).origin;
}
