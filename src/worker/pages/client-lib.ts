// Functions the review page runs in the browser AND the Worker or tests run on the server. Each is
// self-contained (no imports, no module-level names but the other functions of this file), because
// assets/shared-js.ts ships all of their source texts with Function.prototype.toString; the tests call the same functions, so what is tested is what is shipped.

/** A suggestion as an action on the flagged text: "Delete “.”", "Insert “.”", "Replace “OIM” with “IOM”". */
export function actionLabel(flagged: string, suggestion: string): string {
  const show = (t: string) =>
    `“${t
      .replace(/ /g, "␣")
      .replace(/\u00a0/g, "⍽")
      .replace(/\n/g, "↵")}”`;
  if (!flagged) return `Insert ${show(suggestion)}`;
  if (!suggestion) return `Delete ${show(flagged)}`;
  return `Replace ${show(flagged)} with ${show(suggestion)}`;
}

/**
 * Moves the spans of a text (by key) across one edit that replaced [start, end) by `length` characters: spans
 * before stay, spans after shift, spans the edit touches become null (their text is no longer there).
 */
export function shiftSpans(spans: Record<string, { start: number; end: number } | null>, start: number, end: number, length: number): void {
  const delta = length - (end - start);
  for (const key of Object.keys(spans)) {
    const s = spans[key];
    if (!s) continue;
    if (s.end <= start && !(s.start === s.end && s.start === start && end > start)) continue;
    if (s.start >= end) spans[key] = { start: s.start + delta, end: s.end + delta };
    else spans[key] = null;
  }
}

/** The single edit that turns `before` into `after`: their common prefix and suffix left out. */
export function editBetween(before: string, after: string): { start: number; end: number; length: number } {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return { start: p, end: before.length - s, length: after.length - s - p };
}

/**
 * A unified diff (3 lines of context, no timestamps) from `before` to `after`, headed "--- a" / "+++ b", or ""
 * when they are equal. Lines are compared by a longest common subsequence after the common head and tail are
 * set aside; a middle too large for that (over 4 million line pairs) is shown as replaced whole.
 */
export function unifiedDiff(before: string, after: string, a: string, b: string): string {
  if (before === after) return "";
  // A last line without a newline carries a NUL marker, so it never equals the same text with one.
  const split = (t: string) => {
    const lines = t.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    else lines[lines.length - 1] += "\u0000";
    return lines;
  };
  return `--- ${a}\n+++ ${b}\n${diffHunks(lineEdits(split(before), split(after)))}`;
}

/**
 * The line edits from `x` to `y` (" " kept, "-" removed, "+" added): the common head and tail set aside, the
 * middle by a longest common subsequence, or replaced whole when over 4 million line pairs.
 */
export function lineEdits(x: string[], y: string[]): { t: string; line: string }[] {
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  const xs = x.slice(head, x.length - tail);
  const ys = y.slice(head, y.length - tail);
  const ops: { t: string; line: string }[] = x.slice(0, head).map((line) => ({ t: " ", line }));
  if (xs.length * ys.length > 4_000_000) {
    for (const line of xs) ops.push({ t: "-", line });
    for (const line of ys) ops.push({ t: "+", line });
  } else {
    const w = ys.length + 1;
    const lcs = new Uint32Array((xs.length + 1) * w);
    for (let i = xs.length - 1; i >= 0; i--)
      for (let j = ys.length - 1; j >= 0; j--)
        lcs[i * w + j] = xs[i] === ys[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    let i = 0;
    let j = 0;
    while (i < xs.length || j < ys.length) {
      if (i < xs.length && j < ys.length && xs[i] === ys[j]) {
        ops.push({ t: " ", line: xs[i++] });
        j++;
      } else if (i < xs.length && (j === ys.length || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) ops.push({ t: "-", line: xs[i++] });
      else ops.push({ t: "+", line: ys[j++] });
    }
  }
  for (const line of x.slice(x.length - tail)) ops.push({ t: " ", line });
  return ops;
}

/** The hunks of a unified diff (3 lines of context) over line edits; a line ending in NUL had no newline. */
export function diffHunks(ops: { t: string; line: string }[]): string {
  const changes: number[] = [];
  ops.forEach((op, k) => {
    if (op.t !== " ") changes.push(k);
  });
  let out = "";
  let c = 0;
  let oldLine = 1;
  let newLine = 1;
  let at = 0;
  while (c < changes.length) {
    const first = changes[c];
    let last = first;
    while (++c < changes.length && changes[c] - last <= 7) last = changes[c];
    const from = Math.max(0, first - 3);
    const to = Math.min(ops.length, last + 4);
    for (; at < from; at++) {
      if (ops[at].t !== "+") oldLine++;
      if (ops[at].t !== "-") newLine++;
    }
    let oldLen = 0;
    let newLen = 0;
    let body = "";
    for (const op of ops.slice(from, to)) {
      if (op.t !== "+") oldLen++;
      if (op.t !== "-") newLen++;
      const noEol = op.line.endsWith("\u0000");
      body += op.t + (noEol ? `${op.line.slice(0, -1)}\n\\ No newline at end of file\n` : `${op.line}\n`);
    }
    out += `@@ -${oldLen ? oldLine : oldLine - 1},${oldLen} +${newLen ? newLine : newLine - 1},${newLen} @@\n${body}`;
  }
  return out;
}

/**
 * Glossary lines as typed on the home page, one term a line: "source = target" (also "→", "->" or a tab).
 * Blank lines are skipped; a line without a separator or with an empty side is an error naming its number.
 */
export function parseGlossary(text: string): { entries: { source: string; target: string }[]; error: string | null } {
  const entries: { source: string; target: string }[] = [];
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (!line) continue;
    const m = /^(.*?)\s*(?:=|→|->|\t)\s*(.*)$/.exec(line);
    if (!m?.[1].trim() || !m[2].trim())
      return { entries: [], error: `Glossary line ${n + 1} needs a source term and its translation: “vivienda = housing”.` };
    entries.push({ source: m[1].trim(), target: m[2].trim() });
  }
  return { entries, error: null };
}
