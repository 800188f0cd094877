import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ErrorSchema } from "../schemas";
import { contentfulWindowMs, SIGNATURE_WINDOW_MS } from "./config";
import { contentfulPairs, genericPairs } from "./payloads";
import { hookHandler, type HookEnv } from "./pipeline";
import { sanityPairs } from "./sanity";
import { verifyContentful, verifyGeneric, verifySanity } from "./signatures";

/** The CMS hooks under /v1/hooks: each verifies its signature, checks, stores and answers the verdict. */
export const hookRoutes = new OpenAPIHono<HookEnv>();

const SummarySchema = z.record(z.string(), z.unknown()).openapi({ description: "The stored report's summary." });
const Verdict = z.enum(["pass", "review", "block"]);
const HookAnswerSchema = z
  .object({
    verdict: Verdict,
    id: z.string(),
    url: z.string().openapi({ description: "Review page of the stored report." }),
    summary: SummarySchema,
    locales: z
      .array(
        z.object({ source: z.string(), target: z.string(), verdict: Verdict, id: z.string(), url: z.string(), summary: SummarySchema }),
      )
      .optional()
      .openapi({ description: "Contentful and Sanity field-level hooks: one entry per target locale; the top level is the worst." }),
  })
  .openapi("HookAnswer");
const hookError = (description: string) => ({ description, content: { "application/json": { schema: ErrorSchema } } });
const DOCS = "See docs/integrations.md for exactly what is signed.";
for (const [path, summary, description] of [
  [
    "/v1/hooks/generic",
    "Signed hook for any CMS",
    "Body {source, target, format, options, meta}. Headers X-Translint-Timestamp (Unix seconds) and X-Translint-Signature: " +
      'sha256=<hex HMAC-SHA256 of "timestamp.body"> with TRANSLINT_HOOK_SECRET; 5 minutes or more off is refused. No query parameters.',
  ],
  [
    "/v1/hooks/contentful",
    "Contentful entry webhook",
    "The entry payload as Contentful sends it; ?source=<locale>&target=<locale> (target repeatable, at most 4), optional failOn. " +
      "Verified as Contentful's request verification signs it (x-contentful-signature, x-contentful-timestamp in ms, " +
      "x-contentful-signed-headers; CONTENTFUL_WEBHOOK_SECRET; 30 s unless CONTENTFUL_WEBHOOK_TTL).",
  ],
  [
    "/v1/hooks/sanity",
    "Sanity document webhook",
    'The document (field-level translations, Portable Text) with locales in the signed body ("translint": {source, target}) or ' +
      "SANITY_SOURCE_LOCALE/SANITY_TARGET_LOCALES, or a projection {_id, source, target}. Verified with sanity-webhook-signature " +
      "(SANITY_WEBHOOK_SECRET, 5 minutes). No query parameters: Sanity does not sign the URL.",
  ],
] as const) {
  hookRoutes.openAPIRegistry.registerPath(
    createRoute({
      method: "post",
      path,
      summary,
      description: `${description} ${DOCS}`,
      responses: {
        200: { description: "The report was stored; its verdict.", content: { "application/json": { schema: HookAnswerSchema } } },
        400: hookError(
          "Malformed JSON, a payload without text, missing or invalid locales, an unsigned query or an invalid check request. Nothing is stored.",
        ),
        401: hookError("Missing, malformed, forged or stale signature, or the hook's secret is not set. Nothing is stored."),
        409: hookError("A replay: this signature was already received within its window. Nothing is stored."),
        413: hookError("Body, text or sentences over the limits of /v1/check. Nothing is stored."),
        415: hookError("Not JSON."),
        429: hookError("Over the rate limit of this hook (the same binding as /v1/check); see Retry-After."),
        503: hookError("Storage unavailable; nothing is stored. See Retry-After."),
      },
    }),
  );
}

hookRoutes.post(
  "/v1/hooks/contentful",
  hookHandler({
    name: "contentful",
    secret: "CONTENTFUL_WEBHOOK_SECRET",
    verify: (c, secret, body) => {
      const url = new URL(c.req.url);
      return verifyContentful(secret, c.req.method, url.pathname + url.search, c.req.raw.headers, body, contentfulWindowMs(c.env));
    },
    pairs: (c, body, limits) => contentfulPairs(body, new URL(c.req.url).searchParams, limits),
  }),
);

hookRoutes.post(
  "/v1/hooks/sanity",
  hookHandler({
    name: "sanity",
    secret: "SANITY_WEBHOOK_SECRET",
    verify: (c, secret, body) => verifySanity(secret, c.req.header("sanity-webhook-signature"), body, SIGNATURE_WINDOW_MS),
    pairs: (c, body, limits) => sanityPairs(body, new URL(c.req.url).searchParams, c.env, limits),
  }),
);

hookRoutes.post(
  "/v1/hooks/generic",
  hookHandler({
    name: "generic",
    secret: "TRANSLINT_HOOK_SECRET",
    verify: (c, secret, body) =>
      verifyGeneric(secret, c.req.header("x-translint-timestamp"), c.req.header("x-translint-signature"), body, SIGNATURE_WINDOW_MS),
    pairs: (c, body, limits) => {
      const param = [...new URL(c.req.url).searchParams.keys()][0];
      if (param !== undefined)
        return {
          status: 400,
          code: "unsigned_query",
          message: `The generic hook's signature does not cover the URL, so it takes no query parameters (got "${param.slice(0, 40)}"); put options in the signed body.`,
        };
      return genericPairs(body, limits);
    },
  }),
);
