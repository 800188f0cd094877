/** Review page script, part 2: the corrected text (fixes applied in place, typing, diff, re-check, copy, download). */
export const REVIEW_EDITOR_JS = `
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
`;
