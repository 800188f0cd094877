import { RULES } from "../../rules";
import { failOnLabel, failOnThreshold } from "../../report/summary";
import type { CheckOptions } from "../../types";
import type { ReportView } from "../review";
import { ruleName } from "./labels";

/** The data the review page's script works from, as a JSON data block (not executed, so the CSP holds). */
export function ReviewData(props: { view: ReportView }) {
  const { view } = props;
  const { request, report } = view;
  const data = {
    id: view.id,
    failOn: failOnThreshold(request.options?.failOn ?? "major"),
    format: request.format ?? "text",
    options: request.options ?? {},
    source: request.source,
    target: request.target,
    fixed: report.fixed,
    fixable: RULES.filter((r) => r.meta.fixable).map((r) => r.meta.id),
    ruleNames: Object.fromEntries(RULES.map((r) => [r.meta.id, ruleName(r.meta.id)])),
    issues: report.issues.map((i) => ({
      id: i.id,
      severity: i.severity,
      confidence: i.confidence,
      ruleId: i.ruleId,
      source: i.source && { start: i.source.start, end: i.source.end },
      target: i.target,
      suggestion: i.suggestion?.text,
    })),
  };
  // "<" escaped so no "</script>" or "<!--" in a text can end the block early; every non-ASCII character
  // escaped too, so no bidi control or zero-width character reaches the page as itself.
  const json = JSON.stringify(data).replace(/[<\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return <script type="application/json" id="review-data" dangerouslySetInnerHTML={{ __html: json }} />;
}

/** The corrected text: fixes applied in place or typed, re-checked, shown as a diff, copied or downloaded. */
export function EditorSection(props: { view: ReportView }) {
  const { request, report } = props.view;
  return (
    <section id="editor" class="editor" aria-labelledby="editor-title">
      <h2 id="editor-title">Corrected text</h2>
      <p class="hint">
        Apply fixes from the issues above, or edit the translation here; then re-check it. Nothing is saved until you download or copy it.
      </p>
      {/* Filled by the page script from the data block (the raw text may hold bidi controls). */}
      <textarea id="corrected" rows={14} spellcheck={false} lang={request.target.lang} aria-label="Corrected text"></textarea>
      <div class="editor-actions">
        <button type="button" data-action="recheck" id="recheck-button">
          Re-check
        </button>
        {report.fixed !== request.target.text ? (
          <button type="button" data-action="apply-all">
            Apply all mechanical fixes
          </button>
        ) : null}
        <button type="button" data-action="revert">
          Back to the original
        </button>
        <button type="button" data-action="copy-text">
          Copy text
        </button>
        <button type="button" data-action="download-text">
          Download text
        </button>
        <button type="button" data-action="copy-patch">
          Copy patch
        </button>
        <button type="button" data-action="download-patch">
          Download patch
        </button>
      </div>
      <p id="edit-status" class="edit-status" role="status">
        No changes yet.
      </p>
      <div id="recheck" class="recheck" hidden></div>
      <h3>Changes</h3>
      <pre id="diff" class="diff">
        (none yet)
      </pre>
    </section>
  );
}

/** Asks before approving over open issues at or above failOn, and who approves. */
export function ApproveDialog(props: { failOn: NonNullable<CheckOptions["failOn"]> }) {
  return (
    <dialog id="approve-dialog" class="approve-dialog" aria-labelledby="approve-title">
      <form method="dialog">
        <h2 id="approve-title">Approve with open issues?</h2>
        <p id="approve-warning"></p>
        <ul id="approve-list"></ul>
        <p class="hint">
          They are at or above <strong>{failOnLabel(props.failOn)}</strong>, the level that blocks publication. The approval records your
          name and these issues.
        </p>
        <label>
          Approved by <input type="text" id="approver" maxlength={200} autocomplete="name" />
        </label>
        <div class="dialog-actions">
          <button type="button" data-action="approve-cancel">
            Cancel
          </button>
          <button type="button" data-action="approve-confirm" class="danger">
            Approve anyway
          </button>
        </div>
      </form>
    </dialog>
  );
}
