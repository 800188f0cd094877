import { defineRule, type RuleContext } from "../check/rule";
import { leadingMark, paragraphMarks, scanMarks, type Mark, type MarkClass, type ParagraphMarks } from "./lib/quote-marks";
import { sourceParagraphsOfTarget } from "./lib/aligned-paragraphs";
import type { SideMemo } from "../segment/memo";
import type { Doc, Segment } from "../segment/document";

const QUOTES: ReadonlySet<MarkClass> = new Set(["double", "single"]);
/** Paragraphs a quotation may run on for without reopening, after the one it opens in. */
const MAX_SPAN = 3;
/** Marks that may open a paragraph continuing a quotation, by class (news style repeats the opener; Spanish uses »). */
const CONTINUATION: Record<string, MarkClass> = {
  '"': "double",
  "“": "double",
  "«": "double",
  "»": "double",
  "‘": "single",
  "‹": "single",
};

/** Unmatched quotation marks of each paragraph of a side. */
function unmatchedQuotes(side: SideMemo) {
  return paragraphMarks(side).map((pm) => pm.unmatched.filter((m) => QUOTES.has(m.cls)));
}

/** "The same imbalance" on both sides: the same class of mark left open, or left without an opener. */
function imbalanceKey(m: Mark): string {
  return `${m.cls} ${m.role}`;
}

/** True when the next paragraph opens with a mark that continues a quotation of this class (news style). */
function continuedBelow(doc: Doc, paragraph: number, cls: MarkClass): boolean {
  const next = doc.paragraphs[paragraph + 1];
  const lead = next ? leadingMark(doc.text, next.start, next.end) : null;
  return lead !== null && CONTINUATION[lead] === cls;
}

/**
 * Marks of quotations that run over paragraphs without reopening in each: an opener left open at a paragraph's
 * end whose class's next mark, in a later paragraph, is an unmatched closer that the source does not explain
 * (`mirrored`: its aligned source paragraph lacks an opener too, so the closer answers an opening of the source's,
 * not this one). Any mark of the class between them (a matched pair too) ends the run: a quotation that runs on
 * holds no other quotation of its own class.
 */
function spanningQuotes(paragraphs: readonly ParagraphMarks[], mirrored: (m: Mark, p: number) => boolean): Set<Mark> {
  const out = new Set<Mark>();
  const pending = new Map<MarkClass, { mark: Mark; paragraph: number }>();
  paragraphs.forEach((pm, p) => {
    pm.marks.forEach((m, k) => {
      if (!QUOTES.has(m.cls)) return;
      const unmatched = pm.partner[k] < 0;
      const open = pending.get(m.cls);
      if (open && unmatched && m.role === "close" && p - open.paragraph <= MAX_SPAN && !mirrored(m, p)) out.add(open.mark).add(m);
      if (unmatched && m.role === "open") pending.set(m.cls, { mark: m, paragraph: p });
      else pending.delete(m.cls);
    });
  });
  return out;
}

/** True when `m` is the last quotation mark of its class in its paragraph (a quotation left to run on). */
function lastOfClass(pm: ParagraphMarks, m: Mark): boolean {
  return !pm.marks.some((x) => x.cls === m.cls && x.index > m.index);
}

// regex-safe: one character class, no quantifier.
const DOUBLE_MARK = /["“”„«»]/g;
const doubleMarks = (segs: readonly Segment[]) => segs.reduce((n, s) => n + (s.text.match(DOUBLE_MARK)?.length ?? 0), 0);

/**
 * The mark to report for `m`, a straight quote of paragraph p left unpaired. Straight quotes leave their pairing
 * to guesswork, so the scan may pair the wrong ones and leave a later mark over; a reader finds the lost mark by
 * comparing sentences, and so does this. Walking the paragraph's beads, the counts of double quotation marks on
 * the two sides keep the same parity until the bead that lost a mark (a quotation over several sentences is odd
 * on both sides until it closes). In the bead where they part for good, the mark its own scan leaves unpaired, or
 * else the last mark before it (a quotation opened in an earlier sentence and never closed). Otherwise `m`.
 */
function locatedBySource(ctx: RuleContext, p: number, m: Mark): Mark {
  if (m.char !== '"') return m;
  const beads: number[] = [];
  for (const seg of ctx.target.segments) {
    const k = ctx.pairOfTarget[seg.index];
    if (seg.paragraph === p && k !== undefined && k >= 0 && beads[beads.length - 1] !== k) beads.push(k);
  }
  let parted = -1;
  let balance = 0;
  let sourceMarks = 0;
  for (const k of beads) {
    const { source, target } = ctx.pairs[k];
    const here = doubleMarks(source);
    sourceMarks += here;
    balance += doubleMarks(target.filter((t) => t.paragraph === p)) - here;
    if (balance % 2 === 0) parted = -1;
    else if (parted < 0) parted = k;
  }
  // A source quoting with other marks (`…' or none) says nothing about where the target lost one.
  if (parted < 0 || sourceMarks === 0) return m;
  const lost = ctx.pairs[parted].target;
  const para = ctx.target.paragraphs[p];
  const start = Math.max(para.start, lost[0].start);
  const inBead = scanMarks(ctx.target.text, start, Math.min(para.end, lost[lost.length - 1].end)).unmatched;
  const own = inBead.find((x) => x.cls === m.cls);
  if (own) return own;
  const before = paragraphMarks(ctx.memo.target)[p].marks.filter((x) => x.cls === m.cls && x.index < start);
  return before.length ? before[before.length - 1] : m;
}

/** A quotation mark with no partner in its paragraph (news-style quotations over several paragraphs allowed). */
export default defineRule({
  meta: {
    id: "unpaired-quotes",
    description:
      "An opening or closing quotation mark in the target has no partner in its paragraph, while the aligned source paragraph has no such imbalance. Apostrophes are not quotes; a quotation the source also continues into the next paragraph (news style, or Spanish ») is fine.",
    category: "linguistic/punctuation",
    severity: "minor",
    messages: {
      open: "The opening quotation mark {{mark}} is never closed in this paragraph.",
      close: "The closing quotation mark {{mark}} has no opening partner in this paragraph.",
    },
    confidence: 0.6,
  },
  examples: {
    good: [
      {
        // A quotation over two paragraphs that does not reopen the second one is still closed.
        from: "en",
        to: "de",
        source: '"The first day of school in Japan. I was so excited.\n\nTokyo is the biggest city I have ever seen."',
        target: '"Der erste Schultag in Japan. War ich aufgeregt.\n\nTokio ist die größte Stadt, die ich je gesehen habe."',
      },
      {
        from: "es",
        to: "en",
        source: "«No nos rendiremos. Volveremos a intentarlo», dijo el alcalde.",
        target: "“We will not give up. We will try again,” the mayor said.",
      },
      {
        from: "es",
        to: "en",
        source: "Los ahorros de los venezolanos no alcanzan y el l’Équipe no lo oculta.",
        target: "Venezuelans’ savings don’t stretch far, and the ’90s are long gone, says L’Équipe.",
      },
      {
        from: "es",
        to: "en",
        source: "«Ganaremos el lunes.\n\n»Siempre ganamos», añadió.",
        target: "“We will win on Monday.\n\n“We always win,” he added.",
      },
      {
        from: "en",
        to: "es",
        source: '"We will win on Monday.\n\n"We always win," he added.',
        target: "«Ganaremos el lunes.\n\n»Siempre ganamos», añadió.",
      },
      {
        from: "es",
        to: "en",
        source: "«Ganaremos el lunes», dijo.\n\n«Siempre ganamos», añadió.",
        target: "He said: “We will win on Monday.\n\n“We always win,” he added.",
      },
      {
        from: "en",
        to: "es",
        source: "He called the plan \"a disaster\" and left. She said it was 'fine'.",
        target: "Calificó el plan de \"desastre\" y se fue. Ella dijo que estaba 'bien'.",
      },
      {
        from: "es",
        to: "en",
        source: "El lema decía “todo por el pueblo.",
        target: "The slogan read “everything for the people.",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "«Ganaremos», dijo el alcalde.",
        target: "<marker>“</marker>We will win, the mayor said.",
      },
      {
        from: "es",
        to: "en",
        source: "El alcalde dijo: «Ganaremos».",
        target: "The mayor said: We will win<marker>”</marker>.",
      },
      {
        from: "es",
        to: "en",
        source: 'Calificó el plan de "desastre" y se fue.',
        target: 'He called the plan <marker>"</marker>a disaster and left.',
      },
      {
        from: "en",
        to: "es",
        source: "The so-called ‘reform’ will fail.",
        target: "La llamada <marker>‘</marker>reforma fracasará.",
      },
      {
        from: "en",
        to: "es",
        source: '"We will win," he said.\n\nThe vote is on Monday.',
        target: "<marker>«</marker>Ganaremos, dijo.\n\nLa votación es el lunes.",
      },
      {
        // Straight quotes typed with spaces pair by guesswork; the sentence that lost its mark is the first
        // whose quotation marks no longer match its source's.
        from: "en",
        to: "es",
        source: 'The mayor said: "We will win." He added: "The vote is on Monday." Then he left.',
        target: 'El alcalde dijo: <marker>"</marker> Ganaremos. Añadió: " La votación es el lunes ". Luego se fue.',
      },
      {
        // A quotation left open is not continued below when another quotation follows it in its paragraph.
        from: "es",
        to: "en",
        source: "El alcalde dijo que el plan era «un desastre» y «una vergüenza».\n\n«Siempre ganamos», añadió.",
        target: "The mayor called the plan <marker>“</marker>a disaster and “a shame”.\n\n“We always win,” he added.",
      },
      {
        // Nor does it run on to a closer two paragraphs down past a quotation of its own class.
        from: "es",
        to: "en",
        source: "«Ganaremos», dijo.\n\nEl alcalde habló de «unidad».\n\n«La votación es el lunes», añadió.",
        target:
          "<marker>“</marker>We will win, he said.\n\nThe mayor spoke of “unity”.\n\nThe vote is on Monday,<marker>”</marker> he added.",
      },
    ],
  },
  check(ctx: RuleContext) {
    const sourceUnmatched = unmatchedQuotes(ctx.memo.source).map((ms) => new Set(ms.map(imbalanceKey)));
    const aligned = sourceParagraphsOfTarget(ctx);
    const targetMarks = paragraphMarks(ctx.memo.target);
    const targetUnmatched = unmatchedQuotes(ctx.memo.target);
    const mirrored = (m: Mark, p: number) => aligned[p].some((q) => sourceUnmatched[q].has(imbalanceKey(m)));
    const spanning = spanningQuotes(targetMarks, mirrored);
    targetUnmatched.forEach((ms, p) => {
      const reported = new Set<MarkClass>();
      for (const m of ms) {
        // One per class and paragraph: after the first stray mark the pairing of the rest is guesswork.
        if (reported.has(m.cls)) continue;
        // A quotation over several paragraphs, closed in a later one without reopening each: paired after all.
        if (spanning.has(m)) continue;
        // The source decides: a quotation it leaves open here (continued in the next paragraph, or a slip the
        // translator kept) is not the translator's error. Without an aligned source, news style is assumed.
        // A quotation the target continues into its next paragraph is news style, whatever the source's style.
        if (m.role === "open" && lastOfClass(targetMarks[p], m) && continuedBelow(ctx.target, p, m.cls)) continue;
        if (mirrored(m, p)) continue;
        reported.add(m.cls);
        const at = locatedBySource(ctx, p, m);
        ctx.report({ messageId: at.role, data: { mark: at.char }, target: { start: at.index, end: at.index + 1 } });
      }
    });
  },
});
