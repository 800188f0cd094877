// The one resolver of language tags for every entry point (API, CLI, hooks, reports, rules): a BCP-47 tag
// (es, es-MX, es-419, en-GB; any case, "_" tolerated) becomes a supported language plus an optional region.
import { SUPPORTED_LANGS, type Lang } from "../types";
import { PACKS } from "./packs";

/** A language tag resolved to a supported language and its region. */
export interface Locale {
  /** The canonical BCP-47 tag of what was given ("es-MX", "es-419", "en"). */
  tag: string;
  /** The supported language the rules and tables use. */
  lang: Lang;
  /** The region subtag ("MX", "419", "GB"), or undefined for a bare language (its tolerant default). */
  region?: string;
}

/** What rules/<code>/locale.json holds about a language's locales. */
export interface LanguageData {
  name: string;
  examples: string[];
  regions: string[];
  tolerate: string[];
}

/** Longest tag accepted (BCP-47 tags in practice stay far below; this bounds the work on hostile input). */
export const MAX_TAG_LENGTH = 64;

/** Why a tag was refused: not a well-formed tag, or a language translint does not check. */
export type LocaleErrorCode = "invalid_language_tag" | "unsupported_language";

/** A refused tag, with a message listing the supported languages. */
export class LocaleError extends Error {
  constructor(
    readonly code: LocaleErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The table entry of a supported language. */
export function languageData(lang: Lang): LanguageData {
  const l = PACKS[lang];
  return { name: l.name, examples: l.exampleTags, regions: l.regions, tolerate: l.tolerate };
}

/** "es, en (with an optional region: es-ES, es-MX, …)": the supported languages for error messages and help. */
export function supportedLanguagesText(): string {
  const examples = SUPPORTED_LANGS.flatMap((l) => PACKS[l].exampleTags);
  return `${SUPPORTED_LANGS.join(", ")} (a region may follow: ${examples.join(", ")})`;
}

/** Tags resolved so far (Intl canonicalisation costs tens of microseconds); cleared when it grows past 256. */
const RESOLVED = new Map<string, Locale>();

/** Resolves a tag or throws a LocaleError saying what is wrong and what is supported. */
export function resolveLocale(input: string): Locale {
  const known = RESOLVED.get(input);
  if (known) return { ...known };
  const locale = resolveUncached(input);
  if (RESOLVED.size >= 256) RESOLVED.clear();
  RESOLVED.set(input, locale);
  return { ...locale };
}

function resolveUncached(input: string): Locale {
  const given = input.trim();
  if (!given || given.length > MAX_TAG_LENGTH || !/^[A-Za-z0-9_-]+$/.test(given))
    throw new LocaleError(
      "invalid_language_tag",
      `${JSON.stringify(input.slice(0, MAX_TAG_LENGTH))} is not a language tag; use one of ${supportedLanguagesText()}.`,
    );
  let intl: Intl.Locale;
  try {
    intl = new Intl.Locale(Intl.getCanonicalLocales(given.replace(/_/g, "-"))[0]);
  } catch {
    throw new LocaleError(
      "invalid_language_tag",
      `${JSON.stringify(given)} is not a valid BCP-47 language tag; use one of ${supportedLanguagesText()}.`,
    );
  }
  const lang = (SUPPORTED_LANGS as readonly string[]).includes(intl.language) ? (intl.language as Lang) : undefined;
  if (!lang) throw unsupportedLanguage(given);
  const locale: Locale = { tag: intl.baseName, lang };
  if (intl.region) locale.region = intl.region;
  return locale;
}

/** The error for a well-formed tag of a language without a pack. */
export function unsupportedLanguage(given: string): LocaleError {
  return new LocaleError(
    "unsupported_language",
    `${JSON.stringify(given)} is not a supported language; use one of ${supportedLanguagesText()}.`,
  );
}

/** Resolves a tag without throwing: the locale, or the error. */
export function tryResolveLocale(input: string): { ok: true; locale: Locale } | { ok: false; error: LocaleError } {
  try {
    return { ok: true, locale: resolveLocale(input) };
  } catch (e) {
    if (e instanceof LocaleError) return { ok: false, error: e };
    throw e;
  }
}

/** The locale of a bare supported language (for callers that hold a `Lang`). */
export function localeOf(lang: Lang): Locale {
  return { tag: lang, lang };
}
