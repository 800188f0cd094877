// Sentence segmentation against the newstest segment boundaries: boundary recall and precision per language.
// --pair xx-yy: both languages of that direction of newstest-multi (the articles where both sides are whole).
import { buildSide, sideParagraphs, type BuiltSide } from "./corpus";
import { newstestMulti } from "./clean-sources";
import type { EvalContext, EvalModule } from "./types";
import { buildDoc } from "../../src/segment/document";
import type { Lang } from "../../src/types";

/** A corpus segment ending in sentence-final punctuation (optionally followed by closing quotes/brackets). */
const PUNCTUATED_END = /[.?!…]["'”’»)\]]*$|[.?!…]\s+["”»]$/u;

interface Counts {
  corpus: number;
  punctuated: number;
  found: number;
  foundPunctuated: number;
  predicted: number;
  correct: number;
  segments: number;
  ms: number;
}

function measure(side: BuiltSide, lang: Lang, counts: Counts, misses: string[], extras: string[]): void {
  const t0 = performance.now();
  const doc = buildDoc(side.text, lang, "text");
  counts.ms += performance.now() - t0;
  counts.segments += doc.segments.length;
  // A boundary is the position where the next segment of the same paragraph starts.
  const predicted = new Set<number>();
  for (let k = 1; k < doc.segments.length; k++) {
    if (doc.segments[k].paragraph === doc.segments[k - 1].paragraph) predicted.add(doc.segments[k].start);
  }
  const gold = new Set<number>();
  for (let k = 1; k < side.segments.length; k++) {
    if (side.paragraphOf[k] !== side.paragraphOf[k - 1]) continue;
    const at = side.segments[k][0];
    gold.add(at);
    const prev = side.text.slice(side.segments[k - 1][0], side.segments[k - 1][1]);
    const punctuated = PUNCTUATED_END.test(prev);
    counts.corpus++;
    if (punctuated) counts.punctuated++;
    if (predicted.has(at)) {
      counts.found++;
      if (punctuated) counts.foundPunctuated++;
    } else if (punctuated && misses.length < 400) {
      misses.push(`${lang}: …${side.text.slice(Math.max(0, at - 60), at)}‖${side.text.slice(at, at + 40)}…`);
    }
  }
  for (const at of predicted) {
    counts.predicted++;
    if (gold.has(at)) counts.correct++;
    else if (extras.length < 400) {
      extras.push(`${lang}: …${side.text.slice(Math.max(0, at - 60), at)}‖${side.text.slice(at, at + 40)}…`);
    }
  }
}

/**
 * The article side as a CMS sends a headline: a corpus segment without sentence-final punctuation ends its
 * line ("\n") instead of being joined to the next segment with a space.
 */
function buildSideWithLineBreaks(paragraphs: string[][]): BuiltSide {
  let text = "";
  const segments: [number, number][] = [];
  const paragraphOf: number[] = [];
  paragraphs.forEach((para, p) => {
    if (p > 0) text += "\n\n";
    para.forEach((seg, k) => {
      if (k > 0) text += PUNCTUATED_END.test(para[k - 1]) ? " " : "\n";
      segments.push([text.length, text.length + seg.length]);
      paragraphOf.push(p);
      text += seg;
    });
  });
  return { text, segments, paragraphOf };
}

const ratio = (a: number, b: number) => (b ? a / b : 1).toFixed(4);

/** The articles of each language measured, as paragraphs of corpus segments: newstest es and en, or the pair's two sides. */
function sidesByLanguage(ctx: EvalContext): [Lang, string[][][]][] {
  if (ctx.pair) {
    const { from, to } = ctx.pair;
    const docs = newstestMulti(ctx.corpusDir, from, to).docs;
    return [
      [from, docs.map((d) => sideParagraphs(d.source))],
      [to, docs.map((d) => sideParagraphs(d.target))],
    ];
  }
  return (["es", "en"] as const).map((l) => [l, ctx.articles.map((a) => a.paragraphs.map((p) => p.map((s) => s[l])))]);
}

/** Boundary recall/precision of the segmenter on the newstest articles, per language. */
const segmentation: EvalModule = {
  name: "segmentation",
  run(ctx: EvalContext) {
    const verbose = process.env.SEGMENTATION_VERBOSE === "1";
    for (const [lang, articles] of sidesByLanguage(ctx)) {
      const sides = articles.map(buildSide);
      const counts: Counts = { corpus: 0, punctuated: 0, found: 0, foundPunctuated: 0, predicted: 0, correct: 0, segments: 0, ms: 0 };
      const misses: string[] = [];
      const extras: string[] = [];
      for (const side of sides) measure(side, lang, counts, misses, extras);
      console.log(
        `${lang}: ${counts.corpus} corpus boundaries inside paragraphs (${counts.punctuated} after sentence-final punctuation); ` +
          `${counts.predicted} segmenter boundaries; ${counts.segments} segments`,
      );
      // Speed of extraction + segmentation alone, warm: the median of 5 passes over every article.
      const texts = sides.map((s) => s.text);
      const passes: number[] = [];
      for (let r = 0; r < 6; r++) {
        const t0 = performance.now();
        for (const t of texts) buildDoc(t, lang, "text");
        if (r > 0) passes.push(performance.now() - t0);
      }
      passes.sort((x, y) => x - y);
      console.log(
        `  time: ${passes[2].toFixed(1)} ms for all ${counts.segments} segments (median of 5 warm passes; cold first pass ${counts.ms.toFixed(1)} ms)`,
      );
      console.log(`  recall, boundaries after final punctuation: ${ratio(counts.foundPunctuated, counts.punctuated)}`);
      console.log(
        `  recall, all corpus boundaries:               ${ratio(counts.found, counts.corpus)}` +
          `  (the rest are mostly headlines joined to the first sentence by a space, with no punctuation or line break)`,
      );
      console.log(`  precision (segmenter boundary on a corpus boundary): ${ratio(counts.correct, counts.predicted)}`);
      const lined: Counts = { corpus: 0, punctuated: 0, found: 0, foundPunctuated: 0, predicted: 0, correct: 0, segments: 0, ms: 0 };
      for (const a of articles) measure(buildSideWithLineBreaks(a), lang, lined, [], []);
      console.log(
        `  with unpunctuated segments (headlines) ending their line: recall ${ratio(lined.found, lined.corpus)}, ` +
          `precision ${ratio(lined.correct, lined.predicted)}`,
      );
      if (verbose) {
        console.log("  missed (punctuated):");
        for (const m of misses) console.log(`    ${m}`);
        console.log("  extra:");
        for (const m of extras) console.log(`    ${m}`);
      }
    }
  },
};

export default segmentation;
