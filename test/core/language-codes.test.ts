// Languages are packs (issue 14): outside src/lang, code asks the Language interface and never compares language
// codes, keeps tables keyed by code, or carries its own word lists. This test reads every source file of src/
// (comments stripped) and fails on a language code in code or an inline list of words; what must stay is in ALLOWED
// below, each with its reason.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CODES = ["es", "en", "fr", "de", "pt", "it"];
const CODE = CODES.join("|");

/** Findings allowed to stay: file, a snippet of the offending line, and why. */
const ALLOWED: { file: string; has: string; why: string }[] = [
  {
    file: "src/types.ts",
    has: "SUPPORTED_LANGS = [",
    why: "the API schema's enum of accepted languages (a pack per code: src/lang/packs)",
  },
  {
    file: "src/input/bilingual/parse.ts",
    has: "CONTENT_CODES = new Set(",
    why: "XLIFF inline element names (<it> is 'isolated tag'), not a language",
  },
  {
    file: "src/rules/repeated-word.ts",
    has: 'suggestion: "de",',
    why: "a rule example's expected fix (a Spanish word, data of the example)",
  },
  { file: "src/worker/hooks/payloads.ts", has: 'a locale code such as "es"', why: "an error message showing an example tag" },
  { file: "src/worker/hooks/sanity.ts", has: '{"source": "es"', why: "an error message showing an example body" },
  { file: "src/worker/schemas.ts", has: "is not a supported language", why: "the OpenAPI example of an error message" },
  {
    file: "src/worker/pages/assets/review-editor-js.ts",
    has: '(appliedCount === 1 ? "" : "es")',
    why: "the English plural of 'fix' in the review page, not a language code",
  },
];

/** Every .ts/.tsx file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The file with comments blanked out (line structure kept), strings and regexes left as they are. */
function withoutComments(text: string): string {
  let out = "";
  let i = 0;
  let quote = "";
  while (i < text.length) {
    const c = text[i];
    if (quote) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === quote) quote = "";
      i++;
    } else if (c === '"' || c === "'" || c === "`") {
      quote = c;
      out += c;
      i++;
    } else if (c === "/" && text[i + 1] === "/" && !/[\w)\]]\s*$|\\$/.test(out.slice(-1))) {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Rule examples (`from: "es", to: "en"`, `lang: "es"`) and HTML's lang attribute name languages as data. */
const EXAMPLE = new RegExp(
  `\\b(?:from|to|lang|source|target|sourceLang|targetLang):\\s*"(?:${CODE})(?:-[A-Za-z0-9]+)?"|\\b(?:lang|srcLang|trgLang|source-language|target-language)=\\\\?"(?:${CODE})\\\\?"`,
  "g",
);

/** What counts as a language code in code: a quoted code, a code as a table key or property. */
const CODE_PATTERNS: [string, RegExp][] = [
  ["quoted language code", new RegExp(`["'\`](?:${CODE})["'\`]`)],
  ["table keyed by language code", new RegExp(`[{,]\\s*(?:${CODE})\\s*:`)],
  ["property named by a language code", new RegExp(`\\.(?:${CODE})\\b(?!\\s*\\()`)],
];

/** Inline word lists: a regex or string alternation of four or more lower-case words, or an array of them. */
const WORD_LIST_PATTERNS: [string, RegExp][] = [
  ["alternation of words", /\(\?:(?:[a-záéíóúñüç' ]{2,}\??\|){3,}[a-záéíóúñüç']{2,}/],
  ["array of words", /\[\s*(?:"[a-záéíóúñüç']{2,}",\s*){3,}"[a-záéíóúñüç']{2,}"/],
  ["split string of words", /"(?:[a-záéíóúñüç']{2,} ){3,}[a-záéíóúñüç']{2,}[^"]*"\.split\(/],
];

/** Folders of the checking core, where a list of words is a language fact (elsewhere: option names, CSV columns). */
const CORE = ["rules", "align", "segment", "check", "report"].map((d) => join("src", d));

/** Every finding of src/ outside src/lang: "file:line kind: text". */
function findings(): string[] {
  const out: string[] = [];
  for (const file of sources("src")) {
    if (file.startsWith(join("src", "lang"))) continue;
    const patterns = CORE.some((d) => file.startsWith(d)) ? [...CODE_PATTERNS, ...WORD_LIST_PATTERNS] : CODE_PATTERNS;
    const lines = withoutComments(readFileSync(file, "utf8")).split("\n");
    lines.forEach((raw, k) => {
      const line = raw.replace(EXAMPLE, "");
      for (const [kind, re] of patterns) {
        if (!re.test(line)) continue;
        if (ALLOWED.some((a) => a.file === file && raw.includes(a.has))) continue;
        out.push(`${file}:${k + 1} ${kind}: ${raw.trim().slice(0, 120)}`);
      }
    });
  }
  return out;
}

describe("language codes and word lists outside src/lang", () => {
  it("finds none: code asks the Language interface (src/lang), words live in rules/", () => {
    expect(findings()).toEqual([]);
  });

  it("catches what it is meant to catch", () => {
    const probe = (line: string) =>
      [...CODE_PATTERNS, ...WORD_LIST_PATTERNS].some(([, re]) => re.test(withoutComments(line).replace(EXAMPLE, "")));
    expect(probe('if (lang === "es") return;')).toBe(true);
    expect(probe("const T = { es: 1, en: 2 };")).toBe(true);
    expect(probe("const s = STOPWORDS.en;")).toBe(true);
    expect(probe("const re = /\\b(?:in|to|from|at)\\s+$/;")).toBe(true);
    expect(probe('const W = new Set(["one", "un", "una", "uno"]);')).toBe(true);
    expect(probe('examples: [{ from: "es", to: "en-GB", source: "x" }]')).toBe(false);
    expect(probe('// lang === "es" in a comment')).toBe(false);
    expect(probe("const n = languageOf(lang).name;")).toBe(false);
  });

  it("allows only entries that still match a line", () => {
    for (const a of ALLOWED) expect(readFileSync(a.file, "utf8"), `${a.file}: ${a.why}`).toContain(a.has);
  });
});
