import type { MiddlewareHandler } from "hono";
import type { AppEnv, Env } from "./env";
import { errorResponse, httpError } from "./errors";
import { MAX_RETENTION_DAYS } from "./store";

/** Largest value accepted for the numeric limits (MAX_BODY_BYTES…): far above any sensible setting. */
const MAX_LIMIT = 1_000_000_000;
/** Whole numbers within [min, max] checked per variable; absent means the default. */
const WHOLE_NUMBERS: readonly [keyof Env, number, number][] = [
  ["REPORT_RETENTION_DAYS", 1, MAX_RETENTION_DAYS],
  ["MAX_BODY_BYTES", 1, MAX_LIMIT],
  ["MAX_CHARS_PER_SIDE", 1, MAX_LIMIT],
  ["MAX_SENTENCES_PER_SIDE", 1, MAX_LIMIT],
  ["RATE_LIMIT_PERIOD", 1, 86_400],
];

/** Every problem with the Worker's variables, one sentence each naming the variable; empty when all is well. */
export function configProblems(env: Env | undefined): string[] {
  const problems: string[] = [];
  for (const [name, min, max] of WHOLE_NUMBERS) {
    const value = env?.[name];
    if (value === undefined) continue;
    const text = String(value).trim();
    const n = /^\d{1,12}$/.test(text) ? Number(text) : NaN;
    if (!(n >= min && n <= max))
      problems.push(`${name} must be a whole number from ${min} to ${max} (got ${JSON.stringify(String(value))}).`);
  }
  const mode = env?.TRANSLINT_ENV;
  if (mode !== undefined && !["development", "production"].includes(mode.trim().toLowerCase()))
    problems.push(`TRANSLINT_ENV must be "development" or "production" (got ${JSON.stringify(mode)}).`);
  for (const origin of (env?.CORS_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean)) {
    if (origin !== "*" && !isOrigin(origin))
      problems.push(`CORS_ORIGINS entries must be "*" or origins such as https://cms.example.org (got ${JSON.stringify(origin)}).`);
  }
  return problems;
}

function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === text;
  } catch {
    return false;
  }
}

const checked = new WeakMap<object, string[]>();
let logged = false;

/**
 * Checks the Worker's variables once per environment object (once per isolate in a deployment): with any
 * problem every request answers 503 `misconfigured` naming each one (and the first logs them), instead of
 * running with a value that would break later (REPORT_RETENTION_DAYS=1e9 once gave Invalid Date).
 */
export const checkConfig: MiddlewareHandler<AppEnv> = async (c, next) => {
  const env = c.env ?? {};
  let problems = checked.get(env);
  if (!problems) checked.set(env, (problems = configProblems(env)));
  if (problems.length === 0) return next();
  if (!logged) {
    logged = true;
    console.error(`translint: invalid configuration: ${problems.join(" ")}`);
  }
  return errorResponse(c, httpError(503, "misconfigured", `The Worker is misconfigured: ${problems.join(" ")}`));
};
