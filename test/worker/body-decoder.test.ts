// One request-body decoder (issue 17): POST /v1/check, the CMS hooks and batches read their JSON bodies through
// src/worker/body.ts (readBodyText, bodyText, parseJsonBody), so each answers the same 400s and accepts a UTF-8 BOM.
import { describe, expect, it } from "vitest";
import { genericHeaders, marker, pairWith, post, storedWith } from "./hook-signing";
import { call, errorOf, sampleRequest } from "./http";

const BOM = "\uFEFF";
const NOT_UTF8 = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);

/** The three ways in: each sends a body (string or bytes) as its callers do, signed where the endpoint needs it. */
const ENDPOINTS: [string, (body: string | Uint8Array) => Promise<Response>][] = [
  ["POST /v1/check", (body) => call("/v1/check", { method: "POST", headers: { "Content-Type": "application/json" }, body })],
  [
    "POST /v1/hooks/generic",
    async (body) =>
      typeof body === "string"
        ? post("/v1/hooks/generic", body, await genericHeaders(body))
        : call("/v1/hooks/generic", { method: "POST", headers: { "Content-Type": "application/json" }, body }),
  ],
  ["POST /v1/batches", (body) => call("/v1/batches", { method: "POST", headers: { "Content-Type": "application/json" }, body })],
];

/** A valid body for each endpoint: a check request, a hook call (a request with its meta), a batch of one. */
function validBody(endpoint: string, mark: string): string {
  if (endpoint === "POST /v1/hooks/generic") return JSON.stringify({ ...pairWith(mark), format: "text", meta: { id: `body-${mark}` } });
  if (endpoint === "POST /v1/batches") return JSON.stringify([sampleRequest()]);
  return JSON.stringify(sampleRequest());
}

describe.each(ENDPOINTS)("%s decodes its body with the shared decoder", (endpoint, send) => {
  it("accepts a JSON body that starts with a UTF-8 byte order mark", async () => {
    const mark = marker();
    const res = await send(BOM + validBody(endpoint, mark));
    expect(res.status).toBe(endpoint === "POST /v1/batches" ? 202 : 200);
    if (endpoint === "POST /v1/hooks/generic") expect(await storedWith(mark)).toBe(1);
  });

  it("answers bytes that are not UTF-8 with 400 malformed_json naming UTF-8", async () => {
    const res = await send(NOT_UTF8);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: "malformed_json", message: "The request body is not valid UTF-8." });
  });

  it.each([
    ["an empty body", ""],
    ["a body of white space", " \n "],
    ["a BOM alone", BOM],
  ])("answers %s with 400 malformed_json 'The request body is empty.'", async (_name, body) => {
    const res = await send(body);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: "malformed_json", message: "The request body is empty." });
  });

  it.each([
    ["truncated JSON", '{"source": {"text": "Hola", '],
    ["a BOM before text that is not JSON", `${BOM}hello`],
    ["two BOMs", `${BOM}${BOM}{}`],
  ])("answers %s with 400 malformed_json 'not valid JSON'", async (_name, body) => {
    const res = await send(body);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("malformed_json");
    expect(error.message).toMatch(/^The request body is not valid JSON[ .]/);
  });
});

describe("POST /v1/batches as NDJSON decodes its body with the shared decoder", () => {
  const send = (body: string | Uint8Array) =>
    call("/v1/batches", { method: "POST", headers: { "Content-Type": "application/x-ndjson" }, body });

  it("accepts a body that starts with a UTF-8 byte order mark", async () => {
    expect((await send(`${BOM}${JSON.stringify(sampleRequest())}\n`)).status).toBe(202);
  });

  it("answers bytes that are not UTF-8, and an empty body, as the JSON endpoints do", async () => {
    expect(await errorOf(await send(NOT_UTF8))).toEqual({ code: "malformed_json", message: "The request body is not valid UTF-8." });
    expect(await errorOf(await send(`${BOM}\n`))).toEqual({ code: "malformed_json", message: "The request body is empty." });
  });
});
