import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env";
import { errorResponse, httpError } from "./errors";
import { DEFAULT_RATE_LIMIT_PERIOD, positiveInt } from "./limits";

/**
 * Per-key rate limiting with the Workers Rate Limiting binding RATE_LIMITER (limits in wrangler.toml),
 * keyed by the API key's fingerprint; 429 with Retry-After when over the limit. Requests without a key
 * (open local dev, signed hooks) are not limited here, nor is anything when the binding is absent; if the
 * binding fails the request goes through.
 */
export function rateLimit(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const limiter = c.env?.RATE_LIMITER;
    const keyId = c.var.apiKeyId;
    if (!limiter || !keyId) return next();
    const key = `key:${keyId}`;
    let allowed = true;
    try {
      allowed = (await limiter.limit({ key })).success;
    } catch (err) {
      console.error("translint: rate limiter failed; letting the request through", err);
    }
    if (!allowed) {
      const period = positiveInt(c.env.RATE_LIMIT_PERIOD, DEFAULT_RATE_LIMIT_PERIOD);
      return errorResponse(c,
        httpError(429, "rate_limited", `Too many requests for this API key; retry in ${period} seconds.`),
        { "Retry-After": String(period) });
    }
    await next();
  };
}
