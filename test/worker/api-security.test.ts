import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, callWithEnv, errorOf, fetchApp, postJson, sampleRequest } from "./http";

const KEYS = { API_KEYS: "first-key-0123456789, second-key-abcdef" };

describe("bearer auth on /v1/*", () => {
  it("is open when no API key is configured (local dev)", async () => {
    expect(env.API_KEYS).toBeUndefined();
    expect((await call("/v1/rules")).status).toBe(200);
    expect((await postJson("/v1/check", sampleRequest())).status).toBe(200);
  });

  it("answers 401 JSON with WWW-Authenticate when the key is missing", async () => {
    const res = await callWithEnv(KEYS, "/v1/rules");
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe('Bearer realm="translint"');
    expect((await errorOf(res)).code).toBe("unauthorized");
  });

  it.each([
    ["a wrong key", "Bearer nope"],
    ["a prefix of a real key", "Bearer first-key"],
    ["a real key with a suffix", "Bearer first-key-0123456789x"],
    ["the whole secret", "Bearer first-key-0123456789, second-key-abcdef"],
  ])("answers 401 for %s", async (_name, authorization) => {
    const res = await callWithEnv(KEYS, "/v1/rules", { headers: { Authorization: authorization } });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer realm="translint"/);
    expect((await errorOf(res)).code).toBe("unauthorized");
  });

  it("a Basic credential is not a bearer key", async () => {
    const res = await callWithEnv(KEYS, "/v1/rules", { headers: { Authorization: "Basic Zmlyc3Qta2V5" } });
    expect(res.status).toBe(401);
  });

  it.each([["first-key-0123456789"], ["second-key-abcdef"]])("accepts configured key %s", async (key) => {
    const res = await callWithEnv(KEYS, "/v1/check", {
      method: "POST",
      headers: { Authorization: `bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify(sampleRequest()),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { version: number }).version).toBe(1);
  });

  it("checks the key before reading the body", async () => {
    const res = await callWithEnv(KEYS, "/v1/check", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "x" });
    expect(res.status).toBe(401);
  });

  it("does not guard /health, /openapi.json or /docs", async () => {
    for (const path of ["/health", "/openapi.json", "/docs", "/schemas/report.json"]) {
      expect((await callWithEnv(KEYS, path)).status).toBe(200);
    }
  });

  it("leaves /v1/hooks/* to their own signatures (no bearer challenge)", async () => {
    const res = await callWithEnv(KEYS, "/v1/hooks/not-a-hook", { method: "POST" });
    expect(res.status).not.toBe(401);
  });
});

describe("rate limiting per key", () => {
  it("answers 429 JSON with Retry-After once a key is over the limit, without affecting other keys", async () => {
    const keys = { API_KEYS: "rate-key-one,rate-key-two" };
    const auth = (k: string) => ({ headers: { Authorization: `Bearer ${k}` } });
    let limited: Response | undefined;
    let allowed = 0;
    // The binding allows 120 per 60 s window; 400 tries cover a window boundary falling inside the loop.
    for (let i = 0; i < 400 && !limited; i++) {
      const res = await callWithEnv(keys, "/v1/rules", auth("rate-key-one"));
      if (res.status === 429) limited = res;
      else {
        expect(res.status).toBe(200);
        allowed++;
      }
    }
    expect(limited).toBeDefined();
    expect(allowed).toBeGreaterThanOrEqual(120);
    expect(limited!.headers.get("retry-after")).toBe("60");
    const error = await errorOf(limited!);
    expect(error.code).toBe("rate_limited");
    expect((await callWithEnv(keys, "/v1/rules", auth("rate-key-two"))).status).toBe(200);
  });

  it("does nothing when the binding is absent", async () => {
    const noLimiter = { API_KEYS: "unlimited-key", RATE_LIMITER: undefined as unknown as RateLimit };
    for (let i = 0; i < 150; i++) {
      const res = await callWithEnv(noLimiter, "/v1/rules", { headers: { Authorization: "Bearer unlimited-key" } });
      expect(res.status).toBe(200);
    }
  });
});

describe("headers", () => {
  it("every response carries the secure headers, errors included", async () => {
    for (const res of [await call("/health"), await call("/nope"), await postJson("/v1/check", "{"), await call("/docs")]) {
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    }
  });

  it("API answers carry a CSP that allows nothing", async () => {
    const csp = (await call("/health")).headers.get("content-security-policy");
    expect(csp).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
  });

  it("the docs page has a nonce CSP that its inline style uses, and no script", async () => {
    const res = await call("/docs");
    const csp = res.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await res.text();
    expect(html).toContain(`<style nonce="${nonce}">`);
    // No address but the JSON Schema id and the page's own origin (in the curl examples).
    expect(html).not.toMatch(/<script|https?:\/\/(?!json-schema\.org|translint\.test\/)[a-z]/i);
  });

  it("CORS: a preflight to /v1/check from a CMS origin is allowed without a key", async () => {
    const res = await callWithEnv(KEYS, "/v1/check", {
      method: "OPTIONS",
      headers: {
        Origin: "https://cms.example.org",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it("CORS: CORS_ORIGINS restricts the allowed origins", async () => {
    const init = { headers: { Origin: "https://cms.example.org" } };
    const allowed = await callWithEnv({ CORS_ORIGINS: "https://cms.example.org" }, "/v1/rules", init);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://cms.example.org");
    const other = await callWithEnv({ CORS_ORIGINS: "https://other.example.org" }, "/v1/rules", init);
    expect(other.headers.get("access-control-allow-origin")).toBe(null);
  });
});

describe("rate limiting when open", () => {
  it("does not limit requests without a key (local dev has none)", async () => {
    for (let i = 0; i < 150; i++) expect((await fetchApp("/v1/rules")).status).toBe(200);
  });
});
