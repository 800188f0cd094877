import type { CheckRequest } from "../../types";
import { bodyText, parseJsonBody, parseJsonText } from "../body";
import { httpError, type HttpError } from "../errors";
import { formatCount, type Limits, positiveInt } from "../limits";
import { validateCheckRequest, type Validated } from "../validate";

/** Default largest batch body: 32 MiB (a Worker request may carry up to 100 MB). */
export const DEFAULT_MAX_BATCH_BODY_BYTES = 33_554_432;
/** Default largest number of items in one batch. */
export const DEFAULT_MAX_BATCH_ITEMS = 10_000;

/** One validated batch item: the check request and the caller's own id (meta.id), if any. */
export interface BatchItem {
  request: CheckRequest;
  id?: string;
}

/** A parsed batch: its items and the optional completion webhook. */
export interface ParsedBatch {
  items: BatchItem[];
  callbackUrl?: string;
}

/** Batch limits from the environment (or their defaults). */
export function batchLimits(env: { MAX_BATCH_BODY_BYTES?: string; MAX_BATCH_ITEMS?: string }) {
  return {
    maxBodyBytes: positiveInt(env.MAX_BATCH_BODY_BYTES, DEFAULT_MAX_BATCH_BODY_BYTES),
    maxItems: positiveInt(env.MAX_BATCH_ITEMS, DEFAULT_MAX_BATCH_ITEMS),
  };
}

const fail = (status: 400 | 413, code: string, message: string): Validated<never> => ({
  ok: false,
  error: httpError(status, code, message),
});

/**
 * Parses a batch body: NDJSON (one item per line) when `ndjson`, else JSON, either an array of items or an
 * object `{items, callbackUrl}`. Any bad item rejects the whole batch with its index in the message (nothing
 * is enqueued), so a caller never has to find out later which items were silently dropped.
 */
export function parseBatch(text: string, ndjson: boolean, limits: Limits, maxItems: number): Validated<ParsedBatch> {
  const raw = ndjson ? parseNdjson(text) : parseJson(text);
  if (!raw.ok) return raw;
  const { values, callbackUrl } = raw.value;
  if (values.length === 0) return fail(400, "empty_batch", "The batch has no items.");
  if (values.length > maxItems)
    return fail(413, "too_many_items", `The batch has ${formatCount(values.length)} items; the limit is ${formatCount(maxItems)}.`);
  if (callbackUrl !== undefined && !isHttpUrl(callbackUrl))
    return fail(400, "invalid_field", '"callbackUrl" must be an absolute http(s) URL.');
  const items: BatchItem[] = [];
  for (let i = 0; i < values.length; i++) {
    const item = validateItem(values[i], limits);
    if (!item.ok) return { ok: false, error: atIndex(i, item.error) };
    items.push(item.value);
  }
  return { ok: true, value: { items, callbackUrl } };
}

/** Validates one item: the fields of POST /v1/check plus an optional `meta: {id}`. */
export function validateItem(value: unknown, limits: Limits): Validated<BatchItem> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return fail(400, "invalid_body", "The item must be a JSON object.");
  const { meta, store: _store, ...rest } = value as Record<string, unknown>;
  let id: string | undefined;
  if (meta !== undefined) {
    const m = meta as Record<string, unknown>;
    if (typeof meta !== "object" || meta === null || Array.isArray(meta) || Object.keys(m).some((k) => k !== "id"))
      return fail(400, "invalid_field", '"meta" must be an object with at most "id".');
    if (m.id !== undefined && (typeof m.id !== "string" || m.id.length === 0 || m.id.length > 200))
      return fail(400, "invalid_field", '"meta.id" must be a string of 1 to 200 characters.');
    id = m.id as string | undefined;
  }
  const valid = validateCheckRequest(rest, limits);
  if (!valid.ok) return valid;
  return { ok: true, value: { request: valid.value, id } };
}

function atIndex(index: number, error: HttpError): HttpError {
  return { ...error, message: `Item ${index}: ${error.message}` };
}

type RawBatch = Validated<{ values: unknown[]; callbackUrl?: string }>;

function parseJson(text: string): RawBatch {
  const parsed = parseJsonBody(text, "send NDJSON as application/x-ndjson");
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  if (Array.isArray(data)) return { ok: true, value: { values: data } };
  if (typeof data === "object" && data !== null) {
    const { items, callbackUrl, ...extra } = data as Record<string, unknown>;
    const unknown = Object.keys(extra);
    if (unknown.length) return fail(400, "unknown_field", `Unknown field ${JSON.stringify(unknown[0])} in the batch.`);
    if (!Array.isArray(items)) return fail(400, "missing_field", '"items" must be an array of check requests.');
    if (callbackUrl !== undefined && typeof callbackUrl !== "string") return fail(400, "invalid_field", '"callbackUrl" must be a string.');
    return { ok: true, value: { values: items, callbackUrl } };
  }
  return fail(400, "invalid_body", "The batch must be a JSON array of items or an object {items, callbackUrl}.");
}

function parseNdjson(text: string): RawBatch {
  // The body as the one decoder reads it (a leading BOM skipped, 400 when empty), then each line as a JSON body.
  const body = bodyText(text);
  if (typeof body !== "string") return { ok: false, error: body };
  const values: unknown[] = [];
  const lines = body.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (!line) continue;
    const parsed = parseJsonText(line);
    if (!parsed.ok) return fail(400, "malformed_json", `Line ${n + 1} (item ${values.length}) is not valid JSON.`);
    values.push(parsed.value);
  }
  return { ok: true, value: { values } };
}

/** True for an absolute http: or https: URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
