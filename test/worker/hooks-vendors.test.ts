// The hooks verified against the vendors' own code: requests signed by Contentful's signRequest and Sanity's
// encodeSignatureHeader must verify in the Worker, and every tampered variant must fail there and in the
// vendor's own verifier alike.
import { verifyRequest } from "@contentful/node-apps-toolkit/requests";
import { isValidSignature } from "@sanity/webhook";
import { describe, expect, it } from "vitest";
import contentfulEntry from "./payloads/contentful-entry.json";
import { contentfulCanonicalPath } from "../../src/worker/hooks/signatures";
import { errorOf } from "./http";
import { contentfulHeaders, marker, pairWith, post, SECRETS, sanityHeaders, storedWith } from "./hook-signing";

const PATH = "/v1/hooks/contentful?source=es&target=en-US";

/** A Contentful entry whose title carries a marker, so its stored reports can be counted. */
function entryBody(mark: string): string {
  const entry = structuredClone(contentfulEntry) as typeof contentfulEntry;
  entry.sys.id = `entry-${mark}`;
  entry.fields.title = { es: `La OIM alerta de un aumento de llegadas (${mark})`, "en-US": `IOM warns of a rise in arrivals (${mark})` };
  return JSON.stringify(entry);
}

/** What Contentful's own verifier says of a request as the Worker receives it (default 30 s time to live). */
function vendorAccepts(method: "POST" | "PUT", path: string, headers: Record<string, string>, body: string): boolean {
  try {
    return verifyRequest(SECRETS.contentful, { method, path, headers, body });
  } catch {
    return false;
  }
}

describe("Contentful: signed by @contentful/node-apps-toolkit", () => {
  it("a request signed by Contentful's signRequest verifies in the Worker and in Contentful's verifyRequest", async () => {
    const mark = marker();
    const body = entryBody(mark);
    const headers = contentfulHeaders({ path: PATH, body });
    expect(headers["x-contentful-signed-headers"]).toBe(
      "content-type,x-contentful-signed-headers,x-contentful-timestamp,x-contentful-topic",
    );
    expect(vendorAccepts("POST", PATH, headers, body)).toBe(true);
    const res = await post(PATH, body, headers);
    expect(res.status).toBe(200);
    expect(await storedWith(mark)).toBe(1);
  });

  it("context headers Contentful adds (x-contentful-crn, space, environment) are signed and verify", async () => {
    const body = entryBody(marker());
    const headers = contentfulHeaders({
      path: PATH,
      body,
      headers: {
        "x-contentful-space-id": "yadj1kx9rmg0",
        "x-contentful-environment-id": "master",
        "x-contentful-crn": "crn:contentful:::content:spaces/yadj1kx9rmg0",
      },
    });
    expect(headers["x-contentful-signed-headers"]).toContain("x-contentful-crn");
    expect((await post(PATH, body, headers)).status).toBe(200);
  });

  // Each variant: how the request was signed, and what is actually sent.
  const tampered: [
    string,
    (mark: string) => {
      signed: Parameters<typeof contentfulHeaders>[0];
      path: string;
      body: string;
      edit?: (h: Record<string, string>) => void;
    },
  ][] = [
    [
      "the method (signed as PUT, sent as POST)",
      (m) => ({ signed: { method: "PUT", path: PATH, body: entryBody(m) }, path: PATH, body: entryBody(m) }),
    ],
    [
      "the path",
      (m) => ({ signed: { path: "/v1/hooks/other?source=es&target=en-US", body: entryBody(m) }, path: PATH, body: entryBody(m) }),
    ],
    [
      "the query (another target)",
      (m) => ({ signed: { path: "/v1/hooks/contentful?source=es&target=en-GB", body: entryBody(m) }, path: PATH, body: entryBody(m) }),
    ],
    [
      "the query (a parameter added)",
      (m) => ({ signed: { path: PATH, body: entryBody(m) }, path: `${PATH}&failOn=critical`, body: entryBody(m) }),
    ],
    [
      "the query (parameters reordered)",
      (m) => ({ signed: { path: PATH, body: entryBody(m) }, path: "/v1/hooks/contentful?target=en-US&source=es", body: entryBody(m) }),
    ],
    [
      "a signed header (x-contentful-topic)",
      (m) => ({
        signed: { path: PATH, body: entryBody(m) },
        path: PATH,
        body: entryBody(m),
        edit: (h) => {
          h["x-contentful-topic"] = "ContentManagement.Entry.auto_save";
        },
      }),
    ],
    [
      "the timestamp",
      (m) => ({
        signed: { path: PATH, body: entryBody(m) },
        path: PATH,
        body: entryBody(m),
        edit: (h) => {
          h["x-contentful-timestamp"] = String(Number(h["x-contentful-timestamp"]) + 1);
        },
      }),
    ],
    [
      "the body (one character)",
      (m) => ({ signed: { path: PATH, body: entryBody(m) }, path: PATH, body: entryBody(m).replace("alerta", "alertó") }),
    ],
    ["the secret", (m) => ({ signed: { path: PATH, body: entryBody(m), secret: "x".repeat(64) }, path: PATH, body: entryBody(m) })],
  ];
  it.each(tampered)("a change to %s fails here and in Contentful's verifyRequest; nothing is stored", async (_name, make) => {
    const mark = marker();
    const { signed, path, body, edit } = make(mark);
    const headers = contentfulHeaders(signed);
    edit?.(headers);
    expect(vendorAccepts("POST", path, headers, body)).toBe(false);
    const res = await post(path, body, headers);
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe("invalid_signature");
    expect(await storedWith(mark)).toBe(0);
  });

  it("requires x-contentful-signed-headers among the signed headers, which Contentful's verifier does not", async () => {
    const mark = marker();
    const body = entryBody(mark);
    const headers = contentfulHeaders({ path: PATH, body });
    headers["x-contentful-signed-headers"] = "content-type,x-contentful-timestamp,x-contentful-topic";
    expect(vendorAccepts("POST", PATH, headers, body)).toBe(true);
    const res = await post(PATH, body, headers);
    expect(res.status).toBe(401);
    expect((await errorOf(res)).message).toContain("x-contentful-signed-headers is not among the signed headers");
    expect(await storedWith(mark)).toBe(0);
  });

  it("keeps Contentful's 30 s time to live by default, and CONTENTFUL_WEBHOOK_TTL sets another", async () => {
    const fresh = entryBody(marker());
    expect((await post(PATH, fresh, contentfulHeaders({ path: PATH, body: fresh, timestamp: Date.now() - 25_000 }))).status).toBe(200);
    const old = entryBody(marker());
    const oldHeaders = contentfulHeaders({ path: PATH, body: old, timestamp: Date.now() - 31_000 });
    expect(vendorAccepts("POST", PATH, oldHeaders, old)).toBe(false);
    const res = await post(PATH, old, oldHeaders);
    expect(res.status).toBe(401);
    expect((await errorOf(res)).message).toContain("30 s");
    expect((await post(PATH, old, oldHeaders, { CONTENTFUL_WEBHOOK_TTL: "120" })).status).toBe(200);
    const ahead = entryBody(marker());
    expect((await post(PATH, ahead, contentfulHeaders({ path: PATH, body: ahead, timestamp: Date.now() + 60_000 }))).status).toBe(401);
  });

  it("a percent-encoded query verifies as the toolkit signed it, and is read decoded", async () => {
    const path = "/v1/hooks/contentful?source=es&target=en%2DUS";
    const mark = marker();
    const body = entryBody(mark);
    const res = await post(path, body, contentfulHeaders({ path, body }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { locales: { target: string }[] }).locales[0].target).toBe("en-US");
  });

  it("signs the path as the toolkit does: the query escaped once as a component, then encodeURI", () => {
    expect(contentfulCanonicalPath(PATH)).toBe("/v1/hooks/contentful?source%253Des%2526target%253Den-US");
    expect(contentfulCanonicalPath("/v1/hooks/contentful")).toBe("/v1/hooks/contentful");
  });
});

describe("Sanity: signed by @sanity/webhook", () => {
  const projection = (mark: string, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ _id: `drafts.article-${mark}`, ...pairWith(mark), ...extra });

  it("a body signed by encodeSignatureHeader verifies in the Worker and in isValidSignature", async () => {
    const mark = marker();
    const body = projection(mark);
    const headers = await sanityHeaders(body);
    expect(await isValidSignature(body, headers["sanity-webhook-signature"], SECRETS.sanity)).toBe(true);
    expect((await post("/v1/hooks/sanity", body, headers)).status).toBe(200);
    expect(await storedWith(mark)).toBe(1);
  });

  const tampered: [string, (body: string, header: string) => { body: string; header: string }][] = [
    ["the body (one character)", (b, h) => ({ body: b.replace("lunes", "martes"), header: h })],
    ["the timestamp", (b, h) => ({ body: b, header: h.replace(/^t=(\d+)/, (_m, t: string) => `t=${Number(t) + 1}`) })],
    ["the signature", (b, h) => ({ body: b, header: h.replace(/v1=(.)/, (_m, c: string) => `v1=${c === "A" ? "B" : "A"}`) })],
    ["the header's form (a space after the comma)", (b, h) => ({ body: b, header: h.replace(",v1=", ", v1=") })],
    ["the timestamp's form (a leading zero)", (b, h) => ({ body: b, header: h.replace("t=", "t=0") })],
  ];
  it.each(tampered)("a change to %s fails here and in isValidSignature; nothing is stored", async (_name, edit) => {
    const mark = marker();
    const signedBody = projection(mark);
    const signed = await sanityHeaders(signedBody);
    const { body, header } = edit(signedBody, signed["sanity-webhook-signature"]);
    expect(await isValidSignature(body, header, SECRETS.sanity)).toBe(false);
    const res = await post("/v1/hooks/sanity", body, { "content-type": "application/json", "sanity-webhook-signature": header });
    expect(res.status).toBe(401);
    expect(await storedWith(mark)).toBe(0);
  });

  it("refuses a signature 5 minutes old or more, and one signed with another secret", async () => {
    const mark = marker();
    const body = projection(mark);
    expect((await post("/v1/hooks/sanity", body, await sanityHeaders(body, Date.now() - 300_000))).status).toBe(401);
    expect((await post("/v1/hooks/sanity", body, await sanityHeaders(body, Date.now(), "another-secret"))).status).toBe(401);
    expect(await storedWith(mark)).toBe(0);
  });
});
