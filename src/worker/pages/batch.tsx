import type { BatchStatusSchema } from "../batches/view";
import type { ResultRow } from "../batches/results";
import type { z } from "@hono/zod-openapi";
import { Layout } from "./layout";

type BatchJson = z.infer<typeof BatchStatusSchema>;

/** The filters of the batch page's table (query parameters). */
export interface BatchFilters {
  status?: string;
  verdict?: string;
  rule?: string;
}

/** A row of the page's table: a result line and the rules its report flagged. */
export type BatchPageRow = ResultRow & { rules: string[] };

/** GET /batches/:id: progress bar, verdict and rule breakdown as bars, and a filterable table of articles. */
export function BatchPage(props: { batch: BatchJson; rows: BatchPageRow[]; filters: BatchFilters }) {
  const { batch, rows, filters } = props;
  const { progress } = batch;
  const settled = progress.done + progress.failed;
  const shown = rows.filter((r) => matches(r, filters));
  return (
    <Layout title={`translint batch — ${settled}/${progress.total}`}>
      {batch.status === "running" ? <meta http-equiv="refresh" content="5" /> : null}
      <header class="bar">
        <h1>
          <a href="/">translint</a> batch
        </h1>
        <p class="counts" id="batch-progress">
          <progress value={settled} max={progress.total}></progress> {settled} of {progress.total} checked ({progress.done} done,{" "}
          {progress.failed} failed, {progress.queued} queued) — {batch.status}
        </p>
        <p class="links">
          <a href={batch.links.results}>NDJSON</a> · <a href={batch.links.csv}>CSV</a>
        </p>
      </header>
      <main>
        <section class="breakdown">
          <Bars title="Verdicts" counts={batch.verdicts} />
          <Bars title="Issues by rule" counts={batch.issuesByRule} />
          <Bars title="Issues by category" counts={batch.issuesByCategory} />
        </section>
        <FilterForm rules={Object.keys(batch.issuesByRule)} filters={filters} />
        <p class="counts">
          {shown.length} of {rows.length} articles shown
        </p>
        <ArticleTable rows={shown} />
      </main>
    </Layout>
  );
}

function matches(row: BatchPageRow, f: BatchFilters): boolean {
  if (f.status && row.status !== f.status) return false;
  if (f.verdict && row.verdict !== f.verdict) return false;
  return !f.rule || row.rules.includes(f.rule);
}

/** A bar chart without inline styles (the CSP forbids them): one <meter> per key, scaled to the largest. */
function Bars(props: { title: string; counts: Record<string, number> }) {
  const entries = Object.entries(props.counts);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  return (
    <figure class="bars">
      <figcaption>{props.title}</figcaption>
      <table>
        {entries.map(([key, n]) => (
          <tr>
            <th scope="row">{key}</th>
            <td>
              <meter min={0} max={max} value={n}></meter>
            </td>
            <td class="num">{n}</td>
          </tr>
        ))}
      </table>
    </figure>
  );
}

function FilterForm(props: { rules: string[]; filters: BatchFilters }) {
  const { filters } = props;
  const select = (name: keyof BatchFilters, values: string[]) => (
    <label>
      {name}{" "}
      <select name={name}>
        <option value="">any</option>
        {values.map((v) => (
          <option value={v} selected={filters[name] === v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form class="filters" method="get">
      {select("status", ["queued", "done", "failed"])}
      {select("verdict", ["pass", "review", "block"])}
      {select("rule", props.rules)}
      <button type="submit">Filter</button>
    </form>
  );
}

function ArticleTable(props: { rows: BatchPageRow[] }) {
  return (
    <table class="articles">
      <thead>
        <tr>
          <th>#</th>
          <th>id</th>
          <th>status</th>
          <th>verdict</th>
          <th>issues</th>
          <th>critical</th>
          <th>major</th>
          <th>minor</th>
          <th>report</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr class={`status-${r.status}`}>
            <td class="num">{r.index}</td>
            <td>{r.id ?? ""}</td>
            <td>{r.status}</td>
            <td>{r.verdict ? <span class={`verdict verdict-${r.verdict}`}>{r.verdict}</span> : ""}</td>
            <td class="num">{r.issues ?? ""}</td>
            <td class="num">{r.critical ?? ""}</td>
            <td class="num">{r.major ?? ""}</td>
            <td class="num">{r.minor ?? ""}</td>
            <td>{r.reportUrl ? <a href={r.reportUrl}>review</a> : (r.error ?? "")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
