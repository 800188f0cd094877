import type { MiddlewareHandler } from "hono";
import type { AppEnv, Env } from "./env";
import { errorResponse, httpError } from "./errors";
import { parseKeyEntries, PUBLIC_TENANT, tenantOfDigest, type KeyEntry } from "./tenant";

/** Paths under /v1 that authenticate with their own signatures instead of a bearer key. */
export const SIGNED_PATH_PREFIX = "/v1/hooks/";

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;
const REALM = 'Bearer realm="translint"';
let loggedOpen = false;

/** True when TRANSLINT_ENV says this is a production deployment. */
export function isProduction(env: Pick<Env, "TRANSLINT_ENV"> | undefined): boolean {
  return (env?.TRANSLINT_ENV ?? "").trim().toLowerCase() === "production";
}

/** True when API_KEYS holds no usable key, so /v1/* would be open (refused instead in production). */
export function isOpen(env: Pick<Env, "API_KEYS"> | undefined): boolean {
  return parseKeyEntries(env?.API_KEYS).length === 0;
}

/**
 * Logs once, at start-up or on the first request, that /v1/* is open (no usable API key: local development),
 * or, in production, that it refuses to serve until a key is set.
 */
export function warnIfOpen(env: Pick<Env, "API_KEYS" | "TRANSLINT_ENV"> | undefined): void {
  if (loggedOpen || !isOpen(env)) return;
  loggedOpen = true;
  if (isProduction(env))
    console.error("translint: API_KEYS has no usable key and TRANSLINT_ENV is production, so /v1/* refuses to serve (503).");
  else console.warn("translint: API_KEYS is not set, so /v1/* is open to anyone (fine for local development only).");
}

/**
 * Bearer-key auth for `/v1/*` (except the signed hooks). Keys come from the API_KEYS secret (comma-separated
 * entries, `key` or `tenant:key`) and are compared in constant time via their SHA-256 digests; the request's
 * tenant is the entry's tenant name, or "key:<digest prefix>" for an unnamed key. With no usable key the API
 * is open under the "public" tenant (local development) — except with TRANSLINT_ENV "production", where it
 * fails closed with a 503 that says why.
 */
export function bearerAuth(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.path.startsWith(SIGNED_PATH_PREFIX)) return next();
    const entries = parseKeyEntries(c.env?.API_KEYS);
    if (entries.length === 0) {
      warnIfOpen(c.env);
      if (isProduction(c.env))
        return errorResponse(
          c,
          httpError(
            503,
            "not_configured",
            'TRANSLINT_ENV is "production" but API_KEYS holds no usable key, so /v1/* refuses to serve. Set one with `wrangler secret put API_KEYS`.',
          ),
        );
      c.set("tenant", PUBLIC_TENANT);
      return next();
    }
    const match = BEARER.exec(c.req.header("authorization") ?? "");
    if (!match) {
      return errorResponse(c, httpError(401, "unauthorized", 'Send "Authorization: Bearer <API key>".'), { "WWW-Authenticate": REALM });
    }
    const found = await findKey(match[1], entries);
    if (!found) {
      return errorResponse(c, httpError(401, "unauthorized", "The API key is not valid."), {
        "WWW-Authenticate": `${REALM}, error="invalid_token"`,
      });
    }
    c.set("apiKeyId", found.keyId);
    c.set("tenant", found.tenant);
    await next();
  };
}

/** Splits the API_KEYS secret into its usable keys (tenant names removed). */
export function parseKeys(secret: string | undefined): string[] {
  return parseKeyEntries(secret).map((e) => e.key);
}

/**
 * Compares the presented key with every configured key in constant time (every digest is compared, whatever
 * matched); returns the key's fingerprint and tenant, or undefined.
 */
export async function findKey(presented: string, entries: readonly KeyEntry[]): Promise<{ keyId: string; tenant: string } | undefined> {
  const digest = await sha256(presented);
  let found: KeyEntry | undefined;
  for (const entry of entries) if (constantTimeEqual(digest, await sha256(entry.key)) && !found) found = entry;
  if (!found) return undefined;
  const hexDigest = hex(digest);
  return { keyId: hexDigest.slice(0, 16), tenant: found.tenant ?? tenantOfDigest(hexDigest) };
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
