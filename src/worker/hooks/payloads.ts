// Turns each hook's signed payload (and its signed or configured locales) into validated check requests.
import { SEVERITIES, type CheckRequest, type Severity } from "../../types";
import { httpError, type HttpError } from "../errors";
import type { Limits } from "../limits";
import { parseJsonBody } from "../body";
import { validateCheckRequest, type Validated } from "../validate";
import { MAX_TARGET_LOCALES } from "./config";
import { articleFromLocalizedFields } from "./flatten";

/** One validated pair of a hook call: the request to check, the article it belongs to, its locales if any. */
export interface HookPair {
  request: CheckRequest;
  article?: string;
  locales?: { source: string; target: string };
}

/** Where a localized payload's locales come from, already read. */
export interface LocaleChoice {
  source: string;
  targets: string[];
  failOn: Severity;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
const badLocales = (message: string) => httpError(400, "invalid_locales", message);

/** The 400 of a body that is not a JSON object. */
export const notAnObject = (): HttpError => httpError(400, "malformed_json", "The request body is not a JSON object.");

/** Parses a JSON object body with the one body decoder (a leading BOM skipped): the object, or the 400 naming the problem. */
export function parseObject(body: string): Validated<Record<string, unknown>> {
  const parsed = parseJsonBody(body);
  if (!parsed.ok) return parsed;
  return isObject(parsed.value) ? { ok: true, value: parsed.value } : { ok: false, error: notAnObject() };
}

/** Whether a value is a locale code: a 2–3 letter language, then subtags of 1–8 letters or digits after - or _. */
function isLocaleCode(v: unknown): v is string {
  if (typeof v !== "string" || v.length > 35) return false;
  return v.split(/[-_]/).every((part, i) => (i === 0 ? /^[A-Za-z]{2,3}$/ : /^[A-Za-z0-9]{1,8}$/).test(part));
}

/** Checks a locale choice: one source, 1–4 distinct targets, each a locale code. */
export function checkLocales(source: unknown, targets: unknown[], failOn: unknown, where: string): LocaleChoice | HttpError {
  if (!isLocaleCode(source)) return badLocales(`Name one source locale ${where} (a locale code such as "es").`);
  if (targets.length === 0 || !targets.every(isLocaleCode))
    return badLocales(`Name at least one target locale ${where} (locale codes such as "en-US").`);
  if (targets.length > MAX_TARGET_LOCALES)
    return badLocales(`At most ${MAX_TARGET_LOCALES} target locales per call; ${targets.length} were named ${where}.`);
  if (new Set(targets).size !== targets.length) return badLocales(`A target locale is named twice ${where}.`);
  if (failOn !== undefined && !(SEVERITIES as readonly unknown[]).includes(failOn))
    return httpError(400, "invalid_field", `"failOn" ${where} must be one of: ${SEVERITIES.join(", ")}.`);
  return { source: source as string, targets: targets as string[], failOn: (failOn as Severity | undefined) ?? "major" };
}

/**
 * Builds and validates one request per target locale from localized fields ({field: {locale: value}}). Every
 * pair is validated before any is checked: one bad locale refuses the whole call.
 */
export function localizedPairs(
  fields: Record<string, unknown>,
  choice: LocaleChoice,
  article: string | undefined,
  limits: Limits,
): HookPair[] | HttpError {
  const pairs: HookPair[] = [];
  for (const target of choice.targets) {
    const texts = articleFromLocalizedFields(fields, choice.source, target);
    if (!texts.source)
      return httpError(400, "no_text", `No text field has both a "${choice.source}" and a "${target}" value in this payload.`);
    // CMS locale codes are BCP-47 tags ("en-US", "es_419"): validation resolves them like any request's lang.
    const valid = validateCheckRequest(
      {
        source: { text: texts.source, lang: choice.source },
        target: { text: texts.target, lang: target },
        options: { failOn: choice.failOn },
      },
      limits,
    );
    if (!valid.ok) return { ...valid.error, message: `Target locale "${target}": ${valid.error.message}` };
    pairs.push({
      request: valid.value as CheckRequest,
      article: article && `${article}:${choice.source}>${target}`,
      locales: { source: choice.source, target },
    });
  }
  return pairs;
}

/** Validates a {source, target, format, options} request as /v1/check does. */
export function singlePair(request: Record<string, unknown>, article: string | undefined, limits: Limits): HookPair[] | HttpError {
  const valid = validateCheckRequest(request, limits);
  if (!valid.ok) return valid.error;
  return [{ request: valid.value as CheckRequest, article }];
}

/** The generic hook's pairs: the body is a check request plus an optional `meta` ({id} names the article). */
export function genericPairs(body: string, limits: Limits): HookPair[] | HttpError {
  const parsed = parseObject(body);
  if (!parsed.ok) return parsed.error;
  const { meta, ...request } = parsed.value;
  if (meta !== undefined && !isObject(meta)) return httpError(400, "invalid_field", '"meta" must be an object.');
  const id = meta?.id;
  if (id !== undefined && (typeof id !== "string" || !id.trim()))
    return httpError(400, "invalid_field", '"meta.id" must be a non-empty string.');
  return singlePair(request, id && `generic:${id}`, limits);
}

/** Contentful's pairs: the entry's localized fields, locales from the (signed) query. */
export function contentfulPairs(body: string, query: URLSearchParams, limits: Limits): HookPair[] | HttpError {
  const unknown = [...query.keys()].find((k) => !["source", "target", "failOn"].includes(k));
  if (unknown) return httpError(400, "invalid_query", `Unknown query parameter "${unknown}"; the hook takes source, target and failOn.`);
  if (query.getAll("source").length > 1 || query.getAll("failOn").length > 1)
    return httpError(400, "invalid_query", 'Give "source" and "failOn" at most once in the hook URL.');
  const choice = checkLocales(
    query.get("source"),
    query.getAll("target"),
    query.get("failOn") ?? undefined,
    'in the hook URL ("?source=es&target=en-US", target may repeat)',
  );
  if ("status" in choice) return choice;
  const parsed = parseObject(body);
  if (!parsed.ok) return parsed.error;
  const entry = parsed.value;
  if (!isObject(entry.fields))
    return httpError(400, "invalid_payload", 'A Contentful entry payload needs a "fields" object of localized fields.');
  const sys = isObject(entry.sys) ? entry.sys : {};
  const id = typeof sys.id === "string" ? `contentful:${sys.id}` : undefined;
  return localizedPairs(entry.fields, choice, id, limits);
}
