import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { check } from "../checker";
import type { CheckRequest, Report } from "../types";
import { RULES } from "../rules";
import { VERSION } from "../version";
import { jsonBody } from "./body";
import type { AppEnv } from "./env";
import { errorResponse, httpError, storageUnavailableError } from "./errors";
import { extensions } from "./extensions";
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_CHARS_PER_SIDE, DEFAULT_MAX_SENTENCES_PER_SIDE, formatCount, limitsFrom } from "./limits";
import {
  BilingualCheckRequestSchema,
  CheckRequestSchema,
  CheckResponseSchema,
  ErrorSchema,
  HealthSchema,
  ReportSchema,
  RuleInfoSchema,
} from "./schemas";
import { BilingualError } from "../input/bilingual/parse";
import { LimitExceeded, sentenceLimitGuard, validateCheckRequest } from "./validate";
import { NotStoredCheckResponseSchema, StoredCheckResponseSchema } from "./review-schemas";
import { logStorageFailure, STORAGE_RETRY_AFTER_SECONDS, StorageUnavailable } from "./storage-error";

/** Documented error answers shared by the operations. */
const errorAnswer = (description: string) => ({ description, content: { "application/json": { schema: ErrorSchema } } });
const v1Errors = {
  401: errorAnswer("Missing or wrong bearer key (only when API keys are configured)."),
  429: errorAnswer("Too many requests for this key; see Retry-After."),
  503: errorAnswer('The API refuses to serve: TRANSLINT_ENV is "production" and API_KEYS holds no usable key.'),
};

/** The core routes: health, rules, check. Mounted by app.ts with `app.route("/", coreRoutes)`. */
export const coreRoutes = new OpenAPIHono<AppEnv>();

coreRoutes.openAPIRegistry.register("Report", ReportSchema);
coreRoutes.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
  type: "http",
  scheme: "bearer",
  description: "One of the keys in the API_KEYS secret. Not required when no key is configured (local dev).",
});

coreRoutes.openapi(
  createRoute({
    method: "get",
    path: "/health",
    summary: "Liveness and version",
    responses: { 200: { description: "The Worker is up.", content: { "application/json": { schema: HealthSchema } } } },
  }),
  (c) => c.json({ ok: true as const, version: VERSION }, 200),
);

let rulesBody: string | undefined;

coreRoutes.openAPIRegistry.registerPath(
  createRoute({
    method: "get",
    path: "/v1/rules",
    summary: "Every rule with its category, default severity, messages and examples",
    security: [{ bearerAuth: [] }],
    responses: {
      200: {
        description: "The registered rules.",
        content: { "application/json": { schema: z.strictObject({ rules: z.array(RuleInfoSchema) }) } },
      },
      ...v1Errors,
    },
  }),
);

coreRoutes.get("/v1/rules", (c) => {
  rulesBody ??= JSON.stringify({
    rules: RULES.map((r) => ({
      id: r.meta.id,
      description: r.meta.description,
      category: r.meta.category,
      severity: r.meta.severity,
      fixable: r.meta.fixable ?? false,
      confidence: r.meta.confidence,
      messages: r.meta.messages,
      examples: r.examples,
    })),
  });
  return c.body(rulesBody, 200, { "Content-Type": "application/json" });
});

coreRoutes.openAPIRegistry.registerPath(
  createRoute({
    method: "post",
    path: "/v1/check",
    summary: "Check a translation against its source",
    description:
      "Splits both texts into sentences, aligns them, runs every rule and answers the report. " +
      "With format xliff or tmx, send the bilingual file in `file` instead (BilingualCheckRequest): its segments are " +
      "checked as the file pairs them, and every span is an offset into the file. " +
      `Limits: ${formatCount(DEFAULT_MAX_BODY_BYTES)} bytes per body (MAX_BODY_BYTES), ` +
      `${formatCount(DEFAULT_MAX_CHARS_PER_SIDE)} characters per side (MAX_CHARS_PER_SIDE) and ` +
      `${formatCount(DEFAULT_MAX_SENTENCES_PER_SIDE)} sentences per side (MAX_SENTENCES_PER_SIDE); over any, 413.`,
    security: [{ bearerAuth: [] }],
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: z.union([CheckRequestSchema, BilingualCheckRequestSchema]) } },
      },
    },
    responses: {
      200: {
        description: "The report; with store: true, the stored report with its id, URL and carried-over reviews.",
        content: { "application/json": { schema: z.union([CheckResponseSchema, StoredCheckResponseSchema]) } },
      },
      400: errorAnswer(
        "Malformed JSON, a missing, mistyped or unknown field, empty text, an unsupported or identical language pair, or an unknown rule id.",
      ),
      ...v1Errors,
      413: errorAnswer("Body over MAX_BODY_BYTES, or a side over MAX_CHARS_PER_SIDE characters or MAX_SENTENCES_PER_SIDE sentences."),
      415: errorAnswer("Content-Type is not application/json (or application/*+json) in UTF-8."),
      503: {
        description:
          'With store: true, storage failed: the report all the same with "stored": false and the error (see ' +
          "Retry-After); or the API refuses to serve (no API key in production), with an error body only.",
        content: { "application/json": { schema: z.union([NotStoredCheckResponseSchema, ErrorSchema]) } },
      },
    },
  }),
);

coreRoutes.post("/v1/check", jsonBody(), async (c) => {
  const limits = limitsFrom(c.env);
  const valid = validateCheckRequest(c.var.jsonBody, limits);
  if (!valid.ok) return errorResponse(c, valid.error);
  const { store, ...body } = valid.value;
  const request: CheckRequest = body;
  let report: Report;
  try {
    report = check(request, RULES, undefined, sentenceLimitGuard(limits));
  } catch (err) {
    if (err instanceof LimitExceeded) return errorResponse(c, err.error);
    if (err instanceof BilingualError) return errorResponse(c, httpError(400, err.code, err.message));
    throw err;
  }
  if (store && extensions.saveReport) {
    try {
      const saved = await extensions.saveReport(c, request, report);
      return c.json({ ...saved.report, id: saved.id, url: saved.url, stored: true }, 200);
    } catch (err) {
      if (!(err instanceof StorageUnavailable)) throw err;
      logStorageFailure(err);
      const { code, message } = storageUnavailableError();
      return c.json({ ...report, stored: false, error: { code, message } }, 503, { "Retry-After": String(STORAGE_RETRY_AFTER_SECONDS) });
    }
  }
  return c.json(report, 200);
});
