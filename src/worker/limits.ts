import type { Env } from "./env";

/** Default largest request body: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1_048_576;
/** Default largest text per side, in UTF-16 code units (about 1,500 news sentences). */
export const DEFAULT_MAX_CHARS_PER_SIDE = 200_000;
/** Default largest number of sentences (segments) per side. */
export const DEFAULT_MAX_SENTENCES_PER_SIDE = 5_000;
/** Default rate-limit window in seconds (the `period` of the binding in wrangler.toml). */
export const DEFAULT_RATE_LIMIT_PERIOD = 60;

/** The limits in force for one request, from the Worker's variables or the defaults. */
export interface Limits {
  maxBodyBytes: number;
  maxCharsPerSide: number;
  maxSentencesPerSide: number;
}

/** Reads the limits from the environment; a missing or invalid value falls back to the default. */
export function limitsFrom(env: Env | undefined): Limits {
  return {
    maxBodyBytes: positiveInt(env?.MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES),
    maxCharsPerSide: positiveInt(env?.MAX_CHARS_PER_SIDE, DEFAULT_MAX_CHARS_PER_SIDE),
    maxSentencesPerSide: positiveInt(env?.MAX_SENTENCES_PER_SIDE, DEFAULT_MAX_SENTENCES_PER_SIDE),
  };
}

/** Parses a positive integer variable, or returns the fallback. */
export function positiveInt(value: string | undefined, fallback: number): number {
  if (value === undefined || !/^\d{1,12}$/.test(value.trim())) return fallback;
  const n = Number(value.trim());
  return n > 0 ? n : fallback;
}

/** Formats a count with thousands separators for messages (1,048,576); no Intl, so no start-up cost. */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}
