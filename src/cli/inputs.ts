import { declaredLanguages } from "../input/bilingual/docs";
import { BilingualError, parseBilingualFile } from "../input/bilingual/parse";
import { tryResolveLocale, type Locale } from "../lang/locale";
import { FORMATS, isBilingual, type BilingualFormat, type CheckRequest, type Format, type InputFormat } from "../types";
import { nodeFs, UsageError, type Io } from "./io";
import type { Sides } from "./text-output";

/** One thing to check: the request, and where its sides came from. */
export interface Input {
  name: string;
  request: CheckRequest;
  sides: Sides;
}

/** Options every input shares. */
export interface Common {
  from?: string;
  to?: string;
  format?: string;
  options: NonNullable<CheckRequest["options"]>;
}

const BILINGUAL_EXT: Record<string, BilingualFormat> = { xlf: "xliff", xliff: "xliff", sdlxliff: "xliff", mxliff: "xliff", tmx: "tmx" };
const PAIR_FILES: [string, Format][] = [
  ["txt", "text"],
  ["html", "html"],
  ["htm", "html"],
  ["md", "markdown"],
];

/** The inputs of `check`: a --source/--target pair, XLIFF/TMX files, or directories of article pairs and files. */
export function resolveInputs(io: Io, positionals: string[], pair: { source?: string; target?: string }, common: Common): Input[] {
  if (pair.source || pair.target) {
    if (!pair.source || !pair.target) throw new UsageError(`--${pair.source ? "target" : "source"} is required`);
    if (positionals.length) throw new UsageError("give either --source/--target or files and directories, not both");
    const format = (common.format ?? "text") as Format;
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`--format takes ${FORMATS.join(", ")} with --source/--target`);
    return [pairInput(io, pair.source, pair.target, format, common, "")];
  }
  if (!positionals.length)
    throw new UsageError("nothing to check: give --source and --target, an XLIFF/TMX file or a directory (try --help)");
  const inputs = positionals.flatMap((p) => (isDir(io, p) ? dirInputs(io, p, common) : [fileInput(io, p, common)]));
  if (!inputs.length)
    throw new UsageError(`nothing to check in ${positionals.join(", ")}: no source.txt/target.txt pair and no XLIFF/TMX file`);
  return inputs;
}

function isDir(io: Io, path: string): boolean {
  try {
    return (io.isDirectory ?? nodeFs.isDirectory)(path);
  } catch {
    return false;
  }
}

/** A directory: its own source/target pair, its XLIFF/TMX files, then each subdirectory's, in name order. */
function dirInputs(io: Io, dir: string, common: Common): Input[] {
  const names = (io.list ?? nodeFs.list)(dir);
  const join = (n: string) => `${dir.replace(/\/+$/, "")}/${n}`;
  const out: Input[] = [];
  const pairExt = PAIR_FILES.find(([ext]) => names.includes(`source.${ext}`) && names.includes(`target.${ext}`));
  if (pairExt) {
    const folderLangs = /(?:^|\/)(es|en)-(es|en)(?:[-_/]|$)/.exec(dir.replace(/\/+$/, ""));
    const c = { ...common, from: common.from ?? folderLangs?.[1], to: common.to ?? folderLangs?.[2] };
    out.push(pairInput(io, join(`source.${pairExt[0]}`), join(`target.${pairExt[0]}`), pairExt[1], c, dir));
  }
  for (const n of names) if (BILINGUAL_EXT[n.split(".").pop()!.toLowerCase()]) out.push(fileInput(io, join(n), common));
  for (const n of names) if (!n.startsWith(".") && isDir(io, join(n))) out.push(...dirInputs(io, join(n), common));
  return out;
}

function read(io: Io, path: string, flag = ""): string {
  const what = flag ? `${flag} "${path}"` : `"${path}"`;
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    throw new UsageError(`cannot read ${what}: ${(e as Error).message}`);
  }
  if (!text.trim()) throw new UsageError(`${what} is empty`);
  return text;
}

/** A BCP-47 tag resolved to a supported locale (es, es-MX, en_GB), or a usage error. */
function lang(value: string | null | undefined, what: string): Locale {
  if (!value) throw new UsageError(`${what} is required`);
  const r = tryResolveLocale(value);
  if (!r.ok) throw new UsageError(`${what}: ${r.error.message}`);
  return r.locale;
}

/** A usage error unless the two locales are of different languages. */
function assertDifferent(from: Locale, to: Locale, what: string): void {
  if (from.lang === to.lang) throw new UsageError(`${what} must be different languages (both are ${from.lang})`);
}

function pairInput(io: Io, source: string, target: string, format: Format, common: Common, name: string): Input {
  const from = lang(common.from, "--from");
  const to = lang(common.to, "--to");
  assertDifferent(from, to, "--from and --to");
  const s = read(io, source, name ? "" : "--source");
  const t = read(io, target, name ? "" : "--target");
  return {
    name: name || `${source} ${target}`,
    request: { source: { text: s, lang: from.tag }, target: { text: t, lang: to.tag }, format, options: common.options },
    sides: { source: { name: source, text: s }, target: { name: target, text: t } },
  };
}

/** An XLIFF or TMX file (by --format or its extension); languages from --from/--to, else from the file. */
function fileInput(io: Io, path: string, common: Common): Input {
  const format = (common.format ?? BILINGUAL_EXT[path.split(".").pop()!.toLowerCase()]) as InputFormat | undefined;
  if (!isBilingual(format))
    throw new UsageError(
      `"${path}" is not an XLIFF or TMX file (.xlf, .xliff, .tmx, or --format xliff|tmx); ` + "for a plain pair use --source and --target",
    );
  const text = read(io, path);
  let declared: { source: string | null; target: string | null };
  try {
    declared = declaredLanguages(parseBilingualFile(text, format));
  } catch (e) {
    if (e instanceof BilingualError) throw new UsageError(`${path}: ${e.message}`);
    throw e;
  }
  const from = lang(common.from ?? declared.source, `the source language of "${path}" (--from)`);
  const to = lang(common.to ?? declared.target, `the target language of "${path}" (--to)`);
  assertDifferent(from, to, `${path}: source and target`);
  return {
    name: path,
    request: { source: { text, lang: from.tag }, target: { text, lang: to.tag }, format, options: common.options },
    sides: { source: { name: path, text }, target: { name: path, text } },
  };
}
