import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { describe, expect, it } from "vitest";
import { handleError } from "../../src/worker/errors";
import { captureConsole } from "./console";
import { call, callWithEnv, errorOf, postJson, sampleRequest } from "./http";

/** A deep copy of the sample request with a change applied. */
function variant(change: (body: any) => void): Record<string, unknown> {
  const body = structuredClone(sampleRequest());
  change(body);
  return body;
}

async function expectError(res: Response, status: number, code: string, messagePart?: string | RegExp) {
  expect(res.status).toBe(status);
  const error = await errorOf(res);
  expect(error.code).toBe(code);
  if (messagePart) expect(error.message).toMatch(messagePart);
  return error;
}

describe("POST /v1/check: malformed bodies answer 400 JSON", () => {
  it.each([
    ["truncated JSON", '{"source": {"text": "Hola", '],
    ["trailing garbage", '{"a": 1} x'],
    ["single quotes", "{'source': 1}"],
    ["plain text", "hello"],
  ])("%s", async (_name, body) => {
    await expectError(await postJson("/v1/check", body), 400, "malformed_json", "not valid JSON");
  });

  it("an empty body", async () => {
    await expectError(await postJson("/v1/check", ""), 400, "malformed_json", "empty");
  });

  it("bytes that are not UTF-8", async () => {
    const res = await call("/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    await expectError(res, 400, "malformed_json", "UTF-8");
  });

  it.each([["null"], ["[]"], ['"text"'], ["42"], ["true"]])("a JSON %s instead of an object", async (body) => {
    await expectError(await postJson("/v1/check", body), 400, "invalid_body", "JSON object");
  });
});

describe("POST /v1/check: missing and mistyped fields answer 400 naming the field", () => {
  it.each([
    ["no source", (b: any) => delete b.source, "missing_field", '"source" is required'],
    ["no target", (b: any) => delete b.target, "missing_field", '"target" is required'],
    ["no source.text", (b: any) => delete b.source.text, "missing_field", '"source.text" is required'],
    ["no target.lang", (b: any) => delete b.target.lang, "missing_field", '"target.lang" is required'],
    ["source is a string", (b: any) => (b.source = "Hola"), "invalid_field", '"source" must be an object'],
    ["text is a number", (b: any) => (b.source.text = 12), "invalid_field", '"source.text" must be a string'],
    ["text is null", (b: any) => (b.target.text = null), "invalid_field", '"target.text" must be a string'],
    ["lang is a number", (b: any) => (b.source.lang = 1), "invalid_field", '"source.lang" must be a string'],
    ["options is an array", (b: any) => (b.options = []), "invalid_field", '"options" must be an object'],
    ["rules is a string", (b: any) => (b.options = { rules: "all" }), "invalid_field", '"options.rules" must be an object'],
    ["store is a string", (b: any) => (b.store = "yes"), "invalid_field", '"store" must be a boolean'],
    [
      "glossary entry without target",
      (b: any) => (b.options = { glossary: [{ source: "alcalde" }] }),
      "missing_field",
      '"options.glossary.0.target" is required',
    ],
  ])("%s", async (_name, change, code, message) => {
    await expectError(await postJson("/v1/check", variant(change)), 400, code, message);
  });

  it("an unknown top-level field (a typo) is named", async () => {
    const res = await postJson(
      "/v1/check",
      variant((b) => (b.optoins = {})),
    );
    await expectError(res, 400, "unknown_field", '"optoins"');
  });

  it("an unknown option is named with its place", async () => {
    const res = await postJson(
      "/v1/check",
      variant((b) => (b.options = { failon: "minor" })),
    );
    await expectError(res, 400, "unknown_field", /"failon".*"options"/);
  });

  it.each([
    ["format", (b: any) => (b.format = "pdf"), '"format" must be one of: text, html, markdown'],
    [
      "failOn",
      (b: any) => (b.options = { failOn: "fatal" }),
      '"options.failOn" must be a severity (minor, major, critical) or {"severity"',
    ],
    ["a rule setting", (b: any) => (b.options = { rules: { omission: "loud" } }), '"options.rules.omission" must be one of: off, minor'],
    ["style.quotes", (b: any) => (b.options = { style: { quotes: "«" } }), '"options.style.quotes"'],
  ])("a bad value of %s", async (_name, change, message) => {
    await expectError(await postJson("/v1/check", variant(change)), 400, "invalid_field", message);
  });
});

describe("POST /v1/check: empty texts, languages and rule ids", () => {
  it.each([
    ["empty source", (b: any) => (b.source.text = ""), '"source.text" is empty'],
    ["whitespace-only target", (b: any) => (b.target.text = " \n\t "), '"target.text" is empty'],
  ])("%s", async (_name, change, message) => {
    await expectError(await postJson("/v1/check", variant(change)), 400, "empty_text", message);
  });

  it.each([["ja"], ["ja-JP"], ["xx"], ["ja_JP"]])("unsupported language %j lists the supported ones", async (lang) => {
    const res = await postJson(
      "/v1/check",
      variant((b) => (b.target.lang = lang)),
    );
    await expectError(
      res,
      400,
      "unsupported_language",
      `"target.lang": "${lang}" is not a supported language; use one of es, en, fr, de, pt, it (a region may follow: es-ES, es-MX`,
    );
  });

  it.each([[""], ["es-"], ["e s"], ["es--MX"], ["x".repeat(65)]])(
    "a malformed tag %j is a 400 that lists the supported languages",
    async (lang) => {
      const res = await postJson(
        "/v1/check",
        variant((b) => (b.target.lang = lang)),
      );
      const error = await expectError(res, 400, "invalid_language_tag");
      if (lang.length <= 64) expect(error.message).toContain("use one of es, en");
    },
  );

  it("a tag that is not a string", async () => {
    await expectError(
      await postJson(
        "/v1/check",
        variant((b) => (b.target.lang = 7)),
      ),
      400,
      "invalid_field",
      '"target.lang" must be a string',
    );
  });

  it("the same language on both sides, also with two different regions", async () => {
    const res = await postJson(
      "/v1/check",
      variant((b) => (b.target.lang = "es")),
    );
    await expectError(res, 400, "same_language", /both es/);
    const regions = await postJson(
      "/v1/check",
      variant((b) => {
        b.source.lang = "es-MX";
        b.target.lang = "es-ES";
      }),
    );
    await expectError(regions, 400, "same_language", '"source.lang" ("es-MX") and "target.lang" ("es-ES") are both es');
  });

  it.each([[{ severity: "huge" }], ["blocker"], [{ severity: "major", minConfidence: 2 }], [{ minConfidence: 0.5 }]])(
    "options.failOn %j is a 400",
    async (failOn) => {
      await expectError(
        await postJson(
          "/v1/check",
          variant((b) => (b.options = { failOn })),
        ),
        400,
        "invalid_field",
        '"options.failOn',
      );
    },
  );

  it.each([[-0.1], [1.5], ["0.5"]])("options.minConfidence %j is a 400", async (minConfidence) => {
    await expectError(
      await postJson(
        "/v1/check",
        variant((b) => (b.options = { minConfidence })),
      ),
      400,
      "invalid_field",
      '"options.minConfidence"',
    );
  });

  it("unknown rule ids are all named", async () => {
    const res = await postJson(
      "/v1/check",
      variant((b) => (b.options = { rules: { omission: "minor", nosuch: "off", "also-not": "major" } })),
    );
    const error = await expectError(res, 400, "unknown_rule", '"nosuch", "also-not"');
    expect(error.message).not.toContain('"omission"');
  });

  it("thousands of unknown rule ids give a short message", async () => {
    const rules = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`rule-${i}`, "off"]));
    const res = await postJson(
      "/v1/check",
      variant((b) => (b.options = { rules })),
    );
    const error = await expectError(res, 400, "unknown_rule", '"rule-0", "rule-1"');
    expect(error.message).toContain("and 4990 more");
    expect(error.message.length).toBeLessThan(400);
  });

  it.each([["__proto__"], ["constructor"], ["toString"]])("rule id %j is unknown, not a crash", async (id) => {
    const body = JSON.stringify(sampleRequest()).replace(/}$/, `,"options":{"rules":{${JSON.stringify(id)}:"off"}}}`);
    const res = await postJson("/v1/check", body);
    expect(res.status).toBeLessThan(500);
    if (res.status !== 200) expect((await errorOf(res)).code).toBe("unknown_rule");
  });

  it("a known rule id is accepted", async () => {
    const res = await postJson(
      "/v1/check",
      variant((b) => (b.options = { rules: { omission: "critical" } })),
    );
    expect(res.status).toBe(200);
  });
});

describe("size limits answer 413 with the limit", () => {
  it("a body over 1 MB (declared by Content-Length)", async () => {
    const big = JSON.stringify(variant((b) => (b.target.text = "x".repeat(1_100_000))));
    const res = await postJson("/v1/check", big);
    await expectError(res, 413, "payload_too_large", "1,048,576 bytes");
  });

  it("a streamed body with no Content-Length is cut off at the limit", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 40) return controller.close(); // 2.5 MB in total, never announced
        sent++;
        controller.enqueue(chunk);
      },
    });
    const res = await call("/v1/check", { method: "POST", headers: { "Content-Type": "application/json" }, body: stream });
    await expectError(res, 413, "payload_too_large", "1,048,576 bytes");
    expect(sent).toBeLessThan(40);
  });

  it("a body a little over the limit is read to its end before the 413 (the connection survives)", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
    let sent = 0;
    let closed = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 24) {
          closed = true;
          return controller.close(); // 1.5 MB: over the 1 MB limit, under twice it
        }
        sent++;
        controller.enqueue(chunk);
      },
    });
    const res = await call("/v1/check", { method: "POST", headers: { "Content-Type": "application/json" }, body: stream });
    await expectError(res, 413, "payload_too_large", "1,048,576 bytes");
    expect(closed).toBe(true);
  });

  it("MAX_BODY_BYTES changes the body limit", async () => {
    const body = JSON.stringify(sampleRequest());
    const res = await callWithEnv({ MAX_BODY_BYTES: "100" }, "/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
    });
    await expectError(res, 413, "payload_too_large", "100 bytes");
  });

  it("a side over the per-side character limit", async () => {
    const sentence = "The council approved the budget after a long debate. ";
    const text = sentence.repeat(Math.ceil(200_001 / sentence.length));
    const res = await postJson(
      "/v1/check",
      variant((b) => (b.target.text = text)),
    );
    const error = await expectError(res, 413, "text_too_long", '"target.text" has');
    expect(error.message).toContain("the limit is 200,000 characters per side");
  });

  it("a side over the per-side sentence limit (checked before alignment)", async () => {
    const text = "Llueve. ".repeat(5_001);
    const res = await postJson(
      "/v1/check",
      variant((b) => (b.source.text = text)),
    );
    const error = await expectError(res, 413, "too_many_sentences", '"source.text" has');
    expect(error.message).toContain("the limit is 5,000 sentences per side");
  });

  it("MAX_SENTENCES_PER_SIDE changes the sentence limit", async () => {
    const res = await callWithEnv({ MAX_SENTENCES_PER_SIDE: "2" }, "/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(sampleRequest()),
    });
    await expectError(res, 413, "too_many_sentences", '"source.text" has 3 sentences; the limit is 2 sentences per side');
  });

  it("MAX_CHARS_PER_SIDE changes the per-side limit", async () => {
    const res = await callWithEnv({ MAX_CHARS_PER_SIDE: "50" }, "/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(sampleRequest()),
    });
    await expectError(res, 413, "text_too_long", "limit is 50 characters per side");
  });
});

describe("content types", () => {
  it.each([
    ["text/plain"],
    ["application/x-www-form-urlencoded"],
    ["multipart/form-data; boundary=x"],
    ["application/jsonp"],
    ["application/json; charset=utf-16"],
  ])("%s answers 415", async (type) => {
    const res = await call("/v1/check", { method: "POST", headers: { "Content-Type": type }, body: JSON.stringify(sampleRequest()) });
    await expectError(res, 415, "unsupported_media_type");
  });

  it("no Content-Type answers 415", async () => {
    const res = await call("/v1/check", { method: "POST", body: new TextEncoder().encode(JSON.stringify(sampleRequest())) });
    await expectError(res, 415, "unsupported_media_type");
  });

  it.each([
    ["application/json"],
    ["application/json; charset=utf-8"],
    ["Application/JSON;charset=UTF-8"],
    ['application/json; charset="utf-8"'],
    ["application/vnd.translint.v1+json"],
  ])("%s is accepted", async (type) => {
    const res = await call("/v1/check", { method: "POST", headers: { "Content-Type": type }, body: JSON.stringify(sampleRequest()) });
    expect(res.status).toBe(200);
  });
});

describe("unknown paths and methods", () => {
  it.each([["/nope"], ["/v1/nope"], ["/v1/check/extra"], ["/v2/check"]])("%s answers 404 JSON", async (path) => {
    await expectError(await call(path), 404, "not_found");
  });

  it.each([
    ["GET", "/v1/check", "POST"],
    ["PUT", "/v1/check", "POST"],
    ["DELETE", "/v1/rules", "GET, HEAD"],
    ["POST", "/health", "GET, HEAD"],
    ["POST", "/openapi.json", "GET, HEAD"],
  ])("%s %s answers 405 with Allow: %s", async (method, path, allow) => {
    const res = await call(path, { method });
    await expectError(res, 405, "method_not_allowed");
    expect(res.headers.get("allow")).toBe(allow);
  });
});

describe("the error handler", () => {
  const boom = new Hono()
    .get("/throws", () => {
      throw new Error("secret detail at /srv/internal/path.ts:12");
    })
    .get("/http-exception", () => {
      throw new HTTPException(400, { message: "Bad thing." });
    })
    .onError(handleError);

  it("answers an unexpected exception as 500 JSON without its message or stack, and logs it", async () => {
    const logs = captureConsole();
    const res = await Promise.resolve(boom.request("/throws")).finally(logs.restore);
    expect(logs.lines).toEqual([expect.stringContaining("secret detail at /srv/internal/path.ts:12")]);
    expect(res.status).toBe(500);
    const text = await res.clone().text();
    expect(text).not.toMatch(/secret|srv|\.ts|at /);
    expect(await errorOf(res)).toEqual({ code: "internal_error", message: expect.any(String) });
  });

  it("keeps the status of an HTTPException under 500 as a JSON error", async () => {
    const res = await boom.request("/http-exception");
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: "bad_request", message: "Bad thing." });
  });
});
