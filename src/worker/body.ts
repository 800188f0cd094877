import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { errorResponse, httpError, type HttpError } from "./errors";
import { formatCount, limitsFrom } from "./limits";
import type { Validated } from "./validate";

const MEDIA_SUBTYPE_NAME = /^[a-z0-9!#$&^_.-]+$/;
const UTF8 = /^utf-?8$/;

/**
 * Checks an incoming JSON body before any handler sees it: 415 unless the Content-Type is
 * `application/json` or `application/*+json` (UTF-8), then the one body decoder (readBodyText, parseJsonBody):
 * 413 when the bytes actually read exceed MAX_BODY_BYTES, 400 when it is not UTF-8, empty or not JSON. The parsed
 * value is left in `c.var.jsonBody`.
 */
export function jsonBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const mediaError = checkMediaType(c.req.header("content-type"));
    if (mediaError) return errorResponse(c, mediaError);
    const text = await readBodyText(c.req.raw, limitsFrom(c.env).maxBodyBytes);
    if (typeof text !== "string") return errorResponse(c, text);
    const parsed = parseJsonBody(text);
    if (!parsed.ok) return errorResponse(c, parsed.error);
    c.set("jsonBody", parsed.value);
    await next();
  };
}

// The one decoder of request bodies: POST /v1/check and PATCH /v1/reports/:id (jsonBody), the CMS hooks
// (src/worker/hooks/pipeline.ts, payloads.ts) and batches (src/worker/batches/routes.ts, parse.ts) read their
// bodies with readBodyText and parse them with parseJsonBody (an NDJSON batch: bodyText, then parseJsonText per
// line), so each answers the same 413 and 400s and accepts one leading UTF-8 byte order mark.

const BOM = "\uFEFF";

/**
 * Reads a request body up to `max` bytes as UTF-8 text, exactly as sent (a leading BOM kept: the hooks' signatures
 * cover it): a 413 over the limit (`what` names the body in its message), a 400 when the bytes are not UTF-8.
 */
export async function readBodyText(req: Request, max: number, what = "request body"): Promise<string | HttpError> {
  const bytes = await readAtMost(req, max);
  if (!bytes) return httpError(413, "payload_too_large", `The ${what} is larger than the limit of ${formatCount(max)} bytes.`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return httpError(400, "malformed_json", "The request body is not valid UTF-8.");
  }
}

/** A body's text without its leading UTF-8 BOM, or the 400 of a body that holds nothing but white space. */
export function bodyText(text: string): string | HttpError {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  return body.trim() ? body : httpError(400, "malformed_json", "The request body is empty.");
}

/**
 * Parses a body's text as JSON, a leading BOM skipped: the value, or the 400 of an empty body or of one that is
 * not JSON (`hint` is added to its message in parentheses).
 */
export function parseJsonBody(text: string, hint?: string): Validated<unknown> {
  const body = bodyText(text);
  return typeof body === "string" ? parseJsonText(body, hint) : { ok: false, error: body };
}

/** Parses text already read by bodyText (a whole body, or one line of an NDJSON body) as JSON: the value, or the 400. */
export function parseJsonText(text: string, hint?: string): Validated<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, error: httpError(400, "malformed_json", `The request body is not valid JSON${hint ? ` (${hint})` : ""}.`) };
  }
}

/** Returns the 415 error for a Content-Type that is not UTF-8 JSON, or undefined when it is acceptable. */
export function checkMediaType(contentType: string | undefined): HttpError | undefined {
  const [essence = "", ...params] = (contentType ?? "").split(";");
  const unsupported = httpError(
    415,
    "unsupported_media_type",
    `Send the body as JSON with "Content-Type: application/json"${contentType ? ` (got "${clip(contentType)}")` : ""}.`,
  );
  if (!isJsonMediaType(essence.trim().toLowerCase())) return unsupported;
  for (const param of params) {
    const [name = "", value = ""] = param.split("=");
    if (name.trim().toLowerCase() !== "charset") continue;
    if (!UTF8.test(value.trim().replace(/^"|"$/g, "").toLowerCase()))
      return httpError(415, "unsupported_media_type", "The JSON body must be encoded as UTF-8.");
  }
  return undefined;
}

/** True for `application/json` and `application/<name>+json` (lower-case essence, no parameters). */
export function isJsonMediaType(essence: string): boolean {
  if (!essence.startsWith("application/")) return false;
  const subtype = essence.slice("application/".length);
  if (subtype === "json") return true;
  return subtype.endsWith("+json") && MEDIA_SUBTYPE_NAME.test(subtype.slice(0, -"+json".length));
}

/**
 * How far past the limit a body is still read (and dropped) before the 413 goes out. Answering while the
 * client is still sending makes workerd drop the connection ("Network connection lost"; the client sees a reset
 * instead of the 413, and other requests on a shared keep-alive pool fail with it), so a body up to twice the
 * limit is drained first; a larger one is cut off.
 */
export function drainLimit(max: number): number {
  return max * 2;
}

/** True when Content-Length announces a body too large even to drain (answer 413 without reading it). */
function declaredBeyondDrain(contentLength: string | undefined, max: number): boolean {
  const declared = contentLength?.trim() ?? "";
  return /^\d+$/.test(declared) && Number(declared) > drainLimit(max);
}

/**
 * Reads a request body up to `max` bytes; undefined when it is longer. A longer body is read on and dropped up
 * to `drainLimit(max)` (so the client finishes sending and reads the 413), then the stream is cancelled; one that
 * Content-Length announces beyond that is not read at all.
 */
export async function readAtMost(req: Request, max: number): Promise<Uint8Array | undefined> {
  if (declaredBeyondDrain(req.headers.get("content-length") ?? undefined, max)) return undefined;
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > drainLimit(max)) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    if (size <= max) chunks.push(value);
  }
  return size > max ? undefined : concat(chunks, size);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}
