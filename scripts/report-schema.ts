// Writes docs/report.schema.json: the report's JSON Schema exactly as GET /schemas/report.json serves it
// (generated from the zod schemas in src/worker/schemas.ts). Run: npm run schema
import { writeFileSync } from "node:fs";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../src/worker/env";
import { apiDocs } from "../src/worker/openapi";
import { coreRoutes } from "../src/worker/routes";

const app = new OpenAPIHono<AppEnv>().route("/", coreRoutes);
const out = new URL("../docs/report.schema.json", import.meta.url);
writeFileSync(out, apiDocs(app).reportSchema);
console.log(`wrote ${out.pathname}`);
