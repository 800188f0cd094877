import type { Doc, DocCode, Segment } from "../segment/document";
import { defineRule, type RuleContext } from "../check/rule";

/** An inline tag or placeholder of one segment: its comparison key, its text and its clean span. */
interface Token {
  key: string;
  display: string;
  start: number;
  end: number;
  /** "code" (a tag of a bilingual file), "printf" (%s, %1$s) or "brace" ({0}). */
  kind: "code" | "printf" | "brace";
}

/** Numbered .NET/ICU placeholders ({0}) and printf conversions (%s, %d, %1$s); a "%" after a digit is a percent. */
// regex-safe: bounded quantifiers only ({1,2}, {0,3}) and one-character lookarounds; no nested quantifier
export const PLACEHOLDER = /\{\d{1,2}\}|(?<![\p{L}\p{N}%])%(?:\d{1,2}\$)?[-+0#]?\d{0,3}(?:\.\d{1,3})?[sdifuxX@](?![\p{L}\p{N}])/gu;
/**
 * The matches of PLACEHOLDER in a text: none without a "{" or a "%", with which each of its matches opens (most
 * sentences: no copy of the expression nor scan of its look-behind at every position).
 */
export function placeholdersIn(text: string): RegExpMatchArray[] {
  return text.includes("{") || text.includes("%") ? [...text.matchAll(PLACEHOLDER)] : [];
}

/** Code kinds that open a pair whose partner may come later in the segment, with the partner's kind. */
const PARTNER: Record<string, string> = { bpt: "ept", sc: "ec", bx: "ex" };

/** Inline tags and placeholders of a segment, in order. */
function tokensOf(doc: Doc, seg: Segment, codes: readonly DocCode[]): Token[] {
  const out: Token[] = [];
  for (const c of codes) {
    const display = doc.raw.slice(c.start, c.end);
    out.push({ key: `${c.kind}#${c.id ?? ""}`, display, start: c.at, end: c.at + 1, kind: "code" });
  }
  for (const m of placeholdersIn(seg.text)) {
    const start = seg.start + m.index!;
    out.push({ key: m[0], display: m[0], start, end: start + m[0].length, kind: m[0][0] === "{" ? "brace" : "printf" });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The codes of each segment of a Doc. */
function codesBySegment(doc: Doc): DocCode[][] {
  const out: DocCode[][] = doc.segments.map(() => []);
  for (const c of doc.codes ?? []) out[c.segment].push(c);
  return out;
}

/** Tokens of all segments of one side of a bead. */
function beadTokens(doc: Doc, segs: readonly Segment[], codes: DocCode[][]): Token[] {
  return segs.flatMap((s) => tokensOf(doc, s, codes[s.index]));
}

/** Tags and placeholders the target is missing, adds or puts in an order that breaks them. */
export default defineRule({
  meta: {
    id: "tag-mismatch",
    description:
      "Inline tags of an XLIFF or TMX file (<x/>, <g>, <ph>, <bpt>/<ept>, <pc>, <sc>/<ec>…) and placeholders ({0}, %s, %1$s) " +
      "missing from the aligned target, added to it, or in an order that breaks them (a closing tag before its opening " +
      "one; unnumbered printf placeholders swapped).",
    category: "design/markup",
    severity: "major",
    messages: {
      missing: "The source has {{token}} here; the translation lacks it.",
      added: "The translation has {{token}}, which the source does not have here.",
      closesFirst: "{{token}} closes a pair before it opens in the translation.",
      order:
        "The placeholders are in a different order ({{target}}) than in the source ({{source}}); unnumbered placeholders must keep their order.",
    }, // Presence and order of inline codes is read from the file itself, not inferred from wording.
    confidence: 0.95,
  },
  examples: {
    good: [
      { from: "en", to: "es", source: "Hello %s, you have %d new messages.", target: "Hola %s, tiene %d mensajes nuevos." },
      { from: "en", to: "es", source: "{0} met {1} in Lima.", target: "{1} recibió a {0} en Lima." },
      { from: "es", to: "en", source: "El paro bajó al 12%s según el INE.", target: "Unemployment fell to 12%s, the INE said." },
      { from: "es", to: "en", source: "Subió un 5 % de media.", target: "It rose 5% on average." },
      {
        from: "es",
        to: "en",
        format: "xliff",
        source: XLIFF('Pulse <g id="1">Guardar</g> y <x id="2"/> salga.', 'Press <g id="1">Save</g> and <x id="2"/> exit.'),
        target: XLIFF('Pulse <g id="1">Guardar</g> y <x id="2"/> salga.', 'Press <g id="1">Save</g> and <x id="2"/> exit.'),
      },
    ],
    bad: [
      { from: "en", to: "es", source: "Hello %s, you have %d new messages.", target: "<marker>Hola, tiene %d mensajes nuevos.</marker>" },
      { from: "en", to: "es", source: "Hello %s, you have %d new messages.", target: "<marker>%d</marker> mensajes nuevos para %s." },
      { from: "en", to: "es", source: "{0} met the minister.", target: "{0} se reunió con <marker>{1}</marker>." },
      {
        from: "es",
        to: "en",
        format: "xliff",
        source: XLIFF('Pulse <g id="1">Guardar</g> y <x id="2"/> salga.', 'Press <g id="1">Save</g> and exit.'),
        target: XLIFF('Pulse <g id="1">Guardar</g> y <x id="2"/> salga.', '<marker>Press <g id="1">Save</g> and exit.</marker>'),
      },
      {
        from: "es",
        to: "en",
        format: "xliff",
        source: XLIFF(
          'Ver <bpt id="1">&lt;b&gt;</bpt>aquí<ept id="1">&lt;/b&gt;</ept>.',
          'See <ept id="1">&lt;/b&gt;</ept>here<bpt id="1">&lt;b&gt;</bpt>.',
        ),
        target: XLIFF(
          'Ver <bpt id="1">&lt;b&gt;</bpt>aquí<ept id="1">&lt;/b&gt;</ept>.',
          'See <marker><ept id="1">&lt;/b&gt;</ept></marker>here<bpt id="1">&lt;b&gt;</bpt>.',
        ),
      },
    ],
  },
  check(ctx: RuleContext) {
    const codes = { source: codesBySegment(ctx.source), target: codesBySegment(ctx.target) };
    for (const pair of ctx.pairs) {
      if (!pair.source.length || !pair.target.length) continue;
      const src = beadTokens(ctx.source, pair.source, codes.source);
      const tgt = beadTokens(ctx.target, pair.target, codes.target);
      if (!src.length && !tgt.length) continue;
      const targetSpan = { start: pair.target[0].start, end: pair.target[pair.target.length - 1].end };
      compareCounts(ctx, src, tgt, targetSpan);
      checkOrder(ctx, src, tgt);
    }
  },
});

/** Reports tokens whose count differs: the source's extra ones as missing, the target's extra ones as added. */
function compareCounts(ctx: RuleContext, src: Token[], tgt: Token[], targetSpan: { start: number; end: number }): void {
  const left = new Map<string, number>();
  for (const t of tgt) left.set(t.key, (left.get(t.key) ?? 0) + 1);
  for (const s of src) {
    const n = left.get(s.key) ?? 0;
    if (n > 0) left.set(s.key, n - 1);
    else ctx.report({ messageId: "missing", data: { token: s.display }, source: s, target: targetSpan });
  }
  const extra = new Map<string, number>();
  for (const s of src) extra.set(s.key, (extra.get(s.key) ?? 0) + 1);
  for (const t of tgt) {
    const n = extra.get(t.key) ?? 0;
    if (n > 0) extra.set(t.key, n - 1);
    else ctx.report({ messageId: "added", data: { token: t.display }, target: t });
  }
}

/** Reports a pair closed before it opens in the target, and unnumbered printf placeholders out of order. */
function checkOrder(ctx: RuleContext, src: Token[], tgt: Token[]): void {
  const opened = new Set<string>();
  const opensLater = new Set(tgt.filter((t) => t.kind === "code").map((t) => t.key));
  for (const t of tgt) {
    const [kind, id] = t.key.split("#");
    if (PARTNER[kind]) opened.add(`${PARTNER[kind]}#${id}`);
    else if (Object.values(PARTNER).includes(kind) && !opened.has(t.key) && opensLater.has(`${partnerOf(kind)}#${id}`))
      ctx.report({ messageId: "closesFirst", data: { token: t.display }, target: t });
  }
  const plain = (ts: Token[]) => ts.filter((t) => t.kind === "printf" && !t.key.includes("$"));
  const s = plain(src);
  const t = plain(tgt);
  if (s.length !== t.length || s.every((x, k) => x.key === t[k].key)) return;
  if ([...s.map((x) => x.key)].sort().join() !== [...t.map((x) => x.key)].sort().join()) return;
  const first = t.findIndex((x, k) => x.key !== s[k].key);
  ctx.report({
    messageId: "order",
    data: { target: t.map((x) => x.key).join(" "), source: s.map((x) => x.key).join(" ") },
    target: t[first],
  });
}

function partnerOf(close: string): string {
  return Object.keys(PARTNER).find((k) => PARTNER[k] === close) ?? "";
}

/** A one-unit XLIFF 1.2 file for the examples. */
function XLIFF(source: string, target: string): string {
  return (
    `<xliff version="1.2"><file source-language="es" target-language="en"><body>\n<trans-unit id="1">\n` +
    `<source>${source}</source>\n<target>${target}</target>\n</trans-unit>\n</body></file></xliff>`
  );
}
