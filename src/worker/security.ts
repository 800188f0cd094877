import type { Context, MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { NONCE, secureHeaders } from "hono/secure-headers";
import { isOpen } from "./auth";
import type { AppEnv } from "./env";

/**
 * Secure headers on every response (HSTS, nosniff, frame denial, no referrer…) and a locked-down CSP
 * for non-page responses. Headers a route already set (a page's CSP) are kept.
 */
export const securityHeaders: MiddlewareHandler<AppEnv> = secureHeaders({
  overwrite: false,
  xFrameOptions: "DENY",
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"] },
});

/**
 * CSP for server-rendered HTML pages: only same-origin resources, inline <script>/<style> only with the
 * per-response nonce (read it with `cspNonce(c)`), no framing, forms post to this origin only.
 * Use as route middleware: `app.get("/page", pageSecurity, handler)`.
 */
export const pageSecurity: MiddlewareHandler<AppEnv> = secureHeaders({
  xFrameOptions: "DENY",
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'", NONCE],
    styleSrc: ["'self'", NONCE],
    imgSrc: ["'self'", "data:"],
    connectSrc: ["'self'"],
    formAction: ["'self'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
  },
});

/** The CSP nonce of this response, for `<script nonce>` / `<style nonce>` on pages behind pageSecurity. */
export function cspNonce(c: Context<AppEnv>): string {
  return c.get("secureHeadersNonce") ?? "";
}

/** Methods CORS allows on /v1/* when API keys are configured. */
export const CORS_METHODS = ["GET", "POST", "PATCH", "DELETE", "OPTIONS"];
/** Methods CORS allows while the API is open (no usable key): reading and checking, never changing or deleting. */
export const OPEN_CORS_METHODS = ["GET", "POST", "OPTIONS"];

/**
 * CORS for /v1/* so CMS front ends can call the API: any origin unless CORS_ORIGINS lists some. While the API
 * is open (no usable API key, e.g. by accident) other origins may not PATCH or DELETE stored reports.
 */
export const apiCors: MiddlewareHandler<AppEnv> = cors({
  origin: (origin, c: Context<AppEnv>) => corsOrigin(origin, c.env?.CORS_ORIGINS),
  allowHeaders: ["Authorization", "Content-Type"],
  allowMethods: (_origin, c: Context<AppEnv>) => (isOpen(c.env) ? OPEN_CORS_METHODS : CORS_METHODS),
  exposeHeaders: ["Retry-After"],
  maxAge: 86400,
});

/** The allowed CORS origin for a request origin: "*" unless CORS_ORIGINS lists origins. */
export function corsOrigin(origin: string, configured: string | undefined): string | null {
  const list = (configured ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  if (list.length === 0 || list.includes("*")) return "*";
  return list.includes(origin) ? origin : null;
}
