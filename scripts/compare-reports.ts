// Writes or compares the full report JSON of every newstest es-en article, both directions (corpus read in place).
// Usage: tsx scripts/compare-reports.ts --write FILE   (baseline)   |   tsx scripts/compare-reports.ts FILE   (compare)
// --multi adds every newstest-multi article in the twelve directions among en, es, fr and de (both sides complete).
// The file holds one line per check (sha-256 of the report JSON and the article id), never corpus text.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { check } from "../src/checker";
import type { Lang } from "../src/types";
import { buildArticle, CORPUS_DIR, readJsonl, type NewstestArticle } from "./eval/corpus";
import { newstestMulti } from "./eval/clean-sources";

const args = process.argv.slice(2);
const multi = args.includes("--multi");
const positional = args.filter((a) => a !== "--multi");
const write = positional[0] === "--write";
const file = write ? positional[1] : positional[0];
if (!file) throw new Error("usage: compare-reports.ts [--write] FILE");

const articles = readJsonl<NewstestArticle>(`${CORPUS_DIR}newstest-es-en.dev.jsonl`);
const lines: string[] = [];
const t0 = performance.now();
for (const a of articles) {
  const { es, en } = buildArticle(a);
  for (const [from, to, s, t] of [
    ["es", "en", es.text, en.text],
    ["en", "es", en.text, es.text],
  ] as const) {
    const json = JSON.stringify(check({ source: { text: s, lang: from }, target: { text: t, lang: to } }));
    lines.push(`${from}-${to} ${a.id} ${createHash("sha256").update(json).digest("hex")}`);
  }
}
if (multi) {
  const langs: Lang[] = ["en", "es", "fr", "de"];
  for (const from of langs)
    for (const to of langs) {
      if (from === to) continue;
      for (const d of newstestMulti(CORPUS_DIR, from, to).docs) {
        const json = JSON.stringify(check({ source: { text: d.source.text, lang: from }, target: { text: d.target.text, lang: to } }));
        lines.push(`${from}-${to} ${d.id} ${createHash("sha256").update(json).digest("hex")}`);
      }
    }
}
const secs = ((performance.now() - t0) / 1000).toFixed(1);
if (write) {
  writeFileSync(file, `${lines.join("\n")}\n`);
  console.log(`wrote ${lines.length} report hashes to ${file} (${secs} s)`);
} else {
  const base = readFileSync(file, "utf8").trim().split("\n");
  const differ = lines.filter((l, k) => l !== base[k]);
  for (const d of differ.slice(0, 20)) console.log(`differs: ${d.split(" ").slice(0, 2).join(" ")}`);
  console.log(`${lines.length - differ.length}/${lines.length} reports byte-identical to ${file} (${secs} s)`);
  if (differ.length || base.length !== lines.length) process.exitCode = 1;
}
