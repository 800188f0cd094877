import { isKnownForm, segmentAcronyms } from "./lib/acronyms";
import { isReadCode, rendersCode } from "./lib/acronym-codes";
import { learn, type Learnt } from "./lib/acronym-learn";
import { sentenceGaps } from "./lib/sentence-gaps";
import { anchorKeys } from "../align/anchors";
import { MAX_HEADLINE_WORDS, runInCuts, type RunInCut } from "./lib/coverage/run-in-cuts";
import { isConfidentOneToOne, isPairedInPlace } from "./lib/confident-pair";
import type { Doc } from "../segment/document";
import { fold } from "../lang/normalize";
import { defineRule, type RuleContext } from "../check/rule";
import type { Lang } from "../types";
import type { PairScope } from "../lang/pair";
import {
  capitalWords,
  countForm,
  countFolded,
  expandedAt,
  hasName,
  nameKeptAround,
  newNames,
  holdsFoldedForm,
  sortLetters,
  spellsOut,
  isNotAcronym,
  unknownAndCodes,
  type UnknownAcronym,
} from "./lib/unknown-acronyms";

/** Alignment score from which a 1–1 bead counts as confident. */
const CONFIDENT = 0.5;
/** A target sentence as the checks below read it: its text, folded, and its words in capitals (folded). */
interface TargetSentence {
  text: string;
  folded: string;
  caps: string[];
}

/**
 * True when the target sentence carries the acronym: itself, its letters reordered, a form or name learnt from the
 * article, or its spelled-out name.
 */
function carried(t: TargetSentence, lang: Lang, a: UnknownAcronym, learnt: Learnt | undefined): boolean {
  if (holdsFoldedForm(t.folded, a.letters) || spellsOut(t.text, lang, a.letters)) return true;
  // Its letters reordered: the acronym of the name translated ("PPD" for "DPP", "OTAN" for "NATO").
  const key = sortLetters(a.letters);
  if (t.caps.some((w) => sortLetters(w) === key)) return true;
  if (!learnt) return false;
  if ([...learnt.forms].some((f) => holdsFoldedForm(t.folded, f))) return true;
  return [...learnt.names].some((n) => t.folded.includes(n));
}

/**
 * True when the target sentence has a word in capitals that the source sentence lacks, which may be the acronym
 * translated: not a known form, a code that is no body's acronym (TV, CZK), a word the source writes in other case
 * ("Unsa"), nor another source acronym's letters reordered ("PPD" for "DPP": that acronym, translated).
 */
function newCapitalWord(sText: string, t: TargetSentence, pair: PairScope): boolean {
  const sourceCaps = new Set(capitalWords(sText));
  const reordered = new Set([...sourceCaps].map(sortLetters));
  // regex-safe: one character class repeated, no nesting.
  const sourceWords = new Set(fold(sText).match(/[\p{L}\p{N}]+/gu) ?? []);
  return t.caps.some(
    (w) =>
      !sourceCaps.has(w) &&
      !sourceWords.has(w) &&
      !reordered.has(sortLetters(w)) &&
      !isKnownForm(w.toUpperCase(), pair) &&
      !isNotAcronym(w.toUpperCase()),
  );
}

/**
 * True when the source sentence writes the acronym two times or more (`found`: its unknown acronyms) and the target
 * sentence fewer times, counting its letters reordered as a mention and a spelled-out name as one: a heading run
 * into its sentence ("EADS pierde… EADS") whose translation kept one mention and lost the other.
 */
function lostOne(t: TargetSentence, lang: Lang, a: UnknownAcronym, found: UnknownAcronym[], heading: HeadingCut): boolean {
  const mentions = found.filter((x) => x.letters === a.letters);
  const inSource = mentions.length;
  if (inSource < 2 || !heading(mentions[0]!.end, mentions[inSource - 1]!.start)) return false;
  const own = fold(a.letters);
  const key = sortLetters(a.letters);
  const reordered = t.caps.filter((w) => w !== own && sortLetters(w) === key).length;
  return countFolded(t.folded, a.letters) + reordered + (spellsOut(t.text, lang, a.letters) ? 1 : 0) < inSource;
}

/** True when a run-in heading may end between source offsets `from` and `to` of the bead's source sentence. */
type HeadingCut = (from: number, to: number) => boolean;

/**
 * A HeadingCut for source sentence text `sText` at offset `sStart`: a run-in cut (./lib/coverage/run-in-cuts) within
 * a headline's first words ("EADS cae en bolsa Las acciones de EADS …"). A sentence that repeats an acronym in its own
 * prose ("comparing PCR to CT … than PCR") has none, and its translation may say the second mention another way.
 */
function headingCut(doc: Doc, sText: string, sStart: number): HeadingCut {
  let cuts: RunInCut[] | null = null;
  return (from, to) => {
    cuts ??= runInCuts(sText, MAX_HEADLINE_WORDS, doc);
    return cuts.some((c) => sStart + c.headEnd >= from && sStart + c.bodyStart <= to);
  };
}

/** Fewest letters of a capitalised token read as a word in capitals ("SOLIDARITY"), not as an acronym. */
const MIN_WORD_LETTERS = 6;

/**
 * True when a long token in capitals is a word of the source language written in capitals ("the SOLIDARITY trial")
 * and the target sentence translates it: the word and a word of the target share an anchor key (a cognate or a
 * lexicon word, "Solidariedade").
 */
function wordTranslated(ctx: RuleContext, a: UnknownAcronym, tText: string): boolean {
  if (a.letters.length < MIN_WORD_LETTERS) return false;
  const keys = anchorKeys(a.letters.toLowerCase(), ctx.source.lang, ctx.source.pair);
  if (!keys.length) return false;
  const inTarget = new Set(anchorKeys(tText, ctx.target.lang, ctx.target.pair));
  return keys.some((k) => inTarget.has(k));
}

/** How the article treats an acronym's mentions. */
type Mentions = "kept" | "once" | "rendered";

/** Most distinct acronyms whose mentions are counted over the whole article (each count scans both texts). */
const MAX_COUNTED = 200;

/** Counts an acronym's mentions in the whole source and target, once per acronym and request (bounded). */
class MentionCounter {
  private readonly memo = new Map<string, Mentions>();
  constructor(private readonly ctx: RuleContext) {}

  /**
   * "kept" when the target article writes the acronym (or a form learnt for it) for every other source mention;
   * "once" when the source mentions it once and the target never; "rendered" otherwise.
   */
  mentions(a: UnknownAcronym, learnt: Learnt | undefined): Mentions {
    let v = this.memo.get(a.letters);
    if (v !== undefined) return v;
    // Past the bound (a text full of capitals), say so: the rule then stays silent rather than slow.
    if (this.memo.size >= MAX_COUNTED) return "rendered";
    const forms = new Set([a.letters, ...(learnt?.forms ?? [])]);
    const inTarget = [...forms].reduce((n, f) => n + countForm(this.ctx.memo.target, f), 0);
    const inSource = countForm(this.ctx.memo.source, a.letters);
    // Every other mention kept: the translator writes the acronym, and only this sentence lost it.
    v = inTarget >= 1 && inTarget >= inSource - 1 ? "kept" : inSource === 1 && inTarget === 0 ? "once" : "rendered";
    this.memo.set(a.letters, v);
    return v;
  }
}

/**
 * Per bead, the unknown acronyms of its source sentences (`found`) and their codes (`codes`: TV, HUF; only those with
 * renderings to read them by are checked, ./lib/acronym-codes).
 */
function scanSources(ctx: RuleContext): { found: UnknownAcronym[][]; codes: UnknownAcronym[][] } {
  const scanned = ctx.pairs.map((p) =>
    p.source.map((s) => unknownAndCodes(ctx.source.text, s.start, s.end, ctx.source.pair, () => segmentAcronyms(ctx.memo.source, s))),
  );
  return {
    found: scanned.map((b) => b.flatMap((x) => x.acronyms)),
    codes: scanned.map((b) => b.flatMap((x) => x.codes)),
  };
}

/**
 * For an acronym named once and never written in the target: true when the translation keeps the rest of its name
 * ("Nova KTR" → "Nova") and the target sentence names nothing the source sentence does not (a name in words,
 * "Agencia de Noticias Húngara" for MTI, may render it). Only then is it flagged.
 */
function keptAround(ctx: RuleContext, a: UnknownAcronym, sText: string, tText: string): boolean {
  return nameKeptAround(ctx.source.text, a, tText, ctx.source.pair) && !newNames(tText, sText, ctx.target.lang).length;
}

/** The codes of a bead (TV, HUF) with renderings to read them by that the target sentence neither writes nor renders. */
function lostCodes(codes: UnknownAcronym[], t: TargetSentence, lang: Lang): UnknownAcronym[] {
  return codes.filter((c) => isReadCode(c.letters, lang) && !rendersCode(t.text, lang, c.letters) && !carried(t, lang, c, undefined));
}

/** An all-capital acronym of the source that the table does not know, absent from the aligned translation. */
export default defineRule({
  meta: {
    id: "acronym-missing",
    description:
      "An acronym of the source that the acronym table does not know (PPWR, SEPE) must appear in the aligned translation, as itself, as an acronym the article pairs it with, or spelled out.",
    category: "accuracy/omission",
    severity: "minor",
    messages: {
      missing: "The source mentions “{{acronym}}”, but the aligned translation has neither it nor a spelled-out name for it.",
    },
    // Most of its flags on clean professional text are a name the translator rendered another way (docs/precision.md).
    confidence: 0.5,
  },
  examples: {
    good: [
      {
        from: "es",
        to: "en",
        source: "La Comisión Nacional de los Mercados y la Competencia (CNMC) multó a tres eléctricas. La CNMC recurrirá.",
        target: "The National Markets and Competition Commission (NMCC) fined three utilities. The NMCC will appeal.",
      },
      {
        from: "es",
        to: "en",
        source: "El SEPE pagará el subsidio en marzo.",
        target: "The State Public Employment Service will pay the benefit in March.",
      },
      {
        // Shouted headline words, a Roman numeral, a unit after a number and a currency code are not bodies.
        from: "es",
        to: "en",
        source: "ÚLTIMA HORA: el rey Felipe VI inauguró un parque de 50 MW. El bono rinde 300 USD.",
        target: "Breaking news: King Felipe VI opened a 50-megawatt park. The bond yields $300.",
      },
      {
        from: "en",
        to: "es",
        source: "The PPWR will apply from 2026, the commission said.",
        target: "El PPWR se aplicará desde 2026, dijo la comisión.",
      },
      {
        // A translation that never writes the acronym renders it its own way throughout.
        from: "es",
        to: "en",
        source: "El SEPE pagará el subsidio en marzo. El SEPE atiende a dos millones de personas.",
        target: "The employment agency will pay the benefit in March. It serves two million people.",
      },
      {
        // Named once, inside a name the translation renders in words of its own.
        from: "en",
        to: "es",
        source: "She now works at KTR Zurich, the city's technical school.",
        target: "Ahora trabaja en el Instituto Técnico de Zurich, la escuela técnica de la ciudad.",
      },
      {
        // Named once and rendered in words before a comma: no hole is left.
        from: "es",
        to: "en",
        source: "El sindicato presentó una queja ante la ACPD, según su portavoz.",
        target: "The union filed a complaint with the securities regulator, according to its spokesman.",
      },
      {
        // The translated name's acronym, its letters reordered; a currency code is no translated acronym.
        from: "en",
        to: "es",
        source: "The DPP won 45% of the vote, the party said. The DPP thanked its voters for 10 dollars each.",
        target: "El PPD obtuvo el 45% de los votos, dijo el partido. El PPD agradeció a sus votantes con 10 USD cada uno.",
      },
      {
        // A lower-case spelled-out name with the acronym's initials.
        from: "en",
        to: "es",
        source: "The PCR test is reliable in the first week. PCR remains the reference.",
        target: "La prueba de reacción en cadena de la polimerasa es fiable la primera semana. La PCR sigue siendo la referencia.",
      },
      {
        // An acronym repeated in the sentence's own prose: the translation may say the second mention another way.
        from: "en",
        to: "es",
        source: "A trial comparing XRT with MRT in Lyon found that XRT was faster than the older method.",
        target: "Un ensayo en Lyon que comparó la XRT con la MRT halló que era más rápida que el método antiguo.",
      },
      {
        // A code read through its renderings: a hole elsewhere in the sentence, but TV is rendered.
        from: "en",
        to: "es",
        source: "The match was shown on TV in Spain, the club said.",
        target: "El partido se emitió por televisión en, dijo el club.",
      },
      {
        // A word written in capitals, translated.
        from: "en",
        to: "es",
        source: "The VICTORY study began in May. In June, the agency extended the VICTORY study to 10 countries.",
        target: "El estudio VICTORY empezó en mayo. En junio, la agencia extendió el estudio Victoria a 10 países.",
      },
    ],
    bad: [
      {
        from: "es",
        to: "en",
        source: "El sindicato CSIF convocó una huelga para el lunes. El CSIF pide más personal.",
        target: "<marker>The union called a strike for Monday.</marker> The CSIF wants more staff.",
      },
      {
        from: "en",
        to: "es",
        source: "The PPWR will apply from 2026, the commission said. Firms say the PPWR is costly.",
        target: "<marker>El reglamento se aplicará desde 2026, dijo la comisión.</marker> Las empresas dicen que el PPWR es caro.",
      },
      {
        // A heading run into its sentence names it twice; the translation keeps one mention and loses the other.
        from: "es",
        to: "en",
        source: "EADS cae en bolsa Las acciones de EADS perdieron un 4 % el lunes en París.",
        target: "<marker>EADS falls on the stock market The shares lost 4% on Monday in Paris.</marker>",
      },
      {
        // Named once: the translation keeps the rest of the name and loses its acronym.
        from: "es",
        to: "en",
        source: "La campaña fue diseñada por la agencia Nova KTR para el ayuntamiento.",
        target: "<marker>The campaign was designed by the agency Nova for the city council.</marker>",
      },
      {
        // Named once and dropped: the word that led into it is left before a comma.
        from: "es",
        to: "en",
        source: "El sindicato presentó una queja ante la ACPD, según su portavoz.",
        target: "<marker>The union filed a complaint with the, according to its spokesman.</marker>",
      },
      {
        // Named once and dropped: two prepositions left side by side where the language does not stack them.
        from: "en",
        to: "es",
        source: "Her paper was read at the ISMB in Boston on Monday.",
        target: "<marker>Su ponencia se leyó en de Boston el lunes.</marker>",
      },
      {
        // Named once at the start: the translation opens with a lower-case word.
        from: "en",
        to: "es",
        source: "HSBC reported a loss of 300 million on Monday.",
        target: "<marker>anunció el lunes una pérdida de 300 millones.</marker>",
      },
      {
        // A currency code dropped where the word that led into it is left before a comma (CLDR names it "forinto").
        from: "en",
        to: "es",
        source: "The bank paid HUF 65 million, the daily said.",
        target: "<marker>El banco pagó 65 millones de, dijo el diario.</marker>",
      },
      {
        // Three words in lower case whose initials are the acronym's letters in another order do not spell it out.
        from: "es",
        to: "en",
        source: "SAP anunció pérdidas para la agencia pública de servicios.",
        target: "<marker>announced losses for the agency of public services.</marker>",
      },
    ],
  },
  check(ctx) {
    if (ctx.source.lang === ctx.target.lang) return;
    const { found, codes } = scanSources(ctx);
    if (!found.some((f) => f.length) && !codes.some((f) => f.length)) return;
    const learnt = learn(ctx, found);
    const counter = new MentionCounter(ctx);
    ctx.pairs.forEach((p, k) => {
      if ((!found[k].length && !codes[k].length) || !p.source.length || !p.target.length) return;
      const s = { start: p.source[0].start, end: p.source[p.source.length - 1].end };
      const t = { start: p.target[0].start, end: p.target[p.target.length - 1].end };
      const sText = ctx.source.text.slice(s.start, s.end);
      const tText = ctx.target.text.slice(t.start, t.end);
      // A hole in the target sentence that the source sentence lacks ("the inquiry of, at this stage"): a word was
      // dropped there, and the checks below that stand for a rendering in other words do not apply.
      const gaps = sentenceGaps(tText, ctx.target.lang);
      const holed = gaps > 0 && gaps > sentenceGaps(sText, ctx.source.lang);
      if (!found[k].length && !holed) return;
      // A sure 1–1 bead, or (with a hole to show for it) one that its place in the text pairs.
      if (!isConfidentOneToOne(p, CONFIDENT) && !(holed && isPairedInPlace(ctx.pairs, k, CONFIDENT))) return;
      const target: TargetSentence = { text: tText, folded: fold(tText), caps: capitalWords(tText) };
      // A capital word of the target sentence that the source sentence lacks: perhaps the acronym, translated.
      if (!holed && newCapitalWord(sText, target, ctx.source.pair)) return;
      const report = (a: UnknownAcronym) =>
        ctx.report({
          messageId: "missing",
          data: { acronym: ctx.source.text.slice(a.start, a.end) },
          source: { start: a.start, end: a.end },
          target: t,
        });
      // A code (TV, HUF) dropped where a word is missing, with no rendering of it in the sentence.
      if (holed) for (const c of lostCodes(codes[k], target, ctx.target.lang)) report(c);
      const seen = new Set<string>();
      // With a hole in the target, a second mention lost anywhere counts; without one, only across a run-in heading.
      const heading: HeadingCut = holed ? () => true : headingCut(ctx.source, sText, s.start);
      for (const a of found[k]) {
        if (seen.has(a.letters)) continue;
        seen.add(a.letters);
        const l = learnt.get(a.letters);
        // The aligned sentence alone: a neighbour that repeats the acronym does not make up for this one's loss, nor
        // does the one mention a sentence keeps of its two ("EADS pierde… EADS", a heading run into the sentence).
        if (carried(target, ctx.target.lang, a, l) && !lostOne(target, ctx.target.lang, a, found[k], heading)) continue;
        if (wordTranslated(ctx, a, tText)) continue;
        if (holed) {
          report(a);
          continue;
        }
        // A translation that never writes the acronym renders it its own way (a description, a local name).
        const m = counter.mentions(a, l);
        if (m === "rendered") continue;
        if (m === "once" && !keptAround(ctx, a, sText, tText)) continue;
        // "Name (ACR)" in the source: a translation that keeps the name in words may drop the acronym.
        if (expandedAt(ctx.source.text, a, ctx.source.lang) && hasName(tText, ctx.target.lang)) continue;
        report(a);
      }
    });
  },
});
