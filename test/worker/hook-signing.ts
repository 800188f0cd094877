// Signs hook requests for the tests with the secrets vitest.config.ts gives the Worker. The signing itself is
// scripts/hooks/sign.ts: Contentful and Sanity requests are signed by the vendors' own code
// (@contentful/node-apps-toolkit's signRequest, @sanity/webhook's encodeSignatureHeader): they are the oracles.
import { env } from "cloudflare:workers";
import { CONTENTFUL_BASE_HEADERS, signContentful, signGeneric, signSanity } from "../../scripts/hooks/sign";
import { call, callWithEnv } from "./http";

export { CONTENTFUL_BASE_HEADERS };

/** The secrets vitest.config.ts gives the Worker. */
export const SECRETS = {
  contentful: env.CONTENTFUL_WEBHOOK_SECRET as string,
  sanity: env.SANITY_WEBHOOK_SECRET as string,
  generic: env.TRANSLINT_HOOK_SECRET as string,
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
  return signContentful({ ...s, secret: s.secret ?? SECRETS.contentful });
}

/** The headers of a Sanity call signed by @sanity/webhook's encodeSignatureHeader. */
export function sanityHeaders(body: string, timestamp = Date.now(), secret = SECRETS.sanity): Promise<Record<string, string>> {
  return signSanity(secret, body, timestamp);
}

/** The headers of a generic hook call, signed as docs/integrations.md says. */
export function genericHeaders(body: string, seconds = Math.floor(Date.now() / 1000), secret = SECRETS.generic) {
  return signGeneric(secret, body, seconds);
}

/** POSTs a raw body with headers through the Worker (or through the app with some bindings replaced). */
export function post(path: string, body: string, headers: Record<string, string>, overrides?: Partial<Cloudflare.Env>): Promise<Response> {
  const init = { method: "POST", headers, body };
  return overrides ? callWithEnv(overrides, path, init) : call(path, init);
}

/** How many stored reports hold `marker` in their request (each test uses its own marker). */
export async function storedWith(marker: string): Promise<number> {
  const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM reports WHERE request_json LIKE ?1")
    .bind(`%${marker}%`)
    .first<{ n: number }>();
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
