import { describe, expect, it } from "vitest";
import { check } from "../../src/checker";
import type { RuleExample } from "../../src/check/rule";
import type { Issue } from "../../src/types";
import { RULES } from "../../src/rules";

const OPEN = "<marker>";
const CLOSE = "</marker>";

/** Strips markers from an example text and returns the marked spans (offsets in the stripped text). */
function unmark(text: string): { text: string; spans: [number, number][] } {
  const spans: [number, number][] = [];
  let out = "";
  let rest = text;
  for (;;) {
    const o = rest.indexOf(OPEN);
    if (o < 0) break;
    const c = rest.indexOf(CLOSE, o);
    if (c < 0) throw new Error(`unclosed marker in: ${text}`);
    out += rest.slice(0, o);
    const start = out.length;
    out += rest.slice(o + OPEN.length, c);
    spans.push([start, out.length]);
    rest = rest.slice(c + CLOSE.length);
  }
  return { text: out + rest, spans };
}

function run(ruleId: string, ex: RuleExample) {
  const src = unmark(ex.source);
  const tgt = unmark(ex.target);
  const report = check({
    source: { text: src.text, lang: ex.from },
    target: { text: tgt.text, lang: ex.to },
    format: ex.format,
    options: ex.options,
  });
  const own = report.issues.filter((i) => i.ruleId === ruleId);
  return { src, tgt, own };
}

function primarySpan(i: Issue): string {
  return i.target ? `target:${i.target.start}-${i.target.end}` : `source:${i.source!.start}-${i.source!.end}`;
}

describe.each(RULES.map((r) => [r.meta.id, r] as const))("rule %s", (id, rule) => {
  it("has meta, a description, messages and examples", () => {
    expect(rule.meta.id).toBe(id);
    expect(rule.meta.description.length).toBeGreaterThan(10);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    expect(rule.examples.good.length).toBeGreaterThan(0);
    expect(rule.examples.bad.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.good.map((ex, k) => [k, ex] as const))("good example %i raises nothing", (_k, ex) => {
    const { own } = run(id, ex);
    expect(own.map((i) => `${primarySpan(i)} ${i.message}`)).toEqual([]);
  });

  it.each(rule.examples.bad.map((ex, k) => [k, ex] as const))("bad example %i flags exactly the marked spans", (_k, ex) => {
    const { src, tgt, own } = run(id, ex);
    const expected = [...tgt.spans.map(([s, e]) => `target:${s}-${e}`), ...src.spans.map(([s, e]) => `source:${s}-${e}`)].sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(own.map(primarySpan).sort()).toEqual(expected);
    // null: the rule must not offer a mechanical fix (it is not certain of one).
    if (ex.suggestion === null) expect(own.map((i) => i.suggestion)).toEqual(own.map(() => undefined));
    else if (ex.suggestion !== undefined) expect(own[0].suggestion?.text).toBe(ex.suggestion);
  });
});
