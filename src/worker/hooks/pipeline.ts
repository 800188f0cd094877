// The steps every hook call goes through once its payload is read: signature, rate limit, validation, replay
// claim, checks under the same limits as /v1/check, then storage. Nothing is stored unless every step passes.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { check } from "../../checker";
import type { Report } from "../../types";
import { RULES } from "../../rules";
import { checkMediaType, readBodyText } from "../body";
import type { AppEnv, Env } from "../env";
import { codeForStatus, errorResponse, httpError, type HttpError } from "../errors";
import { limitsFrom, type Limits } from "../limits";
import { overRateLimit } from "../ratelimit";
import { logStorageFailure, STORAGE_RETRY_AFTER_SECONDS, STORAGE_UNAVAILABLE_MESSAGE, StorageUnavailable } from "../storage-error";
import { deleteReport, storeReport } from "../store";
import { hookTenant } from "../tenant";
import { LimitExceeded, sentenceLimitGuard } from "../validate";
import type { HookConfig } from "./config";
import type { HookPair } from "./payloads";
import { claimSignature, releaseSignature, type HookName } from "./replays";
import type { Verification } from "./signatures";

/** Hono environment of the hook routes: the Worker's bindings plus the hooks' secrets and settings. */
export type HookEnv = { Bindings: Env & HookConfig; Variables: AppEnv["Variables"] };
type Ctx = Context<HookEnv>;

/** What one hook supplies to the shared flow. */
export interface HookSpec {
  name: HookName;
  /** The Worker secret that signs this hook's calls. */
  secret: "CONTENTFUL_WEBHOOK_SECRET" | "SANITY_WEBHOOK_SECRET" | "TRANSLINT_HOOK_SECRET";
  verify(c: Ctx, secret: string, body: string): Promise<Verification>;
  pairs(c: Ctx, body: string, limits: Limits): HookPair[] | HttpError;
}

/** One stored pair, as answered. */
interface StoredPair {
  verdict: "pass" | "review" | "block";
  id: string;
  url: string;
  summary: Report["summary"];
  locales?: HookPair["locales"];
}

const RETRY_AFTER = { "Retry-After": String(STORAGE_RETRY_AFTER_SECONDS) };
const storageDown = () => httpError(503, "storage_unavailable", STORAGE_UNAVAILABLE_MESSAGE);

/** Serves one call of a hook: every refusal answers a JSON error and leaves nothing stored. */
export function hookHandler(spec: HookSpec): (c: Ctx) => Promise<Response> {
  return async (c) => {
    const body = await readBody(c);
    if (typeof body !== "string") return errorResponse(c, body);
    const secret = c.env[spec.secret];
    const verified = secret
      ? await spec.verify(c, secret, body)
      : { ok: false as const, reason: `this hook is disabled: the Worker secret ${spec.secret} is not set` };
    if (!verified.ok)
      return errorResponse(
        c,
        httpError(401, "invalid_signature", `The webhook signature was refused: ${verified.reason}. Nothing was stored.`),
      );
    const limited = await overRateLimit(c.env, `hook:${spec.name}:${await fingerprint(secret as string)}`, `the ${spec.name} hook`);
    if (limited) return errorResponse(c, limited.error, limited.headers);
    const limits = limitsFrom(c.env);
    const pairs = spec.pairs(c, body, limits);
    if (!Array.isArray(pairs)) return errorResponse(c, pairs);
    const db = c.env.DB;
    if (!db)
      return errorResponse(
        c,
        httpError(503, "storage_unavailable", "The D1 binding DB is not configured; hooks store every report."),
        RETRY_AFTER,
      );
    const claimed = await claimSignature(db, spec.name, verified.signature, verified.expiresAt).catch((err: unknown) => {
      console.error("translint: a hook could not record its signature", err);
      return undefined;
    });
    if (claimed === undefined) return errorResponse(c, storageDown(), RETRY_AFTER);
    if (!claimed)
      return errorResponse(
        c,
        httpError(
          409,
          "replayed_request",
          "This signed request was already received: a replay is refused and nothing was stored. Sign each call anew.",
        ),
      );
    const answer = await checkAndStore(c, pairs, limits).catch(async (err: unknown) => {
      await releaseSignature(db, spec.name, verified.signature).catch(() => undefined);
      throw err;
    });
    if ("error" in answer) {
      await releaseSignature(db, spec.name, verified.signature).catch(() => undefined);
      return errorResponse(c, answer.error, answer.error.status === 503 ? RETRY_AFTER : undefined);
    }
    return c.json(answer.value, 200);
  };
}

/** Checks every pair (each under the sentence limit), then stores them all; on any failure nothing stays stored. */
async function checkAndStore(c: Ctx, pairs: HookPair[], limits: Limits): Promise<{ value: unknown } | { error: HttpError }> {
  const reports: Report[] = [];
  try {
    for (const pair of pairs) reports.push(check(pair.request, RULES, undefined, sentenceLimitGuard(limits)));
  } catch (err) {
    if (err instanceof LimitExceeded) return { error: err.error };
    throw err;
  }
  const env = c.env as Env & { DB: D1Database };
  const tenant = hookTenant(env);
  const stored: StoredPair[] = [];
  try {
    for (const [i, pair] of pairs.entries()) {
      const saved = await storeReport(env, pair.request, reports[i], new URL(c.req.url).origin, { article: pair.article, tenant });
      stored.push({
        verdict: saved.report.summary.verdict,
        id: saved.id,
        url: saved.url,
        summary: saved.report.summary,
        locales: pair.locales,
      });
    }
  } catch (err) {
    await Promise.all(stored.map((s) => deleteReport(env, tenant, s.id).catch(() => false)));
    if (err instanceof HTTPException && err.status < 500)
      return { error: httpError(err.status as ContentfulStatusCode, codeForStatus(err.status), err.message) };
    if (err instanceof StorageUnavailable) logStorageFailure(err);
    else console.error("translint: a hook could not store its report", err);
    return { error: storageDown() };
  }
  return { value: answerOf(stored) };
}

/** The answer: the worst verdict's report at the top, and for localized hooks one entry per target locale. */
function answerOf(stored: StoredPair[]): unknown {
  const rank = (v: string) => ["pass", "review", "block"].indexOf(v);
  const worst = stored.reduce((a, b) => (rank(b.verdict) > rank(a.verdict) ? b : a));
  const top = { verdict: worst.verdict, id: worst.id, url: worst.url, summary: worst.summary };
  if (!stored[0].locales) return top;
  return {
    ...top,
    locales: stored.map((s) => ({
      source: s.locales!.source,
      target: s.locales!.target,
      verdict: s.verdict,
      id: s.id,
      url: s.url,
      summary: s.summary,
    })),
  };
}

/**
 * Reads the body as sent (signatures cover the exact bytes, a BOM included) with the one body decoder: 415 for
 * non-JSON types, 413 over the limit, 400 when not UTF-8. The payloads parse it with parseJsonBody (payloads.ts).
 */
async function readBody(c: Ctx): Promise<string | HttpError> {
  const media = checkMediaType(c.req.header("content-type"));
  if (media) return media;
  return readBodyText(c.req.raw, limitsFrom(c.env).maxBodyBytes);
}

/** A short fingerprint of a hook's secret, so each configured hook has its own rate-limit key. */
async function fingerprint(secret: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret)));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
