/** Review page script, part 1 (inside the page function): report data, issue cards, filters, focus and decisions. */
export const REVIEW_ISSUES_JS = `
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
`;
