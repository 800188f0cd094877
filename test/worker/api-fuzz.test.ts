import { describe, expect, it } from "vitest";
import { errorOf, fetchApp, sampleRequest } from "./http";

/** Deterministic PRNG (mulberry32) so a failure reproduces. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_TEXTS = [
  "",
  " ",
  "\u0000",
  "\ud800",
  "\udc00x\ud800",
  "\u202eabc\u202c",
  "\u200f\u200e",
  "😀👍🏽🇪🇸",
  "¿¡",
  "...",
  "…",
  "«»“”\"'",
  "Sr.",
  "EE.UU.",
  "3,1 y 3.1",
  "<p>",
  "</b><b>",
  "&amp;&#x0;&#99999999;",
  "# título\n\n- a\n- b",
  "\n\n\n",
  "a\rb",
  "x".repeat(300),
  "¿".repeat(50),
  "<!--",
  "<script>alert(1)</script>",
  "[a](b",
  "`code`",
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function randomString(r: () => number): string {
  let s = "";
  const n = Math.floor(r() * 6);
  for (let i = 0; i < n; i++) s += r() < 0.5 ? pick(r, ODD_TEXTS) : String.fromCharCode(Math.floor(r() * 0x10000));
  return s;
}

function randomValue(r: () => number, depth = 0): unknown {
  const k = Math.floor(r() * (depth > 3 ? 6 : 8));
  switch (k) {
    case 0:
      return null;
    case 1:
      return r() < 0.5;
    case 2:
      return Math.floor(r() * 2e6) - 1e6;
    case 3:
      return r() * 1e300;
    case 4:
    case 5:
      return randomString(r);
    case 6:
      return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(r() * 4); i > 0; i--)
        o[pick(r, ["source", "target", "text", "lang", "format", "options", "rules", "x"])] = randomValue(r, depth + 1);
      return o;
    }
  }
}

/** A valid request with one field replaced by a random value, or dropped. */
function mutatedRequest(r: () => number): unknown {
  const body = structuredClone(sampleRequest()) as any;
  const spots: [any, string][] = [
    [body, "source"],
    [body, "target"],
    [body.source, "text"],
    [body.source, "lang"],
    [body.target, "text"],
    [body.target, "lang"],
    [body, "format"],
    [body, "options"],
    [body, "store"],
  ];
  const [holder, key] = pick(r, spots);
  if (r() < 0.2) delete holder[key];
  else holder[key] = randomValue(r);
  if (r() < 0.3)
    body.options = {
      rules: { [pick(r, ["omission", "nope", ""])]: pick(r, ["off", "minor", "bad", 1]) },
      failOn: pick(r, ["minor", "x", undefined]),
    };
  return body;
}

/** A valid request whose texts are odd but legal strings (any Unicode, markup, punctuation runs). */
function oddTextRequest(r: () => number): unknown {
  const text = () => {
    const s = randomString(r) + pick(r, ["Hola.", "Hello.", "x"]) + randomString(r);
    return s.trim() ? s : "x";
  };
  const [from, to] = r() < 0.5 ? ["es", "en"] : ["en", "es"];
  return { source: { text: text(), lang: from }, target: { text: text(), lang: to }, format: pick(r, ["text", "html", "markdown"]) };
}

async function expectNoServerError(res: Response, what: string) {
  expect(res.status, what).toBeLessThan(500);
  if (res.status >= 400) await errorOf(res);
  else await res.arrayBuffer();
}

// Requests go straight to the app's fetch (see fetchApp); generous per-test budgets, no timing is asserted.
describe("fuzz: random and malformed requests never answer 5xx", { timeout: 120_000 }, () => {
  it("random bytes, JSON values, mutated requests and odd texts", async () => {
    const r = rng(20261127);
    for (let i = 0; i < 400; i++) {
      const kind = i % 4;
      let body: string | Uint8Array;
      if (kind === 0) body = Uint8Array.from({ length: Math.floor(r() * 64) }, () => Math.floor(r() * 256));
      else if (kind === 1) body = JSON.stringify(randomValue(r));
      else if (kind === 2) body = JSON.stringify(mutatedRequest(r));
      else body = JSON.stringify(oddTextRequest(r));
      const res = await fetchApp("/v1/check", { method: "POST", headers: { "Content-Type": "application/json" }, body });
      const shown = typeof body === "string" ? body.slice(0, 200) : `bytes ${[...body].join(",")}`;
      await expectNoServerError(res, `#${i} ${shown}`);
      if (kind === 3) expect(res.status, shown).toBe(200);
    }
  });

  it("random methods, paths and content types", async () => {
    const r = rng(7);
    const methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
    const paths = [
      "/",
      "/v1",
      "/v1/",
      "/v1/check",
      "/v1/rules",
      "/health",
      "/docs",
      "/openapi.json",
      "/%",
      "/v1/check?x=%zz",
      "//v1//check",
      "/v1/check/../rules",
      `/${"a".repeat(3000)}`,
    ];
    const types = ["application/json", "text/plain", "", "application/json; charset=latin1", "application/x+json", "*/*"];
    for (let i = 0; i < 150; i++) {
      const method = pick(r, methods);
      const headers: Record<string, string> = {};
      const type = pick(r, types);
      if (type) headers["Content-Type"] = type;
      const hasBody = method !== "GET" && method !== "HEAD";
      const res = await fetchApp(pick(r, paths), { method, headers, body: hasBody ? JSON.stringify(randomValue(r)) : undefined });
      expect(res.status, `${method} ${type}`).toBeLessThan(500);
      await res.arrayBuffer();
    }
  });

  it("deeply nested and oversized JSON structures answer 400", async () => {
    const bodies = [
      "[".repeat(200_000) + "]".repeat(200_000),
      `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`,
      JSON.stringify({ ...sampleRequest(), options: { rules: JSON.parse(`${'{"x":'.repeat(10_000)}"off"${"}".repeat(10_000)}`) } }),
      JSON.stringify({ ...sampleRequest(), options: { glossary: Array.from({ length: 5_000 }, () => ({ source: "a", target: "b" })) } }),
      JSON.stringify({ ...sampleRequest(), extra: Array.from({ length: 50_000 }, (_, i) => i) }),
    ];
    for (const body of bodies) {
      const res = await fetchApp("/v1/check", { method: "POST", headers: { "Content-Type": "application/json" }, body });
      expect(res.status, body.slice(0, 80)).toBe(400);
      const error = await errorOf(res);
      expect(error.message.length).toBeLessThan(400);
    }
  });

  it("adversarial texts within the limits answer a report", async () => {
    const cases: [string, string][] = [
      ["10,000 punctuation marks", "¡¿.,;:!?…«»\"'()[]".repeat(625)],
      ["one 100,000-character sentence", "palabra ".repeat(12_500)],
      ["lone surrogates and NUL", "\ud800\u0000\udfff. ".repeat(2_000)],
      ["RTL marks and emoji", "\u202eHola 😀.\u202c ".repeat(2_000)],
      ["4,000 two-word sentences", "Llueve hoy. ".repeat(4_000)],
      ["unbalanced markup", "<p><b><i>".repeat(5_000)],
    ];
    for (const [name, text] of cases) {
      for (const format of ["text", "html", "markdown"]) {
        const res = await fetchApp("/v1/check", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ source: { text, lang: "es" }, target: { text: "The mayor spoke.", lang: "en" }, format }),
        });
        expect(res.status, `${name} (${format})`).toBe(200);
        await res.arrayBuffer();
      }
    }
  });
});
