/** Review page script, part 3: approval, and the click and key bindings that reach parts 1 and 2. */
export const REVIEW_ACTIONS_JS = `
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
`;
