import { positiveInt } from "../limits";

/** Secrets and settings of the CMS hooks (Worker secrets and vars; a hook whose secret is unset refuses every call). */
export interface HookConfig {
  /** Secret: Contentful's 64-character request-verification secret. */
  CONTENTFUL_WEBHOOK_SECRET?: string;
  /** Seconds a Contentful signature stays valid (Contentful's toolkit default: 30; at most 3600). */
  CONTENTFUL_WEBHOOK_TTL?: string;
  /** Secret: the Sanity webhook's secret. */
  SANITY_WEBHOOK_SECRET?: string;
  /** The Sanity hook's source locale when the signed body does not name one (e.g. "es"). */
  SANITY_SOURCE_LOCALE?: string;
  /** The Sanity hook's target locales, comma-separated, when the signed body does not name them (e.g. "en"). */
  SANITY_TARGET_LOCALES?: string;
  /** Secret: the generic hook's HMAC secret. */
  TRANSLINT_HOOK_SECRET?: string;
}

/** Contentful's default time to live of a signed request (node-apps-toolkit's verifyRequest): 30 s. */
export const CONTENTFUL_DEFAULT_TTL_SECONDS = 30;
/** Longest Contentful time to live accepted from CONTENTFUL_WEBHOOK_TTL: one hour. */
export const CONTENTFUL_MAX_TTL_SECONDS = 3600;
/** Window of the generic and Sanity signatures: 5 minutes either side of the signed timestamp. */
export const SIGNATURE_WINDOW_MS = 5 * 60 * 1000;
/** Most target locales one Contentful or Sanity call may ask for (each is a full check). */
export const MAX_TARGET_LOCALES = 4;

/** The Contentful signature window in ms: CONTENTFUL_WEBHOOK_TTL seconds (1–3600), else 30 s. */
export function contentfulWindowMs(config: HookConfig): number {
  const seconds = positiveInt(config.CONTENTFUL_WEBHOOK_TTL, CONTENTFUL_DEFAULT_TTL_SECONDS);
  return Math.min(seconds, CONTENTFUL_MAX_TTL_SECONDS) * 1000;
}
