// Measures the CPU time of POST /v1/check inside the Workers runtime: starts `wrangler dev` with an inspector,
// records a V8 CPU profile of the Worker isolate over many requests and divides the non-idle sampled time by
// the number of requests. Usage: npm run worker-cpu [-- --requests 300 --fixture es-en-clean --repeat 4]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import WebSocket from "ws";
import { startDevServer } from "./dev-server";

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const requests = Number(opt("--requests", "300"));
const fixtureName = opt("--fixture", "es-en-clean");
const repeat = Number(opt("--repeat", "4"));
const root = new URL("../", import.meta.url).pathname;

// A typical news story: the fixture article repeated until it has about 40 sentences.
const read = (side: string) => readFileSync(join(root, "fixtures", fixtureName, `${side}.txt`), "utf8");
const body = JSON.stringify({
  source: { text: Array(repeat).fill(read("source")).join("\n\n"), lang: "es" },
  target: { text: Array(repeat).fill(read("target")).join("\n\n"), lang: "en" },
});

const dev = await startDevServer({ inspector: true });
const base = dev.base;
const post = () => fetch(`${base}/v1/check`, { method: "POST", headers: { "content-type": "application/json" }, body });
const first = (await (await post()).json()) as { segments: { source: unknown[] }; summary: { issues: number } };

const targets = (await (await fetch(`http://127.0.0.1:${dev.inspectorPort}/json`)).json()) as {
  webSocketDebuggerUrl: string;
  title?: string;
}[];
const target = targets.find((t) => !/internal|proxy/i.test(t.title ?? "")) ?? targets[0];
const ws = new WebSocket(target.webSocketDebuggerUrl);
await new Promise((r) => ws.once("open", r));
let nextId = 1;
const pending = new Map<number, (v: unknown) => void>();
ws.on("message", (m) => {
  const msg = JSON.parse(String(m)) as { id?: number; result?: unknown };
  if (msg.id && pending.has(msg.id)) pending.get(msg.id)!(msg.result);
});
const send = (method: string, params: object = {}) =>
  new Promise<any>((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    ws.send(JSON.stringify({ id, method, params }));
  });

await send("Profiler.enable");
await send("Profiler.setSamplingInterval", { interval: 50 });
for (let i = 0; i < 20; i++) await post(); // warm-up
await send("Profiler.start");
const t0 = performance.now();
for (let i = 0; i < requests; i++) await post();
const wall = performance.now() - t0;
const { profile } = await send("Profiler.stop");
ws.close();
await dev.stop();

// Sum the sampled time of every node except idle.
const idle = new Set<number>(profile.nodes.filter((n: any) => n.callFrame.functionName === "(idle)").map((n: any) => n.id));
let busyUs = 0;
profile.samples.forEach((nodeId: number, i: number) => {
  if (!idle.has(nodeId)) busyUs += profile.timeDeltas[i] ?? 0;
});
if (args.includes("--verbose")) {
  const self = new Map<string, number>();
  profile.samples.forEach((nodeId: number, i: number) => {
    const n = profile.nodes.find((x: any) => x.id === nodeId);
    const k = `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").pop()}`;
    self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
}
console.log(
  `worker-cpu: POST /v1/check of ${first.segments.source.length} source sentences (${first.summary.issues} issues), ${requests} sequential requests under wrangler dev`,
);
console.log(`CPU per request (V8 profile, non-idle samples): ${(busyUs / 1000 / requests).toFixed(2)} ms`);
console.log(`wall time per request seen by the client: ${(wall / requests).toFixed(2)} ms`);
process.exit(0);
