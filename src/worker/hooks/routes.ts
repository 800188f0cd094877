import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { check } from "../../core/check";
import { SEVERITIES, type CheckRequest, type Severity } from "../../core/types";
import { checkMediaType, readAtMost } from "../body";
import type { AppEnv, Env } from "../env";
import { errorResponse, httpError, type HttpError } from "../errors";
import { ErrorSchema } from "../schemas";
import { formatCount, limitsFrom } from "../limits";
import { storeReport } from "../store";
import { validateCheckRequest } from "../validate";
import { articleFromLocalizedFields } from "./flatten";
import { verifyContentful, verifyGeneric, verifySanity, type Verification } from "./signatures";

/** Secrets of the CMS hooks (Worker secrets; a hook whose secret is unset refuses every call with 401). */
export interface HookSecrets {
  CONTENTFUL_WEBHOOK_SECRET?: string;
  SANITY_WEBHOOK_SECRET?: string;
  TRANSLINT_HOOK_SECRET?: string;
}

type HookEnv = { Bindings: Env & HookSecrets; Variables: AppEnv["Variables"] };
type Ctx = Context<HookEnv>;

/** One checked locale pair of a hook call. */
interface LocaleResult {
  source: string;
  target: string;
  verdict: string;
  id: string;
  url: string;
  summary: unknown;
}

/** The CMS hooks under /v1/hooks: each verifies its signature, checks, stores and answers the verdict. */
export const hookRoutes = new OpenAPIHono<HookEnv>();

const SummarySchema = z.record(z.string(), z.unknown()).openapi({ description: "The stored report's summary." });
const HookAnswerSchema = z
  .object({
    verdict: z.enum(["pass", "review", "block"]),
    id: z.string(),
    url: z.string().openapi({ description: "Review page of the stored report." }),
    summary: SummarySchema,
    locales: z
      .array(z.object({ source: z.string(), target: z.string(), verdict: z.enum(["pass", "review", "block"]), id: z.string(), url: z.string(), summary: SummarySchema }))
      .optional()
      .openapi({ description: "Contentful and Sanity field-level hooks: one entry per target locale; the top level is the worst." }),
  })
  .openapi("HookAnswer");
const hookError = (description: string) => ({ description, content: { "application/json": { schema: ErrorSchema } } });
for (const [path, summary, description] of [
  ["/v1/hooks/generic", "Signed hook for any CMS",
    "Body {source, target, format, options, meta}. Headers X-Translint-Timestamp (Unix seconds) and X-Translint-Signature: sha256=<hex HMAC-SHA256 of \"timestamp.body\"> with TRANSLINT_HOOK_SECRET; older than 5 minutes is refused."],
  ["/v1/hooks/contentful", "Contentful entry webhook",
    "The entry payload as Contentful sends it; ?source=<locale>&target=<locale> (target repeatable), optional failOn. Verified with x-contentful-signature (CONTENTFUL_WEBHOOK_SECRET)."],
  ["/v1/hooks/sanity", "Sanity document webhook",
    "The document (field-level translations, Portable Text) with ?source=&target=, or a projection {source, target}. Verified with sanity-webhook-signature (SANITY_WEBHOOK_SECRET)."],
] as const) {
  hookRoutes.openAPIRegistry.registerPath(
    createRoute({
      method: "post",
      path,
      summary,
      description,
      responses: {
        200: { description: "The report was stored; its verdict.", content: { "application/json": { schema: HookAnswerSchema } } },
        400: hookError("Malformed JSON, a payload without text, missing locales or an invalid check request."),
        401: hookError("Missing, malformed, forged or stale signature, or the hook's secret is not set. Nothing is stored."),
        413: hookError("Body or text over the limits."),
        415: hookError("Not JSON."),
      },
    }),
  );
}

hookRoutes.post("/v1/hooks/contentful", async (c) => {
  const body = await readBody(c);
  if (typeof body !== "string") return errorResponse(c, body);
  const url = new URL(c.req.url);
  const verified = await withSecret(c.env.CONTENTFUL_WEBHOOK_SECRET, "CONTENTFUL_WEBHOOK_SECRET", (secret) =>
    verifyContentful(secret, c.req.method, url.pathname + url.search, c.req.raw.headers, body));
  if (!verified.ok) return unauthorized(c, verified.reason);
  const payload = parseJson(c, body);
  if (payload instanceof Response) return payload;
  const entry = payload as { sys?: { id?: unknown }; fields?: unknown };
  if (!entry.fields || typeof entry.fields !== "object" || Array.isArray(entry.fields))
    return errorResponse(c, httpError(400, "invalid_payload", 'A Contentful entry payload needs a "fields" object of localized fields.'));
  const entryId = typeof entry.sys?.id === "string" ? entry.sys.id : undefined;
  return checkLocalized(c, entry.fields as Record<string, unknown>, entryId && `contentful:${entryId}`);
});

hookRoutes.post("/v1/hooks/sanity", async (c) => {
  const body = await readBody(c);
  if (typeof body !== "string") return errorResponse(c, body);
  const verified = await withSecret(c.env.SANITY_WEBHOOK_SECRET, "SANITY_WEBHOOK_SECRET", (secret) =>
    verifySanity(secret, c.req.header("sanity-webhook-signature"), body));
  if (!verified.ok) return unauthorized(c, verified.reason);
  const payload = parseJson(c, body);
  if (payload instanceof Response) return payload;
  const doc = payload as Record<string, unknown>;
  const id = typeof doc._id === "string" ? `sanity:${doc._id}` : undefined;
  if (doc.source && doc.target) return checkOne(c, doc, id);
  return checkLocalized(c, sanityLocalizedFields(doc), id);
});

hookRoutes.post("/v1/hooks/generic", async (c) => {
  const body = await readBody(c);
  if (typeof body !== "string") return errorResponse(c, body);
  const verified = await withSecret(c.env.TRANSLINT_HOOK_SECRET, "TRANSLINT_HOOK_SECRET", (secret) =>
    verifyGeneric(secret, c.req.header("x-translint-timestamp"), c.req.header("x-translint-signature"), body));
  if (!verified.ok) return unauthorized(c, verified.reason);
  const payload = parseJson(c, body);
  if (payload instanceof Response) return payload;
  const { meta, ...request } = payload as Record<string, unknown>;
  const metaId = meta && typeof meta === "object" && typeof (meta as { id?: unknown }).id === "string" ? (meta as { id: string }).id : undefined;
  return checkOne(c, request, metaId && `generic:${metaId}`);
});

/** Reads the raw body (signatures cover the exact bytes): 415 for non-JSON types, 413 over the limit. */
async function readBody(c: Ctx): Promise<string | HttpError> {
  const media = checkMediaType(c.req.header("content-type"));
  if (media) return media;
  const { maxBodyBytes } = limitsFrom(c.env);
  const tooLarge = httpError(413, "payload_too_large", `The request body is larger than the limit of ${formatCount(maxBodyBytes)} bytes.`);
  const declared = Number(c.req.header("content-length"));
  if (Number.isFinite(declared) && declared > maxBodyBytes) return tooLarge;
  const bytes = await readAtMost(c.req.raw, maxBodyBytes);
  if (!bytes) return tooLarge;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return httpError(400, "malformed_json", "The request body is not valid UTF-8.");
  }
}

async function withSecret(secret: string | undefined, name: string, verify: (s: string) => Promise<Verification>): Promise<Verification> {
  if (!secret) return { ok: false, reason: `this hook is disabled: the Worker secret ${name} is not set` };
  return verify(secret);
}

function unauthorized(c: Ctx, reason: string): Response {
  return errorResponse(c, httpError(401, "invalid_signature", `The webhook signature was refused: ${reason}. Nothing was stored.`));
}

function parseJson(c: Ctx, body: string): unknown {
  try {
    const v = JSON.parse(body) as unknown;
    if (v && typeof v === "object" && !Array.isArray(v)) return v;
  } catch {
    /* answered below */
  }
  return errorResponse(c, httpError(400, "malformed_json", "The request body is not a JSON object."));
}

/** failOn from the hook URL's query (?failOn=minor|major|critical), default major. */
function failOnOf(c: Ctx): Severity | HttpError {
  const v = c.req.query("failOn");
  if (v === undefined) return "major";
  return (SEVERITIES as readonly string[]).includes(v)
    ? (v as Severity)
    : httpError(400, "invalid_query", `"failOn" must be one of: ${SEVERITIES.join(", ")}.`);
}

/** Checks a {source, target, format, options} request, stores it and answers the verdict. */
async function checkOne(c: Ctx, request: Record<string, unknown>, article: string | undefined): Promise<Response> {
  const valid = validateCheckRequest(request, limitsFrom(c.env));
  if (!valid.ok) return errorResponse(c, valid.error);
  const result = await runAndStore(c, valid.value as CheckRequest, article);
  if (!result.ok) return errorResponse(c, result.error);
  const { source, target, ...rest } = result.value;
  void source; void target;
  return c.json(rest, 200);
}

/** Checks every target locale named in ?target= (repeatable) against ?source=, answering the worst verdict first. */
async function checkLocalized(c: Ctx, fields: Record<string, unknown>, article: string | undefined): Promise<Response> {
  const sourceLocale = c.req.query("source");
  const targetLocales = c.req.queries("target") ?? [];
  if (!sourceLocale || targetLocales.length === 0)
    return errorResponse(c, httpError(400, "invalid_query",
      'Name the locales in the hook URL: "?source=<locale>&target=<locale>" (target may repeat), e.g. ?source=es&target=en-US.'));
  const failOn = failOnOf(c);
  if (typeof failOn !== "string") return errorResponse(c, failOn);
  const results: LocaleResult[] = [];
  for (const targetLocale of targetLocales) {
    const article_ = articleFromLocalizedFields(fields, sourceLocale, targetLocale);
    if (!article_.source)
      return errorResponse(c, httpError(400, "no_text",
        `No text field has both a "${sourceLocale}" and a "${targetLocale}" value in this payload.`));
    // The CMS locale codes are BCP-47 tags ("en-US", "es_419"): validation resolves them like any request's.
    const request = {
      source: { text: article_.source, lang: sourceLocale },
      target: { text: article_.target, lang: targetLocale },
      options: { failOn },
    };
    const valid = validateCheckRequest(request, limitsFrom(c.env));
    if (!valid.ok) return errorResponse(c, valid.error);
    const r = await runAndStore(c, valid.value as CheckRequest, article && `${article}:${sourceLocale}>${targetLocale}`);
    if (!r.ok) return errorResponse(c, r.error);
    results.push({ ...r.value, source: sourceLocale, target: targetLocale });
  }
  const rank = (v: string) => ["pass", "review", "block"].indexOf(v);
  const worst = [...results].sort((a, b) => rank(b.verdict) - rank(a.verdict))[0];
  const { source, target, ...top } = worst;
  void source; void target;
  return c.json({ ...top, locales: results }, 200);
}

async function runAndStore(c: Ctx, request: CheckRequest, article: string | undefined)
  : Promise<{ ok: true; value: LocaleResult } | { ok: false; error: HttpError }> {
  if (!c.env.DB) return { ok: false, error: httpError(503, "storage_unavailable", "The D1 binding DB is not configured; hooks store every report.") };
  const report = check(request);
  const stored = await storeReport(c.env as Required<Pick<Env, "DB">> & Env, request, report, new URL(c.req.url).origin, { article });
  return {
    ok: true,
    value: { source: "", target: "", verdict: stored.report.summary.verdict, id: stored.id, url: stored.url, summary: stored.report.summary },
  };
}

/**
 * Sanity documents keep translations either as objects keyed by locale ({title: {es, en}}) or as
 * internationalized arrays ([{_key: "es", value}]); both become {field: {locale: value}}.
 */
function sanityLocalizedFields(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(doc)) {
    if (name.startsWith("_")) continue;
    if (Array.isArray(v) && v.every((x) => x && typeof x === "object" && typeof (x as { _key?: unknown })._key === "string" && "value" in (x as object))) {
      out[name] = Object.fromEntries(v.map((x) => [(x as { _key: string })._key, (x as { value: unknown }).value]));
    } else if (v && typeof v === "object" && !Array.isArray(v)) out[name] = v;
  }
  return out;
}
