// Webhook signature verification (Web Crypto only, so it runs in the Worker).

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

/** Longest accepted age of a signed webhook (and how far in the future its clock may be): 5 minutes. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000;

/** Outcome of a verification: ok, or why not (for the 401 message). */
export type Verification = { ok: true } | { ok: false; reason: string };

const fail = (reason: string): Verification => ({ ok: false, reason });

function fresh(timestampMs: number, now: number): boolean {
  return Number.isFinite(timestampMs) && Math.abs(now - timestampMs) <= MAX_SIGNATURE_AGE_MS;
}

/**
 * The path Contentful signs: the path and query, the query escaped once as a component and the whole then
 * passed through encodeURI (as Contentful's node-apps-toolkit normalises it).
 */
export function contentfulCanonicalPath(pathWithQuery: string): string {
  const [pathname, search] = pathWithQuery.split("?");
  return encodeURI(search ? `${pathname}?${encodeURIComponent(search)}` : pathname);
}

/**
 * Verifies `x-contentful-signature`: HMAC-SHA256 (hex) of "METHOD\npath\nsigned headers\nbody", where the
 * signed headers are those named in `x-contentful-signed-headers`, lowercased, sorted, as `name:value`
 * joined by ";". Refuses timestamps (`x-contentful-timestamp`, ms) more than 5 minutes off.
 */
export async function verifyContentful(
  secret: string, method: string, pathWithQuery: string, headers: Headers, body: string, now = Date.now(),
): Promise<Verification> {
  const signature = headers.get("x-contentful-signature");
  const signedList = headers.get("x-contentful-signed-headers");
  const timestamp = Number(headers.get("x-contentful-timestamp"));
  if (!signature || !signedList) return fail("missing x-contentful-signature or x-contentful-signed-headers");
  if (!fresh(timestamp, now)) return fail("x-contentful-timestamp is missing or more than 5 minutes off");
  const names = signedList.split(",").map((h) => h.trim().toLowerCase()).filter(Boolean);
  if (!names.includes("x-contentful-timestamp")) return fail("the timestamp header is not among the signed headers");
  const signedHeaders = [...new Set(names)]
    .sort()
    .map((name) => `${name}:${(headers.get(name) ?? "").trim()}`)
    .join(";");
  const canonical = [method.toUpperCase(), contentfulCanonicalPath(pathWithQuery), signedHeaders, body].join("\n");
  const expected = toHex(await hmacSha256(secret, canonical));
  return timingSafeEqual(expected, signature.trim().toLowerCase()) ? { ok: true } : fail("signature mismatch");
}

/** Verifies `sanity-webhook-signature: t=<ms>,v1=<base64url HMAC-SHA256 of "t.body">`, at most 5 minutes old. */
export async function verifySanity(secret: string, header: string | undefined | null, body: string, now = Date.now()): Promise<Verification> {
  const m = /^t=(\d{1,16})[, ]+v1=([A-Za-z0-9_-]{1,128})$/.exec((header ?? "").trim());
  if (!m) return fail("missing or malformed sanity-webhook-signature");
  const t = Number(m[1]);
  if (!fresh(t, now)) return fail("the signature's timestamp is more than 5 minutes off");
  const expected = toBase64Url(await hmacSha256(secret, `${m[1]}.${body}`));
  return timingSafeEqual(expected, m[2]) ? { ok: true } : fail("signature mismatch");
}

/**
 * Verifies the generic hook: `X-Translint-Timestamp: <unix seconds>` and
 * `X-Translint-Signature: sha256=<hex HMAC-SHA256 of "timestamp.body">`, at most 5 minutes old.
 */
export async function verifyGeneric(
  secret: string, timestampHeader: string | undefined | null, signatureHeader: string | undefined | null, body: string, now = Date.now(),
): Promise<Verification> {
  const sig = /^sha256=([0-9a-fA-F]{64})$/.exec((signatureHeader ?? "").trim());
  if (!sig) return fail('missing or malformed X-Translint-Signature (expected "sha256=<hex>")');
  const ts = (timestampHeader ?? "").trim();
  if (!/^\d{1,12}$/.test(ts) || !fresh(Number(ts) * 1000, now))
    return fail("X-Translint-Timestamp is missing or more than 5 minutes off (replays are refused)");
  const expected = toHex(await hmacSha256(secret, `${ts}.${body}`));
  return timingSafeEqual(expected, sig[1].toLowerCase()) ? { ok: true } : fail("signature mismatch");
}
