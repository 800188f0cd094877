import type { CheckRequest } from "../core/types";
import { FORMATS, SUPPORTED_LANGS } from "../core/types";

/** An API error body's content. */
export interface ApiError {
  code: string;
  message: string;
}

/** Result of validating a request body. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Parses and validates the JSON body of POST /v1/check. */
export function parseCheckRequest(body: string): Parsed<CheckRequest> {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, error: { code: "malformed_json", message: "The request body is not valid JSON." } };
  }
  if (!isObject(data)) return fail("invalid_body", "The request body must be a JSON object.");
  for (const side of ["source", "target"] as const) {
    const v = data[side];
    if (!isObject(v)) return fail("missing_field", `"${side}" must be an object with "text" and "lang".`);
    if (typeof v.text !== "string") return fail("invalid_field", `"${side}.text" must be a string.`);
    if (!v.text.trim()) return fail("empty_text", `"${side}.text" is empty.`);
    if (typeof v.lang !== "string" || !(SUPPORTED_LANGS as readonly string[]).includes(v.lang))
      return fail("unsupported_language", `"${side}.lang" must be one of: ${SUPPORTED_LANGS.join(", ")}.`);
  }
  if (data.format !== undefined && !(FORMATS as readonly unknown[]).includes(data.format))
    return fail("invalid_field", `"format" must be one of: ${FORMATS.join(", ")}.`);
  return { ok: true, value: data as unknown as CheckRequest };
}

function fail(code: string, message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message } };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
