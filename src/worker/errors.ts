import type { Context, ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { logStorageFailure, STORAGE_RETRY_AFTER_SECONDS, STORAGE_UNAVAILABLE_MESSAGE, StorageUnavailable } from "./storage-error";

/** The content of every error body: `{"error": {"code", "message"}}`. */
export interface ApiError {
  code: string;
  message: string;
}

/** An API error together with the HTTP status it is answered with. */
export interface HttpError extends ApiError {
  status: ContentfulStatusCode;
}

/** Builds an HttpError. */
export function httpError(status: ContentfulStatusCode, code: string, message: string): HttpError {
  return { status, code, message };
}

/** Answers an error as JSON, with optional extra headers (Allow, Retry-After, WWW-Authenticate…). */
export function errorResponse(c: Context, err: HttpError, headers?: Record<string, string>): Response {
  return c.json({ error: { code: err.code, message: err.message } }, err.status, headers);
}

/** Stable error codes by HTTP status, for errors thrown as HTTPException by Hono or libraries. */
export function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return "bad_request";
    case 401:
      return "unauthorized";
    case 403:
      return "forbidden";
    case 404:
      return "not_found";
    case 405:
      return "method_not_allowed";
    case 413:
      return "payload_too_large";
    case 415:
      return "unsupported_media_type";
    case 429:
      return "rate_limited";
    case 503:
      return "unavailable";
    default:
      return status >= 500 ? "internal_error" : "error";
  }
}

/** The 503 answer to a storage failure: JSON error and Retry-After (the cause is logged, never sent). */
export function storageUnavailableResponse(c: Context, err: StorageUnavailable): Response {
  logStorageFailure(err);
  return errorResponse(c, storageUnavailableError(), { "Retry-After": String(STORAGE_RETRY_AFTER_SECONDS) });
}

/** The error of a storage failure. */
export function storageUnavailableError(): HttpError {
  return httpError(503, "storage_unavailable", STORAGE_UNAVAILABLE_MESSAGE);
}

/**
 * The app's error handler: an HTTPException under 500 (or a 503) keeps its status as a JSON error; a storage
 * failure is a 503 with Retry-After; anything else is logged and answered as a 500 JSON error that reveals
 * nothing about the failure (no message, no stack).
 */
export const handleError: ErrorHandler = (err, c) => {
  if (err instanceof StorageUnavailable) return storageUnavailableResponse(c, err);
  if (err instanceof HTTPException && (err.status < 500 || err.status === 503))
    return errorResponse(c, httpError(err.status, codeForStatus(err.status), err.message || "Bad request."));
  console.error("translint: unhandled error", err);
  return errorResponse(c, httpError(500, "internal_error", "An internal error occurred; it has been logged."));
};
