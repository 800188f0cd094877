// Configuration is checked before anything runs (misconfigured → 503 naming the variable), production fails
// closed without a usable API key, and CORS never lets other origins PATCH or DELETE while the API is open.
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PAIR } from "../../src/demo";
import { configProblems } from "../../src/worker/config";
import { reportView } from "../../src/worker/review";
import { MAX_RETENTION_DAYS, retentionMs, saveReport } from "../../src/worker/store";
import { captureConsole, type CapturedConsole } from "./console";
import { callWithEnv, errorOf } from "./http";
import { articleRequest, checkWithTestRule, TARGET } from "./report-fixtures";

const DAY = 86_400_000;
const JSON_POST = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(DEMO_PAIR) };
let logs: CapturedConsole;
beforeEach(() => void (logs = captureConsole()));
afterEach(() => logs.restore());

describe("configuration", () => {
  it("REPORT_RETENTION_DAYS=1e9 (and other bad values) answer 503 misconfigured naming the variable", async () => {
    for (const [name, value] of [
      ["REPORT_RETENTION_DAYS", "1e9"],
      ["REPORT_RETENTION_DAYS", "0"],
      ["REPORT_RETENTION_DAYS", "99999"],
      ["MAX_BODY_BYTES", "-1"],
      ["RATE_LIMIT_PERIOD", "soon"],
      ["TRANSLINT_ENV", "prod"],
      ["CORS_ORIGINS", "cms.example.org"],
    ] as const) {
      const res = await callWithEnv({ [name]: value }, "/v1/check", JSON_POST);
      expect(res.status, `${name}=${value}`).toBe(503);
      const error = await errorOf(res);
      expect(error.code).toBe("misconfigured");
      expect(error.message).toContain(name);
    }
    expect(logs.lines.some((l) => l.includes("invalid configuration"))).toBe(true);
  });

  it("accepts the shipped and documented values", () => {
    expect(configProblems(env)).toEqual([]);
    expect(
      configProblems({
        REPORT_RETENTION_DAYS: "3650",
        MAX_BODY_BYTES: "2000000",
        TRANSLINT_ENV: "Production",
        CORS_ORIGINS: "https://cms.example.org, http://localhost:3000",
        RATE_LIMIT_PERIOD: "60",
      }),
    ).toEqual([]);
  });

  it("retention is clamped to ten years, so stored dates stay valid even if the check is bypassed", async () => {
    expect(retentionMs({ REPORT_RETENTION_DAYS: "1e9" })).toBe(MAX_RETENTION_DAYS * DAY);
    const request = articleRequest(TARGET, "El club habló. Nota de retención.");
    const { stored } = await saveReport({ DB: env.DB, REPORT_RETENTION_DAYS: "1e9" }, "public", request, checkWithTestRule(request));
    const view = reportView(stored, "http://translint.test");
    expect(Date.parse(view.expiresAt) - Date.parse(view.createdAt)).toBe(MAX_RETENTION_DAYS * DAY);
  });
});

describe("fail closed in production", () => {
  for (const keys of ["", " , ", undefined]) {
    it(`TRANSLINT_ENV=production with API_KEYS=${JSON.stringify(keys)}: /v1/* answers 503 saying why`, async () => {
      const prod = { TRANSLINT_ENV: "production", API_KEYS: keys };
      for (const [path, init] of [
        ["/v1/check", JSON_POST],
        ["/v1/rules", {}],
        [`/v1/reports/${"a".repeat(26)}`, { method: "DELETE" }],
      ] as const) {
        const res = await callWithEnv(prod, path, init);
        expect(res.status, path).toBe(503);
        const error = await errorOf(res);
        expect(error.code).toBe("not_configured");
        expect(error.message).toContain("API_KEYS");
      }
      expect((await callWithEnv(prod, "/health")).status).toBe(200);
    });
  }

  it("in development the same empty keys leave the API open", async () => {
    expect((await callWithEnv({ TRANSLINT_ENV: "development", API_KEYS: " , " }, "/v1/rules")).status).toBe(200);
  });

  it("with a key, production serves as usual", async () => {
    const res = await callWithEnv({ TRANSLINT_ENV: "production", API_KEYS: "k-123" }, "/v1/rules", {
      headers: { authorization: "Bearer k-123" },
    });
    expect(res.status).toBe(200);
  });
});

describe("CORS methods", () => {
  const preflight = (overrides: Partial<Cloudflare.Env>) =>
    callWithEnv(overrides, `/v1/reports/${"a".repeat(26)}`, {
      method: "OPTIONS",
      headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "DELETE" },
    });

  it("while open (no usable key), other origins may not PATCH or DELETE", async () => {
    for (const keys of [undefined, " , "]) {
      const methods = (await preflight({ API_KEYS: keys })).headers.get("access-control-allow-methods") ?? "";
      expect(methods).toContain("POST");
      expect(methods).not.toMatch(/DELETE|PATCH/);
    }
  });

  it("with API keys, the preflight allows PATCH and DELETE (every call still needs the key)", async () => {
    const methods = (await preflight({ API_KEYS: "k-123" })).headers.get("access-control-allow-methods") ?? "";
    expect(methods).toContain("DELETE");
    expect(methods).toContain("PATCH");
  });
});
