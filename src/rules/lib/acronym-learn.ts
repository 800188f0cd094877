// What an article teaches acronym-missing about an unknown acronym: "Name (CNMC)" in a source sentence with "Name
// (NMCC)" or "Name (CNMC)" in its aligned target gives the target's acronym and its spelled-out name for the article.
import type { Doc } from "../../segment/document";
import type { RuleContext } from "../../check/rule";
import { expandedAt, nameBefore, type UnknownAcronym } from "./unknown-acronyms";

/** What the article teaches about an acronym: its target acronym and its spelled-out target name. */
export interface Learnt {
  forms: Set<string>;
  names: Set<string>;
}

/** Parenthesised capital tokens of a target sentence ("(NCMC)"), with the name before each. */
function targetParens(doc: Doc, start: number, end: number): { form: string; name: string }[] {
  const out: { form: string; name: string }[] = [];
  const seg = doc.text.slice(start, end);
  for (const m of seg.matchAll(/\(\s*([\p{Lu}.]{2,})\s*\)/gu)) {
    const form = m[1].replace(/\./g, "");
    if (form.length < 2) continue;
    out.push({ form, name: nameBefore(seg, m.index, doc.lang) });
  }
  return out;
}

/** "Name (CNMC)" in a source sentence with "Name (NMCC)" or "Name (CNMC)" in its aligned target: learnt for the article. */
export function learn(ctx: RuleContext, found: UnknownAcronym[][]): Map<string, Learnt> {
  const out = new Map<string, Learnt>();
  ctx.pairs.forEach((p, k) => {
    const expanded = found[k].filter((a) => expandedAt(ctx.source.text, a, ctx.source.lang));
    if (!expanded.length || !p.target.length) return;
    const t = targetParens(ctx.target, p.target[0].start, p.target[p.target.length - 1].end);
    expanded.forEach((a, i) => {
      const l = out.get(a.letters) ?? { forms: new Set<string>(), names: new Set<string>() };
      out.set(a.letters, l);
      // Paired by order only when both sides have as many parenthesised acronyms.
      if (t.length !== expanded.length) return;
      l.forms.add(t[i].form);
      if (t[i].name.includes(" ")) l.names.add(t[i].name);
    });
  });
  return out;
}
