import { describe, expect, it } from "vitest";
import contentfulEntry from "./payloads/contentful-entry.json";
import sanityDocument from "./payloads/sanity-document.json";
import { call } from "./http";

// The same secrets vitest.config.ts gives the Worker.
const CONTENTFUL_SECRET = "test-contentful-secret-0123456789abcdef0123456789abcdef0123456789ab";
const SANITY_SECRET = "test-sanity-secret";
const GENERIC_SECRET = "test-generic-secret";

async function hmac(secret: string, message: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(message)));
}
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
const b64url = (b: Uint8Array) => btoa(String.fromCharCode(...b)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

/** Signs a request the way Contentful does (method, path, signed headers, body; HMAC-SHA256 hex). */
async function contentfulHeaders(path: string, body: string, secret = CONTENTFUL_SECRET, timestamp = Date.now()) {
  const headers: Record<string, string> = {
    "content-type": "application/vnd.contentful.management.v1+json",
    "x-contentful-topic": "ContentManagement.Entry.publish",
    "x-contentful-timestamp": String(timestamp),
  };
  const signed = ["content-type", "x-contentful-signed-headers", "x-contentful-timestamp", "x-contentful-topic"];
  headers["x-contentful-signed-headers"] = signed.join(",");
  const [pathname, search] = path.split("?");
  const canonicalPath = encodeURI(search ? `${pathname}?${encodeURIComponent(search)}` : pathname);
  const canonical = ["POST", canonicalPath, signed.map((h) => `${h}:${headers[h]}`).join(";"), body].join("\n");
  headers["x-contentful-signature"] = hex(await hmac(secret, canonical));
  return headers;
}

async function genericHeaders(body: string, secret = GENERIC_SECRET, seconds = Math.floor(Date.now() / 1000)) {
  return {
    "content-type": "application/json",
    "x-translint-timestamp": String(seconds),
    "x-translint-signature": `sha256=${hex(await hmac(secret, `${seconds}.${body}`))}`,
  };
}

async function sanityHeaders(body: string, secret = SANITY_SECRET, t = Date.now()) {
  return { "content-type": "application/json", "sanity-webhook-signature": `t=${t},v1=${b64url(await hmac(secret, `${t}.${body}`))}` };
}

const post = (path: string, body: string, headers: Record<string, string>) => call(path, { method: "POST", headers, body });

interface HookAnswer {
  verdict: string;
  id: string;
  url: string;
  summary: { verdict: string; issues: number };
  locales?: { source: string; target: string; verdict: string; id: string }[];
}

describe("POST /v1/hooks/generic", () => {
  const body = JSON.stringify({
    source: { text: "El ministro llegó el lunes. Se reunió con la prensa.", lang: "es" },
    target: { text: "The minister arrived on Monday. He met the press.", lang: "en" },
    format: "text",
    meta: { id: "wp-post-77", title: "test" },
  });

  it("answers the verdict of a signed call and stores the report", async () => {
    const res = await post("/v1/hooks/generic", body, await genericHeaders(body));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as HookAnswer;
    expect(["pass", "review", "block"]).toContain(answer.verdict);
    expect(answer.verdict).toBe(answer.summary.verdict);
    expect(answer.url).toBe(`http://translint.test/reports/${answer.id}`);
    const stored = await call(`/v1/reports/${answer.id}`);
    expect(stored.status).toBe(200);
    const json = (await stored.json()) as { report?: { languages: unknown }; languages?: unknown };
    expect(json.report?.languages ?? json.languages).toEqual({ source: "es", target: "en", sourceLanguage: "es", targetLanguage: "en" });
  });

  it.each([
    ["a forged signature", async () => ({ ...(await genericHeaders(body)), "x-translint-signature": `sha256=${"0".repeat(64)}` })],
    ["the wrong secret", () => genericHeaders(body, "not-the-secret")],
    ["a replay older than 5 minutes", () => genericHeaders(body, GENERIC_SECRET, Math.floor(Date.now() / 1000) - 301)],
    ["no signature", async () => ({ "content-type": "application/json" })],
  ])("refuses %s with 401 and stores nothing", async (_name, headers) => {
    const res = await post("/v1/hooks/generic", body, (await headers()) as Record<string, string>);
    expect(res.status).toBe(401);
    const err = (await res.json()) as { error: { code: string; message: string } };
    expect(err.error.code).toBe("invalid_signature");
    expect(err.error.message).toMatch(/Nothing was stored/);
  });

  it("resolves regional tags like /v1/check (es-419, en_GB)", async () => {
    const tagged = JSON.stringify({ ...JSON.parse(body), source: { ...JSON.parse(body).source, lang: "es-419" }, target: { ...JSON.parse(body).target, lang: "en_GB" } });
    const res = await post("/v1/hooks/generic", tagged, await genericHeaders(tagged));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as HookAnswer;
    const json = (await (await call(`/v1/reports/${answer.id}`)).json()) as { report?: { languages: unknown }; request?: { target: { lang: string } } };
    expect(json.report?.languages).toEqual({ source: "es-419", target: "en-GB", sourceLanguage: "es", targetLanguage: "en" });
    // The stored request holds the canonical tag too, so "en_GB" and "en-GB" are the same article for dismissals.
    expect(json.request?.target.lang).toBe("en-GB");
  });

  it("refuses a body changed after signing", async () => {
    const headers = await genericHeaders(body);
    const res = await post("/v1/hooks/generic", body.replace("lunes", "martes"), headers);
    expect(res.status).toBe(401);
  });

  it("validates the signed body like /v1/check", async () => {
    const bad = JSON.stringify({ source: { text: "Hola", lang: "es" }, target: { text: "Hello", lang: "fr" } });
    const res = await post("/v1/hooks/generic", bad, await genericHeaders(bad));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unsupported_language");
  });
});

describe("POST /v1/hooks/contentful", () => {
  const body = JSON.stringify(contentfulEntry);

  it("checks every localized text field, rich text flattened, for each target locale", async () => {
    const path = "/v1/hooks/contentful?source=es&target=en-US";
    const res = await post(path, body, await contentfulHeaders(path, body));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as HookAnswer;
    expect(answer.locales).toHaveLength(1);
    expect(answer.locales![0]).toMatchObject({ source: "es", target: "en-US", id: answer.id });
    const stored = (await (await call(`/v1/reports/${answer.id}`)).json()) as Record<string, any>;
    const report = stored.report ?? stored;
    // The CMS locale goes through the same resolver as /v1/check: the stored report keeps the tag.
    expect(report.languages).toEqual({ source: "es", target: "en-US", sourceLanguage: "es", targetLanguage: "en" });
    const targetText = report.segments.target.map((s: { text: string }) => s.text).join(" ");
    // Title, slug and the rich-text body (paragraph, heading, list item) of en-US were all checked; the number field was not.
    expect(targetText).toContain("IOM warns of a rise in arrivals");
    expect(targetText).toContain("More help");
    expect(targetText).toContain("The OIM spokeswoman will visit the border on Friday.");
    expect(targetText).not.toContain("58");
  });

  it("accepts Contentful's own content type", async () => {
    const path = "/v1/hooks/contentful?source=es&target=en-US";
    const headers = await contentfulHeaders(path, body);
    expect(headers["content-type"]).toBe("application/vnd.contentful.management.v1+json");
    expect((await post(path, body, headers)).status).toBe(200);
  });

  it("refuses a forged signature, a signature for another path and a stale timestamp with 401", async () => {
    const path = "/v1/hooks/contentful?source=es&target=en-US";
    const forged = { ...(await contentfulHeaders(path, body)), "x-contentful-signature": "ab".repeat(32) };
    expect((await post(path, body, forged)).status).toBe(401);
    const otherPath = await contentfulHeaders("/v1/hooks/contentful?source=es&target=en-GB", body);
    expect((await post(path, body, otherPath)).status).toBe(401);
    const stale = await contentfulHeaders(path, body, CONTENTFUL_SECRET, Date.now() - 10 * 60 * 1000);
    expect((await post(path, body, stale)).status).toBe(401);
  });

  it("asks for the locales in the query and names a locale with no text", async () => {
    const noQuery = "/v1/hooks/contentful";
    const res = await post(noQuery, body, await contentfulHeaders(noQuery, body));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_query");
    const missing = "/v1/hooks/contentful?source=es&target=de-DE";
    const res2 = await post(missing, body, await contentfulHeaders(missing, body));
    expect(res2.status).toBe(400);
    expect(((await res2.json()) as { error: { message: string } }).error.message).toContain("de-DE");
  });
});

describe("POST /v1/hooks/sanity", () => {
  const body = JSON.stringify(sanityDocument);

  it("checks internationalized arrays and locale objects with Portable Text", async () => {
    const path = "/v1/hooks/sanity?source=es&target=en";
    const res = await post(path, body, await sanityHeaders(body));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as HookAnswer;
    const stored = (await (await call(`/v1/reports/${answer.id}`)).json()) as Record<string, any>;
    const report = stored.report ?? stored;
    expect(report.segments.source.map((s: { text: string }) => s.text)).toEqual([
      "El puerto volvió a abrir el martes después de tres días cerrado.",
      "Unos 40 barcos esperaban para entrar.",
      "El puerto reabre tras la tormenta",
    ]);
  });

  it("refuses a forged or stale signature with 401", async () => {
    const path = "/v1/hooks/sanity?source=es&target=en";
    const forged = { "content-type": "application/json", "sanity-webhook-signature": `t=${Date.now()},v1=${"A".repeat(43)}` };
    expect((await post(path, body, forged)).status).toBe(401);
    expect((await post(path, body, await sanityHeaders(body, SANITY_SECRET, Date.now() - 400_000))).status).toBe(401);
    expect((await post(path, body, await sanityHeaders(body, "wrong"))).status).toBe(401);
  });
});

describe("hooks in the OpenAPI document", () => {
  it("documents the three hooks with their answer and the 401", async () => {
    const doc = (await (await call("/openapi.json")).json()) as { paths: Record<string, { post?: { responses: Record<string, unknown> } }> };
    for (const path of ["/v1/hooks/generic", "/v1/hooks/contentful", "/v1/hooks/sanity"]) {
      expect(Object.keys(doc.paths[path]?.post?.responses ?? {})).toEqual(expect.arrayContaining(["200", "401"]));
    }
  });
});
