// The plain version of other-script's otherScriptOf, for the tests of its fast paths: count every script's letters.
import identification from "../../rules/language-identification.json";
import { languageOf } from "../../src/lang/registry";
import type { Lang } from "../../src/types";

const SCRIPTS = identification.otherScripts.map((name) => ({ name, re: new RegExp(`\\p{Script=${name}}`, "gu") }));

/** The other script holding 60% of the text's letters (16 letters or more), counted by regular expressions. */
export function plainOtherScript(text: string, lang: Lang): string | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 16) return null;
  const own = languageOf(lang).script;
  return SCRIPTS.find((s) => s.name !== own && (text.match(s.re)?.length ?? 0) >= 0.6 * letters)?.name ?? null;
}
