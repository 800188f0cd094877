import type { OpenAPIHono } from "@hono/zod-openapi";
import { VERSION } from "../version";
import type { AppEnv } from "./env";

/** The OpenAPI 3.1 document as generated from the app's registered routes and schemas. */
export type OpenApiDocument = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;

/** Where the report's JSON Schema is published. */
export const REPORT_SCHEMA_PATH = "/schemas/report.json";

const cache = new WeakMap<object, { doc: OpenApiDocument; text: string; reportSchema: string }>();

/** Builds (once per app, on first use) the OpenAPI document and the report's JSON Schema. */
export function apiDocs(app: OpenAPIHono<AppEnv>): { doc: OpenApiDocument; text: string; reportSchema: string } {
  let entry = cache.get(app);
  if (!entry) {
    const doc = app.getOpenAPI31Document({
      openapi: "3.1.0",
      info: {
        title: "translint API",
        version: VERSION,
        description:
          "Checks a news article against its translation (Spanish<->English): sentence alignment, accuracy, " +
          "terminology and punctuation rules; answers a report with exact character spans.\n\n" +
          'Every error is JSON: {"error": {"code", "message"}}. /v1/* needs "Authorization: Bearer <key>" ' +
          "when the deployment has API keys (401 otherwise) and is rate limited per key (429 with Retry-After).",
      },
    });
    entry = { doc, text: JSON.stringify(doc), reportSchema: `${JSON.stringify(reportJsonSchema(doc), null, 2)}\n` };
    cache.set(app, entry);
  }
  return entry;
}

/** Extracts the Report schema and every component it references as a standalone JSON Schema (2020-12). */
export function reportJsonSchema(doc: OpenApiDocument): Record<string, unknown> {
  const components = (doc.components?.schemas ?? {}) as Record<string, unknown>;
  const defs: Record<string, unknown> = {};
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== "object") return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string" && v.startsWith("#/components/schemas/")) {
        const name = v.slice("#/components/schemas/".length);
        if (!(name in defs)) {
          defs[name] = {};
          defs[name] = rewrite(components[name]);
        }
        out[k] = `#/$defs/${name}`;
      } else out[k] = rewrite(v);
    }
    return out;
  };
  const root = rewrite(components.Report) as Record<string, unknown>;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "translint report",
    ...root,
    $defs: Object.fromEntries(
      Object.keys(defs)
        .sort()
        .map((k) => [k, defs[k]]),
    ),
  };
}
