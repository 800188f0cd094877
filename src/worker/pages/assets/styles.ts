/** The stylesheet of every page (served as /assets/translint.css). */
export const CSS = `
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
