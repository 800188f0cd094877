/** One documented error answer: HTTP status, `error.code` and when it happens. */
export interface ErrorCodeRow {
  status: number;
  code: string;
  when: string;
}

/** Every error the API answers, as listed in docs/api.md (a test keeps the two in step). */
export const ERROR_CODES: readonly ErrorCodeRow[] = [
  { status: 400, code: "malformed_json", when: "The body is empty, not UTF-8, or not JSON." },
  { status: 400, code: "invalid_body", when: "The body is JSON but not an object." },
  { status: 400, code: "missing_field", when: "A required field is missing (the message names it)." },
  { status: 400, code: "invalid_field", when: "A field has the wrong type or value." },
  { status: 400, code: "unknown_field", when: "A field that is not part of the API (objects are strict)." },
  { status: 400, code: "empty_text", when: "source.text or target.text is empty or only whitespace." },
  { status: 400, code: "unsupported_language", when: "A lang other than es or en." },
  { status: 400, code: "same_language", when: "source.lang equals target.lang." },
  { status: 400, code: "unknown_rule", when: "options.rules names rule ids that do not exist." },
  { status: 401, code: "unauthorized", when: "/v1/* without a valid bearer key, when keys are configured." },
  { status: 404, code: "not_found", when: "No such path, or no such stored report (or it expired)." },
  { status: 405, code: "method_not_allowed", when: "The path takes other methods (listed in Allow)." },
  { status: 413, code: "payload_too_large", when: "A body over MAX_BODY_BYTES (default 1,048,576)." },
  { status: 413, code: "text_too_long", when: "A side over MAX_CHARS_PER_SIDE UTF-16 units (default 200,000)." },
  { status: 413, code: "too_many_sentences", when: "A side over 5,000 sentences." },
  { status: 415, code: "unsupported_media_type", when: "Content-Type is not JSON, or its charset is not UTF-8." },
  { status: 429, code: "rate_limited", when: "Over the per-key rate limit; wait Retry-After seconds." },
];
