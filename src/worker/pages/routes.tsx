import { Hono } from "hono";
import { DEMO_PAIR } from "../../demo";
import type { AppEnv } from "../env";
import { errorResponse, httpError } from "../errors";
import { reportView } from "../review";
import { storeEnv } from "../routes/reports";
import { pageSecurity } from "../security";
import { getReport } from "../store";
import { ASSETS, FAVICON_SVG } from "./assets/index";
import { HomePage } from "./home";
import { Layout } from "./layout";
import { ReviewPage } from "./review";
import { BatchPage, type BatchPageRow } from "./batch";
import { resultRows } from "../batches/results";
import { batchStats, getBatch, listItems } from "../batches/store";
import { batchView } from "../batches/view";

/** The HTML pages (GET /, GET /reports/:id) and their static assets (GET /assets/:name). */
export const pageRoutes = new Hono<AppEnv>();

const DOCTYPE = "<!doctype html>";

pageRoutes.get("/", pageSecurity, (c) => c.html(DOCTYPE + (<HomePage demo={DEMO_PAIR} />).toString()));

pageRoutes.get("/reports/:id", pageSecurity, async (c) => {
  const stored = await getReport(storeEnv(c.env), null, c.req.param("id"));
  if (!stored) {
    const page = (
      <Layout title="translint — report not found">
        <header class="bar">
          <h1>
            <a href="/">translint</a>
          </h1>
        </header>
        <main>
          <p>No such report: it never existed, was deleted, or expired.</p>
        </main>
      </Layout>
    );
    return c.html(DOCTYPE + page.toString(), 404);
  }
  const view = reportView(stored, new URL(c.req.url).origin);
  c.header("Cache-Control", "no-store");
  return c.html(DOCTYPE + (<ReviewPage view={view} />).toString());
});

// The batch page, like a review page, is reached by its unguessable id (128 random bits); no key needed.
pageRoutes.get("/batches/:id", pageSecurity, async (c) => {
  const db = storeEnv(c.env).DB;
  const batch = await getBatch(db, c.req.param("id"), undefined);
  if (!batch) return c.html(DOCTYPE + (<Missing what="batch" />).toString(), 404);
  const origin = new URL(c.req.url).origin;
  const items = await listItems(db, batch.id);
  const rows: BatchPageRow[] = resultRows(batch.id, items, origin).map((r, k) => ({
    ...r,
    rules: Object.keys(JSON.parse(items[k].by_rule ?? "{}") as Record<string, number>),
  }));
  const filters = { status: c.req.query("status"), verdict: c.req.query("verdict"), rule: c.req.query("rule") };
  c.header("Cache-Control", "no-store");
  const view = batchView(batch, await batchStats(db, batch), origin);
  return c.html(DOCTYPE + (<BatchPage batch={view} rows={rows} filters={filters} />).toString());
});

function Missing(props: { what: string }) {
  return (
    <Layout title={`translint — ${props.what} not found`}>
      <header class="bar">
        <h1>
          <a href="/">translint</a>
        </h1>
      </header>
      <main>
        <p>No such {props.what}: it never existed, was deleted, or expired.</p>
      </main>
    </Layout>
  );
}

pageRoutes.get("/assets/:name", (c) => {
  const asset = ASSETS.get(c.req.param("name"));
  if (!asset) return errorResponse(c, httpError(404, "not_found", "No such asset."));
  return c.body(asset.body, 200, { "Content-Type": asset.type, "Cache-Control": "public, max-age=300" });
});

for (const path of ["/favicon.svg", "/favicon.ico"])
  pageRoutes.get(path, (c) => c.body(FAVICON_SVG, 200, { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" }));
