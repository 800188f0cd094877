import type { Context, NotFoundHandler } from "hono";
import { PatternRouter } from "hono/router/pattern-router";
import type { AppEnv } from "./env";
import { errorResponse, httpError } from "./errors";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** The registered routes of an app, as Hono lists them in `app.routes`. */
interface RouteList {
  routes: { method: string; path: string }[];
}

/**
 * The app's not-found handler: 405 with an Allow header when the path exists under another method
 * (for every route, including those mounted later with app.route), else 404. JSON either way.
 */
export function notFoundOrNotAllowed(app: RouteList): NotFoundHandler<AppEnv> {
  let router: PatternRouter<string> | undefined;
  return (c: Context<AppEnv>) => {
    router ??= buildRouter(app);
    const allowed = METHODS.filter((m) => router!.match(m, c.req.path)[0].length > 0);
    if (allowed.length === 0) return errorResponse(c, httpError(404, "not_found", `No route for ${c.req.method} ${clip(c.req.path)}.`));
    const allow = allowed.flatMap((m) => (m === "GET" ? ["GET", "HEAD"] : [m])).join(", ");
    return errorResponse(c, httpError(405, "method_not_allowed", `${clip(c.req.path)} does not accept ${c.req.method}; use ${allow}.`), {
      Allow: allow,
    });
  };
}

function buildRouter(app: RouteList): PatternRouter<string> {
  const router = new PatternRouter<string>();
  for (const r of app.routes) {
    if ((METHODS as readonly string[]).includes(r.method)) router.add(r.method, r.path, r.method);
  }
  return router;
}

function clip(path: string): string {
  return path.length > 100 ? `${path.slice(0, 100)}…` : path;
}
