import { describe, expect, it } from "vitest";
import committedReportSchema from "../../docs/report.schema.json";
import { ERROR_CODES } from "../../src/worker/error-codes";
import { call } from "./http";

interface OpenApi {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { requestBody?: any; responses: Record<string, any>; security?: unknown[] }>>;
  components: { schemas: Record<string, any>; securitySchemes: Record<string, any> };
}

describe("GET /openapi.json", () => {
  it("is an OpenAPI 3.1 document with every operation and the request and report schemas", async () => {
    const res = await call("/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as OpenApi;
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBe("translint API");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/health", "/v1/rules", "/v1/check", "/openapi.json", "/schemas/report.json"]),
    );
    const checkOp = doc.paths["/v1/check"].post;
    expect(checkOp.requestBody.content["application/json"].schema).toEqual({
      anyOf: [{ $ref: "#/components/schemas/CheckRequest" }, { $ref: "#/components/schemas/BilingualCheckRequest" }],
    });
    expect(Object.keys(checkOp.responses)).toEqual(expect.arrayContaining(["200", "400", "401", "413", "415", "429"]));
    expect(checkOp.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    for (const name of [
      "CheckRequest",
      "BilingualCheckRequest",
      "CheckOptions",
      "TextInput",
      "Report",
      "Issue",
      "TextSpan",
      "Bead",
      "Error",
      "Rule",
    ])
      expect(doc.components.schemas[name], name).toBeDefined();
    const request = doc.components.schemas.CheckRequest;
    expect(request.required).toEqual(["source", "target"]);
    expect(request.additionalProperties).toBe(false);
    // A tag is a string (es, es-MX, en-GB) resolved by src/lang/locale.ts; the supported languages stay an enum.
    expect(doc.components.schemas.Lang).toMatchObject({ type: "string", maxLength: 64 });
    expect(doc.components.schemas.Language.enum).toEqual(["es", "en", "fr", "de", "pt", "it"]);
    expect(doc.components.schemas.Issue.properties.confidence).toMatchObject({ type: "number", minimum: 0, maximum: 1 });
    expect(doc.components.schemas.CheckOptions.properties.minConfidence).toMatchObject({ type: "number", minimum: 0, maximum: 1 });
    expect(doc.components.schemas.Report.required).toEqual(
      expect.arrayContaining(["version", "languages", "summary", "segments", "alignment", "issues"]),
    );
  });

  it("resolves every $ref to a component, and every operation documents a 2xx answer", async () => {
    const text = await (await call("/openapi.json")).text();
    const doc = JSON.parse(text) as OpenApi;
    const refs = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    for (const name of refs) expect(doc.components.schemas[name], name).toBeDefined();
    expect(text).not.toMatch(/"\$ref":"(?!#\/components\/schemas\/)/);
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        expect(
          Object.keys(op.responses).some((s) => s.startsWith("2")),
          `${method} ${path}`,
        ).toBe(true);
      }
    }
  });

  it("is byte-identical across requests", async () => {
    expect(await (await call("/openapi.json")).text()).toBe(await (await call("/openapi.json")).text());
  });
});

describe("GET /schemas/report.json", () => {
  it("is a standalone JSON Schema of the report that resolves every reference", async () => {
    const res = await call("/schemas/report.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/schema+json");
    const text = await res.text();
    const schema = JSON.parse(text);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.properties.issues.items).toEqual({ $ref: "#/$defs/Issue" });
    const refs = [...text.matchAll(/"\$ref": "#\/\$defs\/(\w+)"/g)].map((m) => m[1]);
    for (const name of refs) expect(schema.$defs[name], name).toBeDefined();
    expect(text).not.toContain("#/components/");
  });

  it("matches the committed docs/report.schema.json (regenerate with npm run schema)", async () => {
    const served = await (await call("/schemas/report.json")).json();
    expect(served).toEqual(committedReportSchema);
  });
});

describe("GET /docs", () => {
  it("renders every operation of the OpenAPI document as HTML, with no external resources", async () => {
    const res = await call("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html.startsWith("<!DOCTYPE html><html")).toBe(true);
    const doc = (await (await call("/openapi.json")).json()) as OpenApi;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of Object.keys(item)) expect(html).toContain(`id="${method}-${path}"`);
    }
    expect(html).toContain('id="schema-Report"');
    // The only linked resource is the same-origin favicon.
    expect(html).not.toMatch(/<script|<link(?! rel="icon" href="\/favicon.svg")|src="http/i);
  });

  it("has a contents list, a request example per endpoint, and the error table", async () => {
    const html = await (await call("/docs")).text();
    const doc = (await (await call("/openapi.json")).json()) as OpenApi;
    const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m}-${path}`));
    for (const id of operations) expect(html).toContain(`<a href="#${id}">`);
    const examples = html.match(/<p>Example:<\/p><pre class="example">curl -s/g) ?? [];
    expect(examples).toHaveLength(operations.length);
    expect(html).toContain("curl -s -X POST &quot;http://translint.test/v1/check&quot;");
    expect(html).toContain("curl -s -X PATCH &quot;http://translint.test/v1/reports/$ID&quot;");
    for (const row of ERROR_CODES) expect(html).toContain(`<tr><td>${row.status}</td><td><code>${row.code}</code></td>`);
  });
});

describe("GET /favicon.svg", () => {
  it("is an SVG served by the Worker, also at /favicon.ico", async () => {
    for (const path of ["/favicon.svg", "/favicon.ico"]) {
      const res = await call(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/svg+xml");
      expect(await res.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>$/);
    }
  });
});
