// Builds TMX 1.4 files from TICO-19's JSONL (../shared/corpus, read in place) into a temporary folder, never the
// repo: one whole file, and one file per document. Then checks them end to end: the CLI on the whole file and
// on the folder of per-document files, and the API (wrangler dev, POST /v1/check {format: "tmx", file}) on each
// document. It asserts that the TMX's own pairing is kept (one 1-1 bead per <tu>) and that every span is an exact
// slice of the file, and prints issues per 100 segment pairs by rule. Usage: tsx scripts/tico-tmx.ts [--keep]
// [--no-api] [corpus file]; exits 1 on any failed assertion.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../src/types";
import { startDevServer } from "./dev-server";
import { CORPUS_DIR, readJsonl } from "./eval/corpus";

interface TicoDoc {
  id: string;
  target: string;
  segments: { en: string; tgt: string }[];
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--")) ?? `${CORPUS_DIR}tico19-en-es-419.dev.jsonl`;
const docs = readJsonl<TicoDoc>(file);
const ROOT = new URL("../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "translint-tico-"));
const failures: string[] = [];
const expect = (ok: boolean, what: string) => void (ok || failures.push(what));

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A TMX 1.4 file of the documents: one <tu> per segment pair, English as the source language. */
function toTmx(list: TicoDoc[]): string {
  const lang = list[0].target;
  const tus = list.flatMap((d) =>
    d.segments.map(
      (s, k) =>
        `  <tu tuid="${esc(d.id)}-${k + 1}"><prop type="x-document">${esc(d.id)}</prop>\n` +
        `   <tuv xml:lang="en"><seg>${esc(s.en)}</seg></tuv>\n   <tuv xml:lang="${lang}"><seg>${esc(s.tgt)}</seg></tuv>\n  </tu>\n`,
    ),
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n <header creationtool="translint-tico-tmx" ` +
    `creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="en" o-tmf="jsonl"/>\n` +
    ` <body>\n${tus.join("")} </body>\n</tmx>\n`
  );
}

/** Asserts the TMX's pairing and exact spans; returns the report's issue count by rule. */
function verify(name: string, tmx: string, pairs: number, report: Report): void {
  expect(report.alignment.length === pairs, `${name}: ${report.alignment.length} beads for ${pairs} <tu>`);
  expect(
    report.alignment.every((b, k) => b.source[0] === k && b.target[0] === k && b.source.length === 1 && b.target.length === 1),
    `${name}: beads are not the TMX's 1-1 pairs`,
  );
  for (const side of ["source", "target"] as const)
    for (const s of report.segments[side])
      expect(tmx.slice(s.start, s.end) === s.text, `${name}: ${side} segment at ${s.start} is not exact`);
  for (const i of report.issues)
    for (const sp of [i.source, i.target]) if (sp) expect(tmx.slice(sp.start, sp.end) === sp.text, `${name}: ${i.id} span not exact`);
}

const cli = (...argv: string[]) => {
  try {
    return execFileSync(process.execPath, [join(ROOT, "bin/translint.mjs"), ...argv], { encoding: "utf8", maxBuffer: 1 << 28 });
  } catch (e) {
    const err = e as { status: number; stdout: string };
    if (err.status === 1) return err.stdout; // verdict block
    throw e;
  }
};

const byRule = new Map<string, number>();
const count = (r: Report) => {
  for (const i of r.issues) byRule.set(i.ruleId, (byRule.get(i.ruleId) ?? 0) + 1);
};
const total = docs.reduce((n, d) => n + d.segments.length, 0);

const whole = toTmx(docs);
writeFileSync(join(dir, "tico.tmx"), whole);
mkdirp(join(dir, "articles"));
for (const d of docs) writeFileSync(join(dir, "articles", `${d.id}.tmx`), toTmx([d]));

let t = performance.now();
const wholeReport = JSON.parse(cli("check", join(dir, "tico.tmx"))) as Report;
console.log(`CLI, whole file: ${docs.length} documents, ${total} <tu>, ${whole.length} chars, ${(performance.now() - t).toFixed(0)} ms`);
verify("whole", whole, total, wholeReport);
count(wholeReport);
t = performance.now();
const perDoc = JSON.parse(cli("check", join(dir, "articles"))) as { input: string; report: Report }[];
console.log(`CLI, folder of per-document files: ${perDoc.length} files, ${(performance.now() - t).toFixed(0)} ms`);
expect(perDoc.length === docs.length, `folder: ${perDoc.length} reports for ${docs.length} files`);
const text = cli("check", join(dir, "tico.tmx"), "--output", "text", "--no-color").trimEnd().split("\n");
expect(text.length === wholeReport.issues.length + 1 && /^verdict: /.test(text[text.length - 1]), "text output lines");
expect(
  text.slice(0, -1).every((l) => l.startsWith(`${join(dir, "tico.tmx")}:`)),
  "text output positions",
);

if (!args.includes("--no-api")) await checkApi();

console.log(`issues per 100 segment pairs (whole file, ${wholeReport.summary.verdict}):`);
for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(22)} ${((100 * n) / total).toFixed(2)}`);
if (args.includes("--keep")) console.log(`files kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
if (failures.length) {
  console.log(`FAILED (${failures.length}):\n  ${failures.slice(0, 20).join("\n  ")}`);
  process.exitCode = 1;
} else console.log("end to end: OK (pairing kept, every span exact, CLI and API agree)");

/** Each per-document TMX through POST /v1/check; the report must equal the CLI's byte for byte. */
async function checkApi(): Promise<void> {
  const server = await startDevServer();
  try {
    const t0 = performance.now();
    for (const d of docs) {
      const tmx = toTmx([d]);
      const res = await fetch(`${server.base}/v1/check`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ format: "tmx", file: tmx }),
      });
      const body = await res.text();
      if (res.status === 413 && tmx.length > 200_000) {
        // Over MAX_CHARS_PER_SIDE (default 200,000): the API must say so clearly; the CLI has no such limit.
        expect(JSON.parse(body).error?.code === "text_too_long", `API ${d.id}: 413 without text_too_long`);
        console.log(`API ${d.id}: ${tmx.length} chars, 413 text_too_long as documented`);
        continue;
      }
      expect(res.status === 200, `API ${d.id}: status ${res.status}`);
      if (res.status !== 200) continue;
      verify(`API ${d.id}`, tmx, d.segments.length, JSON.parse(body) as Report);
      const cliReport = perDoc.find((r) => r.input.endsWith(`/${d.id}.tmx`))?.report;
      expect(body === JSON.stringify(cliReport), `API ${d.id}: report differs from the CLI's`);
    }
    console.log(`API, ${docs.length} documents: ${(performance.now() - t0).toFixed(0)} ms`);
  } finally {
    await server.stop();
  }
}

function mkdirp(path: string): void {
  execFileSync("mkdir", ["-p", path]);
}
