import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { errorResponse, httpError, type HttpError } from "./errors";
import { formatCount, limitsFrom } from "./limits";

const MEDIA_SUBTYPE_NAME = /^[a-z0-9!#$&^_.-]+$/;
const UTF8 = /^utf-?8$/;

/**
 * Checks an incoming JSON body before any handler sees it: 415 unless the Content-Type is
 * `application/json` or `application/*+json` (UTF-8), 413 when the bytes actually read exceed
 * MAX_BODY_BYTES (a longer body is drained up to twice the limit, see drainLimit, and cut off beyond it), 400 when
 * it is not UTF-8 or not JSON. The parsed value is left in `c.var.jsonBody`.
 */
export function jsonBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const mediaError = checkMediaType(c.req.header("content-type"));
    if (mediaError) return errorResponse(c, mediaError);
    const { maxBodyBytes } = limitsFrom(c.env);
    const tooLarge = httpError(
      413,
      "payload_too_large",
      `The request body is larger than the limit of ${formatCount(maxBodyBytes)} bytes.`,
    );
    const bytes = await readAtMost(c.req.raw, maxBodyBytes);
    if (!bytes) return errorResponse(c, tooLarge);
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return errorResponse(c, httpError(400, "malformed_json", "The request body is not valid UTF-8."));
    }
    if (!text.trim()) return errorResponse(c, httpError(400, "malformed_json", "The request body is empty."));
    try {
      c.set("jsonBody", JSON.parse(text));
    } catch {
      return errorResponse(c, httpError(400, "malformed_json", "The request body is not valid JSON."));
    }
    await next();
  };
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
