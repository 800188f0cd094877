import { Hono } from "hono";
import { check } from "../core/check";
import { RULES } from "../rules";
import { VERSION } from "../version";
import { parseCheckRequest } from "./validate";

/** Bindings and variables the Worker reads. */
export interface Env {
  TRANSLINT_ENV?: string;
}

/** The Hono app: a thin HTTP layer over the checking core. */
export const app = new Hono<{ Bindings: Env }>();

app.get("/health", (c) => c.json({ ok: true, version: VERSION }));

app.get("/v1/rules", (c) =>
  c.json({ rules: RULES.map((r) => ({ ...r.meta, examples: r.examples })) }),
);

app.post("/v1/check", async (c) => {
  const parsed = parseCheckRequest(await c.req.text());
  if (!parsed.ok) return c.json({ error: parsed.error }, 400);
  return c.json(check(parsed.value));
});
