import type { MiddlewareHandler } from "hono";
import type { AppEnv, Env } from "./env";
import { errorResponse, httpError, type HttpError } from "./errors";
import { DEFAULT_RATE_LIMIT_PERIOD, positiveInt } from "./limits";

/**
 * Per-key rate limiting with the Workers Rate Limiting binding RATE_LIMITER (limits in wrangler.toml),
 * keyed by the API key's fingerprint; 429 with Retry-After when over the limit. Requests without a key
 * (open local dev) are not limited here; the signed hooks take their tokens per hook (src/worker/hooks).
 * Nothing is limited when the binding is absent; if the binding fails the request goes through.
 */
export function rateLimit(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const keyId = c.var.apiKeyId;
    if (!keyId) return next();
    const limited = await overRateLimit(c.env, `key:${keyId}`, "this API key");
    if (limited) return errorResponse(c, limited.error, limited.headers);
    await next();
  };
}

/** Takes one token for `key` from RATE_LIMITER; the 429 to answer (with Retry-After) when over the limit. */
export async function overRateLimit(
  env: Env | undefined,
  key: string,
  who: string,
): Promise<{ error: HttpError; headers: Record<string, string> } | undefined> {
  const limiter = env?.RATE_LIMITER;
  if (!limiter) return undefined;
  try {
    if ((await limiter.limit({ key })).success) return undefined;
  } catch (err) {
    console.error("translint: rate limiter failed; letting the request through", err);
    return undefined;
  }
  const period = positiveInt(env.RATE_LIMIT_PERIOD, DEFAULT_RATE_LIMIT_PERIOD);
  return {
    error: httpError(429, "rate_limited", `Too many requests for ${who}; retry in ${period} seconds.`),
    headers: { "Retry-After": String(period) },
  };
}
