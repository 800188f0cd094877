import type { Doc, Segment } from "../core/document";
import { areCognates, isExcludedWord, translatedName } from "../core/names";
import { editDistance, findAtWordStart, fold } from "../core/normalize";
import { defineRule, type AlignedPair, type LocalSpan } from "../core/rule";

// Words, keeping inner apostrophes (O'Brien); hyphens split (al-Maliki, Jean-Claude); a possessive 's is cut below.
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const POSSESSIVE = /['’]s$/u;
const OPENER = /[:"“”«»¿¡(\[—–\-'‘’]\s*$/u;
const MIN_LENGTH = 5;

interface NameToken extends LocalSpan {
  text: string;
  folded: string;
  /** First word of its sentence (or after an opening quote, colon or dash). */
  initial: boolean;
}

/** Capitalised (not all-capital) words of a segment, at least MIN_LENGTH letters long. */
function capitalisedWords(doc: Doc, seg: Segment): NameToken[] {
  const out: NameToken[] = [];
  let first = true;
  for (const m of seg.text.matchAll(WORD)) {
    const at = m.index ?? 0;
    const initial = first || OPENER.test(seg.text.slice(Math.max(0, at - 3), at));
    first = false;
    const text = m[0].replace(POSSESSIVE, "");
    if (text.length < MIN_LENGTH || !/^\p{Lu}/u.test(text) || !/\p{Ll}/u.test(text)) continue;
    if (/\p{Lu}/u.test(text.slice(1)) && !/['’]/.test(text)) continue; // McDonald-like mixed case: skip
    const start = seg.start + at;
    out.push({ start, end: start + text.length, text, folded: fold(text), initial });
  }
  void doc;
  return out;
}

/** Folded words that start with a lower-case letter somewhere in `text`. */
function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) if (/^\p{Ll}/u.test(m[0])) out.add(fold(m[0]));
  return out;
}

function rangeOf(pairs: AlignedPair[], lo: number, hi: number, side: "source" | "target"): LocalSpan | null {
  let start = Infinity;
  let end = -Infinity;
  for (let j = Math.max(0, lo); j <= Math.min(pairs.length - 1, hi); j++) {
    for (const s of pairs[j][side]) {
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
  }
  return end > start ? { start, end } : null;
}

/** A proper name of the source misspelt in the translation ("Kuczinski" for "Kuczynski"). */
export default defineRule({
  meta: {
    id: "name-mismatch",
    description:
      "A proper name of the source appears in the aligned translation with one letter wrong (a near miss); names that translate (Londres/London) and transliteration variants (Gadafi/Gaddafi) are not flagged.",
    category: "accuracy/mistranslation",
    severity: "minor",
    messages: {
      nearMiss: "“{{found}}” looks like a misspelling of the source name “{{name}}”.",
    },
  },
  examples: {
    good: [
      {
        from: "es", to: "en",
        source: "El expresidente Pedro Pablo Kuczynski declaró ante el juez. Después viajó a Londres.",
        target: "Former president Pedro Pablo Kuczynski testified before the judge. He then travelled to London.",
      },
      {
        from: "es", to: "en",
        source: "El líder libio Muamar el Gadafi recibió a Mahmud Abás en Trípoli.",
        target: "Libyan leader Muammar Gaddafi received Mahmoud Abbas in Tripoli.",
      },
      {
        from: "es", to: "en",
        source: "La policía detuvo ayer en Brasil a José Álvarez, según el Congreso.",
        target: "Police in Brazil arrested Jose Alvarez yesterday, according to Congress.",
      },
      {
        from: "en", to: "es",
        source: "Kuczynski's lawyer, María Rodríguez, spoke in Russia on Monday.",
        target: "La abogada de Kuczynski, Maria Rodriguez, habló en Rusia el lunes.",
      },
    ],
    bad: [
      {
        from: "es", to: "en",
        source: "El expresidente Pedro Pablo Kuczynski declaró ante el juez.",
        target: "Former president Pedro Pablo <marker>Kuczinski</marker> testified before the judge.",
        suggestion: "Kuczynski",
      },
      {
        from: "en", to: "es",
        source: "The minister met Angela Merkel in Berlin on Tuesday.",
        target: "El ministro se reunió con Angela <marker>Merkal</marker> en Berlín el martes.",
        suggestion: "Merkel",
      },
      {
        from: "es", to: "en",
        source: "La alcaldesa Claudia Sheinbaum inauguró la obra. Sheinbaum habló de seguridad.",
        target: "Mayor Claudia Sheinbaum opened the works. <marker>Shienbaum</marker> spoke about security.",
        suggestion: "Sheinbaum",
      },
      {
        from: "es", to: "en",
        source: "La selección viajó ayer a Brasil para el torneo.",
        target: "The national team travelled to <marker>Brazul</marker> yesterday for the tournament.",
        suggestion: "Brazil",
      },
    ],
  },
  check(ctx) {
    if (ctx.source.lang === ctx.target.lang) return;
    const sLang = ctx.source.lang;
    const tLang = ctx.target.lang;
    const srcFolded = fold(ctx.source.text);
    const srcWords = ctx.pairs.map((p) => p.source.flatMap((s) => capitalisedWords(ctx.source, s)));
    // A word capitalised in mid-sentence anywhere in the source is a name even where it starts a sentence.
    const midSentence = new Set(srcWords.flat().filter((w) => !w.initial).map((w) => w.folded));
    // A word also written in lower case in the article is a common word (centro, protocolo), not a name.
    const srcLower = lowerCaseWords(ctx.source.text);
    const tgtLower = lowerCaseWords(ctx.target.text);
    const isSourceName = (w: NameToken) =>
      (!w.initial || midSentence.has(w.folded)) && !isExcludedWord(w.folded, sLang) && !srcLower.has(w.folded);

    ctx.pairs.forEach((pair, k) => {
      const srcRange = rangeOf(ctx.pairs, k - 1, k + 1, "source");
      if (!srcRange) return;
      // Expected target spellings: each source name as written, or its translation (Brasil → Brazil).
      const names = new Map<string, NameToken>();
      for (let j = Math.max(0, k - 1); j <= Math.min(ctx.pairs.length - 1, k + 1); j++) {
        for (const w of srcWords[j]) {
          const translated = translatedName(w.folded, sLang);
          if (translated !== undefined && (!w.initial || midSentence.has(w.folded))) {
            const folded = fold(translated);
            if (!names.has(folded)) names.set(folded, { ...w, text: translated, folded });
          }
          if (isSourceName(w) && !names.has(w.folded)) {
            names.set(w.folded, w);
          }
        }
      }
      if (!names.size) return;
      for (const t of pair.target.flatMap((s) => capitalisedWords(ctx.target, s))) {
        if (isExcludedWord(t.folded, tLang) || names.has(t.folded) || tgtLower.has(t.folded)) continue;
        // The word is in the source too (a name written the same, or a word shared by both languages).
        if (findAtWordStart(srcFolded, t.folded, srcRange.start, srcRange.end, true) >= 0) continue;
        const near = [...names.values()].filter((n) =>
          n.folded[0] === t.folded[0]
          && editDistance(n.folded, t.folded, 1) === 1
          && !areCognates(n.folded, t.folded));
        if (near.length !== 1) continue;
        ctx.report({
          messageId: "nearMiss",
          data: { found: t.text, name: near[0].text },
          target: { start: t.start, end: t.end },
          source: { start: near[0].start, end: near[0].end },
          suggestion: near[0].text,
        });
      }
    });
  },
});
