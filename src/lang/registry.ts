// The language registry: which languages have a pack, and the pack of a code or BCP-47 tag ("es-MX" is Spanish).
// A language without a pack is refused with `unsupported`; nothing ever falls back to another language's data.
import { SUPPORTED_LANGS, type Lang } from "../types";
import type { Language } from "./language";
import { LocaleError, resolveLocale, unsupportedLanguage } from "./locale";
import { PACKS } from "./packs";
import { lazyRecord } from "../fast/lazy-record";

/** The pack of a supported code or of a BCP-47 tag ("es", "es-MX", "en_GB"); throws `unsupported` otherwise. */
export function languageOf(tagOrCode: string): Language {
  const pack = Object.hasOwn(PACKS, tagOrCode) ? PACKS[tagOrCode as Lang] : undefined;
  return pack ?? PACKS[resolveLocale(tagOrCode).lang];
}

/** Every supported language, in the order of SUPPORTED_LANGS. */
export function supportedLanguages(): readonly Language[] {
  return SUPPORTED_LANGS.map((l) => PACKS[l]);
}

/** Whether a code or tag names a language with a pack. */
export function isSupported(tagOrCode: string): boolean {
  try {
    languageOf(tagOrCode);
    return true;
  } catch (e) {
    if (e instanceof LocaleError) return false;
    throw e;
  }
}

/** The error for a language without a pack, listing the supported ones. */
export function unsupported(lang: string): LocaleError {
  return unsupportedLanguage(lang);
}

/**
 * One value per supported language, built once from its pack on first read (`byLanguage((l) => new Set(l.stopwords))`):
 * a check reads two languages, so the others are never built.
 */
export function byLanguage<T>(build: (language: Language) => T): Record<Lang, T> {
  return lazyRecord(Object.fromEntries(SUPPORTED_LANGS.map((l) => [l, () => build(PACKS[l])])) as Record<Lang, () => T>);
}
