import { describe, expect, it } from "vitest";
import { ReportSchema, RuleInfoSchema } from "../../src/worker/schemas";
import { RULES } from "../../src/rules";
import { call, postJson, sampleRequest } from "./http";

describe("POST /v1/check happy path", () => {
  it("answers a version-1 report of the right shape, with spans that are slices of the submitted text", async () => {
    const req = sampleRequest() as { source: { text: string }; target: { text: string } };
    const res = await postJson("/v1/check", req);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const report = ReportSchema.parse(await res.json());
    expect(report.version).toBe(1);
    expect(report.languages).toEqual({ source: "es", target: "en", sourceLanguage: "es", targetLanguage: "en" });
    expect(report.segments.source).toHaveLength(3);
    expect(report.segments.target).toHaveLength(2);
    for (const side of ["source", "target"] as const) {
      for (const s of report.segments[side]) expect(s.text).toBe(req[side].text.slice(s.start, s.end));
    }
    const omissions = report.issues.filter((i) => i.ruleId === "omission");
    expect(omissions).toHaveLength(1);
    const span = omissions[0].source!;
    expect(span.text).toBe(req.source.text.slice(span.start, span.end));
    expect(report.segments.source.map((s) => s.text)).toContain(span.text);
    for (const issue of report.issues) {
      for (const side of ["source", "target"] as const) {
        const s = issue[side];
        if (s) expect(s.text).toBe(req[side].text.slice(s.start, s.end));
      }
    }
    expect(report.summary.issues).toBe(report.issues.length);
    // Every rule defaults to minor (docs/precision.md): a dropped sentence asks for review, it does not block.
    expect(report.summary.verdict).toBe("review");
  });

  it("answers byte-identical JSON for identical input", async () => {
    const body = JSON.stringify({ ...sampleRequest(), format: "text", options: { failOn: "critical" } });
    const first = await (await postJson("/v1/check", body)).text();
    const second = await (await postJson("/v1/check", body)).text();
    expect(second).toBe(first);
    expect(JSON.parse(first).summary.verdict).toBe("review");
  });

  it("accepts BCP-47 tags with regions (any case, _ for -) and keeps the canonical tag in the report", async () => {
    const req = sampleRequest() as { source: { lang: string }; target: { lang: string } };
    req.source.lang = "ES_mx";
    req.target.lang = "en-gb";
    const res = await postJson("/v1/check", req);
    expect(res.status).toBe(200);
    const report = ReportSchema.parse(await res.json());
    expect(report.languages).toEqual({ source: "es-MX", target: "en-GB", sourceLanguage: "es", targetLanguage: "en" });
  });

  it("applies the target region's CLDR conventions: es-MX accepts 25,000, es-ES flags it and names the convention", async () => {
    const body = (to: string) => ({
      source: { text: "About 25,000 people marched on Sunday.", lang: "en-US" },
      target: { text: "Unas 25,000 personas marcharon el domingo.", lang: to },
    });
    const mx = ReportSchema.parse(await (await postJson("/v1/check", body("es-MX"))).json());
    expect(mx.issues.filter((i) => i.ruleId === "number-format")).toEqual([]);
    const es = ReportSchema.parse(await (await postJson("/v1/check", body("es-ES"))).json());
    const flagged = es.issues.filter((i) => i.ruleId === "number-format");
    expect(flagged).toHaveLength(1);
    expect(flagged[0].message).toContain("es-ES (CLDR): thousands separator “.”");
    // One separator before three digits could be a decimal: named, but never fixed mechanically.
    expect(flagged[0].suggestion).toBeUndefined();
  });

  it("gives every issue a confidence; minConfidence drops issues below it, failOn with minConfidence blocks only above it", async () => {
    const all = ReportSchema.parse(await (await postJson("/v1/check", sampleRequest())).json());
    expect(all.issues.length).toBeGreaterThan(0);
    for (const i of all.issues) expect(i.confidence).toBeGreaterThan(0);
    const omission = all.issues.find((i) => i.ruleId === "omission")!;
    const above = (omission.confidence ?? 0) + 0.01;
    const dropped = ReportSchema.parse(
      await (await postJson("/v1/check", { ...sampleRequest(), options: { minConfidence: above } })).json(),
    );
    expect(dropped.issues.every((i) => (i.confidence ?? 0) >= above)).toBe(true);
    expect(dropped.issues.some((i) => i.ruleId === "omission")).toBe(false);
    const gate = { severity: "minor", minConfidence: 1 };
    const review = ReportSchema.parse(await (await postJson("/v1/check", { ...sampleRequest(), options: { failOn: gate } })).json());
    expect(review.issues).toEqual(all.issues);
    expect(review.summary.verdict).toBe("review");
    const block = ReportSchema.parse(
      await (await postJson("/v1/check", { ...sampleRequest(), options: { failOn: { severity: "minor" } } })).json(),
    );
    expect(block.summary.verdict).toBe("block");
  });

  it("applies options: a rule turned off raises nothing", async () => {
    const res = await postJson("/v1/check", { ...sampleRequest(), options: { rules: { omission: "off" } } });
    const report = ReportSchema.parse(await res.json());
    expect(report.issues.filter((i) => i.ruleId === "omission")).toEqual([]);
  });

  it("checks html input with offsets into the raw markup", async () => {
    const source = "<p>El alcalde habló ayer.</p><p>La sesión terminó tarde.</p>";
    const target = "<p>The mayor spoke yesterday.</p><p>The session ended late.</p>";
    const res = await postJson("/v1/check", { source: { text: source, lang: "es" }, target: { text: target, lang: "en" }, format: "html" });
    expect(res.status).toBe(200);
    const report = ReportSchema.parse(await res.json());
    expect(report.segments.target.length).toBeGreaterThan(0);
    for (const s of report.segments.target) expect(target.slice(s.start, s.end)).toBe(s.text);
    for (const s of report.segments.source) expect(source.slice(s.start, s.end)).toBe(s.text);
  });

  it("store: true answers the report with its id and url beside it (D1 is bound in wrangler.toml)", async () => {
    const res = await postJson("/v1/check", { ...sampleRequest(), store: true });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { version: number; issues: unknown[]; id: string; url: string };
    expect(body.version).toBe(1);
    expect(Array.isArray(body.issues)).toBe(true);
    expect(body.id).toMatch(/^[a-z0-9]{16,}$/);
    expect(body.url).toContain(body.id);
  });

  it("without store, nothing is stored and no id is answered", async () => {
    const body = (await (await postJson("/v1/check", sampleRequest())).json()) as Record<string, unknown>;
    expect(body.id).toBeUndefined();
    expect(body.url).toBeUndefined();
  });
});

describe("GET /health and GET /v1/rules", () => {
  it("health answers ok and the version", async () => {
    const res = await call("/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it("lists every registered rule with description, category, default severity, messages and examples", async () => {
    const res = await call("/v1/rules");
    expect(res.status).toBe(200);
    const { rules } = (await res.json()) as { rules: unknown[] };
    expect(rules.map((r) => RuleInfoSchema.parse(r).id)).toEqual(RULES.map((r) => r.meta.id));
    const omission = RuleInfoSchema.parse(rules.find((r) => (r as { id: string }).id === "omission"));
    expect(omission).toMatchObject({ category: "accuracy/omission", severity: "minor" });
    expect(omission.examples.bad.length).toBeGreaterThan(0);
    expect(Object.keys(omission.messages).length).toBeGreaterThan(0);
  });
});
