// Signs hook requests for the tests. Contentful and Sanity requests are signed by the vendors' own code
// (@contentful/node-apps-toolkit's signRequest, @sanity/webhook's encodeSignatureHeader): they are the oracles.
import { signRequest } from "@contentful/node-apps-toolkit/requests";
import { encodeSignatureHeader } from "@sanity/webhook";
import { env } from "cloudflare:workers";
import { call, callWithEnv } from "./http";

/** The secrets vitest.config.ts gives the Worker. */
export const SECRETS = {
  contentful: env.CONTENTFUL_WEBHOOK_SECRET as string,
  sanity: env.SANITY_WEBHOOK_SECRET as string,
  generic: env.TRANSLINT_HOOK_SECRET as string,
};

/** Headers Contentful sends with an entry webhook, before the signature headers are added. */
export const CONTENTFUL_BASE_HEADERS = {
  "content-type": "application/vnd.contentful.management.v1+json",
  "x-contentful-topic": "ContentManagement.Entry.publish",
};

/** What a Contentful request is signed over (method, path with query, headers, body) and when. */
export interface ContentfulSigning {
  method?: "POST" | "PUT";
  path: string;
  body: string;
  headers?: Record<string, string>;
  timestamp?: number;
  secret?: string;
}

/** The headers of a request signed by Contentful's own signRequest. */
export function contentfulHeaders(s: ContentfulSigning): Record<string, string> {
  const headers = { ...CONTENTFUL_BASE_HEADERS, ...s.headers };
  const signed = signRequest(s.secret ?? SECRETS.contentful, { method: s.method ?? "POST", path: s.path, headers, body: s.body }, s.timestamp ?? Date.now());
  return { ...headers, ...signed };
}

/** The headers of a Sanity call signed by @sanity/webhook's encodeSignatureHeader. */
export async function sanityHeaders(body: string, timestamp = Date.now(), secret = SECRETS.sanity): Promise<Record<string, string>> {
  return { "content-type": "application/json", "sanity-webhook-signature": await encodeSignatureHeader(body, timestamp, secret) };
}

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(message)));
  return [...mac].map((x) => x.toString(16).padStart(2, "0")).join("");
}

/** The headers of a generic hook call, signed as docs/integrations.md says. */
export async function genericHeaders(body: string, seconds = Math.floor(Date.now() / 1000), secret = SECRETS.generic) {
  return {
    "content-type": "application/json",
    "x-translint-timestamp": String(seconds),
    "x-translint-signature": `sha256=${await hmacHex(secret, `${seconds}.${body}`)}`,
  };
}

/** POSTs a raw body with headers through the Worker (or through the app with some bindings replaced). */
export function post(path: string, body: string, headers: Record<string, string>, overrides?: Partial<Cloudflare.Env>): Promise<Response> {
  const init = { method: "POST", headers, body };
  return overrides ? callWithEnv(overrides, path, init) : call(path, init);
}

/** How many stored reports hold `marker` in their request (each test uses its own marker). */
export async function storedWith(marker: string): Promise<number> {
  const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM reports WHERE request_json LIKE ?1").bind(`%${marker}%`).first<{ n: number }>();
  return row?.n ?? 0;
}

let cases = 0;
/** A fresh marker ("Expediente 7001"…): texts that carry it are told apart from every other test's. */
export function marker(): string {
  return String(7000 + ++cases);
}

/** A small es→en pair carrying a marker number on both sides. */
export function pairWith(mark: string) {
  return {
    source: { text: `El ministro llegó el lunes con el expediente ${mark}. Se reunió con la prensa.`, lang: "es" },
    target: { text: `The minister arrived on Monday with file ${mark}. He met the press.`, lang: "en" },
  };
}
