import type { Context, ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

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
    case 400: return "bad_request";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 413: return "payload_too_large";
    case 415: return "unsupported_media_type";
    case 429: return "rate_limited";
    default: return status >= 500 ? "internal_error" : "error";
  }
}

/**
 * The app's error handler: an HTTPException under 500 keeps its status as a JSON error; anything else is
 * logged and answered as a 500 JSON error that reveals nothing about the failure (no message, no stack).
 */
export const handleError: ErrorHandler = (err, c) => {
  if (err instanceof HTTPException && err.status < 500)
    return errorResponse(c, httpError(err.status, codeForStatus(err.status), err.message || "Bad request."));
  console.error("translint: unhandled error", err);
  return errorResponse(c, httpError(500, "internal_error", "An internal error occurred; it has been logged."));
};
