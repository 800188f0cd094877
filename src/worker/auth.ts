import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { errorResponse, httpError } from "./errors";

/** Paths under /v1 that authenticate with their own signatures instead of a bearer key. */
export const SIGNED_PATH_PREFIX = "/v1/hooks/";

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;
const REALM = 'Bearer realm="translint"';
let loggedOpen = false;

/** Logs once that the API is open when no API key is configured (called at start-up and on the first request). */
export function warnIfOpen(apiKeys: string | undefined): void {
  if (loggedOpen || parseKeys(apiKeys).length > 0) return;
  loggedOpen = true;
  console.warn("translint: API_KEYS is not set, so /v1/* is open to anyone (fine for local development only).");
}

/**
 * Bearer-key auth for `/v1/*` (except the signed hooks). Keys come from the API_KEYS secret
 * (comma-separated) and are compared in constant time via their SHA-256 digests. With no key
 * configured the API is open (local development) and the first request logs that it is.
 */
export function bearerAuth(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.path.startsWith(SIGNED_PATH_PREFIX)) return next();
    const keys = parseKeys(c.env?.API_KEYS);
    if (keys.length === 0) {
      warnIfOpen(c.env?.API_KEYS);
      return next();
    }
    const match = BEARER.exec(c.req.header("authorization") ?? "");
    if (!match) {
      return errorResponse(c, httpError(401, "unauthorized", 'Send "Authorization: Bearer <API key>".'),
        { "WWW-Authenticate": REALM });
    }
    const keyId = await findKey(match[1], keys);
    if (!keyId) {
      return errorResponse(c, httpError(401, "unauthorized", "The API key is not valid."),
        { "WWW-Authenticate": `${REALM}, error="invalid_token"` });
    }
    c.set("apiKeyId", keyId);
    await next();
  };
}

/** Splits the API_KEYS secret into its non-empty keys. */
export function parseKeys(secret: string | undefined): string[] {
  return (secret ?? "").split(",").map((k) => k.trim()).filter(Boolean);
}

/** Compares the presented key with every configured key in constant time; returns its fingerprint or undefined. */
export async function findKey(presented: string, keys: string[]): Promise<string | undefined> {
  const digest = await sha256(presented);
  let found = false;
  for (const key of keys) found = constantTimeEqual(digest, await sha256(key)) || found;
  return found ? hex(digest).slice(0, 16) : undefined;
}

/** True when two equal-length byte arrays are equal; the time does not depend on where they differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

async function sha256(s: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(s)));
}

function hex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out;
}
