import type { Context, MiddlewareHandler } from "hono";
import { NONCE, secureHeaders } from "hono/secure-headers";
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
