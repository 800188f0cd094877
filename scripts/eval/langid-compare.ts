// Language identification compared (issue 13 item 6): franc-min, as translint restricts it and over all its
// languages, against fastText's lid.176 model (npm fasttext.wasm.js, a devDependency), on sentences of the corpora in
// en, es, fr, de and pt bucketed by length. Prints accuracy per language and bucket, the commonest confusions,
// milliseconds per 1,000 sentences and what each adds to the Worker bundle.
//   npx tsx scripts/eval/langid-compare.ts [--per-cell N]   (N sentences per language and bucket, default 1000)
import { loadFastText } from "./langid/fasttext";
import { type Identifier, candidateLanguages, identifiers } from "./langid/identifiers";
import { bundleSizes } from "./langid/bundle-size";
import { BUCKETS, LANGS, type LabelledSentence, labelledSentences } from "./langid/sentences";

/** What one identifier said of every sentence, and how long it took. */
interface Run {
  name: string;
  answers: string[];
  ms: number;
}

function runOne(id: Identifier, sentences: LabelledSentence[]): Run {
  for (const s of sentences.slice(0, 50)) id.identify(s.text); // warm-up
  const start = performance.now();
  const answers = sentences.map((s) => id.identify(s.text));
  return { name: id.name, answers, ms: performance.now() - start };
}

const pct = (hit: number, n: number) => (n ? ((100 * hit) / n).toFixed(1) : "–");

/** Accuracy per language and bucket of one run, as markdown table rows. */
function accuracyRows(run: Run, sentences: LabelledSentence[]): string[] {
  const rows: string[] = [];
  for (const lang of [...LANGS, "all"]) {
    const cells = [...BUCKETS, "all"].map((b) => {
      const idx = sentences.flatMap((s, i) => ((lang === "all" || s.lang === lang) && (b === "all" || s.bucket === b) ? [i] : []));
      return pct(idx.filter((i) => run.answers[i] === sentences[i].lang).length, idx.length);
    });
    rows.push(`| ${run.name} | ${lang} | ${cells.join(" | ")} |`);
  }
  return rows;
}

/** The commonest wrong answers of a run ("es→pt 41"). */
function confusions(run: Run, sentences: LabelledSentence[], top = 8): string {
  const counts = new Map<string, number>();
  sentences.forEach((s, i) => {
    if (run.answers[i] !== s.lang) counts.set(`${s.lang}→${run.answers[i]}`, (counts.get(`${s.lang}→${run.answers[i]}`) ?? 0) + 1);
  });
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
}

async function main(): Promise<void> {
  const at = process.argv.indexOf("--per-cell");
  const perCell = at > 0 ? Number(process.argv[at + 1]) : 1000;
  const sentences = labelledSentences(perCell);
  const runs = identifiers(await loadFastText()).map((id) => runOne(id, sentences));
  const cand = candidateLanguages();
  console.log(`${sentences.length} sentences; translint's candidates: ${cand.all.join(" ")} (franc-min knows ${cand.franc.join(" ")})\n`);
  console.log(`| identifier | lang | ${BUCKETS.join(" | ")} | all |\n| --- | --- |${" ---: |".repeat(BUCKETS.length + 1)}`);
  for (const run of runs) console.log(accuracyRows(run, sentences).join("\n"));
  const counts = LANGS.map((l) => `${l} ${BUCKETS.map((b) => sentences.filter((s) => s.lang === l && s.bucket === b).length).join("/")}`);
  console.log(`\nsentences per bucket: ${counts.join(", ")}\n`);
  for (const run of runs)
    console.log(
      `- ${run.name}: ${(run.ms / (sentences.length / 1000)).toFixed(1)} ms per 1,000 sentences; confusions ${confusions(run, sentences)}`,
    );
  console.log("\n| Worker bundle | bytes | gzip |\n| --- | ---: | ---: |");
  for (const [name, s] of Object.entries(await bundleSizes())) console.log(`| ${name} | ${s.bytes} | ${s.gzip} |`);
}

await main();
