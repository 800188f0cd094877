import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { flattenContentfulRichText, flattenPortableText } from "../../src/worker/hooks/flatten";
import { claimSignature, purgeReplays } from "../../src/worker/hooks/replays";
import contentfulEntry from "./payloads/contentful-entry.json";
import sanityDocument from "./payloads/sanity-document.json";
import { call, errorOf } from "./http";
import { contentfulHeaders, genericHeaders, marker, pairWith, post, sanityHeaders, storedWith } from "./hook-signing";

interface HookAnswer {
  verdict: string;
  id: string;
  url: string;
  summary: { verdict: string; issues: number };
  locales?: { source: string; target: string; verdict: string; id: string }[];
}

/** A Contentful entry whose title carries a marker; `fields` are added to (or replace) the fixture's. */
function entryBody(mark: string, fields: Record<string, unknown> = {}): string {
  const entry = structuredClone(contentfulEntry) as { sys: { id: string }; fields: Record<string, unknown> };
  entry.sys.id = `entry-${mark}`;
  entry.fields.title = {
    es: `La OIM alerta de un aumento de llegadas (${mark})`,
    "en-US": `IOM warns of a rise in arrivals (${mark})`,
    "en-GB": `IOM warns of a rise in arrivals (${mark})`,
    "fr-FR": `L'OIM alerte (${mark})`,
    "ja-JP": `IOM no keikoku (${mark})`,
  };
  Object.assign(entry.fields, fields);
  return JSON.stringify(entry);
}

/** Sends a Contentful call signed by Contentful's own signRequest for exactly this path and body. */
const contentful = (path: string, body: string, overrides?: Partial<Cloudflare.Env>) =>
  post(path, body, contentfulHeaders({ path, body }), overrides);
const generic = async (body: string, overrides?: Partial<Cloudflare.Env>, path = "/v1/hooks/generic") =>
  post(path, body, await genericHeaders(body, undefined, overrides?.TRANSLINT_HOOK_SECRET), overrides);
const sanity = async (body: string, path = "/v1/hooks/sanity", overrides?: Partial<Cloudflare.Env>) =>
  post(path, body, await sanityHeaders(body), overrides);

/** The Sanity fixture (internationalized arrays and locale objects) with a marker and optional settings. */
function sanityBody(mark: string, extra: Record<string, unknown> = {}): string {
  const doc = structuredClone(sanityDocument) as Record<string, unknown> & { title: { value: string }[] };
  doc._id = `drafts.article-${mark}`;
  doc.title[0].value += ` ${mark}`;
  doc.title[1].value += ` ${mark}`;
  return JSON.stringify({ ...doc, ...extra });
}

async function storedReport(id: string): Promise<{ segments: { source: { text: string }[]; target: { text: string }[] } }> {
  const json = (await (await call(`/v1/reports/${id}`)).json()) as Record<string, any>;
  return json.report ?? json;
}

describe("POST /v1/hooks/generic", () => {
  const body = (mark: string, meta: unknown = { id: `wp-post-${mark}`, title: "test" }) =>
    JSON.stringify({ ...pairWith(mark), format: "text", meta });

  it("answers the verdict of a signed call and stores the report", async () => {
    const mark = marker();
    const res = await generic(body(mark));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as HookAnswer;
    expect(answer.verdict).toBe(answer.summary.verdict);
    expect(answer.url).toBe(`http://translint.test/reports/${answer.id}`);
    expect((await call(`/v1/reports/${answer.id}`)).status).toBe(200);
    expect(await storedWith(mark)).toBe(1);
  });

  it.each([
    ["a forged signature", async (b: string) => ({ ...(await genericHeaders(b)), "x-translint-signature": `sha256=${"0".repeat(64)}` })],
    ["the wrong secret", (b: string) => genericHeaders(b, undefined, "not-the-secret")],
    ["a timestamp 5 minutes old", (b: string) => genericHeaders(b, Math.floor(Date.now() / 1000) - 300)],
    // 30 s past the 5-minute window: the Worker reads its clock later than the test does, so a timestamp 1 s past the
    // edge passed when the machine was slow (fresh-clone CI, loaded).
    ["a timestamp 5.5 minutes ahead", (b: string) => genericHeaders(b, Math.floor(Date.now() / 1000) + 330)],
    ["no signature", async () => ({ "content-type": "application/json" })],
  ])("refuses %s with 401 and stores nothing", async (_name, headers) => {
    const mark = marker();
    const res = await post("/v1/hooks/generic", body(mark), (await headers(body(mark))) as Record<string, string>);
    expect(res.status).toBe(401);
    const err = await errorOf(res);
    expect(err.code).toBe("invalid_signature");
    expect(err.message).toMatch(/Nothing was stored/);
    expect(await storedWith(mark)).toBe(0);
  });

  it("resolves regional tags like /v1/check (es-419, en_GB) and stores the canonical tags", async () => {
    const pair = pairWith(marker());
    const tagged = JSON.stringify({
      source: { ...pair.source, lang: "es-419" },
      target: { ...pair.target, lang: "en_GB" },
      format: "text",
    });
    const res = await generic(tagged);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as HookAnswer;
    const json = (await (await call(`/v1/reports/${answer.id}`)).json()) as {
      report: { languages: unknown };
      request: { target: { lang: string } };
    };
    expect(json.report.languages).toEqual({ source: "es-419", target: "en-GB", sourceLanguage: "es", targetLanguage: "en" });
    // The stored request holds the canonical tag too, so "en_GB" and "en-GB" are the same article for dismissals.
    expect(json.request.target.lang).toBe("en-GB");
  });

  it("refuses a body changed after signing", async () => {
    const mark = marker();
    const headers = await genericHeaders(body(mark));
    expect((await post("/v1/hooks/generic", body(mark).replace("lunes", "martes"), headers)).status).toBe(401);
  });

  it("validates the signed body like /v1/check, and refuses a bad meta or any (unsigned) query", async () => {
    const bad = JSON.stringify({ source: { text: "Hola", lang: "es" }, target: { text: "Hello", lang: "ja" } });
    const res = await generic(bad);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("unsupported_language");
    expect((await generic(body(marker(), "wp-1"))).status).toBe(400);
    expect((await generic(body(marker(), { id: 12 }))).status).toBe(400);
    const mark = marker();
    const query = await generic(body(mark), undefined, "/v1/hooks/generic?failOn=minor");
    expect(query.status).toBe(400);
    expect((await errorOf(query)).code).toBe("unsigned_query");
    expect(await storedWith(mark)).toBe(0);
  });
});

describe("POST /v1/hooks/contentful", () => {
  it("checks every localized text field, rich text flattened, for each target locale", async () => {
    const path = "/v1/hooks/contentful?source=es&target=en-US";
    const res = await contentful(path, entryBody(marker()));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as HookAnswer;
    expect(answer.locales).toHaveLength(1);
    expect(answer.locales![0]).toMatchObject({ source: "es", target: "en-US", id: answer.id });
    // The CMS locale goes through the same resolver as /v1/check: the stored report keeps the tag.
    const stored = (await (await call(`/v1/reports/${answer.id}`)).json()) as { report: { languages: unknown } };
    expect(stored.report.languages).toEqual({ source: "es", target: "en-US", sourceLanguage: "es", targetLanguage: "en" });
    const targetText = (await storedReport(answer.id)).segments.target.map((s) => s.text).join(" ");
    // Title, slug and the rich-text body (paragraph, heading, list item) of en-US were all checked; the number field was not.
    expect(targetText).toContain("IOM warns of a rise in arrivals");
    expect(targetText).toContain("More help");
    expect(targetText).toContain("The OIM spokeswoman will visit the border on Friday.");
    expect(targetText).not.toContain("58");
  });

  it("stores one report per target locale when every locale is valid", async () => {
    const mark = marker();
    const res = await contentful("/v1/hooks/contentful?source=es&target=en-US&target=en-GB", entryBody(mark));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as HookAnswer;
    expect(answer.locales!.map((l) => l.target)).toEqual(["en-US", "en-GB"]);
    expect(await storedWith(mark)).toBe(2);
  });

  it.each([
    ["one unsupported target locale", "?source=es&target=en-US&target=ja-JP", "unsupported_language"],
    ["one target locale without text", "?source=es&target=en-US&target=de-DE", "no_text"],
    ["a target locale twice", "?source=es&target=en-US&target=en-US", "invalid_locales"],
    ["five target locales", "?source=es&target=en-US&target=en-GB&target=en&target=en-AU&target=en-CA", "invalid_locales"],
    ["no locales", "", "invalid_locales"],
    ["an unknown parameter", "?source=es&target=en-US&lang=es", "invalid_query"],
    ["a bad failOn", "?source=es&target=en-US&failOn=sometimes", "invalid_field"],
  ])("answers 400 for %s and stores nothing, not even for the valid locales", async (_name, query, code) => {
    const mark = marker();
    const res = await contentful(`/v1/hooks/contentful${query}`, entryBody(mark));
    expect(res.status).toBe(400);
    const err = await errorOf(res);
    expect(err.code).toBe(code);
    expect(await storedWith(mark)).toBe(0);
  });
});

describe("POST /v1/hooks/sanity", () => {
  it("checks internationalized arrays and locale objects, locales named in the signed body", async () => {
    const res = await sanity(sanityBody(marker(), { translint: { source: "es", target: ["en"] } }));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as HookAnswer;
    expect(answer.locales![0]).toMatchObject({ source: "es", target: "en" });
    expect((await storedReport(answer.id)).segments.source.map((s) => s.text)).toEqual([
      "El puerto volvió a abrir el martes después de tres días cerrado.",
      "Unos 40 barcos esperaban para entrar.",
      expect.stringMatching(/^El puerto reabre tras la tormenta \d+$/),
    ]);
  });

  it("takes the locales from SANITY_SOURCE_LOCALE and SANITY_TARGET_LOCALES when the body names none", async () => {
    const mark = marker();
    const config = { SANITY_SOURCE_LOCALE: "es", SANITY_TARGET_LOCALES: "en" };
    expect((await sanity(sanityBody(mark), undefined, config)).status).toBe(200);
    expect(await storedWith(mark)).toBe(1);
    const none = await sanity(sanityBody(marker()));
    expect(none.status).toBe(400);
    expect((await errorOf(none)).message).toContain("SANITY_SOURCE_LOCALE");
  });

  it("refuses locales in the query, which Sanity does not sign, and stores nothing", async () => {
    const mark = marker();
    const body = sanityBody(mark);
    const res = await sanity(body, "/v1/hooks/sanity?source=en&target=es");
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("unsigned_query");
    const overriding = sanityBody(mark, { translint: { source: "es", target: "en" } });
    expect((await sanity(overriding, "/v1/hooks/sanity?source=en&target=es")).status).toBe(400);
    expect(await storedWith(mark)).toBe(0);
  });

  it("accepts a projection shaped as the docs show ({_id, source, target}), Sanity's _ fields ignored", async () => {
    const mark = marker();
    const res = await sanity(JSON.stringify({ _id: `article-${mark}`, _type: "article", ...pairWith(mark) }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as HookAnswer).locales).toBeUndefined();
    const unknown = await sanity(JSON.stringify({ _id: "x", ...pairWith(marker()), title: "t" }));
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).code).toBe("unknown_field");
  });
});

describe("a hook without its secret or without storage", () => {
  it("refuses every call with 401 when its secret is not set", async () => {
    const mark = marker();
    const res = await sanity(JSON.stringify({ _id: mark, ...pairWith(mark) }), undefined, { SANITY_WEBHOOK_SECRET: undefined });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).message).toContain("SANITY_WEBHOOK_SECRET is not set");
    expect(await storedWith(mark)).toBe(0);
  });

  it("answers 503 with Retry-After when D1 is not bound", async () => {
    const res = await generic(JSON.stringify(pairWith(marker())), { DB: undefined as unknown as D1Database });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
    expect((await errorOf(res)).code).toBe("storage_unavailable");
  });
});

describe("replays are refused on every hook", () => {
  const hooks: [string, (mark: string) => Promise<() => Promise<Response>>, number][] = [
    [
      "generic",
      async (m) => {
        const body = JSON.stringify({ ...pairWith(m), meta: { id: `post-${m}` } });
        const headers = await genericHeaders(body);
        return () => post("/v1/hooks/generic", body, headers);
      },
      1,
    ],
    [
      "contentful",
      async (m) => {
        const path = "/v1/hooks/contentful?source=es&target=en-US&target=en-GB";
        const body = entryBody(m);
        const headers = contentfulHeaders({ path, body });
        return () => post(path, body, headers);
      },
      2,
    ],
    [
      "sanity",
      async (m) => {
        const body = JSON.stringify({ _id: `a-${m}`, ...pairWith(m) });
        const headers = await sanityHeaders(body);
        return () => post("/v1/hooks/sanity", body, headers);
      },
      1,
    ],
  ];

  it.each(hooks)("%s: the same signed request again answers 409 and stores nothing more", async (_name, prepare, reports) => {
    const mark = marker();
    const send = await prepare(mark);
    expect((await send()).status).toBe(200);
    const replay = await send();
    expect(replay.status).toBe(409);
    expect((await errorOf(replay)).code).toBe("replayed_request");
    expect(await storedWith(mark)).toBe(reports);
  });

  it.each(hooks)("%s: of two identical requests racing, exactly one is served", async (_name, prepare, reports) => {
    const mark = marker();
    const send = await prepare(mark);
    const statuses = (await Promise.all([send(), send()])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    expect(await storedWith(mark)).toBe(reports);
  });

  it("a refused call leaves no signature behind: sent again it is refused for the same reason, not as a replay", async () => {
    const bad = JSON.stringify({ source: { text: "Hola.", lang: "es" }, target: { text: "Konnichiwa.", lang: "ja" } });
    const headers = await genericHeaders(bad);
    for (let i = 0; i < 2; i++) expect((await post("/v1/hooks/generic", bad, headers)).status).toBe(400);
    const signature = headers["x-translint-signature"].slice("sha256=".length);
    const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM hook_replays WHERE signature = ?1").bind(signature).first<{ n: number }>();
    expect(row?.n).toBe(0);
  });

  it("stale signatures are purged: on every claim and by the scheduled handler", async () => {
    const now = Date.now();
    expect(await claimSignature(env.DB, "generic", "stale-one", now - 1)).toBe(true);
    expect(await claimSignature(env.DB, "generic", "fresh-one", now + 60_000)).toBe(true);
    expect(await claimSignature(env.DB, "generic", "fresh-one", now + 60_000)).toBe(false);
    const left = await env.DB.prepare("SELECT signature FROM hook_replays WHERE signature IN ('stale-one', 'fresh-one')").all<{
      signature: string;
    }>();
    expect(left.results.map((r) => r.signature)).toEqual(["fresh-one"]);
    await env.DB.prepare("INSERT INTO hook_replays (hook, signature, expires_at) VALUES ('sanity', 'old-two', ?1)")
      .bind(now - 5)
      .run();
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: "17 3 * * *" }), env, ctx);
    await waitOnExecutionContext(ctx);
    const gone = await env.DB.prepare("SELECT COUNT(*) AS n FROM hook_replays WHERE signature = 'old-two'").first<{ n: number }>();
    expect(gone?.n).toBe(0);
    expect(await purgeReplays(env.DB, now + 120_000)).toBeGreaterThanOrEqual(1);
  });
});

describe("hooks apply the limits and the rate limiting of /v1/check", () => {
  const fourSentences = (mark: string) => ({
    source: { text: `Uno ${mark}. Dos. Tres. Cuatro.`, lang: "es" },
    target: { text: `One ${mark}. Two. Three. Four.`, lang: "en" },
  });

  it("over the sentence limit: 413 before the check, nothing stored, and the same call again is not a replay", async () => {
    const limits = { MAX_SENTENCES_PER_SIDE: "3" };
    const mark = marker();
    const body = JSON.stringify(fourSentences(mark));
    const headers = await genericHeaders(body);
    for (let i = 0; i < 2; i++) {
      const res = await post("/v1/hooks/generic", body, headers, limits);
      expect(res.status).toBe(413);
      expect((await errorOf(res)).code).toBe("too_many_sentences");
    }
    const entry = entryBody(mark);
    expect((await contentful("/v1/hooks/contentful?source=es&target=en-US", entry, limits)).status).toBe(413);
    const projection = JSON.stringify({ _id: mark, ...fourSentences(mark) });
    expect((await sanity(projection, undefined, limits)).status).toBe(413);
    expect(await storedWith(mark)).toBe(0);
  });

  it("10,000 lines per side stop at the default sentence limit (413) on every hook, before alignment", async () => {
    const mark = marker();
    const lines = (word: string) => Array.from({ length: 10_000 }, (_, i) => `${word} ${mark}-${i}.`).join("\n");
    const pair = { source: { text: lines("Línea"), lang: "es" }, target: { text: lines("Line"), lang: "en" } };
    const entry = JSON.stringify({ sys: { id: mark }, fields: { body: { es: pair.source.text, "en-US": pair.target.text } } });
    const answers = [
      await generic(JSON.stringify(pair)),
      await contentful("/v1/hooks/contentful?source=es&target=en-US", entry),
      await sanity(JSON.stringify({ _id: mark, ...pair })),
    ];
    for (const res of answers) {
      expect(res.status).toBe(413);
      expect((await errorOf(res)).code).toBe("too_many_sentences");
    }
    expect(await storedWith(mark)).toBe(0);
  });

  it("over the character limit: 413", async () => {
    const mark = marker();
    const res = await generic(JSON.stringify(pairWith(mark)), { MAX_CHARS_PER_SIDE: "40" });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("text_too_long");
    expect(await storedWith(mark)).toBe(0);
  });

  it("each hook is rate limited by RATE_LIMITER (429 with Retry-After), other hooks keep their own budget", async () => {
    const own = { TRANSLINT_HOOK_SECRET: "rate-limit-test-secret" };
    let limited: Response | undefined;
    let allowed = 0;
    // The binding allows 120 per 60 s window; 400 tries cover a window boundary falling inside the loop.
    for (let i = 0; i < 400 && !limited; i++) {
      const res = await generic(JSON.stringify({ n: i }), own);
      if (res.status === 429) limited = res;
      else {
        expect(res.status).toBe(400); // signed, then refused by validation: cheap, but it counts
        allowed++;
      }
    }
    expect(limited).toBeDefined();
    expect(allowed).toBeGreaterThanOrEqual(120);
    expect(limited!.headers.get("retry-after")).toBe("60");
    expect((await errorOf(limited!)).code).toBe("rate_limited");
    expect((await sanity(JSON.stringify({ _id: "r", ...pairWith(marker()) }))).status).toBe(200);
  });
});

describe("deep rich text is flattened without recursion", () => {
  const DEPTH = 5_000;
  /** Contentful rich text with a paragraph inside `depth` nested quotes (or inline hyperlinks). */
  function deepRichText(text: string, depth: number, nodeType: string): string {
    const inline = nodeType === "hyperlink";
    const leaf = `{"nodeType":"text","value":${JSON.stringify(text)},"marks":[],"data":{}}`;
    const open = `{"nodeType":"${nodeType}","data":{},"content":[`.repeat(depth);
    const core = inline
      ? `{"nodeType":"paragraph","data":{},"content":[${open}${leaf}${"]}".repeat(depth)}]}`
      : `${open}{"nodeType":"paragraph","data":{},"content":[${leaf}]}${"]}".repeat(depth)}`;
    return `{"nodeType":"document","data":{},"content":[${core}]}`;
  }

  it.each(["blockquote", "hyperlink"])(
    "Contentful rich text nested %s 5,000 levels deep is checked (200, text found)",
    async (nodeType) => {
      const mark = marker();
      const es = deepRichText(`La portavoz visitará la frontera el viernes ${mark}.`, DEPTH, nodeType);
      const en = deepRichText(`The spokeswoman will visit the border on Friday ${mark}.`, DEPTH, nodeType);
      const entry = JSON.parse(entryBody(mark)) as { fields: Record<string, unknown> };
      delete entry.fields.body;
      const json = JSON.stringify(entry); // ends with the closing braces of "fields" and of the entry
      const raw = `${json.slice(0, -2)},"body":{"es":${es},"en-US":${en}}}}`;
      const res = await contentful("/v1/hooks/contentful?source=es&target=en-US", raw);
      expect(res.status).toBe(200);
      const answer = (await res.json()) as HookAnswer;
      const target = (await storedReport(answer.id)).segments.target.map((s) => s.text);
      expect(target).toContain(`The spokeswoman will visit the border on Friday ${mark}.`);
    },
  );

  it("Sanity Portable Text with blocks inside custom objects nested 5,000 levels deep is checked", async () => {
    const mark = marker();
    const deep = (text: string) =>
      `[${'{"_type":"callout","content":['.repeat(DEPTH)}{"_type":"block","children":[{"_type":"span","text":${JSON.stringify(text)}}]}${"]}".repeat(DEPTH)}]`;
    const raw = `{"_id":"deep-${mark}","translint":{"source":"es","target":"en"},"body":{"es":${deep(`El puerto abrió ${mark}.`)},"en":${deep(`The port opened ${mark}.`)}}}`;
    const res = await sanity(raw);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as HookAnswer;
    expect((await storedReport(answer.id)).segments.target.map((s) => s.text)).toEqual([`The port opened ${mark}.`]);
  });

  it("the flatteners skip nulls and non-objects anywhere in the tree", () => {
    const doc = {
      nodeType: "document",
      content: [null, 3, { nodeType: "paragraph", content: [null, { nodeType: "text", value: "Hi." }, "x"] }],
    };
    expect(flattenContentfulRichText(doc)).toBe("Hi.");
    expect(flattenPortableText([null, { _type: "block", children: [null, { text: "A." }] }, { _type: "image" }])).toBe("A.");
  });
});

describe("hooks in the OpenAPI document", () => {
  it("documents the three hooks with their answer, the 401, the 409 of a replay and the 429", async () => {
    const doc = (await (await call("/openapi.json")).json()) as {
      paths: Record<string, { post?: { responses: Record<string, unknown> } }>;
    };
    for (const path of ["/v1/hooks/generic", "/v1/hooks/contentful", "/v1/hooks/sanity"]) {
      expect(Object.keys(doc.paths[path]?.post?.responses ?? {})).toEqual(expect.arrayContaining(["200", "401", "409", "413", "429"]));
    }
  });
});
