import { SEVERITIES } from "../../core/types";
import type { ReportSegment, Side } from "../../core/types";
import type { ReportView, ReviewedIssue } from "../review";
import { issuesBySegment, pieces, primarySide, segmentAt, worstSeverity } from "./highlight";
import { Layout } from "./layout";
import { VisibleText } from "./visible";

const STATUS_LABEL: Record<string, string> = {
  open: "open",
  accepted: "accepted",
  dismissed: "dismissed",
};

/** GET /reports/:id: the stored report side by side, issues highlighted in place, review controls. */
export function ReviewPage(props: { view: ReportView }) {
  const { view } = props;
  const { report, request } = view;
  const issues = report.issues;
  const bySource = issuesBySegment(report.segments.source, issues, "source");
  const byTarget = issuesBySegment(report.segments.target, issues, "target");
  const rows = issuesPerBead(view);
  const categories = [...new Set(issues.map((i) => i.category))].sort();
  return (
    <Layout title={`translint review — ${report.summary.verdict}`} script="/assets/review.js">
      <header class="bar">
        <h1>
          <a href="/">translint</a> review
        </h1>
        <div id="verdict" class={`verdict verdict-${report.summary.verdict}`}>
          Verdict: <strong>{report.summary.verdict}</strong>
        </div>
        <p id="counts" class="counts">
          {countsText(view)}
        </p>
        <div class="decision">
          Article: <strong id="report-status">{view.review.status ?? "awaiting review"}</strong>{" "}
          <button type="button" data-action="approve">
            Approve
          </button>{" "}
          <button type="button" data-action="reject">
            Reject
          </button>
        </div>
        <p class="links">
          <a href={`/v1/reports/${view.id}`}>Raw JSON</a> · expires {view.expiresAt.slice(0, 10)}
          <span class="api-key">
            {" "}
            · <input type="password" id="api-key" autocomplete="off" placeholder="API key (if needed)" />
          </span>
        </p>
        <p id="page-error" class="error" role="alert" hidden></p>
      </header>
      <main id="review" data-report-id={view.id}>
        <section class="filters" aria-label="Filters">
          <fieldset>
            <legend>Severity</legend>
            {[...SEVERITIES].reverse().map((s) => (
              <label class={`chip sev-${s}`}>
                <input type="checkbox" data-filter="severity" value={s} checked /> {s} (
                {issues.filter((i) => i.severity === s).length})
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Category</legend>
            {categories.length ? (
              categories.map((cat) => (
                <label class="chip">
                  <input type="checkbox" data-filter="category" value={cat} checked /> {cat}
                </label>
              ))
            ) : (
              <span class="none">no issues</span>
            )}
          </fieldset>
          <fieldset>
            <legend>Review</legend>
            <label class="chip">
              <input type="checkbox" id="show-dismissed" checked /> show dismissed
            </label>
          </fieldset>
        </section>
        <table class="beads">
          <thead>
            <tr>
              <th>Source ({request.source.lang})</th>
              <th>Target ({request.target.lang})</th>
              <th>Issues</th>
            </tr>
          </thead>
          <tbody>
            {report.alignment.map((bead, k) => (
              <tr id={`bead-${k}`} class={bead.source.length && bead.target.length ? "" : "unpaired"}>
                <td class="seg" lang={request.source.lang}>
                  <SegmentCell raw={request.source.text} segs={report.segments.source} ids={bead.source} by={bySource} side="source" />
                </td>
                <td class="seg" lang={request.target.lang}>
                  <SegmentCell raw={request.target.text} segs={report.segments.target} ids={bead.target} by={byTarget} side="target" />
                </td>
                <td class="issues">
                  <IssueList issues={rows.perBead[k]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.elsewhere.length ? (
          <section class="elsewhere">
            <h2>Other issues</h2>
            <IssueList issues={rows.elsewhere} />
          </section>
        ) : null}
        {issues.length ? null : <p class="none">No issues found.</p>}
      </main>
    </Layout>
  );
}

function SegmentCell(props: {
  raw: string;
  segs: ReportSegment[];
  ids: number[];
  by: ReviewedIssue[][];
  side: Side;
}) {
  return (
    <>
      {props.ids.map((i, n) => (
        <>
          {n ? " " : ""}
          <span class="sentence">
            {pieces(props.raw, props.segs[i], props.by[i], props.side).map((p) =>
              p.issues.length ? (
                <mark
                  class={markClass(p.issues, p.start === p.end)}
                  data-issues={p.issues.map((i) => i.id).join(" ")}
                  title={p.issues.map(hoverText).join("\n")}
                  tabindex={0}
                >
                  <VisibleText text={p.text} />
                </mark>
              ) : (
                <VisibleText text={p.text} />
              ),
            )}
          </span>
        </>
      ))}
    </>
  );
}

function markClass(issues: ReviewedIssue[], caret: boolean): string {
  const classes = ["hl", `sev-${worstSeverity(issues)}`];
  if (caret) classes.push("caret");
  if (issues.length > 1) classes.push("overlap");
  if (issues.every((i) => i.review?.status === "dismissed")) classes.push("dismissed");
  return classes.join(" ");
}

function hoverText(issue: ReviewedIssue): string {
  const suggestion = issue.suggestion ? ` → ${issue.suggestion.text || "(delete)"}` : "";
  return `[${issue.severity}] ${issue.message}${suggestion}`;
}

function IssueList(props: { issues: ReviewedIssue[] }) {
  if (!props.issues.length) return null;
  return (
    <ul class="issue-list">
      {props.issues.map((issue) => (
        <IssueCard issue={issue} />
      ))}
    </ul>
  );
}

function IssueCard(props: { issue: ReviewedIssue }) {
  const { issue } = props;
  const status = issue.review?.status ?? "open";
  return (
    <li
      class={`issue sev-${issue.severity}`}
      id={`issue-${issue.id}`}
      data-issue={issue.id}
      data-severity={issue.severity}
      data-category={issue.category}
      data-status={status}
    >
      <div class="issue-head">
        <span class="sev">{issue.severity}</span> <span class="cat">{issue.category}</span>{" "}
        <span class="status">{STATUS_LABEL[status]}</span>
        {issue.review?.carriedOver ? <span class="carried"> (from an earlier review of this article)</span> : null}
      </div>
      <p class="msg">{issue.message}</p>
      {issue.suggestion ? (
        <p class="sugg">
          Suggestion:{" "}
          {issue.suggestion.text ? (
            <q>
              <VisibleText text={issue.suggestion.text} />
            </q>
          ) : (
            "delete it"
          )}
        </p>
      ) : null}
      <p class="review-comment">{issue.review?.comment ?? ""}</p>
      <div class="actions">
        <input type="text" class="comment-input" maxlength={2000} placeholder="Comment (optional)" aria-label="Comment" />
        <button type="button" data-action="accept">
          Accept
        </button>
        <button type="button" data-action="dismiss">
          Dismiss
        </button>
        <button type="button" data-action="reset">
          Reset
        </button>
      </div>
    </li>
  );
}

function countsText(view: ReportView): string {
  const s = view.report.summary;
  const parts = [...SEVERITIES].reverse().map((sev) => `${s.bySeverity[sev]} ${sev}`);
  return `${s.issues} open issue${s.issues === 1 ? "" : "s"} (${parts.join(", ")}) · ${s.accepted} accepted · ${s.dismissed} dismissed`;
}

/** Which bead row lists each issue: the bead of the segment holding its primary span; the rest go below. */
function issuesPerBead(view: ReportView): { perBead: ReviewedIssue[][]; elsewhere: ReviewedIssue[] } {
  const { report } = view;
  const beadOf = { source: new Array<number>(), target: new Array<number>() };
  report.alignment.forEach((bead, k) => {
    for (const i of bead.source) beadOf.source[i] = k;
    for (const i of bead.target) beadOf.target[i] = k;
  });
  const perBead: ReviewedIssue[][] = report.alignment.map(() => []);
  const elsewhere: ReviewedIssue[] = [];
  for (const issue of report.issues) {
    const side = primarySide(issue);
    const span = side === "target" ? issue.target : issue.source;
    const segs = report.segments[side];
    const k = span && segs.length ? beadOf[side][segmentAt(segs, span.start)] : undefined;
    if (k === undefined) elsewhere.push(issue);
    else perBead[k].push(issue);
  }
  return { perBead, elsewhere };
}
