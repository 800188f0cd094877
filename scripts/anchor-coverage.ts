// Anchor coverage of one language's segments against their translations on newstest-multi (the segment-level
// ground truth): the share of its words with an anchor key that the translation's segment also holds, and the
// words (folded) that most often miss, with their counts. Measuring only: prints no corpus text beyond single words.
//   npx tsx scripts/anchor-coverage.ts [--lang de] [--top 60]
import { readFileSync } from "node:fs";
import { anchorKeys, foldWord } from "../src/align/anchors";
import { pairScope } from "../src/lang/pair";
import { CORPUS_DIR } from "./eval/corpus";
import type { Lang } from "../src/types";

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : dflt;
};
const lang = opt("lang", "de") as Lang;
const top = Number(opt("top", "60"));
const others = (["en", "es", "fr", "de"] as Lang[]).filter((l) => l !== lang);
const rows = readFileSync(`${CORPUS_DIR}newstest-multi.dev.jsonl`, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { paragraphs: Partial<Record<string, string>>[][] });
// regex-safe: one letter class with +, linear.
const WORD = /[\p{L}\p{N}]+/gu;
const missed = new Map<string, number>();
for (const other of others) {
  const scope = pairScope(lang, other);
  let words = 0;
  let met = 0;
  let dice = 0;
  let pairs = 0;
  for (const a of rows)
    for (const p of a.paragraphs)
      for (const s of p) {
        const src = s[lang];
        const tgt = s[other];
        if (!src?.trim() || !tgt?.trim()) continue;
        const tk = new Set(anchorKeys(tgt, other, scope));
        const sk = anchorKeys(src, lang, scope);
        const shared = sk.filter((k) => tk.has(k)).length;
        const tAll = anchorKeys(tgt, other, scope).length;
        dice += sk.length + tAll ? (2 * shared) / (sk.length + tAll) : 0;
        pairs++;
        for (const w of src.match(WORD) ?? []) {
          const keys = anchorKeys(w, lang, scope).filter((k) => !k.startsWith("#"));
          if (keys.length === 0) continue;
          words++;
          if (keys.some((k) => tk.has(k))) met++;
          else missed.set(foldWord(w), (missed.get(foldWord(w)) ?? 0) + 1);
        }
      }
  console.log(
    `${lang}->${other}: ${pairs} segment pairs, ${words} keyed words, met ${((100 * met) / words).toFixed(2)}%, Dice ${(dice / pairs).toFixed(3)}`,
  );
}
if (top > 0) {
  const list = [...missed].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, top);
  console.log(list.map(([w, n]) => `${w} ${n}`).join("\n"));
}
