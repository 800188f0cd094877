// One run of the acronym rule over a request: the acronyms of each bead's window, learnt pairs, and the findings.
import {
  ACRONYM_ENTRIES,
  entriesFor,
  entriesIn,
  formsWritten,
  hasNamesake,
  isKnownForm,
  isUnambiguous,
  type AcronymEntry,
} from "../lib/acronyms";
import type { Doc } from "../../segment/document";
import { tokensByBead, type Tok } from "./bead-tokens";
import { findAtWordStart, fold, foldedText } from "../../lang/normalize";
import type { AlignedPair, LocalSpan, RuleContext } from "../../check/rule";
import type { Lang } from "../../types";
import { byLanguage } from "../../lang/registry";
import { inflectedNameIn } from "./inflected-name";

/** English names of the languages, for messages ("Spanish"). */
const LANG_NAME: Record<Lang, string> = byLanguage((l) => l.name);

/** The multi-word names of the table per language (for "Name (ACR)" checks), in table order: folded and as written. */
const LONG_NAMES: Record<Lang, { e: AcronymEntry; folded: string; raw: string }[]> = byLanguage((l) => longNames(l.code));

function longNames(lang: Lang): { e: AcronymEntry; folded: string; raw: string }[] {
  const out: { e: AcronymEntry; folded: string; raw: string }[] = [];
  for (const e of ACRONYM_ENTRIES) {
    e.names[lang].forEach((folded, i) => {
      if (folded.includes(" ")) out.push({ e, folded, raw: e.rawNames[lang][i] });
    });
  }
  return out;
}

/** The items of beads k-1..k+1 (translators move content across a sentence boundary). */
function windowOf<T>(byBead: T[][], k: number): T[] {
  const out: T[] = [];
  for (let j = Math.max(0, k - 1); j <= Math.min(byBead.length - 1, k + 1); j++) out.push(...byBead[j]);
  return out;
}

/** [start, end) of the text covered by one side of beads k-1..k+1 (null when that side is empty). */
function windowRange(pairs: AlignedPair[], k: number, side: "source" | "target"): LocalSpan | null {
  let start = Infinity;
  let end = -Infinity;
  for (let j = Math.max(0, k - 1); j <= Math.min(pairs.length - 1, k + 1); j++) {
    for (const s of pairs[j][side]) {
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
  }
  return end > start ? { start, end } : null;
}

/** The span from the first to the last segment of one side of a bead (null when that side is empty). */
function beadSpan(pair: AlignedPair, side: "source" | "target"): LocalSpan | null {
  const segs = pair[side];
  return segs.length ? { start: segs[0].start, end: segs[segs.length - 1].end } : null;
}

/** True when the token stands alone in parentheses: "(OIM)". */
function inParens(text: string, t: LocalSpan): boolean {
  return /\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && /^\s*\)/.test(text.slice(t.end, t.end + 3));
}

/** Pairs "Name (ABC)" in a source sentence with "Name (XYZ)" in its aligned target: ABC→XYZ for this article. */
function learnPairs(src: Doc, tgt: Doc, srcToks: Tok[][], tgtToks: Tok[][], sLang: Lang, tLang: Lang): Map<string, string> {
  const learned = new Map<string, string>();
  srcToks.forEach((toks, k) => {
    const s = toks.filter((t) => inParens(src.text, t));
    const t = tgtToks[k].filter((x) => inParens(tgt.text, x));
    if (!s.length || s.length !== t.length) return;
    const sourceForms = new Set(s.map((x) => x.form));
    const targetForms = new Set(t.map((x) => x.form));
    s.forEach((a, i) => {
      const b = t[i].form;
      // Pairing by order is only safe when no acronym of one side also stands in the other side's parentheses
      // ("(ECA) … (NAC)" for "(RCT) … (NACT)" shifts the order).
      if (targetForms.has(a.form) || sourceForms.has(b)) return;
      // An acronym kept as it was teaches nothing (it may be a leak the table knows about).
      if (a.form === b || learned.has(a.form)) return;
      // The table wins over a pairing it contradicts (that pairing is what the expansion check flags).
      const known = entriesFor(a.form, sLang);
      if (known.length && !known.some((e) => e.forms[tLang].includes(b))) return;
      learned.set(a.form, b);
    });
  });
  return learned;
}

/**
 * One run of the rule over a request. Spans: a leaked or substituted acronym is reported on the target acronym
 * (plus the source acronym when there is one); a missing acronym on the source acronym plus the whole aligned
 * target sentence (the primary span); a wrong acronym after a spelled-out name on the target acronym.
 */
export class AcronymCheck {
  private readonly sLang: Lang;
  private readonly tLang: Lang;
  private readonly srcFolded: string;
  private readonly tgtFolded: string;
  private readonly src: Tok[][];
  private readonly tgt: Tok[][];
  private readonly learned: Map<string, string>;
  private readonly evidence = new Map<number, boolean>();
  private readonly reportedTarget = new Set<number>();
  /** The forms of beads k-1..k+1 of each side, each with its first token, for the last k asked (the loops go in order). */
  private readonly near = { source: { k: -1, forms: new Map<string, Tok>() }, target: { k: -1, forms: new Map<string, Tok>() } };

  constructor(private readonly ctx: RuleContext) {
    this.sLang = ctx.source.lang;
    this.tLang = ctx.target.lang;
    this.srcFolded = foldedText(ctx.memo.source);
    this.tgtFolded = foldedText(ctx.memo.target);
    this.src = tokensByBead(ctx.memo.source, ctx.pairs, "source");
    this.tgt = tokensByBead(ctx.memo.target, ctx.pairs, "target");
    this.learned = learnPairs(ctx.source, ctx.target, this.src, this.tgt, this.sLang, this.tLang);
  }

  /** Tokens of beads k-1..k+1 of one side by form (the first in text order): one pass per bead, not per token. */
  private formsNear(side: "source" | "target", k: number): Map<string, Tok> {
    const memo = this.near[side];
    if (memo.k !== k) {
      memo.forms = new Map();
      for (const t of windowOf(side === "source" ? this.src : this.tgt, k)) if (!memo.forms.has(t.form)) memo.forms.set(t.form, t);
      memo.k = k;
    }
    return memo.forms;
  }

  run(): void {
    for (let k = 0; k < this.ctx.pairs.length; k++) {
      for (const t of this.tgt[k]) this.checkLeak(t, k);
    }
    for (let k = 0; k < this.ctx.pairs.length; k++) {
      for (const t of this.tgt[k]) this.checkExpansion(t);
    }
    for (let k = 0; k < this.ctx.pairs.length; k++) {
      const seen = new Set<string>();
      for (const s of this.src[k]) this.checkMissing(s, k, seen);
    }
  }

  /** True when the article names the entry in words somewhere (either side). */
  private hasEvidence(e: AcronymEntry): boolean {
    let v = this.evidence.get(e.id);
    if (v === undefined) {
      v =
        e.names[this.sLang].some((n) => findAtWordStart(this.srcFolded, n) >= 0) ||
        e.names[this.tLang].some((n) => findAtWordStart(this.tgtFolded, n) >= 0);
      this.evidence.set(e.id, v);
    }
    return v;
  }

  /** The one entry meant by `form` in `lang`, using the article's own words when the form is ambiguous. */
  private resolve(entries: readonly AcronymEntry[]): AcronymEntry | null {
    if (entries.length <= 1) return entries[0] ?? null;
    const withEvidence = entries.filter((e) => this.hasEvidence(e));
    return withEvidence.length === 1 ? withEvidence[0] : null;
  }

  /** True when the source window around bead k mentions the entry (by a source form or a source name). */
  private sourceSupports(e: AcronymEntry, k: number): boolean {
    const near = this.formsNear("source", k);
    if (e.forms[this.sLang].some((form) => near.has(form))) return true;
    const r = windowRange(this.ctx.pairs, k, "source");
    return !!r && e.names[this.sLang].some((n) => findAtWordStart(this.srcFolded, n, r.start, r.end) >= 0);
  }

  /** The forms the target's locale may write for the entry (its region's too: "EU" in es-MX). */
  private formsInTarget(e: AcronymEntry): readonly string[] {
    return formsWritten(e, this.ctx.target.locale);
  }

  private preferred(e: AcronymEntry): string | undefined {
    return e.forms[this.tLang][0] ?? e.rawNames[this.tLang][0];
  }

  /** (a) A source-language acronym left in the target. */
  private checkLeak(t: Tok, k: number): void {
    const f = t.form;
    const copied = this.formsNear("source", k).get(f);
    // "USA Today", "CPI Byty": copied together with the capitalised word after it, the acronym is part of a name.
    if (copied && sameNameAfter(this.ctx.source.text, copied.end, this.ctx.target.text, t.end)) return;
    const learnedTo = this.learned.get(f);
    if (learnedTo !== undefined && copied) {
      // Learnt from this article's own pairs ("OIM … IOM"): one article's usage, not the table.
      this.reportLeak(t, copied, learnedTo, 0.75);
      return;
    }
    const candidates = entriesIn(f, this.ctx.source.locale).filter((e) => !this.formsInTarget(e).includes(f));
    if (!candidates.length) return;
    const legitHere = entriesFor(f, this.tLang);
    if (legitHere.length) {
      // CPI is the court in Spanish and the price index in English: only a copied source acronym is a leak.
      if (!copied || legitHere.some((e) => this.sourceSupports(e, k))) return;
    } else if (!copied && !candidates.some((e) => this.sourceSupports(e, k))) {
      return;
    }
    const e = candidates.length === 1 ? candidates[0] : this.resolve(candidates);
    if (!e) return;
    // A copied form that is also a company's name ("BPI": a bank, or the Bank for International Settlements) is a
    // leak only when the article shows the table's meaning: the name in either language, or the target form.
    if (copied && hasNamesake(f) && !this.hasEvidence(e) && !this.formsInTarget(e).some((x) => this.anywhereInTarget(x))) return;
    const expected = this.preferred(e);
    // A form copied from the aligned source is the clearest leak; one only the source's context supports is less sure.
    if (expected) this.reportLeak(t, copied, expected, copied ? 0.9 : 0.75);
  }

  private reportLeak(t: Tok, copied: Tok | undefined, expected: string, confidence: number): void {
    if (this.reportedTarget.has(t.start)) return;
    this.reportedTarget.add(t.start);
    this.ctx.report({
      messageId: "leaked",
      data: { found: t.form, expected, sourceLang: LANG_NAME[this.sLang], targetLang: LANG_NAME[this.tLang] },
      target: { start: t.start, end: t.end },
      source: copied ? { start: copied.start, end: copied.end } : undefined,
      suggestion: expected,
      confidence,
    });
  }

  /** (c) "European Central Bank (BCE)" or "(WHO)" after "International Monetary Fund": wrong acronym for the name. */
  private checkExpansion(t: Tok): void {
    const text = this.ctx.target.text;
    if (!inParens(text, t) || this.reportedTarget.has(t.start)) return;
    const open = text.lastIndexOf("(", t.start);
    const before = this.tgtFolded.slice(Math.max(0, open - 120), open).trimEnd();
    let best: { e: AcronymEntry; name: string } | null = null;
    for (const { e, folded: n, raw } of LONG_NAMES[this.tLang]) {
      if (!before.endsWith(n)) continue;
      const at = before.length - n.length;
      if (at > 0 && /[\p{L}\p{N}]/u.test(before[at - 1])) continue;
      if (!best || n.length > best.name.length) best = { e, name: raw };
    }
    if (!best) return;
    const { e, name } = best;
    const f = t.form;
    if (this.formsInTarget(e).includes(f)) return;
    const expected = this.preferred(e);
    if (!expected || !isKnownForm(f, this.ctx.source.pair)) return;
    this.reportedTarget.add(t.start);
    const leaked = e.forms[this.sLang].includes(f);
    this.ctx.report({
      messageId: leaked ? "leaked" : "wrongForName",
      data: { found: f, expected, name, sourceLang: LANG_NAME[this.sLang], targetLang: LANG_NAME[this.tLang] },
      target: { start: t.start, end: t.end },
      suggestion: expected,
      // The spelled-out name right before the parenthesis says which body is meant.
      confidence: 0.85,
    });
  }

  /**
   * (b) A source acronym with no counterpart (acronym or spelled-out name) in the aligned target. Only for table
   * acronyms that change between the languages and that the article itself shows are meant (their name or their
   * target form appears somewhere) unless the form is unambiguous: "CE" may be the European Commission or a
   * club's executive committee.
   */
  private checkMissing(s: Tok, k: number, seen: Set<string>): void {
    const pair = this.ctx.pairs[k];
    const span = beadSpan(pair, "target");
    if (!span) return;
    const e = this.resolve(entriesIn(s.form, this.ctx.source.locale));
    if (!e || this.formsInTarget(e).includes(s.form)) return;
    if (seen.has(s.form)) return;
    seen.add(s.form);
    const learnedTo = this.learned.get(s.form);
    const accepted = [s.form, ...this.formsInTarget(e)];
    if (learnedTo !== undefined) accepted.push(learnedTo);
    if (!isUnambiguous(s.form) && !this.hasEvidence(e) && !accepted.some((f) => this.anywhereInTarget(f))) return;
    // As many mentions in the aligned target sentence as in the source one: translated. Fewer: perhaps one was
    // replaced by another body's acronym; none at all: also look at the neighbours and for the name in words.
    const sourceForms = formsWritten(e, this.ctx.source.locale);
    const sourceMentions = this.src[k].filter((t) => sourceForms.includes(t.form)).length;
    const targetMentions = this.tgt[k].filter((t) => accepted.includes(t.form)).length;
    if (targetMentions >= sourceMentions) return;
    if (this.checkSubstituted(s, e, k, learnedTo) || targetMentions > 0) return;
    const near = this.formsNear("target", k);
    if (accepted.some((form) => near.has(form))) return;
    const r = windowRange(this.ctx.pairs, k, "target");
    if (!r) return;
    // "Ue", "Usa": a target acronym written as a capitalised word still counts (not the source one: "the Onu").
    if (accepted.some((f) => f !== s.form && this.capitalisedIn(fold(f), r))) return;
    const named = (n: string) =>
      findAtWordStart(this.tgtFolded, n, r.start, r.end) >= 0 || inflectedNameIn(this.tgtFolded, n, this.tLang, r.start, r.end);
    if (e.names[this.tLang].some(named)) return;
    const expected = learnedTo ?? this.preferred(e);
    if (!expected) return;
    this.ctx.report({
      messageId: "missing",
      data: { acronym: s.form, expected },
      source: { start: s.start, end: s.end },
      target: span,
      category: "accuracy/mistranslation",
      // Absent from the aligned sentence and its neighbours: a rephrasing may still carry it in other words.
      confidence: 0.6,
    });
  }

  /**
   * (b') The aligned target sentence has, instead of the source's body, another body's acronym that nothing in the
   * source around it supports ("The NATO wants to hold inflation…" for "El BCE quiere…"): flag that acronym. Only
   * when exactly one such acronym is there, and never one the source spells out in words or learnt from the article.
   */
  private checkSubstituted(s: Tok, e: AcronymEntry, k: number, learnedTo: string | undefined): boolean {
    const learnedTargets = new Set(this.learned.values());
    const strangers = this.tgt[k].filter((t) => {
      if (!t.known || this.reportedTarget.has(t.start) || learnedTargets.has(t.form)) return false;
      // Another body's acronym in either language ("The OMS met." for "La OTAN se reunió.").
      const others = [...entriesFor(t.form, this.tLang), ...entriesFor(t.form, this.sLang)].filter((x) => x !== e);
      return others.length > 0 && !others.some((x) => this.sourceSupports(x, k));
    });
    if (strangers.length !== 1) return false;
    const t = strangers[0];
    const expected = learnedTo ?? this.preferred(e);
    if (!expected) return false;
    this.reportedTarget.add(t.start);
    this.ctx.report({
      messageId: "substituted",
      data: { found: t.form, acronym: s.form, expected },
      source: { start: s.start, end: s.end },
      target: { start: t.start, end: t.end },
      suggestion: expected,
      category: "accuracy/mistranslation",
      confidence: 0.7,
    });
    return true;
  }

  /** True when `folded` occurs as a whole word starting with a capital inside range `r` of the target. */
  private capitalisedIn(folded: string, r: LocalSpan): boolean {
    const text = this.ctx.target.text;
    for (
      let i = findAtWordStart(this.tgtFolded, folded, r.start, r.end, true);
      i >= 0;
      i = findAtWordStart(this.tgtFolded, folded, i + 1, r.end, true)
    ) {
      if (UPPER_LETTER.test(text[i])) return true;
    }
    return false;
  }

  private readonly targetForms = new Map<string, boolean>();

  /** True when the target article uses `form` as an acronym token somewhere. */
  private anywhereInTarget(form: string): boolean {
    let v = this.targetForms.get(form);
    if (v === undefined) {
      v = this.tgt.some((toks) => toks.some((t) => t.form === form));
      this.targetForms.set(form, v);
    }
    return v;
  }
}

const UPPER_LETTER = /\p{Lu}/u;

/** True when the same capitalised word follows both acronyms, after one space ("USA Today" in both texts). */
function sameNameAfter(a: string, aEnd: number, b: string, bEnd: number): boolean {
  if (a[aEnd] !== " " || b[bEnd] !== " ") return false;
  NAME_WORD.lastIndex = aEnd + 1;
  const wa = NAME_WORD.exec(a);
  NAME_WORD.lastIndex = bEnd + 1;
  const wb = NAME_WORD.exec(b);
  return !!wa && !!wb && wa[0] === wb[0];
}
/** A capitalised word at the search position (sticky). */
const NAME_WORD = /\p{Lu}\p{Ll}+/uy;
