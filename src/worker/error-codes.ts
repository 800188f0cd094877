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
  {
    status: 400,
    code: "unsupported_language",
    when: "A lang tag whose language is not supported (fr, pt-BR); the message lists the supported ones.",
  },
  { status: 400, code: "invalid_language_tag", when: "A lang that is not a BCP-47 tag (es-, e s, over 64 characters)." },
  { status: 400, code: "same_language", when: "source.lang and target.lang resolve to the same language (also es-MX and es-ES)." },
  { status: 400, code: "unknown_rule", when: "options.rules names rule ids that do not exist." },
  { status: 400, code: "invalid_locales", when: "Hooks: missing, repeated or too many locales." },
  { status: 400, code: "invalid_query", when: "Hooks: an unknown query parameter." },
  { status: 400, code: "unsigned_query", when: "Generic and Sanity hooks: any query (their signatures do not cover the URL)." },
  { status: 400, code: "no_text", when: "Hooks: no field has text in both locales." },
  { status: 400, code: "invalid_file", when: "format xliff/tmx with a file that is not XLIFF 1.2/2.x or TMX 1.4, or has no units." },
  { status: 400, code: "language_not_in_file", when: "A TMX file with no variant in the requested language." },
  { status: 400, code: "invalid_format", when: "GET /v1/reports/:id?format= other than json, csv, html, xliff." },
  { status: 401, code: "unauthorized", when: "/v1/* without a valid bearer key, when keys are configured." },
  {
    status: 401,
    code: "invalid_signature",
    when: "Hooks: a missing, malformed, forged or stale signature, or the hook's secret is unset.",
  },
  { status: 404, code: "not_found", when: "No such path, or no such stored report (or it expired)." },
  { status: 405, code: "method_not_allowed", when: "The path takes other methods (listed in Allow)." },
  { status: 406, code: "not_acceptable", when: "GET /v1/reports/:id with an Accept that allows none of JSON, CSV, HTML, XLIFF." },
  { status: 409, code: "replayed_request", when: "Hooks: the same signature was already received in its window; nothing is stored." },
  { status: 413, code: "payload_too_large", when: "A body over MAX_BODY_BYTES (default 1,048,576)." },
  { status: 413, code: "text_too_long", when: "A side over MAX_CHARS_PER_SIDE UTF-16 units (default 200,000)." },
  { status: 413, code: "too_many_sentences", when: "A side over 5,000 sentences." },
  { status: 415, code: "unsupported_media_type", when: "Content-Type is not JSON, or its charset is not UTF-8." },
  { status: 429, code: "rate_limited", when: "Over the per-key rate limit; wait Retry-After seconds." },
];
