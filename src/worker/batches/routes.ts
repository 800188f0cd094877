import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { checkMediaType, readBodyText } from "../body";
import type { AppEnv, Env } from "../env";
import { errorResponse, httpError, type HttpError } from "../errors";
import { limitsFrom } from "../limits";
import { ErrorSchema } from "../schemas";
import { newReportId, retentionMs } from "../store";
import { enqueueItems } from "./enqueue";
import { batchLimits, isHttpUrl, parseBatch } from "./parse";
import { resultsCsv, resultsNdjson, resultRows } from "./results";
import { batchStats, dropBatch, getBatch, insertBatch, listItems } from "./store";
import { batchTenant, BatchStatusSchema, batchView } from "./view";
import { callbackSecret } from "./webhook";

type Ctx = Context<AppEnv>;
const NDJSON_TYPES = new Set(["application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines"]);
const NOT_FOUND = httpError(404, "not_found", "No such batch (it never existed, expired, or belongs to another API key).");
const errorAnswer = (description: string) => ({ description, content: { "application/json": { schema: ErrorSchema } } });
const idParam = z.object({ id: z.string().openapi({ param: { name: "id", in: "path" }, description: "Batch id." }) });
const v1Errors = {
  401: errorAnswer("Missing or wrong bearer key (only when API keys are configured)."),
  429: errorAnswer("Too many requests for this key; see Retry-After."),
};

/** POST /v1/batches, GET /v1/batches/:id and its results, and reports kept in R2. */
export const batchRoutes = new OpenAPIHono<AppEnv>();

batchRoutes.openAPIRegistry.registerPath(
  createRoute({
    method: "post",
    path: "/v1/batches",
    summary: "Check up to 10,000 article pairs through the queue",
    description:
      "A JSON array of check requests (each may add meta.id), an object {items, callbackUrl}, or NDJSON " +
      "(application/x-ndjson; callbackUrl as a query parameter). Every item is validated first: one bad item " +
      "rejects the whole batch with its index in the message, and nothing is enqueued. Answers 202 at once.",
    security: [{ bearerAuth: [] }],
    request: { body: { required: true, content: { "application/json": { schema: z.array(z.record(z.string(), z.unknown())) } } } },
    responses: {
      202: { description: "The batch is queued.", content: { "application/json": { schema: BatchStatusSchema } } },
      400: errorAnswer("Malformed JSON or NDJSON, an empty batch, or an invalid item (named by its index)."),
      ...v1Errors,
      413: errorAnswer("Body over MAX_BATCH_BODY_BYTES, more than MAX_BATCH_ITEMS items, or an item over the check limits."),
      415: errorAnswer("Content-Type is neither JSON nor NDJSON."),
      503: errorAnswer("The deployment has no queue or database bound."),
    },
  }),
);

batchRoutes.post("/v1/batches", async (c) => {
  const { DB: db, BATCH_QUEUE: queue } = c.env ?? {};
  if (!db || !queue) return errorResponse(c, httpError(503, "not_configured", "Batches need the DB and BATCH_QUEUE bindings."));
  const body = await readBatchBody(c);
  if ("status" in body) return errorResponse(c, body);
  const parsed = parseBatch(body.text, body.ndjson, limitsFrom(c.env), batchLimits(c.env).maxItems);
  if (!parsed.ok) return errorResponse(c, parsed.error);
  const callbackUrl = c.req.query("callbackUrl") ?? parsed.value.callbackUrl;
  if (callbackUrl !== undefined && !callbackSecret(c.env))
    return errorResponse(
      c,
      httpError(
        400,
        "callback_unsigned",
        "callbackUrl needs a signing secret (BATCH_CALLBACK_SECRET or TRANSLINT_HOOK_SECRET) on the Worker.",
      ),
    );
  if (callbackUrl !== undefined && !isHttpUrl(callbackUrl))
    return errorResponse(c, httpError(400, "invalid_field", '"callbackUrl" must be an absolute http(s) URL.'));
  const now = Date.now();
  const id = newReportId();
  const baseUrl = new URL(c.req.url).origin;
  const { items } = parsed.value;
  await insertBatch(db, {
    id,
    tenant: batchTenant(c),
    now,
    expiresAt: now + retentionMs(c.env),
    baseUrl,
    callbackUrl,
    ids: items.map((i) => i.id ?? null),
  });
  const enqueued = await enqueueItems(queue, c.env.BATCH_BUCKET, id, items);
  if (!enqueued.ok) {
    await dropBatch(db, id);
    return errorResponse(c, enqueued.error);
  }
  const batch = await getBatch(db, id, undefined, now);
  if (!batch) throw new Error("the batch just created could not be read back");
  return c.json(batchView(batch, await batchStats(db, batch), baseUrl), 202, { Location: `/v1/batches/${id}` });
});

batchRoutes.openAPIRegistry.registerPath(
  createRoute({
    method: "get",
    path: "/v1/batches/{id}",
    summary: "A batch's progress, verdict counts, issues by rule and category, and slowest items",
    security: [{ bearerAuth: [] }],
    request: { params: idParam },
    responses: {
      200: { description: "The batch.", content: { "application/json": { schema: BatchStatusSchema } } },
      ...v1Errors,
      404: errorAnswer("No such batch, it expired, or another API key created it."),
    },
  }),
);

batchRoutes.get("/v1/batches/:id", async (c) => {
  const found = await ownBatch(c);
  if ("status" in found) return errorResponse(c, found);
  const { db, batch } = found;
  c.header("Cache-Control", "no-store");
  return c.json(batchView(batch, await batchStats(db, batch), new URL(c.req.url).origin), 200);
});

batchRoutes.openAPIRegistry.registerPath(
  createRoute({
    method: "get",
    path: "/v1/batches/{id}/results",
    summary: "One line per article: id, verdict, counts, report URL (NDJSON, or CSV with ?format=csv)",
    security: [{ bearerAuth: [] }],
    request: { params: idParam, query: z.object({ format: z.enum(["ndjson", "csv"]).optional() }) },
    responses: {
      200: {
        description: "The results so far, in submission order.",
        content: { "application/x-ndjson": { schema: z.string() }, "text/csv": { schema: z.string() } },
      },
      400: errorAnswer("An unknown format."),
      ...v1Errors,
      404: errorAnswer("No such batch, it expired, or another API key created it."),
    },
  }),
);

batchRoutes.get("/v1/batches/:id/results", async (c) => {
  const found = await ownBatch(c);
  if ("status" in found) return errorResponse(c, found);
  const format = c.req.query("format") ?? (/\btext\/csv\b/.test(c.req.header("accept") ?? "") ? "csv" : "ndjson");
  if (format !== "csv" && format !== "ndjson")
    return errorResponse(c, httpError(400, "invalid_field", '"format" must be "ndjson" or "csv".'));
  const rows = resultRows(found.batch.id, await listItems(found.db, found.batch.id), new URL(c.req.url).origin);
  const headers = { "Cache-Control": "no-store", "Content-Disposition": `attachment; filename="batch-${found.batch.id}.${format}"` };
  if (format === "csv") return c.body(resultsCsv(rows), 200, { ...headers, "Content-Type": "text/csv; charset=utf-8" });
  return c.body(resultsNdjson(rows), 200, { ...headers, "Content-Type": "application/x-ndjson; charset=utf-8" });
});

batchRoutes.get("/v1/batches/:id/items/:index/report", async (c) => {
  const found = await ownBatch(c);
  if ("status" in found) return errorResponse(c, found);
  const index = Number(c.req.param("index"));
  const item = (await listItems(found.db, found.batch.id)).find((r) => r.idx === index);
  if (!item?.report_r2_key && item?.report_id) return c.redirect(`/v1/reports/${item.report_id}`, 303);
  const object = item?.report_r2_key ? await c.env.BATCH_BUCKET?.get(item.report_r2_key) : null;
  if (!object) return errorResponse(c, httpError(404, "not_found", "This item has no stored report (yet)."));
  return c.body(object.body, 200, { "Content-Type": "application/json" });
});

/** The batch of the path if it belongs to the caller's key; else the 404 (or 503 without storage). */
async function ownBatch(c: Ctx): Promise<{ db: D1Database; batch: NonNullable<Awaited<ReturnType<typeof getBatch>>> } | HttpError> {
  const db = (c.env as Env | undefined)?.DB;
  if (!db) return httpError(503, "not_configured", "Batches need the DB binding.");
  const batch = await getBatch(db, c.req.param("id") ?? "", batchTenant(c));
  return batch ? { db, batch } : NOT_FOUND;
}

/** Reads a JSON or NDJSON body up to MAX_BATCH_BODY_BYTES as UTF-8 text with the one body decoder (parseBatch parses it). */
async function readBatchBody(c: Ctx): Promise<{ text: string; ndjson: boolean } | HttpError> {
  const type = c.req.header("content-type") ?? "";
  const ndjson = NDJSON_TYPES.has(type.split(";")[0].trim().toLowerCase());
  if (!ndjson) {
    const mediaError = checkMediaType(type);
    if (mediaError) return { ...mediaError, message: `${mediaError.message.replace(/\.$/, "")}, or NDJSON as application/x-ndjson.` };
  }
  const text = await readBodyText(c.req.raw, batchLimits(c.env).maxBodyBytes, "batch body");
  return typeof text === "string" ? { text, ndjson } : text;
}
