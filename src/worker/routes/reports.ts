import { Hono } from "hono";
import { parseReviewPatch, reportView } from "../review";
import { deleteReport, getReport, patchReview, type StoreEnv } from "../store";

const NOT_FOUND = { error: { code: "not_found", message: "No such report (or it expired)." } };

/** GET/PATCH/DELETE /v1/reports/:id: a stored report, its review state, and its removal. */
export const reportRoutes = new Hono<{ Bindings: StoreEnv }>();

reportRoutes.get("/v1/reports/:id", async (c) => {
  const stored = await getReport(c.env, c.req.param("id"));
  if (!stored) return c.json(NOT_FOUND, 404);
  return c.json(reportView(stored, new URL(c.req.url).origin));
});

reportRoutes.patch("/v1/reports/:id", async (c) => {
  const parsed = parseReviewPatch(await c.req.text());
  if (!parsed.ok) return c.json({ error: { code: parsed.code, message: parsed.message } }, 400);
  const outcome = await patchReview(c.env, c.req.param("id"), parsed.value);
  if (!outcome.ok) return c.json({ error: { code: outcome.code, message: outcome.message } }, outcome.status);
  return c.json(reportView(outcome.stored, new URL(c.req.url).origin));
});

reportRoutes.delete("/v1/reports/:id", async (c) => {
  if (!(await deleteReport(c.env, c.req.param("id")))) return c.json(NOT_FOUND, 404);
  return c.body(null, 204);
});
