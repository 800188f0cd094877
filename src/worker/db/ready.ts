import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env";
import { ensureSchema } from "./schema";

/**
 * Makes sure the D1 schema exists before any route that may use D1 runs (once per isolate; later requests
 * await an already settled promise). A failure here is not answered: the routes that need storage check the
 * schema again and answer 503, and the ones that do not (a check without store) still work.
 */
export const schemaReady: MiddlewareHandler<AppEnv> = async (c, next) => {
  const db = c.env?.DB;
  if (db) await ensureSchema(db).catch(() => undefined);
  await next();
};
