// npm run batch:e2e: 500 article pairs from ../shared/corpus (newstest es-en, both directions, read in place)
// through POST /v1/batches on a fresh `wrangler dev` (the local Queue, D1 and R2). Items whose meta.id starts
// "boom-" throw in the consumer (BATCH_TEST_FAIL_PATTERN), so they must end failed after the retries and the
// dead-letter queue; every other item must end done with the verdict the core gives it here in Node. Then the
// results must download as NDJSON and CSV, one line per article. Exits 1 on any mismatch.
import { join } from "node:path";
import { check } from "../src/checker";
import type { CheckRequest } from "../src/types";
import { RULES } from "../src/rules";
import { CORPUS_DIR } from "./eval/corpus";
import { startDevServer } from "./dev-server";
import { buildArticle, readJsonl, type NewstestArticle } from "./eval/corpus";

const COUNT = Number(process.argv[2] ?? 500);
const FAIL_EVERY = 25;

type Item = CheckRequest & { meta: { id: string } };

function corpusItems(count: number): Item[] {
  const articles = readJsonl<NewstestArticle>(join(CORPUS_DIR, "newstest-es-en.dev.jsonl"));
  const items: Item[] = [];
  for (const [from, to] of [
    ["es", "en"],
    ["en", "es"],
  ] as const) {
    for (const a of articles) {
      if (items.length === count) return items;
      const sides = buildArticle(a);
      const n = items.length;
      const id = n % FAIL_EVERY === FAIL_EVERY - 1 ? `boom-${n}` : `${a.id}#${from}-${to}`;
      items.push({ source: { text: sides[from].text, lang: from }, target: { text: sides[to].text, lang: to }, meta: { id } });
    }
  }
  return items;
}

async function main(): Promise<void> {
  const items = corpusItems(COUNT);
  const failing = items.filter((i) => i.meta.id.startsWith("boom-")).length;
  const expected = { pass: 0, review: 0, block: 0 };
  for (const { meta: _meta, ...request } of items) if (!_meta.id.startsWith("boom-")) expected[check(request, RULES).summary.verdict]++;
  const server = await startDevServer({
    vars: { BATCH_TEST_FAIL_PATTERN: "^boom-", BATCH_RETRY_DELAY_SECONDS: process.env.BATCH_RETRY_DELAY_SECONDS ?? "0" },
  });
  try {
    const started = Date.now();
    const body = items.map((i) => JSON.stringify(i)).join("\n");
    const posted = await fetch(`${server.base}/v1/batches`, { method: "POST", headers: { "Content-Type": "application/x-ndjson" }, body });
    if (posted.status !== 202) throw new Error(`POST /v1/batches answered ${posted.status}: ${await posted.text()}`);
    const { id } = (await posted.json()) as { id: string };
    console.log(`batch ${id}: ${items.length} pairs (${(body.length / 1e6).toFixed(1)} MB) accepted in ${Date.now() - started} ms`);
    const batch = await poll(`${server.base}/v1/batches/${id}`, started);
    const results = await (await fetch(`${server.base}/v1/batches/${id}/results`)).text();
    const csv = await (await fetch(`${server.base}/v1/batches/${id}/results?format=csv`)).text();
    const lines = results
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; status: string });
    const problems = [
      same("progress", batch.progress, { queued: 0, done: items.length - failing, failed: failing, total: items.length }),
      same("verdicts", batch.verdicts, expected),
      same("NDJSON lines", lines.length, items.length),
      same("CSV lines (with header)", csv.trimEnd().split("\r\n").length, items.length + 1),
      same(
        "failed ids",
        lines.filter((l) => l.status === "failed").map((l) => l.id),
        items.filter((i) => i.meta.id.startsWith("boom-")).map((i) => i.meta.id),
      ),
    ].filter(Boolean);
    console.log(
      `completed in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(batch.progress)} verdicts ${JSON.stringify(batch.verdicts)}`,
    );
    console.log(
      `results: ${lines.length} NDJSON lines, ${csv.trimEnd().split("\r\n").length - 1} CSV rows; page ${server.base}/batches/${id}`,
    );
    if (problems.length) {
      console.error(problems.join("\n"));
      process.exitCode = 1;
    } else console.log("batch:e2e OK (counts, verdicts equal to the core's, failed items, NDJSON and CSV)");
  } catch (err) {
    console.error(`wrangler dev output (last 4,000 characters):\n${server.log().slice(-4000)}`);
    throw err;
  } finally {
    await server.stop();
  }
}

interface BatchJson {
  status: string;
  progress: Record<string, number>;
  verdicts: Record<string, number>;
}

async function poll(url: string, started: number): Promise<BatchJson> {
  let last = "";
  let changedAt = Date.now();
  for (;;) {
    let batch: BatchJson;
    try {
      batch = (await (await fetch(url, { signal: AbortSignal.timeout(60_000) })).json()) as BatchJson;
    } catch (err) {
      console.log(
        `${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s GET ${url} failed: ${(err as Error).message}; polling again`,
      );
      if (Date.now() - started > 900_000) throw err;
      continue;
    }
    const line = JSON.stringify(batch.progress);
    if (line !== last) changedAt = Date.now();
    if (Date.now() - changedAt > 180_000) throw new Error(`no progress for 3 minutes: ${line}`);
    if (line !== last) console.log(`${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s ${line}`);
    last = line;
    if (batch.status === "completed") return batch;
    if (Date.now() - started > 900_000) throw new Error(`the batch did not complete in 15 minutes: ${line}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function same(what: string, got: unknown, want: unknown): string | undefined {
  const a = JSON.stringify(got);
  const b = JSON.stringify(want);
  return a === b ? undefined : `${what}: got ${a}, expected ${b}`;
}

await main();
