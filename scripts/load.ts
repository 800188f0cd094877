// Load test: starts `wrangler dev` on 127.0.0.1 and sends a mix of normal, large and malformed requests from
// many concurrent clients (autocannon). Fails (exit 1) on any 5xx, connection error or timeout.
// Usage: npm run load [-- --duration 30 --connections 50 --mutants 40 --seed 1] (mutants: npm run fuzz's generator)
import { readFileSync } from "node:fs";
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
const REQUESTS: autocannon.Request[] = [
  { method: "POST", path: "/v1/check", headers: json, body: pair("es-en-wire", "es", "en") },
  { method: "POST", path: "/v1/check", headers: json, body: pair("en-es-structural", "en", "es") },
  { method: "POST", path: "/v1/check", headers: json, body: pair("es-en-clean", "es", "en", 40) },
  { method: "POST", path: "/v1/check", headers: json, body: '{"source": {"text": "Hola", "lang": "es"}, ' },
  { method: "POST", path: "/v1/check", headers: { "content-type": "text/plain" }, body: "hello" },
  { method: "POST", path: "/v1/check", headers: json, body: pair("es-en-wire", "es", "xx") },
  { method: "POST", path: "/v1/check", headers: json, body: JSON.stringify({ source: "x", target: 3 }) },
  { method: "POST", path: "/v1/check", headers: json, body: JSON.stringify({ source: { text: "a ".repeat(600_000), lang: "es" }, target: { text: "b", lang: "en" } }) },
  { method: "GET", path: "/health" },
  { method: "GET", path: "/v1/nope" },
  { method: "DELETE", path: "/v1/check" },
];

// Fuzz mutants (npm run fuzz's generator, corpus read in place) interleaved with the requests above.
const mutantCount = opt("--mutants", 40);
const pairs = loadPairs();
const kinds = REQUESTS.length;
const MUTANTS: autocannon.Request[] = Array.from({ length: mutantCount }, (_, i) => {
  const c = makeCase(pairs, opt("--seed", 1), i);
  const body = JSON.stringify({ source: { text: c.source, lang: c.from }, target: { text: c.target, lang: c.to }, format: c.format });
  return { method: "POST", path: "/v1/check", headers: json, body };
});

/** Client n's sequence: every request kind (starting at kind n) with a mutant after each, mutants rotating by client. */
function sequenceFor(n: number): autocannon.Request[] {
  const out: autocannon.Request[] = [];
  for (let k = 0; k < kinds; k++) {
    out.push(REQUESTS[(n + k) % kinds]);
    if (mutantCount) out.push(MUTANTS[(n * kinds + k) % mutantCount]);
  }
  return out;
}
let clients = 0;

const dev = await startDevServer();
const base = dev.base;

const statuses = new Map<number, number>();
const result = await autocannon({
  url: base,
  connections,
  duration,
  timeout: 10,
  requests: REQUESTS,
  setupClient: (client) => {
    (client as unknown as { setRequests(r: autocannon.Request[]): void }).setRequests(sequenceFor(clients++));
    client.on("response", (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
  },
});
await dev.stop();

const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
console.log(`load: ${connections} connections for ${duration} s against wrangler dev (${kinds} request kinds and ${mutantCount} fuzz mutants)`);
console.log(`requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s mean), throughput ${(result.throughput.average / 1024).toFixed(0)} KiB/s`);
console.log(`latency ms: p50 ${result.latency.p50}  p90 ${result.latency.p90}  p99 ${result.latency.p99}  max ${result.latency.max}`);
console.log(`statuses: ${[...statuses].sort((a, b) => a[0] - b[0]).map(([s, c]) => `${s}×${c}`).join("  ")}`);
console.log(`5xx: ${fivexx}  connection errors: ${result.errors}  timeouts: ${result.timeouts}`);
const ok = fivexx === 0 && result.errors === 0 && result.timeouts === 0 && result.requests.total > 0;
console.log(ok ? "load: PASS" : "load: FAIL");
process.exit(ok ? 0 : 1);
