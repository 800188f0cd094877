import { SEVERITIES } from "../../types";
import type { ReportSegment, Side } from "../../types";
import type { ReportView, ReviewedIssue } from "../review";
import { actionLabel } from "./client-lib";
import { issuesBySegment, pieces, primarySide, segmentAt, spanOn, worstSeverity } from "./highlight";
import { categoryName, ruleName } from "./labels";
import { Layout } from "./layout";
import { ApproveDialog, EditorSection, ReviewData } from "./review-editor";
import { VisibleText, visibleParts } from "./visible";

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
  const rows = issuesPerBead(view);
  return (
    <Layout title={`translint review — ${report.summary.verdict}`} script="/assets/review.js">
      <ReviewBar view={view} />
      <ApproveDialog failOn={request.options?.failOn ?? "major"} />
      <main id="review" data-report-id={view.id}>
        <Filters issues={issues} />
        <BeadTable view={view} perBead={rows.perBead} />
        {rows.elsewhere.length ? (
          <section class="elsewhere">
            <h2>Other issues</h2>
            <IssueList issues={rows.elsewhere} />
          </section>
        ) : null}
        {issues.length ? null : <p class="none">No issues found.</p>}
        <EditorSection view={view} />
      </main>
      <ReviewData view={view} />
    </Layout>
  );
}

/** The page's top bar: verdict, counts, the article's decision buttons, downloads and keys. */
function ReviewBar(props: { view: ReportView }) {
  const { view } = props;
  const { report } = view;
  return (
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
        <span id="approval-note" class="approval-note">
          {approvalText(view)}
        </span>{" "}
        <button type="button" data-action="approve">
          Approve
        </button>{" "}
        <button type="button" data-action="reject">
          Reject
        </button>
      </div>
      <p class="links">
        <a href={`/v1/reports/${view.id}?format=json`}>Raw JSON</a> · Download{" "}
        <a href={`/v1/reports/${view.id}?format=csv`} download>
          CSV
        </a>{" "}
        <a href={`/v1/reports/${view.id}?format=html`} download>
          HTML
        </a>{" "}
        <a href={`/v1/reports/${view.id}?format=xliff`} download>
          XLIFF
        </a>{" "}
        · expires {view.expiresAt.slice(0, 10)}
        <span class="api-key">
          {" "}
          · <input type="password" id="api-key" autocomplete="off" placeholder="API key (if needed)" />
        </span>
      </p>
      <p id="page-error" class="error" role="alert" hidden></p>
      <p class="keys">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous issue · <kbd>a</kbd> accept · <kbd>d</kbd> dismiss ·{" "}
        <a href="#editor">corrected text</a>
      </p>
    </header>
  );
}

/** Severity, category and review-state filters, with the count of issues of each severity. */
function Filters(props: { issues: ReviewedIssue[] }) {
  const { issues } = props;
  const categories = [...new Set(issues.map((i) => i.category))].sort();
  return (
    <section class="filters" aria-label="Filters">
      <fieldset>
        <legend>Severity</legend>
        {[...SEVERITIES].reverse().map((s) => (
          <label class={`chip sev-${s}`}>
            <input type="checkbox" data-filter="severity" value={s} checked /> {s} ({issues.filter((i) => i.severity === s).length})
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Category</legend>
        {categories.length ? (
          categories.map((cat) => (
            <label class="chip">
              <input type="checkbox" data-filter="category" value={cat} checked /> {categoryName(cat)} <code class="code">{cat}</code>
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
  );
}

/** One row per bead: the source and target sentences with their issues highlighted, and the bead's issue cards. */
function BeadTable(props: { view: ReportView; perBead: ReviewedIssue[][] }) {
  const { view, perBead } = props;
  const { report, request } = view;
  const bySource = issuesBySegment(report.segments.source, report.issues, "source");
  const byTarget = issuesBySegment(report.segments.target, report.issues, "target");
  return (
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
              <IssueList issues={perBead[k]} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SegmentCell(props: { raw: string; segs: ReportSegment[]; ids: number[]; by: ReviewedIssue[][]; side: Side }) {
  return (
    <>
      {props.ids.map((i, n) => (
        <>
          {n ? " " : ""}
          <span class="sentence">
            {pieces(props.raw, props.segs[i], props.by[i], props.side).map((p) =>
              p.issues.length ? (
                <mark
                  class={markClass(p.issues, p.start === p.end, props.side)}
                  data-issues={p.issues.map((i) => i.id).join(" ")}
                  data-side={props.side}
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

function markClass(issues: ReviewedIssue[], caret: boolean, side: Side): string {
  const classes = ["hl", `sev-${worstSeverity(issues)}`];
  if (caret) classes.push("caret");
  // One character (or blank) spans are easy to miss: they get a marker below them.
  if (!caret && issues.some((i) => isTiny(spanOn(i, side)?.text))) classes.push("tiny");
  if (issues.length > 1) classes.push("overlap");
  if (issues.every((i) => i.review?.status === "dismissed")) classes.push("dismissed");
  return classes.join(" ");
}

function isTiny(text: string | undefined): boolean {
  return text !== undefined && text.length > 0 && (text.length === 1 || !text.trim());
}

function hoverText(issue: ReviewedIssue): string {
  const fix = fixLabel(issue);
  const confidence = issue.confidence === undefined ? "" : ` (confidence ${issue.confidence.toFixed(2)})`;
  const text = `[${issue.severity}${confidence}] ${issue.message}${fix ? ` — ${fix}` : ""}`;
  // A tooltip cannot hold the labelled marks: invisible characters become their labels in brackets.
  return visibleParts(text)
    .map((p) => (typeof p === "string" ? p : `[${p.label}]`))
    .join("");
}

/** The suggestion as an action ("Replace “OIM” with “IOM”"), or null when the issue has none for the target. */
function fixLabel(issue: ReviewedIssue): string | null {
  if (!issue.suggestion || !issue.target) return issue.suggestion ? `Suggestion: “${issue.suggestion.text}”` : null;
  return actionLabel(issue.target.text, issue.suggestion.text);
}

function approvalText(view: ReportView): string {
  const a = view.review.approval;
  if (view.review.status !== "approved" || !a) return "";
  const by = a.by ? ` by ${a.by}` : "";
  const over = a.over.length ? ` over ${a.over.length} open issue${a.over.length === 1 ? "" : "s"}` : "";
  return (by + over).trim();
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
      data-rule={issue.ruleId}
      data-status={status}
      tabindex={-1}
    >
      <div class="issue-head">
        <span class="sev">{issue.severity}</span> <span class="cat-name">{categoryName(issue.category)}</span>{" "}
        <code class="cat">{issue.category}</code> · <span class="rule-name">{ruleName(issue.ruleId)}</span>{" "}
        <code class="rule">{issue.ruleId}</code>{" "}
        {issue.confidence === undefined ? null : (
          <span class="conf" title="How sure the rule is, from its evidence (0–1)">
            confidence {issue.confidence.toFixed(2)}
          </span>
        )}{" "}
        <span class="status">{STATUS_LABEL[status]}</span>
        {issue.review?.carriedOver ? <span class="carried"> (from an earlier review of this article)</span> : null}
      </div>
      <p class="msg">{issue.message}</p>
      {fixLabel(issue) ? (
        <p class="sugg">
          <VisibleText text={fixLabel(issue)!} />
        </p>
      ) : null}
      <p class="review-comment">{issue.review?.comment ?? ""}</p>
      <div class="actions">
        <input type="text" class="comment-input" maxlength={2000} placeholder="Comment (optional)" aria-label="Comment" />
        {issue.suggestion && issue.target ? (
          <button type="button" data-action="apply" class="apply">
            Apply fix
          </button>
        ) : null}
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
  const beadOf = { source: [] as number[], target: [] as number[] };
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
