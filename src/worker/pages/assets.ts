/** Static assets of the pages, served by the Worker itself under /assets/ (no CDN, no inline code). */
import { actionLabel, editBetween, parseGlossary, shiftSpans, unifiedDiff } from "./client-lib";

/**
 * The shared client functions as source text. The bundler may wrap inner functions in __name(fn, "name")
 * (keepNames), so the page gets a no-op __name first.
 */
const CLIENT_LIB = [
  "var __name = function (fn) { return fn; };",
  ...Object.entries({ actionLabel, editBetween, parseGlossary, shiftSpans, unifiedDiff }).map(
    ([name, fn]) => `var ${name} = ${fn.toString()};`,
  ),
].join("\n");

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
.issue .cat, .issue .carried, .issue .conf { color: var(--muted); font-size: .8rem; }
.issue .status { float: right; font-size: .8rem; }
.issue p { margin: .3rem 0; }
.issue .review-comment:empty { display: none; }
.issue .review-comment { font-style: italic; color: var(--muted); }
.issue .actions { display: flex; gap: .3rem; flex-wrap: wrap; }
.issue .comment-input { flex: 1 1 8rem; font: inherit; font-size: .85rem; }
.issue[data-status=open] button[data-action=reset] { display: none; }
.none { color: var(--muted); }
.issue .cat-name, .issue .rule-name { font-size: .8rem; }
code.cat, code.rule, .chip code.code { color: var(--muted); font-size: .72rem; }
.issue .sugg { font-weight: 600; }
.issue[data-applied=true] { border-style: dashed; }
.issue[data-recheck=gone] .msg::after { content: " (no longer raised by the re-check)"; color: #1a7f37; font-style: italic; }
button.apply { border-color: #1f6feb; color: #1f6feb; }
button:disabled { opacity: .55; cursor: default; }
mark.tiny { position: relative; padding: 0 .25em; }
mark.tiny::after { content: "▲"; position: absolute; left: 50%; bottom: -1.05em; transform: translateX(-50%); font-size: .55rem; line-height: 1; }
mark.tiny.sev-critical::after { color: var(--critical); } mark.tiny.sev-major::after { color: var(--major); } mark.tiny.sev-minor::after { color: var(--minor); }
mark.applied { background: #dafbe1; border-color: #1a7f37; }
.keys { margin: 0; color: var(--muted); font-size: .85rem; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 .3em; font-size: .8rem; background: #fff; }
.approval-note { color: var(--muted); }
.editor { margin-top: 2rem; border-top: 2px solid var(--line); }
.editor textarea { width: 100%; box-sizing: border-box; font: inherit; line-height: 1.5; }
.editor-actions { display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0; }
#recheck-button { background: #1f6feb; color: #fff; border-color: #1f6feb; }
.edit-status { color: var(--muted); }
.recheck { border: 1px solid var(--line); border-radius: 8px; padding: .5rem .8rem; margin-bottom: 1rem; }
.diff { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: .6rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; font-size: .85rem; }
.diff .d-add { background: #dafbe1; display: block; } .diff .d-del { background: #ffebe9; display: block; }
.diff .d-hunk { color: #8250df; display: block; } .diff .d-head { color: var(--muted); display: block; } .diff .d-ctx { display: block; }
.approve-dialog { max-width: 36rem; border: 1px solid var(--line); border-radius: 8px; }
.approve-dialog h2 { margin-top: 0; font-size: 1.15rem; }
.dialog-actions { display: flex; gap: .5rem; justify-content: flex-end; margin-top: 1rem; }
button.danger { border-color: var(--critical); color: #fff; background: var(--critical); }
.glossary textarea { width: 100%; box-sizing: border-box; font: inherit; }
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
${CLIENT_LIB}
(function () {
  bindKeyInput();
  var form = document.getElementById("check-form");
  var button = document.getElementById("check-button");
  function value(id) { return document.getElementById(id).value; }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    showError("form-error", "");
    var glossary = parseGlossary(value("glossary"));
    if (glossary.error) { showError("form-error", glossary.error); return; }
    button.disabled = true;
    var body = {
      source: { text: value("source-text"), lang: value("source-lang") },
      target: { text: value("target-text"), lang: value("target-lang") },
      format: value("format"),
      store: true
    };
    body.options = { failOn: value("fail-on") };
    if (glossary.entries.length) body.options.glossary = glossary.entries;
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
${CLIENT_LIB}
(function () {
  bindKeyInput();
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var RANK = { minor: 0, major: 1, critical: 2 };
  var cards = {};
  Array.prototype.forEach.call(document.querySelectorAll("li.issue"), function (card) { cards[card.getAttribute("data-issue")] = card; });
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));
  var editor = document.getElementById("corrected");
  var original = data.target.text;
  var current = original;
  var spans = {};
  var fixes = {};
  var applied = {};
  var appliedCount = 0;
  var lastPatch = "";
  editor.value = original;
  setFixes(data.issues);

  function setFixes(issues) {
    spans = {};
    fixes = {};
    issues.forEach(function (i) {
      if (!i.target || typeof i.suggestion !== "string") return;
      spans[i.id] = { start: i.target.start, end: i.target.end };
      fixes[i.id] = { flagged: i.target.text, suggestion: i.suggestion };
    });
  }

  function send(method, path, body) {
    return fetch(path, { method: method, headers: apiHeaders(), body: JSON.stringify(body) })
      .then(function (res) { return res.json().catch(function () { return {}; }).then(function (d) { return { res: res, data: d }; }); })
      .then(function (r) {
        if (r.res.ok) return r.data;
        throw new Error((r.data.error && r.data.error.message) || ("HTTP " + r.res.status));
      });
  }

  function patch(body) {
    showError("page-error", "");
    return send("PATCH", "/v1/reports/" + encodeURIComponent(data.id), body).then(applyView)
      .catch(function (err) { showError("page-error", err.message || String(err)); });
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
    var a = view.review.approval;
    document.getElementById("approval-note").textContent = view.review.status === "approved" && a ?
      ((a.by ? "by " + a.by : "") + (a.over.length ? " over " + a.over.length + " open issue" + (a.over.length === 1 ? "" : "s") : "")).trim() : "";
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

  function clearFocus() {
    Array.prototype.forEach.call(document.querySelectorAll(".focus"), function (el) { el.classList.remove("focus"); });
  }

  function marksOf(id) {
    return marks.filter(function (m) { return m.getAttribute("data-issues").split(" ").indexOf(id) >= 0; });
  }

  function focusIssues(mark) {
    clearFocus();
    mark.classList.add("focus");
    var first = null;
    mark.getAttribute("data-issues").split(" ").forEach(function (id) {
      var card = cards[id];
      if (card && !card.hidden) { card.classList.add("focus"); first = first || card; }
    });
    if (first) first.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  function focusCard(card) {
    clearFocus();
    card.classList.add("focus");
    marksOf(card.getAttribute("data-issue")).forEach(function (m) { m.classList.add("focus"); });
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest" });
  }

  function moveFocus(step) {
    var list = Array.prototype.filter.call(document.querySelectorAll("li.issue"), function (c) { return !c.hidden; });
    if (!list.length) return;
    var at = list.indexOf(document.querySelector("li.issue.focus"));
    var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    focusCard(list[next]);
  }

  function decide(card, status) {
    var comment = card.querySelector(".comment-input").value.trim();
    var decision = { id: card.getAttribute("data-issue"), status: status };
    if (status && comment) decision.comment = comment;
    return patch({ issues: [decision] });
  }

  // ---- The corrected text: fixes applied in place, typing, diff, re-check, copy and download.

  function setStatus(text) { document.getElementById("edit-status").textContent = text; }

  function replaceRange(start, end, text) {
    current = current.slice(0, start) + text + current.slice(end);
    shiftSpans(spans, start, end, text.length);
    editor.value = current;
    refreshEdits();
  }

  function applyFix(id) {
    var s = spans[id];
    var f = fixes[id];
    if (applied[id] || !s || !f || current.slice(s.start, s.end) !== f.flagged) {
      setStatus("That text has changed since the check: re-check to get fresh suggestions.");
      return false;
    }
    spans[id] = null;
    applied[id] = true;
    appliedCount++;
    replaceRange(s.start, s.end, f.suggestion);
    markApplied(id, f.suggestion);
    return true;
  }

  function markApplied(id, text) {
    var card = cards[id];
    if (card) {
      card.setAttribute("data-applied", "true");
      var button = card.querySelector("button[data-action=apply]");
      if (button) { button.textContent = "Applied"; button.disabled = true; }
    }
    var recheckButton = document.querySelector("#recheck button[data-id='" + id + "']");
    if (recheckButton) { recheckButton.textContent = "Applied"; recheckButton.disabled = true; }
    marksOf(id).filter(function (m) { return m.getAttribute("data-side") === "target"; }).forEach(function (m, k) {
      m.textContent = k === 0 ? text : "";
      m.classList.remove("caret", "tiny");
      m.classList.add("applied");
    });
  }

  function refreshEdits() {
    lastPatch = unifiedDiff(original, current, "target", "corrected");
    var pre = document.getElementById("diff");
    pre.textContent = "";
    if (!lastPatch) pre.textContent = "(none yet)";
    lastPatch.split("\\n").forEach(function (line) {
      if (!line) return;
      var span = document.createElement("span");
      var c = line.charAt(0);
      span.className = line.indexOf("@@") === 0 ? "d-hunk" : line.indexOf("---") === 0 || line.indexOf("+++") === 0 ? "d-head" : c === "+" ? "d-add" : c === "-" ? "d-del" : "d-ctx";
      span.textContent = line + "\\n";
      pre.appendChild(span);
    });
    setStatus(current === original ? "No changes yet." :
      (appliedCount ? appliedCount + " fix" + (appliedCount === 1 ? "" : "es") + " applied · " : "") + "edited; the diff below shows every change.");
  }

  function accepted(ids) {
    if (!ids.length) return;
    patch({ issues: ids.map(function (id) { return { id: id, status: "accepted" }; }) });
  }

  function applyAll() {
    var done = [];
    data.issues.forEach(function (i) {
      if (data.fixable.indexOf(i.ruleId) >= 0 && !applied[i.id] && spans[i.id] && applyFix(i.id) && cards[i.id]) done.push(i.id);
    });
    accepted(done);
  }

  function recheck() {
    var button = document.getElementById("recheck-button");
    button.disabled = true;
    setStatus("Re-checking…");
    send("POST", "/v1/check", { source: data.source, target: { text: current, lang: data.target.lang }, format: data.format, options: data.options })
      .then(showRecheck)
      .catch(function (err) { setStatus("The re-check failed: " + (err.message || String(err))); })
      .then(function () { button.disabled = false; });
  }

  /** The card an issue of a re-check belongs to: the same id, or the same rule on the same source span. */
  function cardIdOf(issue, bySource) {
    if (cards[issue.id]) return issue.id;
    return (issue.source && bySource[issue.ruleId + "|" + issue.source.start + "|" + issue.source.end]) || null;
  }

  function showRecheck(report) {
    var bySource = {};
    data.issues.forEach(function (i) { if (i.source) bySource[i.ruleId + "|" + i.source.start + "|" + i.source.end] = i.id; });
    var raised = {};
    var fresh = [];
    var mapped = [];
    report.issues.forEach(function (i) {
      var cardId = cardIdOf(i, bySource);
      if (cardId && !raised[cardId]) raised[cardId] = true;
      else if (!cardId) fresh.push(i);
      mapped.push({ id: cardId || i.id, target: i.target, suggestion: i.suggestion && i.suggestion.text });
    });
    setFixes(mapped);
    applied = {};
    var gone = 0;
    Object.keys(cards).forEach(function (id) {
      cards[id].setAttribute("data-recheck", raised[id] ? "raised" : "gone");
      if (!raised[id]) gone++;
      var button = cards[id].querySelector("button[data-action=apply]");
      if (button) { button.disabled = !fixes[id]; if (fixes[id]) button.textContent = "Apply fix"; }
    });
    var box = document.getElementById("recheck");
    box.textContent = "";
    var head = document.createElement("p");
    head.className = "recheck-head";
    head.textContent = "Re-check of the corrected text: verdict " + report.summary.verdict + ", " + report.issues.length +
      " issue" + (report.issues.length === 1 ? "" : "s") + " (" + gone + " of the listed ones resolved, " + fresh.length + " new).";
    box.appendChild(head);
    var list = document.createElement("ul");
    list.className = "issue-list";
    fresh.forEach(function (i) { list.appendChild(freshItem(i)); });
    box.appendChild(list);
    box.hidden = false;
    setStatus("Re-checked.");
  }

  function freshItem(i) {
    var li = document.createElement("li");
    li.className = "issue sev-" + i.severity;
    li.setAttribute("data-fresh", i.id);
    var p = document.createElement("p");
    p.textContent = i.severity.toUpperCase() + " · " + (data.ruleNames[i.ruleId] || i.ruleId) + ": " + i.message;
    li.appendChild(p);
    if (i.target && i.suggestion) {
      var b = document.createElement("button");
      b.type = "button";
      b.setAttribute("data-action", "apply");
      b.setAttribute("data-id", i.id);
      b.textContent = "Apply fix: " + actionLabel(i.target.text, i.suggestion.text);
      li.appendChild(b);
    }
    return li;
  }

  function revert() {
    current = original;
    editor.value = original;
    appliedCount = 0;
    applied = {};
    setFixes(data.issues);
    Object.keys(cards).forEach(function (id) {
      cards[id].removeAttribute("data-applied");
      cards[id].removeAttribute("data-recheck");
      var button = cards[id].querySelector("button[data-action=apply]");
      if (button) { button.textContent = "Apply fix"; button.disabled = false; }
    });
    document.getElementById("recheck").hidden = true;
    refreshEdits();
    setStatus("Back to the original; highlights above keep any fix shown until the page is reloaded.");
  }

  function fileBase() {
    return "translation-" + data.id;
  }

  function download(name, text, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function copy(text, what) {
    if (!navigator.clipboard) { setStatus("Copying needs a secure page (https or localhost)."); return; }
    navigator.clipboard.writeText(text).then(function () { setStatus(what + " copied."); },
      function () { setStatus("The browser did not allow copying; use the download instead."); });
  }

  var EXT = { text: "txt", html: "html", markdown: "md" };
  var EDITOR_ACTIONS = {
    recheck: recheck,
    "apply-all": applyAll,
    revert: revert,
    "copy-text": function () { copy(current, "Text"); },
    "copy-patch": function () { if (lastPatch) copy(lastPatch, "Patch"); else setStatus("No changes, so no patch."); },
    "download-text": function () { download(fileBase() + "." + (EXT[data.format] || "txt"), current, "text/plain;charset=utf-8"); },
    "download-patch": function () {
      if (lastPatch) download(fileBase() + ".patch", lastPatch, "text/x-diff;charset=utf-8"); else setStatus("No changes, so no patch.");
    }
  };

  // ---- Approval: confirm over open issues at or above failOn, and record who approves.

  var dialog = document.getElementById("approve-dialog");
  var approver = document.getElementById("approver");
  approver.value = localStorage.getItem("translint-approver") || "";

  function openBlocking() {
    return data.issues.filter(function (i) {
      var card = cards[i.id];
      return card && card.getAttribute("data-status") === "open" && RANK[i.severity] >= RANK[data.failOn.severity] &&
        (i.confidence === undefined || i.confidence >= data.failOn.minConfidence);
    });
  }

  function approve() {
    var name = approver.value.trim();
    localStorage.setItem("translint-approver", name);
    var body = { status: "approved" };
    if (name) body.approvedBy = name;
    return patch(body);
  }

  function askApproval() {
    var open = openBlocking();
    if (!open.length) { approve(); return; }
    document.getElementById("approve-warning").textContent = open.length + " issue" + (open.length === 1 ? " is" : "s are") +
      " still open at or above " + data.failOn.severity +
      (data.failOn.minConfidence > 0 ? " (confidence " + data.failOn.minConfidence.toFixed(2) + " or more)" : "") + ":";
    var list = document.getElementById("approve-list");
    list.textContent = "";
    open.forEach(function (i) {
      var li = document.createElement("li");
      li.textContent = i.severity + " · " + cards[i.id].querySelector(".msg").textContent;
      list.appendChild(li);
    });
    dialog.showModal();
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    var mark = target.closest("mark.hl");
    if (mark && !mark.classList.contains("off")) { focusIssues(mark); return; }
    var button = target.closest("button[data-action]");
    var clickedCard = target.closest("li.issue[data-issue]");
    if (!button && clickedCard && !target.closest("input")) focusCard(clickedCard);
    if (!button) return;
    var action = button.getAttribute("data-action");
    if (EDITOR_ACTIONS[action]) { EDITOR_ACTIONS[action](); return; }
    if (action === "approve") { askApproval(); return; }
    if (action === "reject") { patch({ status: "rejected" }); return; }
    if (action === "approve-cancel") { dialog.close(); return; }
    if (action === "approve-confirm") { dialog.close(); approve(); return; }
    if (action === "apply" && button.getAttribute("data-id")) { applyFix(button.getAttribute("data-id")); return; }
    var card = button.closest("li.issue");
    if (!card) return;
    if (action === "apply") { if (applyFix(card.getAttribute("data-issue"))) decide(card, "accepted"); return; }
    decide(card, action === "accept" ? "accepted" : action === "dismiss" ? "dismissed" : null);
  });

  document.addEventListener("keydown", function (event) {
    var t = event.target;
    if (event.key === "Enter" && t.matches && t.matches("mark.hl")) { focusIssues(t); return; }
    if (event.ctrlKey || event.metaKey || event.altKey || dialog.open) return;
    if (t.closest && t.closest("input, textarea, select, [contenteditable]")) return;
    var card = document.querySelector("li.issue.focus");
    if (event.key === "j") moveFocus(1);
    else if (event.key === "k") moveFocus(-1);
    else if (event.key === "a" && card) decide(card, "accepted");
    else if (event.key === "d" && card) decide(card, "dismissed");
    else return;
    event.preventDefault();
  });

  editor.addEventListener("input", function () {
    var next = editor.value;
    var e = editBetween(current, next);
    current = next;
    shiftSpans(spans, e.start, e.end, e.length);
    refreshEdits();
  });
  Array.prototype.forEach.call(document.querySelectorAll(".filters input"), function (input) { input.addEventListener("change", applyFilters); });
  applyFilters();
})();
`;

/** The favicon: a blue tile with a white tick over two lines of text (served at /favicon.svg and /favicon.ico). */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  '<rect width="32" height="32" rx="7" fill="#1f6feb"/>' +
  '<path d="M7 10h12M7 16h8" stroke="#cfe0ff" stroke-width="2.5" stroke-linecap="round"/>' +
  '<path d="M14 22l4 4 8-10" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>' +
  "</svg>";

/** Assets by file name: body and content type. */
export const ASSETS: ReadonlyMap<string, { body: string; type: string }> = new Map([
  ["translint.css", { body: CSS, type: "text/css; charset=utf-8" }],
  ["home.js", { body: HOME_JS, type: "text/javascript; charset=utf-8" }],
  ["review.js", { body: REVIEW_JS, type: "text/javascript; charset=utf-8" }],
]);
