// The adversarial inputs of `npm run adversarial`, each at the documented limits, sent through HTTP: POST
// /v1/check and every CMS hook (generic, WordPress, Contentful, Sanity), signed as each hook expects, against
// `wrangler dev` (offline, no metrics, fresh local D1). One request at a time, each under a wall-clock timeout.
// Prints one row per input and route: HTTP status, wall ms, answer KB, issues (the answer's summary). Two more
// inputs just over the limits must answer 413 on every route. Exit 1 on any 5xx, any status that is
// neither 200 nor a documented over-limit 413/422, a connection error or a timeout.
// Usage: npm run adversarial -- --http [--only NAME] [--routes check,generic,...] [--timeout 60]
import { hostname, cpus } from "node:os";
import { DEFAULT_MAX_CHARS_PER_SIDE as MAX_CHARS, DEFAULT_MAX_SENTENCES_PER_SIDE as MAX_SENTENCES } from "../src/worker/limits";
import { adversarialInputs, type Input } from "./adversarial";
import { startDevServer } from "./dev-server";
import { signContentful, signGeneric, signSanity } from "./hooks/sign";

/** Secrets for this run only (wrangler dev --var): the hooks refuse every call while theirs is unset. */
const SECRETS = {
  CONTENTFUL_WEBHOOK_SECRET: "adversarial-contentful-0123456789abcdef0123456789abcdef012345678",
  SANITY_WEBHOOK_SECRET: "adversarial-sanity-secret",
  TRANSLINT_HOOK_SECRET: "adversarial-generic-secret",
};

/** One HTTP request to send: path, headers and the exact body (signed just before sending). */
interface Call {
  path: string;
  headers: Record<string, string>;
  body: string;
}
type Route = { name: string; call: (input: Input, n: number) => Promise<Call> };

/** A CMS locale for a language (Contentful's default English locale is en-US). */
const locale = (lang: string) => (lang === "en" ? "en-US" : lang);

/** WordPress post content: one <p> per line; with `fit`, the text cut so the HTML stays within the character limit. */
export function asHtml(text: string, fit = true): string {
  const lines = text.split("\n");
  const room = fit ? MAX_CHARS - lines.length * "<p></p>\n".length : Infinity;
  let left = room;
  const kept: string[] = [];
  for (const line of lines) {
    if (left <= 0) break;
    kept.push(line.slice(0, left));
    left -= line.length;
  }
  return kept.map((l) => `<p>${l}</p>`).join("\n");
}

const json = { "content-type": "application/json" };
const checkBody = (i: Input) => ({ source: { text: i.source, lang: i.from }, target: { text: i.target, lang: i.to } });

/** POST /v1/check and each hook, with the payload each CMS sends. */
export const ROUTES: Route[] = [
  { name: "/v1/check", call: async (i) => ({ path: "/v1/check", headers: json, body: JSON.stringify(checkBody(i)) }) },
  {
    name: "generic hook",
    call: async (i, n) => {
      const body = JSON.stringify({ ...checkBody(i), meta: { id: `adversarial-${n}` } });
      return { path: "/v1/hooks/generic", headers: await signGeneric(SECRETS.TRANSLINT_HOOK_SECRET, body), body };
    },
  },
  {
    // What the WordPress snippet in docs/integrations.md sends: the post's HTML through the generic hook.
    name: "WordPress (generic)",
    call: async (i, n) => {
      const fit = !("expect" in i); // an over-limit input stays over the limit
      const body = JSON.stringify({
        source: { text: asHtml(i.source, fit), lang: i.from },
        target: { text: asHtml(i.target, fit), lang: i.to },
        format: "html",
        meta: { id: `wp-1-${n}` },
      });
      return { path: "/v1/hooks/generic", headers: await signGeneric(SECRETS.TRANSLINT_HOOK_SECRET, body), body };
    },
  },
  {
    // An entry with one long-text field in both locales; the locales in the signed query.
    name: "Contentful hook",
    call: async (i, n) => {
      const [from, to] = [locale(i.from), locale(i.to)];
      const path = `/v1/hooks/contentful?source=${from}&target=${to}`;
      const body = JSON.stringify({
        sys: { type: "Entry", id: `adversarial${n}`, revision: 1 },
        fields: { body: { [from]: i.source, [to]: i.target } },
      });
      return { path, headers: signContentful({ secret: SECRETS.CONTENTFUL_WEBHOOK_SECRET, path, body }), body };
    },
  },
  {
    // A whole document with a field-level translation; the locales in the signed body.
    name: "Sanity hook",
    call: async (i, n) => {
      const body = JSON.stringify({
        _id: `drafts.adversarial-${n}`,
        _type: "article",
        body: { [i.from]: i.source, [i.to]: i.target },
        translint: { source: i.from, target: [i.to] },
      });
      return { path: "/v1/hooks/sanity", headers: await signSanity(SECRETS.SANITY_WEBHOOK_SECRET, body), body };
    },
  },
];

/** Just over each limit: every route must answer 413 (the hooks apply the limits of /v1/check). */
function overLimitInputs(): (Input & { expect: 413 })[] {
  const sentences = Array.from({ length: MAX_SENTENCES + 1 }, (_, k) => `Sí ${k % 10}.`).join(" ");
  return [
    { name: "over: 5,001 sentences", from: "es", to: "en", source: sentences, target: "Yes.", expect: 413 },
    { name: "over: 200,001 characters", from: "es", to: "en", source: "a".repeat(MAX_CHARS + 1), target: "b", expect: 413 },
  ];
}

/** One answer: status (or "timeout"/"error"), wall time, size, issues found, and the error code of a 4xx/5xx. */
interface Row {
  input: string;
  route: string;
  expect?: number;
  status: number | string;
  ms: number;
  kb: number;
  issues?: number;
  code?: string;
}

/** Sends one call and waits for the whole answer (or the timeout). */
async function send(base: string, c: Call, timeoutMs: number): Promise<Omit<Row, "input" | "route">> {
  const t0 = performance.now();
  try {
    const res = await fetch(base + c.path, { method: "POST", headers: c.headers, body: c.body, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    const ms = performance.now() - t0;
    const answer = JSON.parse(text) as { error?: { code?: string }; summary?: { issues?: number } };
    const kb = Buffer.byteLength(text) / 1024;
    return res.status === 200
      ? { status: 200, ms, kb, issues: answer.summary?.issues }
      : { status: res.status, ms, kb, code: answer.error?.code };
  } catch (e) {
    const ms = performance.now() - t0;
    const timeout = e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
    return { status: timeout ? "timeout" : `error (${e instanceof Error ? e.message : String(e)})`, ms, kb: 0 };
  }
}

/** A row is acceptable when it is a 200 or a documented over-limit answer (413 or 422); over the limits, a 413. */
const acceptable = (r: Row) => (r.expect ? r.status === r.expect : r.status === 200 || r.status === 413 || r.status === 422);

/** Prints the table (Markdown, as docs/api.md shows it). */
function printTable(rows: Row[]): void {
  console.log("| adversarial input | route | HTTP status | wall ms | answer KB | issues |");
  console.log("|---|---|---:|---:|---:|---:|");
  for (const r of rows)
    console.log(
      `| ${r.input} | ${r.route} | ${r.status}${r.code ? ` ${r.code}` : ""} | ${r.ms.toFixed(0)} | ${r.kb.toFixed(1)} | ${r.issues ?? ""} |`,
    );
  const slowest = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(
    `\nslowest: ${slowest.ms.toFixed(0)} ms wall (${slowest.input}, ${slowest.route}); ${rows.length} requests, ` +
      `${rows.filter((r) => !acceptable(r)).length} unexpected (not 200/413/422, or not 413 over the limits)`,
  );
}

/** Starts wrangler dev, sends every input through every route, prints the table; exit code 1 on any failure. */
export async function main(args: string[]): Promise<number> {
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const only = opt("--only");
  const routeNames = opt("--routes")?.split(",");
  const timeoutMs = Number(opt("--timeout") ?? 60) * 1000;
  const inputs = [...adversarialInputs(), ...overLimitInputs()].filter((i) => !only || i.name.includes(only));
  const routes = ROUTES.filter((r) => !routeNames || routeNames.some((n) => r.name.toLowerCase().includes(n.toLowerCase())));
  // Sent to the Worker's runtime, not through wrangler's dev proxy: see scripts/load.ts (a dev-only hop whose
  // pooled connections fail now and then and answer a 503 that is not the Worker's).
  const dev = await startDevServer({ direct: true, vars: SECRETS });
  const base = dev.workerBase ?? dev.base;
  const rows: Row[] = [];
  try {
    let n = 0;
    for (const input of inputs)
      for (const route of routes) {
        const expect = "expect" in input ? (input.expect as number) : undefined;
        const row = { input: input.name, route: route.name, expect, ...(await send(base, await route.call(input, ++n), timeoutMs)) };
        rows.push(row);
        console.error(
          `${row.input} · ${row.route}: ${row.status}${row.code ? ` ${row.code}` : ""} ${row.ms.toFixed(0)} ms ${row.kb.toFixed(1)} KB`,
        );
      }
  } finally {
    await dev.stop();
  }
  console.log(
    `adversarial inputs through HTTP: wrangler dev (local, offline) on ${hostname()}, ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}; timeout ${timeoutMs / 1000} s per request\n`,
  );
  printTable(rows);
  return rows.every(acceptable) ? 0 : 1;
}
