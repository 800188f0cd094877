import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { html } from "hono/html";
import { DocsPage } from "./docs-page";
import type { AppEnv } from "./env";
import { apiDocs, REPORT_SCHEMA_PATH } from "./openapi";
import { cspNonce, pageSecurity } from "./security";

/** Adds GET /openapi.json, /docs and /schemas/report.json to the app (they describe the whole app). */
export function mountDocs(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerPath(
    createRoute({
      method: "get",
      path: "/openapi.json",
      summary: "This OpenAPI 3.1 document",
      responses: { 200: { description: "OpenAPI 3.1.", content: { "application/json": { schema: z.record(z.string(), z.unknown()) } } } },
    }),
  );
  app.get("/openapi.json", (c) => c.body(apiDocs(app).text, 200, { "Content-Type": "application/json" }));
  app.openAPIRegistry.registerPath(
    createRoute({
      method: "get",
      path: REPORT_SCHEMA_PATH,
      summary: "JSON Schema (2020-12) of the report",
      responses: {
        200: { description: "JSON Schema.", content: { "application/schema+json": { schema: z.record(z.string(), z.unknown()) } } },
      },
    }),
  );
  app.get(REPORT_SCHEMA_PATH, (c) => c.body(apiDocs(app).reportSchema, 200, { "Content-Type": "application/schema+json" }));
  app.get("/docs", pageSecurity, (c) =>
    c.html(html`<!DOCTYPE html>${<DocsPage doc={apiDocs(app).doc} nonce={cspNonce(c)} base={new URL(c.req.url).origin} />}`),
  );
}
