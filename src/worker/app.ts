import { OpenAPIHono } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import { cors } from "hono/cors";
import { bearerAuth } from "./auth";
import { mountDocs } from "./docs-routes";
import type { AppEnv } from "./env";
import { codeForStatus, errorResponse, httpError } from "./errors";
import { notFoundOrNotAllowed } from "./fallback";
import { pageRoutes } from "./pages/routes";
import { hookRoutes } from "./hooks/routes";
import { rateLimit } from "./ratelimit";
import { coreRoutes } from "./routes";
import { reportRoutes } from "./routes/reports";
import { securityHeaders } from "./security";

export type { AppEnv, Env } from "./env";

/** The Hono app: a thin HTTP layer over the checking core. Sub-apps mount with `app.route("/", subApp)`. */
export const app = new OpenAPIHono<AppEnv>();

app.use("*", securityHeaders);
app.use("/v1/*", cors({
  origin: (origin, c) => corsOrigin(origin, c.env?.CORS_ORIGINS),
  allowHeaders: ["Authorization", "Content-Type"],
  allowMethods: ["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
  exposeHeaders: ["Retry-After"],
  maxAge: 86400,
}));
app.use("/v1/*", bearerAuth(), rateLimit());

app.route("/", coreRoutes);
app.route("/", reportRoutes);
app.route("/", pageRoutes);
app.route("/", hookRoutes);
mountDocs(app);

app.notFound(notFoundOrNotAllowed(app));
app.onError((err, c) => {
  if (err instanceof HTTPException && err.status < 500)
    return errorResponse(c, httpError(err.status, codeForStatus(err.status), err.message || "Bad request."));
  console.error("translint: unhandled error", err);
  return errorResponse(c, httpError(500, "internal_error", "An internal error occurred; it has been logged."));
});

/** Allowed CORS origin: "*" unless CORS_ORIGINS lists origins. */
function corsOrigin(origin: string, configured: string | undefined): string | null {
  const list = (configured ?? "").split(",").map((o) => o.trim()).filter(Boolean);
  if (list.length === 0 || list.includes("*")) return "*";
  return list.includes(origin) ? origin : null;
}
