import { OpenAPIHono } from "@hono/zod-openapi";
import { bearerAuth } from "./auth";
import { batchRoutes } from "./batches/routes";
import { checkConfig } from "./config";
import { schemaReady } from "./db/ready";
import { mountDocs } from "./docs-routes";
import type { AppEnv } from "./env";
import { handleError } from "./errors";
import { notFoundOrNotAllowed } from "./fallback";
import { pageRoutes } from "./pages/routes";
import { hookRoutes } from "./hooks/routes";
import { rateLimit } from "./ratelimit";
import { coreRoutes } from "./routes";
import { reportRoutes } from "./routes/reports";
import { apiCors, securityHeaders } from "./security";

export type { AppEnv, Env } from "./env";

/** The Hono app: a thin HTTP layer over the checking core. Sub-apps mount with `app.route("/", subApp)`. */
export const app = new OpenAPIHono<AppEnv>();

app.use("*", securityHeaders, checkConfig);
app.use("/v1/*", apiCors, bearerAuth(), rateLimit(), schemaReady);
app.use("/reports/*", schemaReady);
app.use("/batches/*", schemaReady);

app.route("/", coreRoutes);
app.route("/", reportRoutes);
app.route("/", batchRoutes);
app.route("/", pageRoutes);
app.route("/", hookRoutes);
mountDocs(app);

app.notFound(notFoundOrNotAllowed(app));
app.onError(handleError);
