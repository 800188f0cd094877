// Helpers for the HTTP API tests: requests through the Worker's own fetch, or through the app with env overrides.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { expect } from "vitest";
import { app } from "../../src/worker/app";

/** Base URL of test requests. */
export const BASE = "http://translint.test";

/** Sends a request through the Worker's default export (the deployed configuration of wrangler.toml). */
export function call(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(`${BASE}${path}`, init);
}

/** POSTs a JSON value (or a raw string body) to a path. */
export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return call(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** Sends a request through the app with some bindings replaced (e.g. API_KEYS), as a deployment would set them. */
export async function callWithEnv(overrides: Partial<Cloudflare.Env>, path: string, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`${BASE}${path}`, init), { ...env, ...overrides }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/**
 * Sends a request straight to the app (the same fetch the Worker exports) with the test bindings. For long
 * request loops: under vitest-pool-workers every exports.default.fetch call gets slower as calls accumulate
 * (cloudflare/workers-sdk#15446), which the app itself does not (it stays flat when called directly).
 */
export function fetchApp(path: string, init?: RequestInit): Promise<Response> {
  return callWithEnv({}, path, init);
}

/** Reads an error body and checks its shape. */
export async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(Object.keys(body.error).sort()).toEqual(["code", "message"]);
  expect(typeof body.error.code).toBe("string");
  expect(typeof body.error.message).toBe("string");
  return body.error;
}

/** A valid es->en request body: three one-sentence paragraphs, of which the target drops one (an omission). */
export function sampleRequest(): Record<string, unknown> {
  return {
    source: {
      text:
        "El alcalde presentó ayer el nuevo plan de transporte para la ciudad.\n\n" +
        "La propuesta incluye doce líneas de autobús eléctrico y un carril bici de 40 kilómetros.\n\n" +
        "Los vecinos podrán opinar sobre el proyecto hasta el 15 de marzo.",
      lang: "es",
    },
    target: {
      text:
        "The mayor presented the city's new transport plan yesterday.\n\n" +
        "Residents will be able to comment on the project until March 15.",
      lang: "en",
    },
  };
}
