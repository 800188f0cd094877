// Webhook signature verification (Web Crypto only, so it runs in the Worker). Each verifier answers, besides
// ok, the value to remember against replays and until when (the moment the signature goes stale anyway).

import { SIGNATURE_WINDOW_MS } from "./config";

const encoder = new TextEncoder();

/** Raw HMAC-SHA256 of a message with a text secret. */
export async function hmacSha256(secret: string, message: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(message)));
}

/** Lowercase hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out;
}

/** Unpadded base64url of bytes. */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Compares two strings in time that depends only on their lengths. */
export function timingSafeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i % (a.length || 1)) || 0) ^ (b.charCodeAt(i % (b.length || 1)) || 0);
  return diff === 0;
}

/** Outcome of a verification: the signature to remember until `expiresAt` (ms), or why it was refused. */
export type Verification = { ok: true; signature: string; expiresAt: number } | { ok: false; reason: string };

const fail = (reason: string): Verification => ({ ok: false, reason });

/** Whether a signed time (ms) is less than `windowMs` before or after now. */
function withinWindow(timestampMs: number, now: number, windowMs: number): boolean {
  return Number.isFinite(timestampMs) && now - timestampMs < windowMs && timestampMs - now < windowMs;
}

/** The verdict of comparing an expected signature with the one sent. */
function outcome(expected: string, sent: string, timestampMs: number, windowMs: number): Verification {
  return timingSafeEqual(expected, sent) ? { ok: true, signature: sent, expiresAt: timestampMs + windowMs } : fail("signature mismatch");
}

/**
 * The path Contentful signs (node-apps-toolkit's getNormalizedEncodedURI): the part before the first "?", and
 * the part up to a second "?" escaped as one query component; the whole then passed through encodeURI.
 */
export function contentfulCanonicalPath(pathWithQuery: string): string {
  const [pathname, search] = pathWithQuery.split("?");
  return encodeURI(search ? `${pathname}?${encodeURIComponent(search)}` : pathname);
}

/** The signed-header list of a Contentful request, or why it is unusable. */
function contentfulSignedNames(list: string | null, headers: Headers): string[] | string {
  const names = (list ?? "").split(",");
  if (!list || names.some((n) => !/^[a-z0-9-]+$/.test(n)))
    return "x-contentful-signed-headers must be a comma-separated list of lower-case header names";
  for (const required of ["x-contentful-signed-headers", "x-contentful-timestamp"])
    if (!names.includes(required)) return `${required} is not among the signed headers`;
  const absent = names.find((n) => !headers.has(n));
  if (absent) return `the signed header ${absent} is not in the request`;
  return [...new Set(names)].sort();
}

/**
 * The canonical request Contentful signs: METHOD, canonical path, the signed headers (sorted `name:value`
 * joined by ";", with the timestamp as an integer and the signed-header list re-sorted) and the body, joined
 * by "\n" — exactly as the toolkit's signRequest builds it.
 */
export function contentfulCanonicalRequest(method: string, pathWithQuery: string, names: string[], headers: Headers, body: string): string {
  const value = (name: string): string => {
    if (name === "x-contentful-signed-headers") return names.join(",");
    if (name === "x-contentful-timestamp") return String(Number.parseInt(headers.get(name) ?? "", 10));
    return (headers.get(name) ?? "").trim();
  };
  const signedHeaders = names.map((n) => `${n}:${value(n)}`).join(";");
  return [method, contentfulCanonicalPath(pathWithQuery), signedHeaders, body].join("\n");
}

/**
 * Verifies a Contentful request (x-contentful-signature: hex HMAC-SHA256 of the canonical request, signed
 * with x-contentful-timestamp in ms; both that header and x-contentful-signed-headers must be signed).
 * Refuses timestamps `windowMs` or more old (Contentful's default time to live is 30 s) or as far ahead.
 */
export async function verifyContentful(
  secret: string,
  method: string,
  pathWithQuery: string,
  headers: Headers,
  body: string,
  windowMs: number,
  now = Date.now(),
): Promise<Verification> {
  const signature = headers.get("x-contentful-signature") ?? "";
  if (!/^[0-9a-f]{64}$/.test(signature)) return fail("x-contentful-signature is missing or not 64 lower-case hex digits");
  const timestampText = headers.get("x-contentful-timestamp") ?? "";
  if (!/^\d{1,16}$/.test(timestampText)) return fail("x-contentful-timestamp is missing or not milliseconds since the epoch");
  const names = contentfulSignedNames(headers.get("x-contentful-signed-headers"), headers);
  if (typeof names === "string") return fail(names);
  const timestamp = Number.parseInt(timestampText, 10);
  if (!withinWindow(timestamp, now, windowMs))
    return fail(`x-contentful-timestamp is ${windowMs / 1000} s or more away from the Worker's clock`);
  const canonical = contentfulCanonicalRequest(method, pathWithQuery, names, headers, body);
  return outcome(toHex(await hmacSha256(secret, canonical)), signature, timestamp, windowMs);
}

/**
 * Verifies `sanity-webhook-signature: t=<ms>,v1=<base64url HMAC-SHA256 of "t.body">`, byte for byte as
 * @sanity/webhook encodes it, and less than `windowMs` away from now. It does not cover the URL.
 */
export async function verifySanity(
  secret: string,
  header: string | undefined | null,
  body: string,
  windowMs: number,
  now = Date.now(),
): Promise<Verification> {
  const m = /^t=(\d{1,16}),v1=([A-Za-z0-9_-]{43})$/.exec(header ?? "");
  if (!m) return fail('missing or malformed sanity-webhook-signature (expected "t=<ms>,v1=<base64url>")');
  if (!body) return fail("the body is empty");
  const timestamp = Number.parseInt(m[1], 10);
  if (String(timestamp) !== m[1]) return fail("the signature's timestamp has leading zeros");
  if (!withinWindow(timestamp, now, windowMs))
    return fail(`the signature's timestamp is ${windowMs / 60_000} minutes or more away from the Worker's clock`);
  return outcome(toBase64Url(await hmacSha256(secret, `${m[1]}.${body}`)), m[2], timestamp, windowMs);
}

/**
 * Verifies the generic hook: `X-Translint-Timestamp: <unix seconds>` and
 * `X-Translint-Signature: sha256=<hex HMAC-SHA256 of "timestamp.body">`, less than `windowMs` away from now.
 */
export async function verifyGeneric(
  secret: string,
  timestampHeader: string | undefined | null,
  signatureHeader: string | undefined | null,
  body: string,
  windowMs = SIGNATURE_WINDOW_MS,
  now = Date.now(),
): Promise<Verification> {
  const sig = /^sha256=([0-9a-fA-F]{64})$/.exec((signatureHeader ?? "").trim());
  if (!sig) return fail('missing or malformed X-Translint-Signature (expected "sha256=<hex>")');
  const ts = (timestampHeader ?? "").trim();
  if (!/^\d{1,12}$/.test(ts) || !withinWindow(Number(ts) * 1000, now, windowMs))
    return fail(`X-Translint-Timestamp is missing or ${windowMs / 60_000} minutes or more away from the Worker's clock`);
  return outcome(toHex(await hmacSha256(secret, `${ts}.${body}`)), sig[1].toLowerCase(), Number(ts) * 1000, windowMs);
}
