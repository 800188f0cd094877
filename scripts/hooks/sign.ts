// Signs hook requests the way each CMS does: Contentful and Sanity with the vendors' own code
// (@contentful/node-apps-toolkit's signRequest, @sanity/webhook's encodeSignatureHeader), the generic hook (and
// the WordPress snippet, which calls it) as docs/integrations.md says. Used by the worker tests
// (test/worker/hook-signing.ts) and by `npm run adversarial -- --http`; runs in Node and in workerd.
import { signRequest } from "@contentful/node-apps-toolkit/requests";
import { encodeSignatureHeader } from "@sanity/webhook";

/** Headers Contentful sends with an entry webhook, before the signature headers are added. */
export const CONTENTFUL_BASE_HEADERS = {
  "content-type": "application/vnd.contentful.management.v1+json",
  "x-contentful-topic": "ContentManagement.Entry.publish",
};

/** What a Contentful request is signed over (method, path with query, headers, body), when, and with what. */
export interface ContentfulSigning {
  secret: string;
  method?: "POST" | "PUT";
  path: string;
  body: string;
  headers?: Record<string, string>;
  timestamp?: number;
}

/** The headers of a request signed by Contentful's own signRequest (Contentful's base headers included). */
export function signContentful(s: ContentfulSigning): Record<string, string> {
  const headers = { ...CONTENTFUL_BASE_HEADERS, ...s.headers };
  const signed = signRequest(s.secret, { method: s.method ?? "POST", path: s.path, headers, body: s.body }, s.timestamp ?? Date.now());
  return { ...headers, ...signed };
}

/** The headers of a Sanity call signed by @sanity/webhook's encodeSignatureHeader (timestamp in ms). */
export async function signSanity(secret: string, body: string, timestamp = Date.now()): Promise<Record<string, string>> {
  return { "content-type": "application/json", "sanity-webhook-signature": await encodeSignatureHeader(body, timestamp, secret) };
}

/** Hex HMAC-SHA256 of a message (Web Crypto). */
export async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(message)));
  return [...mac].map((x) => x.toString(16).padStart(2, "0")).join("");
}

/** The headers of a generic hook call (X-Translint-Timestamp in Unix seconds, X-Translint-Signature). */
export async function signGeneric(secret: string, body: string, seconds = Math.floor(Date.now() / 1000)): Promise<Record<string, string>> {
  return {
    "content-type": "application/json",
    "x-translint-timestamp": String(seconds),
    "x-translint-signature": `sha256=${await hmacHex(secret, `${seconds}.${body}`)}`,
  };
}
