// The languages one check reads: its source's and its target's. Tables that join several languages' words (a text
// may quote the other side's language) are built over these two only, never over every registered pack, so
// registering a language leaves the reports of other pairs unchanged.
import { SUPPORTED_LANGS, type Lang } from "../types";
import type { Language } from "./language";
import { languageOf } from "./registry";

/** The distinct languages of a pair (one for a text read alone), in registry order; one object per pair. */
export interface PairScope {
  readonly languages: readonly Language[];
  /** The codes joined by "+" ("es+en"), the same for both directions. */
  readonly key: string;
}

const SCOPES = new Map<string, PairScope>();

/** The scope of a pair of languages (either order; `a === b` for a text read alone), built once per pair. */
export function pairScope(a: Lang, b: Lang = a): PairScope {
  const codes = SUPPORTED_LANGS.filter((l) => l === a || l === b);
  const key = codes.join("+");
  let scope = SCOPES.get(key);
  if (!scope) {
    scope = { languages: codes.map((l) => languageOf(l)), key };
    SCOPES.set(key, scope);
  }
  return scope;
}

/** A value per pair scope, built from its languages on first use (`perPair((ls) => new Set(ls.flatMap(…)))`). */
export function perPair<T>(build: (languages: readonly Language[]) => T): (scope: PairScope) => T {
  const built = new Map<string, T>();
  return (scope) => {
    if (!built.has(scope.key)) built.set(scope.key, build(scope.languages));
    return built.get(scope.key) as T;
  };
}

/** The stop words of either language of a pair (lower case, as the packs list them), as one set. */
export const pairStopwords = perPair((languages): ReadonlySet<string> => new Set(languages.flatMap((l) => l.stopwords)));
