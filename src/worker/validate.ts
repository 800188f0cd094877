import type { z } from "@hono/zod-openapi";
import type { SegmentGuard } from "../check/check";
import { tryResolveLocale, type Locale } from "../lang/locale";
import { isBilingual } from "../types";
import { BilingualError, parseBilingualFile } from "../input/bilingual/parse";
import { declaredLanguages } from "../input/bilingual/docs";
import { RULES_BY_ID } from "../rules";
import { httpError, type HttpError } from "./errors";
import { formatCount, type Limits } from "./limits";
import { BilingualCheckRequestSchema, CheckRequestSchema, type CheckBody } from "./schemas";

/** Result of validating a request body: the typed value, or the error to answer. */
export type Validated<T> = { ok: true; value: T } | { ok: false; error: HttpError };

/** Validates a parsed JSON body of POST /v1/check: shape (schema), then languages, rule ids and sizes. */
export function validateCheckRequest(data: unknown, limits: Limits): Validated<CheckBody> {
  if (isBilingual((data as { format?: string } | null)?.format)) return validateBilingual(data, limits);
  const parsed = CheckRequestSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.error.issues[0]) };
  const body = parsed.data;
  for (const side of ["source", "target"] as const) {
    if (!body[side].text.trim()) return fail(400, "empty_text", `"${side}.text" is empty.`);
  }
  const rest = validateRest(body);
  return rest.ok ? checkSizes(body, limits) : rest;
}

/**
 * Validates a bilingual body (format xliff or tmx): shape, the file (a readable XLIFF/TMX), its languages (given,
 * or declared by the file) and size; answers it as a check body whose two sides are the file.
 */
function validateBilingual(data: unknown, limits: Limits): Validated<CheckBody> {
  const parsed = BilingualCheckRequestSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.error.issues[0]) };
  const { file, format, source, target, ...rest } = parsed.data;
  if (file.length > limits.maxCharsPerSide)
    return fail(
      413,
      "text_too_long",
      `"file" has ${formatCount(file.length)} characters; the limit is ${formatCount(limits.maxCharsPerSide)} characters.`,
    );
  let declared: { source: string | null; target: string | null };
  try {
    declared = declaredLanguages(parseBilingualFile(file, format));
  } catch (e) {
    if (e instanceof BilingualError) return fail(400, e.code, e.message);
    throw e;
  }
  const lang = (side: "source" | "target", given: string | undefined) => {
    const l = given ?? declared[side];
    if (!l) return fail(400, "missing_field", `The file does not declare its ${side} language; send "${side}.lang".`);
    return l;
  };
  const from = lang("source", source?.lang);
  if (typeof from !== "string") return from;
  const to = lang("target", target?.lang);
  if (typeof to !== "string") return to;
  return validateRest({ ...rest, format, source: { text: file, lang: from }, target: { text: file, lang: to } });
}

/** Language pair and rule ids of a shaped body. */
function validateRest(body: CheckBody): Validated<CheckBody> {
  const locales: Partial<Record<"source" | "target", Locale>> = {};
  for (const side of ["source", "target"] as const) {
    const r = tryResolveLocale(body[side].lang);
    if (!r.ok) return fail(400, r.error.code, `"${side}.lang": ${r.error.message}`);
    locales[side] = r.locale;
    // The canonical tag from here on: the stored request, the article identity and the report agree ("ES_mx" = "es-MX").
    body[side].lang = r.locale.tag;
  }
  if (locales.source!.lang === locales.target!.lang)
    return fail(
      400,
      "same_language",
      `"source.lang" ("${body.source.lang}") and "target.lang" ("${body.target.lang}") are both ${locales.source!.lang}; ` +
        "the languages must differ.",
    );
  const unknown = Object.keys(body.options?.rules ?? {}).filter((id) => !RULES_BY_ID.has(id));
  if (unknown.length)
    return fail(
      400,
      "unknown_rule",
      `Unknown rule id${unknown.length > 1 ? "s" : ""} in "options.rules": ${listSome(unknown)}. ` + "GET /v1/rules lists the rules.",
    );
  return { ok: true, value: body };
}

function checkSizes(body: CheckBody, limits: Limits): Validated<CheckBody> {
  for (const side of ["source", "target"] as const) {
    const length = body[side].text.length;
    if (length > limits.maxCharsPerSide)
      return fail(
        413,
        "text_too_long",
        `"${side}.text" has ${formatCount(length)} characters; the limit is ` +
          `${formatCount(limits.maxCharsPerSide)} characters per side.`,
      );
  }
  return { ok: true, value: body };
}

/** Thrown by the sentence-limit guard to stop a check; carries the 413 to answer. */
export class LimitExceeded extends Error {
  constructor(readonly error: HttpError) {
    super(error.message);
  }
}

/** A check() guard that stops with 413 when a side has more sentences than the limit (before alignment). */
export function sentenceLimitGuard(limits: Limits): SegmentGuard {
  return (source, target) => {
    for (const [side, doc] of [
      ["source", source],
      ["target", target],
    ] as const) {
      if (doc.segments.length > limits.maxSentencesPerSide)
        throw new LimitExceeded(
          httpError(
            413,
            "too_many_sentences",
            `"${side}.text" has ${formatCount(doc.segments.length)} sentences; the limit is ` +
              `${formatCount(limits.maxSentencesPerSide)} sentences per side.`,
          ),
        );
    }
  };
}

/** Turns the first schema issue into a stable error code and a message naming the field. */
function describeIssue(issue: z.core.$ZodIssue | undefined): HttpError {
  if (!issue) return httpError(400, "invalid_body", "The request body is invalid.");
  const field = issue.path.map(String).join(".");
  const at = `"${field}"`;
  switch (issue.code) {
    case "invalid_type":
      if (!field) return httpError(400, "invalid_body", "The request body must be a JSON object.");
      if (issue.input === undefined) return httpError(400, "missing_field", `${at} is required.`);
      return httpError(400, "invalid_field", `${at} must be ${article(issue.expected)}.`);
    case "invalid_value":
      if (issue.input === undefined) return httpError(400, "missing_field", `${at} is required.`);
      return httpError(400, "invalid_field", `${at} must be one of: ${issue.values.map(String).join(", ")}.`);
    case "unrecognized_keys":
      return httpError(
        400,
        "unknown_field",
        `Unknown field${issue.keys.length > 1 ? "s" : ""} ${listSome(issue.keys)}` + (field ? ` in ${at}.` : " in the request body."),
      );
    case "too_small":
      if (field.endsWith("onfidence")) return httpError(400, "invalid_field", `${at} must be between 0 and 1.`);
      if (field.endsWith("text")) return httpError(400, "empty_text", `${at} is empty.`);
      return httpError(400, "invalid_field", `${at} is too short or has too few items (minimum ${issue.minimum}).`);
    case "invalid_union":
      if (field.endsWith("failOn"))
        return httpError(
          400,
          "invalid_field",
          `${at} must be a severity (minor, major, critical) or {"severity": "major", "minConfidence": 0.8}.`,
        );
      return httpError(400, "invalid_field", `${at} is not valid: ${issue.message}`);
    case "too_big":
      if (field.endsWith("lang")) return httpError(400, "invalid_language_tag", `${at} is too long to be a language tag.`);
      if (field.endsWith("onfidence")) return httpError(400, "invalid_field", `${at} must be between 0 and 1.`);
      return httpError(400, "invalid_field", `${at} is too long or has too many items (maximum ${issue.maximum}).`);
    default:
      return httpError(400, "invalid_field", `${at || "The request body"}: ${issue.message}`);
  }
}

function article(expected: string): string {
  if (expected === "object" || expected === "record") return "an object";
  if (expected === "array") return "an array";
  return `a ${expected}`;
}

/** Quotes the first few names of a list, then says how many more there are. */
function listSome(names: string[], shown = 10): string {
  const head = names.slice(0, shown).map(quote).join(", ");
  return names.length > shown ? `${head} and ${names.length - shown} more` : head;
}

function quote(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}

function fail(status: 400 | 413, code: string, message: string): Validated<never> {
  return { ok: false, error: httpError(status, code, message) };
}
