// Load test: starts `wrangler dev` on 127.0.0.1 and sends a mix of normal, large and malformed requests from
// many concurrent clients (autocannon) to the Worker's runtime (see below). Fails (exit 1) on any 5xx, connection
// error or timeout, and then prints which request kinds failed and saves wrangler's output.
// Usage: npm run load [-- --duration 30 --connections 50 --mutants 40 --seed 1] (mutants: npm run fuzz's generator)
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { loadPairs } from "./fuzz/corpus";
import { makeCase } from "./fuzz/mutate";
import { startDevServer } from "./dev-server";

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const duration = opt("--duration", 30);
const connections = opt("--connections", 50);
const root = new URL("../", import.meta.url).pathname;

const fixture = (name: string, side: string) => readFileSync(join(root, "fixtures", name, `${side}.txt`), "utf8");
const pair = (name: string, from: string, to: string, times = 1) =>
  JSON.stringify({
    source: { text: Array(times).fill(fixture(name, "source")).join("\n\n"), lang: from },
    target: { text: Array(times).fill(fixture(name, "target")).join("\n\n"), lang: to },
  });

const json = { "content-type": "application/json" };
/** A request of the mix with a label (for the per-kind tally and failure reports). */
type Labelled = autocannon.Request & { label: string };
const REQUESTS: Labelled[] = [
  { label: "wire es-en", method: "POST", path: "/v1/check", headers: json, body: pair("es-en-wire", "es", "en") },
  { label: "structural en-es", method: "POST", path: "/v1/check", headers: json, body: pair("en-es-structural", "en", "es") },
  { label: "clean es-en x40", method: "POST", path: "/v1/check", headers: json, body: pair("es-en-clean", "es", "en", 40) },
  { label: "truncated JSON", method: "POST", path: "/v1/check", headers: json, body: '{"source": {"text": "Hola", "lang": "es"}, ' },
  { label: "text/plain", method: "POST", path: "/v1/check", headers: { "content-type": "text/plain" }, body: "hello" },
  { label: "bad lang", method: "POST", path: "/v1/check", headers: json, body: pair("es-en-wire", "es", "xx") },
  { label: "bad shape", method: "POST", path: "/v1/check", headers: json, body: JSON.stringify({ source: "x", target: 3 }) },
  {
    label: "1.2 MB body",
    method: "POST",
    path: "/v1/check",
    headers: json,
    body: JSON.stringify({ source: { text: "a ".repeat(600_000), lang: "es" }, target: { text: "b", lang: "en" } }),
  },
  { label: "GET /health", method: "GET", path: "/health" },
  { label: "GET /v1/nope", method: "GET", path: "/v1/nope" },
  { label: "DELETE /v1/check", method: "DELETE", path: "/v1/check" },
];

// Fuzz mutants (npm run fuzz's generator, corpus read in place) interleaved with the requests above.
const mutantCount = opt("--mutants", 40);
const pairs = loadPairs();
const kinds = REQUESTS.length;
const MUTANTS: Labelled[] = Array.from({ length: mutantCount }, (_, i) => {
  const c = makeCase(pairs, opt("--seed", 1), i);
  const body = JSON.stringify({ source: { text: c.source, lang: c.from }, target: { text: c.target, lang: c.to }, format: c.format });
  return { label: "mutant", method: "POST", path: "/v1/check", headers: json, body };
});

/** Client n's sequence: every request kind (starting at kind n) with a mutant after each, mutants rotating by client. */
function sequenceFor(n: number): Labelled[] {
  const out: Labelled[] = [];
  for (let k = 0; k < kinds; k++) {
    out.push(REQUESTS[(n + k) % kinds]);
    if (mutantCount) out.push(MUTANTS[(n * kinds + k) % mutantCount]);
  }
  return out;
}
let clients = 0;

// The requests go to the Worker's own workerd runtime, not through wrangler's dev proxy (ProxyWorker), which is a
// local-development component that a deployment does not have. Through the proxy, 11 of 13 runs of this test
// (3 or 4 at once on 2 cores) failed, most with 40-50 answers "503 Your worker restarted mid-request" and some with
// ECONNRESET, with or without the 1.2 MB request in the mix, while the Worker had not restarted (wrangler's debug
// log shows one reloadComplete per run); the same Worker under the same load answered every request (0 5xx,
// 0 errors, 0 timeouts, 7 of 7 runs) when the same requests were sent to its runtime directly. The failing hop is the proxy's pooled connection to the runtime: kj's HTTP
// client drops idle pooled connections after 5 s and the runtime's server closes idle keep-alive connections after
// 5 s, so a request written into a connection that the server is closing fails (cloudflare/workers-sdk#14641,
// #15252); wrangler 4.84's ProxyWorker then compares the request's full URL with the runtime's origin, finds them
// different for every path but "/", and answers 503 "restarted" instead of an error. Sent directly, any 5xx,
// connection error or timeout here is the Worker's and fails the test.
const dev = await startDevServer({ direct: true });
const base = dev.workerBase ?? dev.base;

const statuses = new Map<number, number>();
/** Per request kind: status (or "error"/"timeout") -> count. */
const byKind = new Map<string, Map<string, number>>();
const failures: string[] = [];
const tally = (label: string, what: string) => {
  const m = byKind.get(label) ?? new Map<string, number>();
  byKind.set(label, m.set(what, (m.get(what) ?? 0) + 1));
};
const fiveBodies: string[] = [];
for (const r of [...REQUESTS, ...MUTANTS])
  r.onResponse = (status, body) => {
    if (status >= 500 && fiveBodies.length < 10) fiveBodies.push(`${r.label}: ${status} ${body.slice(0, 300)}`);
  };
type Iterating = { requestIterator: { currentRequest: Labelled } };
const result = await autocannon({
  url: base,
  connections,
  duration,
  timeout: 10,
  requests: REQUESTS,
  setupClient: (client) => {
    (client as unknown as { setRequests(r: autocannon.Request[]): void }).setRequests(sequenceFor(clients++));
    const current = () => (client as unknown as Iterating).requestIterator.currentRequest.label;
    client.on("response", (status: number) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      tally(current(), String(status));
    });
    for (const [event, what] of [
      ["connError", "error"],
      ["timeout", "timeout"],
    ] as const)
      (client as unknown as NodeJS.EventEmitter).on(event, (e?: Error) => {
        tally(current(), what);
        if (failures.length < 20) failures.push(`${new Date().toISOString()} ${current()}: ${what} ${e?.message ?? ""}`);
      });
  },
});
await dev.stop();

const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
console.log(
  `load: ${connections} connections for ${duration} s against wrangler dev's Worker runtime at ${base} (${kinds} request kinds and ${mutantCount} fuzz mutants)`,
);
console.log(
  `requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s mean), throughput ${(result.throughput.average / 1024).toFixed(0)} KiB/s`,
);
console.log(`latency ms: p50 ${result.latency.p50}  p90 ${result.latency.p90}  p99 ${result.latency.p99}  max ${result.latency.max}`);
console.log(
  `statuses: ${[...statuses]
    .sort((a, b) => a[0] - b[0])
    .map(([s, c]) => `${s}×${c}`)
    .join("  ")}`,
);
for (const [label, m] of byKind)
  console.log(
    `  ${label.padEnd(18)} ${[...m]
      .sort()
      .map(([s, c]) => `${s}×${c}`)
      .join("  ")}`,
  );
console.log(`5xx: ${fivexx}  connection errors: ${result.errors}  timeouts: ${result.timeouts}`);
const ok = fivexx === 0 && result.errors === 0 && result.timeouts === 0 && result.requests.total > 0;
if (!ok) {
  for (const f of failures) console.log(`failure: ${f}`);
  for (const b of fiveBodies) console.log(`5xx answer: ${b}`);
  const logFile = join(tmpdir(), `translint-load-wrangler-${process.pid}.log`);
  writeFileSync(logFile, dev.log());
  console.log(`wrangler dev output (all of it in ${logFile}), last lines:\n${dev.log().slice(-3000)}`);
}
console.log(ok ? "load: PASS" : "load: FAIL");
process.exit(ok ? 0 : 1);
