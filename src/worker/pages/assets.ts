/** Static assets of the pages, served by the Worker itself under /assets/ (no CDN, no inline code). */

const CSS = `
:root { --critical: #b91c1c; --critical-bg: #fde2e2; --major: #c2410c; --major-bg: #ffe4c7; --minor: #a16207; --minor-bg: #fef6c3;
  --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --bg: #f6f8fa; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); }
body { margin: 0; background: #fff; }
a { color: #0969da; }
.bar { background: var(--bg); border-bottom: 1px solid var(--line); padding: .75rem 1.25rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; }
.bar h1 { font-size: 1.25rem; margin: 0; }
.bar h1 a { color: inherit; text-decoration: none; }
.bar .lead, .bar .links, .bar .counts { margin: 0; color: var(--muted); }
main { padding: 1rem 1.25rem; }
button { font: inherit; padding: .25rem .7rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; cursor: pointer; }
button:hover { background: var(--bg); }
button[data-action=approve] { border-color: #1a7f37; color: #1a7f37; }
button[data-action=reject] { border-color: var(--critical); color: var(--critical); }
.error { color: var(--critical); font-weight: 600; margin: 0; }
.verdict { font-size: 1.1rem; padding: .2rem .7rem; border-radius: 6px; }
.verdict-block { background: var(--critical-bg); color: var(--critical); }
.verdict-review { background: var(--minor-bg); color: var(--minor); }
.verdict-pass { background: #dafbe1; color: #1a7f37; }
.breakdown { display: flex; flex-wrap: wrap; gap: 1rem 2rem; }
.bars { margin: 0 0 1rem; } .bars figcaption { font-weight: 600; margin-bottom: .3rem; }
.bars th { text-align: left; font-weight: normal; padding-right: .6rem; } .bars meter { width: 12rem; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.articles { border-collapse: collapse; } .articles th, .articles td { border-bottom: 1px solid var(--line); padding: .25rem .6rem; }
.articles .status-failed td { color: var(--critical); }
.decision strong { text-transform: capitalize; }
.check-form .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.check-form fieldset { border: 1px solid var(--line); border-radius: 8px; }
.check-form textarea { width: 100%; box-sizing: border-box; margin-top: .5rem; font: inherit; line-height: 1.45; }
.form-row { display: flex; gap: 1rem; align-items: center; margin-top: 1rem; flex-wrap: wrap; }
#check-button { background: #1f6feb; color: #fff; border-color: #1f6feb; font-weight: 600; padding: .45rem 1.1rem; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem; margin-bottom: 1rem; }
.filters fieldset { border: 1px solid var(--line); border-radius: 8px; padding: .3rem .7rem; }
.filters legend { color: var(--muted); font-size: .85rem; }
.chip { margin-right: .6rem; white-space: nowrap; }
table.beads { width: 100%; border-collapse: collapse; table-layout: fixed; }
.beads th { text-align: left; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--line); padding: .4rem; }
.beads th:nth-child(3) { width: 30%; }
.beads td { vertical-align: top; border-bottom: 1px solid var(--line); padding: .5rem .4rem; }
.beads td.seg { white-space: pre-wrap; line-height: 1.55; }
.beads tr.unpaired td.seg:empty { background: repeating-linear-gradient(45deg, #fff, #fff 6px, var(--bg) 6px, var(--bg) 12px); }
mark.hl { background: transparent; color: inherit; border-bottom: 3px solid; border-radius: 2px; cursor: pointer; padding: 0 1px; }
mark.sev-critical { background: var(--critical-bg); border-color: var(--critical); }
mark.sev-major { background: var(--major-bg); border-color: var(--major); }
mark.sev-minor { background: var(--minor-bg); border-color: var(--minor); }
mark.overlap { border-bottom-style: double; border-bottom-width: 4px; }
mark.caret { display: inline-block; width: 3px; height: 1.1em; vertical-align: text-bottom; padding: 0; border: 0; }
mark.caret.sev-critical { background: var(--critical); } mark.caret.sev-major { background: var(--major); } mark.caret.sev-minor { background: var(--minor); }
mark.dismissed { background: transparent; border-bottom-style: dashed; border-color: var(--line); }
mark.off { background: transparent; border-color: transparent; cursor: auto; }
mark.focus, mark:focus { outline: 2px solid #1f6feb; }
.invisible-char { font: 600 0.7em/1 ui-monospace, monospace; color: #b3261e; border: 1px dashed #b3261e; border-radius: 3px; padding: 0 2px; margin: 0 1px; vertical-align: middle; unicode-bidi: isolate; }
.issue-list { list-style: none; margin: 0; padding: 0; }
.issue { border: 1px solid var(--line); border-left: 4px solid; border-radius: 6px; padding: .4rem .55rem; margin-bottom: .5rem; font-size: .9rem; }
.issue.sev-critical { border-left-color: var(--critical); } .issue.sev-major { border-left-color: var(--major); } .issue.sev-minor { border-left-color: var(--minor); }
.issue.focus { box-shadow: 0 0 0 2px #1f6feb; }
.issue[data-status=dismissed] { opacity: .6; }
.issue[data-status=accepted] .status { color: #1a7f37; font-weight: 600; }
.issue .sev { font-weight: 700; text-transform: uppercase; font-size: .75rem; }
.issue.sev-critical .sev { color: var(--critical); } .issue.sev-major .sev { color: var(--major); } .issue.sev-minor .sev { color: var(--minor); }
.issue .cat, .issue .carried { color: var(--muted); font-size: .8rem; }
.issue .status { float: right; font-size: .8rem; }
.issue p { margin: .3rem 0; }
.issue .review-comment:empty { display: none; }
.issue .review-comment { font-style: italic; color: var(--muted); }
.issue .actions { display: flex; gap: .3rem; flex-wrap: wrap; }
.issue .comment-input { flex: 1 1 8rem; font: inherit; font-size: .85rem; }
.issue[data-status=open] button[data-action=reset] { display: none; }
.none { color: var(--muted); }
@media (max-width: 800px) { .check-form .sides { grid-template-columns: 1fr; } table.beads, .beads tbody, .beads tr, .beads td { display: block; width: auto; } .beads thead { display: none; } }
`;

const SHARED_JS = `
function apiHeaders() {
  var key = sessionStorage.getItem("translint-key") || "";
  var headers = { "content-type": "application/json" };
  if (key) headers.authorization = "Bearer " + key;
  return headers;
}
function bindKeyInput() {
  var input = document.getElementById("api-key");
  if (!input) return;
  input.value = sessionStorage.getItem("translint-key") || "";
  input.addEventListener("change", function () { sessionStorage.setItem("translint-key", input.value.trim()); });
}
function showError(id, message) {
  var el = document.getElementById(id);
  el.textContent = message;
  el.hidden = !message;
}
`;

const HOME_JS = `${SHARED_JS}
(function () {
  bindKeyInput();
  var form = document.getElementById("check-form");
  var button = document.getElementById("check-button");
  function value(id) { return document.getElementById(id).value; }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    showError("form-error", "");
    button.disabled = true;
    var body = {
      source: { text: value("source-text"), lang: value("source-lang") },
      target: { text: value("target-text"), lang: value("target-lang") },
      format: value("format"),
      store: true
    };
    fetch("/v1/check", { method: "POST", headers: apiHeaders(), body: JSON.stringify(body) })
      .then(function (res) { return res.json().catch(function () { return {}; }).then(function (data) { return { res: res, data: data }; }); })
      .then(function (r) {
        if (r.res.ok && r.data.url) { location.assign(new URL(r.data.url).pathname); return; }
        var message = (r.data.error && r.data.error.message) || ("The check failed (HTTP " + r.res.status + ").");
        showError("form-error", message);
        button.disabled = false;
      })
      .catch(function (err) { showError("form-error", String(err)); button.disabled = false; });
  });
})();
`;

const REVIEW_JS = `${SHARED_JS}
(function () {
  bindKeyInput();
  var root = document.getElementById("review");
  var reportId = root.getAttribute("data-report-id");
  var cards = {};
  Array.prototype.forEach.call(document.querySelectorAll("li.issue"), function (card) { cards[card.getAttribute("data-issue")] = card; });
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));

  function patch(body) {
    showError("page-error", "");
    return fetch("/v1/reports/" + encodeURIComponent(reportId), { method: "PATCH", headers: apiHeaders(), body: JSON.stringify(body) })
      .then(function (res) { return res.json().catch(function () { return {}; }).then(function (data) { return { res: res, data: data }; }); })
      .then(function (r) {
        if (!r.res.ok) { showError("page-error", (r.data.error && r.data.error.message) || ("HTTP " + r.res.status)); return; }
        applyView(r.data);
      })
      .catch(function (err) { showError("page-error", String(err)); });
  }

  function applyView(view) {
    var s = view.report.summary;
    var verdict = document.getElementById("verdict");
    verdict.className = "verdict verdict-" + s.verdict;
    verdict.querySelector("strong").textContent = s.verdict;
    document.getElementById("counts").textContent = s.issues + " open issue" + (s.issues === 1 ? "" : "s") + " (" +
      s.bySeverity.critical + " critical, " + s.bySeverity.major + " major, " + s.bySeverity.minor + " minor) · " +
      s.accepted + " accepted · " + s.dismissed + " dismissed";
    document.getElementById("report-status").textContent = view.review.status || "awaiting review";
    view.report.issues.forEach(function (issue) {
      var card = cards[issue.id];
      if (!card) return;
      var status = issue.review ? issue.review.status : "open";
      card.setAttribute("data-status", status);
      card.querySelector(".status").textContent = status;
      card.querySelector(".review-comment").textContent = (issue.review && issue.review.comment) || "";
    });
    applyFilters();
  }

  function checked(name) {
    var set = {};
    Array.prototype.forEach.call(document.querySelectorAll("input[data-filter=" + name + "]"), function (input) { if (input.checked) set[input.value] = true; });
    return set;
  }

  function applyFilters() {
    var severities = checked("severity");
    var categories = checked("category");
    var showDismissed = document.getElementById("show-dismissed").checked;
    Object.keys(cards).forEach(function (id) {
      var card = cards[id];
      card.hidden = !(severities[card.getAttribute("data-severity")] && categories[card.getAttribute("data-category")] &&
        (showDismissed || card.getAttribute("data-status") !== "dismissed"));
    });
    marks.forEach(function (mark) {
      var shown = mark.getAttribute("data-issues").split(" ").map(function (id) { return cards[id]; })
        .filter(function (card) { return card && !card.hidden; });
      mark.classList.toggle("off", shown.length === 0);
      mark.classList.toggle("dismissed", shown.length > 0 && shown.every(function (card) { return card.getAttribute("data-status") === "dismissed"; }));
    });
  }

  function focusIssues(mark) {
    Array.prototype.forEach.call(document.querySelectorAll(".focus"), function (el) { el.classList.remove("focus"); });
    mark.classList.add("focus");
    var first = null;
    mark.getAttribute("data-issues").split(" ").forEach(function (id) {
      var card = cards[id];
      if (card && !card.hidden) { card.classList.add("focus"); first = first || card; }
    });
    if (first) first.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    var mark = target.closest("mark.hl");
    if (mark && !mark.classList.contains("off")) { focusIssues(mark); return; }
    var button = target.closest("button[data-action]");
    if (!button) return;
    var action = button.getAttribute("data-action");
    if (action === "approve" || action === "reject") { patch({ status: action === "approve" ? "approved" : "rejected" }); return; }
    var card = button.closest("li.issue");
    if (!card) return;
    var comment = card.querySelector(".comment-input").value.trim();
    var status = action === "accept" ? "accepted" : action === "dismiss" ? "dismissed" : null;
    var decision = { id: card.getAttribute("data-issue"), status: status };
    if (status && comment) decision.comment = comment;
    patch({ issues: [decision] });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.matches && event.target.matches("mark.hl")) focusIssues(event.target);
  });
  Array.prototype.forEach.call(document.querySelectorAll(".filters input"), function (input) { input.addEventListener("change", applyFilters); });
  applyFilters();
})();
`;

/** Assets by file name: body and content type. */
export const ASSETS: ReadonlyMap<string, { body: string; type: string }> = new Map([
  ["translint.css", { body: CSS, type: "text/css; charset=utf-8" }],
  ["home.js", { body: HOME_JS, type: "text/javascript; charset=utf-8" }],
  ["review.js", { body: REVIEW_JS, type: "text/javascript; charset=utf-8" }],
]);
