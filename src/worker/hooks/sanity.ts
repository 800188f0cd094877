// The Sanity hook's payloads. Sanity's signature covers only the timestamp and the body, never the URL, so
// nothing is read from the query: locales come from the signed body or from the hook's fixed configuration.
import { httpError, type HttpError } from "../errors";
import type { Limits } from "../limits";
import type { HookConfig } from "./config";
import { checkLocales, localizedPairs, parseObject, singlePair, type HookPair, type LocaleChoice } from "./payloads";

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

const LOCALES_HELP =
  'name the locales in the signed body ("translint": {"source": "es", "target": ["en"]} in the projection) ' +
  "or in the Worker's SANITY_SOURCE_LOCALE and SANITY_TARGET_LOCALES";

/** The Sanity hook's pairs: a projection shaped as a check request, or a document's field-level translations. */
export function sanityPairs(body: string, query: URLSearchParams, config: HookConfig, limits: Limits): HookPair[] | HttpError {
  const param = [...query.keys()][0];
  if (param !== undefined)
    return httpError(
      400,
      "unsigned_query",
      `Sanity does not sign the URL, so this hook takes no query parameters (got "${param.slice(0, 40)}"): ${LOCALES_HELP}.`,
    );
  const parsed = parseObject(body);
  if (!parsed.ok) return parsed.error;
  const doc = parsed.value;
  const id = typeof doc._id === "string" && doc._id ? `sanity:${doc._id.replace(/^drafts\./, "")}` : undefined;
  if (isObject(doc.source) && "text" in doc.source) return singlePair(withoutSystemFields(doc), id, limits);
  const choice = sanityLocales(doc.translint, config);
  if ("status" in choice) return choice;
  return localizedPairs(sanityLocalizedFields(doc), choice, id, limits);
}

/** The locales of a field-level call: the body's "translint" object, else SANITY_SOURCE_LOCALE/SANITY_TARGET_LOCALES. */
function sanityLocales(spec: unknown, config: HookConfig): LocaleChoice | HttpError {
  if (spec !== undefined) {
    if (!isObject(spec)) return httpError(400, "invalid_field", '"translint" must be an object {source, target, failOn}.');
    const extra = Object.keys(spec).find((k) => !["source", "target", "failOn"].includes(k));
    if (extra)
      return httpError(400, "unknown_field", `Unknown field "${extra.slice(0, 40)}" in "translint" (it takes source, target, failOn).`);
    const targets = Array.isArray(spec.target) ? spec.target : spec.target === undefined ? [] : [spec.target];
    return checkLocales(spec.source, targets, spec.failOn, 'in the body\'s "translint" object');
  }
  if (config.SANITY_SOURCE_LOCALE === undefined && config.SANITY_TARGET_LOCALES === undefined)
    return httpError(400, "invalid_locales", `No locales for this Sanity document: ${LOCALES_HELP}.`);
  const targets = (config.SANITY_TARGET_LOCALES ?? "")
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  return checkLocales(config.SANITY_SOURCE_LOCALE?.trim(), targets, undefined, "in SANITY_SOURCE_LOCALE / SANITY_TARGET_LOCALES");
}

/** A projection without Sanity's own fields (_id, _type, _rev …), ready to validate as a check request. */
function withoutSystemFields(doc: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([name]) => !name.startsWith("_")));
}

/**
 * Sanity documents keep translations either as objects keyed by locale ({title: {es, en}}) or as
 * internationalized arrays ([{_key: "es", value}]); both become {field: {locale: value}}. Sanity's own
 * fields (_id, _type …) and the "translint" settings are left out.
 */
export function sanityLocalizedFields(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(doc)) {
    if (name.startsWith("_") || name === "translint") continue;
    if (Array.isArray(v) && v.every((x) => isObject(x) && typeof x._key === "string" && "value" in x)) {
      out[name] = Object.fromEntries(v.map((x) => [(x as { _key: string })._key, (x as { value: unknown }).value]));
    } else if (isObject(v)) out[name] = v;
  }
  return out;
}
