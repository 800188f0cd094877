import { defineRule, type RuleContext } from "../check/rule";
import type { Segment } from "../segment/document";
import { orderBreaks, scanWords } from "./lib/word-order";
import { segmentKeysOf } from "../align/anchors";
import { HASH_SEED } from "../fast/span-set";
import { wordHash, wordHashStep } from "../fast/word-set";

/** A paragraph is scrambled with at least this many word-order breaks, and one for every this many words. */
const MIN_BREAKS = 2;
const WORDS_PER_BREAK = 45;

/** A word repeated this many times in a row is a loop ("the the the the"); fewer may be emphasis or a typo. */
const MIN_WORD_REPEATS = 4;
/** A group of two to four words repeated this many times in a row is a loop ("of the of the of the"). */
const MIN_GROUP_REPEATS = 3;
const MAX_GROUP = 4;

interface Word {
  start: number;
  end: number;
  folded: string;
}

/**
 * The words of a text: letter or digit runs with single inner apostrophes or hyphens, as
 * /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu matches them (scanned by `scanWords`, src/fast/README.md).
 */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  scanWords(text, LOOP_MARK, (start, end) => out.push({ start, end, folded: text.slice(start, end).toLowerCase() }));
  return out;
}
const LOOP_MARK = (c: number) => c === 39 || c === 0x2019 || c === 45;

/** How many times the group of `n` words at `i` stands in a row from there. */
function repeats(words: Word[], i: number, n: number): number {
  let r = 1;
  for (let j = i + n; j + n <= words.length; j += n) {
    for (let k = 0; k < n; k++) if (words[j + k].folded !== words[i + k].folded) return r;
    r++;
  }
  return r;
}

/** The first loop of a text: [start, end) of the repeated words, or null when there is none. */
export function firstLoop(text: string, quick = true): [number, number] | null {
  // Fast path (src/fast/README.md): no Word objects for a text where no word stands again n and 2n words on (n <= 4),
  // compared by hashes of their lower-case forms: a loop needs that. `quick = false` is the plain version.
  if (quick && !mayLoop(text)) return null;
  const words = wordsOf(text);
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MAX_GROUP; n++) {
      const r = repeats(words, i, n);
      if (r < (n === 1 ? MIN_WORD_REPEATS : MIN_GROUP_REPEATS)) continue;
      // A group of one repeated word is the shorter loop of that word.
      if (n > 1 && words.slice(i, i + n).every((w) => w.folded === words[i].folded)) continue;
      return [words[i].start, words[i + n * r - 1].end];
    }
  }
  return null;
}

/** The `wordHashStep` hashes of the lower-case forms of the words of the text `mayLoop` reads, and their number. */
let hashes = new Int32Array(256);
let count = 0;

/**
 * Whether some word of the text (as `wordsOf` reads them) has the hash of its lower-case form (an ASCII word's read
 * in place) in common with the words n and 2n words on, for some n up to MAX_GROUP: every loop `firstLoop` finds
 * has (a word repeated four times, or the first word of a group repeated three times).
 */
export function mayLoop(text: string): boolean {
  count = 0;
  scanWords(text, LOOP_MARK, (start, end) => addHash(lowerHash(text, start, end)));
  const need = MIN_GROUP_REPEATS - 1;
  for (let i = 0; i < count; i++) {
    const h = hashes[i];
    for (let n = 1; n <= MAX_GROUP && i + need * n < count; n++) if (hashes[i + n] === h && hashes[i + 2 * n] === h) return true;
  }
  return false;
}

function addHash(hash: number): void {
  if (count === hashes.length) {
    const more = new Int32Array(2 * count);
    more.set(hashes);
    hashes = more;
  }
  hashes[count++] = hash;
}

/** The hash of text.slice(start, end).toLowerCase(), read in place when the word is ASCII. */
function lowerHash(text: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return wordHash(text.slice(start, end).toLowerCase());
    hash = wordHashStep(hash, c);
  }
  return hash;
}

/** Word-order breaks (and how many of them are weak) and words of some sentences together; null when the language has no table. */
function breaksIn(segs: Segment[], lang: RuleContext["target"]["lang"]): { words: number; breaks: number; weak: number } | null {
  const sum = { words: 0, breaks: 0, weak: 0 };
  for (const s of segs) {
    const b = orderBreaks(s.text, lang);
    if (!b) return null;
    sum.words += b.words;
    sum.breaks += b.breaks;
    sum.weak += b.weak;
  }
  return sum;
}

const scrambled = (b: { words: number; breaks: number; weak: number } | null) =>
  !!b && b.breaks >= MIN_BREAKS && b.breaks * WORDS_PER_BREAK >= b.words;

/** Fewest anchors a paragraph must share with its source for "none keeps its neighbour" to say anything. */
const MIN_SHARED_ANCHORS = 7;
/** Fewest shared anchors for their rank correlation to say anything, and the correlation below which it is lost. */
const MIN_RANKED_ANCHORS = 4;
const MAX_SHUFFLED_TAU = 0.3;

/** Kendall's tau of a sequence of ranks against their sorted order: 1 same order, 0 unrelated, −1 reversed. */
export function kendallTau(ranks: number[]): number {
  let concordant = 0;
  let pairs = 0;
  for (let i = 1; i < ranks.length; i++) {
    for (let j = 0; j < i; j++) {
      pairs++;
      if (ranks[j] < ranks[i]) concordant++;
    }
  }
  return pairs ? (2 * concordant) / pairs - 1 : 1;
}

/**
 * True when the anchors (numbers, names, cognates, lexicon words) a target paragraph shares with its source have
 * lost the source's order: seven or more of them keep none of their neighbours (no two anchors next to each other
 * in the source stand next to each other, in the same order, in the target), or four or more keep almost no order at
 * all (Kendall's tau below 0.3). A translation moves clauses but keeps most neighbours and most of the order ("8,4
 * mil millones de euros" / "8.4 billion euros"); shuffled words keep almost none.
 */
function anchorsShuffled(ctx: RuleContext, sources: Segment[], targets: Segment[]): boolean {
  return keysShuffled(
    sources.map((s) => segmentKeysOf(ctx.memo.source, s.index)),
    targets.map((t) => segmentKeysOf(ctx.memo.target, t.index)),
  );
}

/**
 * anchorsShuffled on the anchor keys of each source and target segment. Each key shared is taken by its first
 * target position: the positions are distinct, so a key's rank among the shared keys is the number of shared
 * positions before its own (no sort, no Map from key to rank).
 */
export function keysShuffled(sourceKeys: readonly (readonly string[])[], targetKeys: readonly (readonly string[])[]): boolean {
  const position = new Map<string, number>();
  for (const keys of targetKeys) for (const k of keys) if (!position.has(k)) position.set(k, position.size);
  // The target positions of the keys the source shares, each once, in the order the source first names them.
  const taken = new Uint8Array(position.size);
  const at: number[] = [];
  for (const keys of sourceKeys) {
    for (const k of keys) {
      const p = position.get(k);
      if (p === undefined || taken[p]) continue;
      taken[p] = 1;
      at.push(p);
    }
  }
  if (at.length < MIN_RANKED_ANCHORS) return false;
  const rankOf = new Int32Array(position.size);
  for (let p = 0, r = 0; p < taken.length; p++) if (taken[p]) rankOf[p] = r++;
  const ranks = at.map((p) => rankOf[p]);
  if (kendallTau(ranks) < MAX_SHUFFLED_TAU) return true;
  return ranks.length >= MIN_SHARED_ANCHORS && ranks.every((r, i) => i === 0 || r !== ranks[i - 1] + 1);
}

/** Target paragraphs whose word order is broken throughout while their aligned source's is not: one issue each. */
function scrambledParagraphs(ctx: RuleContext): void {
  const byParagraph = new Map<number, Segment[]>();
  for (const t of ctx.target.segments) {
    const segs = byParagraph.get(t.paragraph);
    if (segs) segs.push(t);
    else byParagraph.set(t.paragraph, [t]);
  }
  for (const segs of byParagraph.values()) {
    // One break at least: word order checked only where the language has a table (anchors alone say too little).
    const breaks = breaksIn(segs, ctx.target.lang);
    if (!breaks?.breaks) continue;
    const sources = [...new Set(segs.map((t) => ctx.pairOfTarget[t.index]))].flatMap((k) => ctx.pairs[k]?.source ?? []);
    // A weak break ("moved on to") counts toward the breaks but never stands alone beside the anchors' order.
    const anchorsTell = breaks.breaks > breaks.weak && anchorsShuffled(ctx, sources, segs);
    if (!sources.length || (!scrambled(breaks) && !anchorsTell)) continue;
    // Last, as the dearest test: a source whose own order is broken as much explains the target's.
    if (scrambled(breaksIn(sources, ctx.source.lang))) continue;
    const last = segs[segs.length - 1];
    ctx.report({ messageId: "scrambled", target: { start: segs[0].start, end: last.end } });
  }
}

/** A target sentence caught in a loop of repeated words, or a paragraph of scrambled words, as machine translation produces on bad days. */
export default defineRule({
  meta: {
    id: "unintelligible",
    description:
      'A target sentence caught in a loop (a word four times in a row, or a group of two to four words three times in a row: "of the of the of the"), or a target paragraph whose word order is broken throughout (a determiner or preposition before another or at a sentence end, a determiner before a conjunction or a subject pronoun, a preposition before a conjunction or an auxiliary, a conjunction ending a sentence, a clitic before no verb, "an" before a consonant, a plural determiner before no plural or a singular one before a plural: at least twice and once per 45 words, or once where the anchors it shares with its source have lost their order: none of seven or more keeps its neighbour, or four or more keep almost none of it), which the aligned source does not have.',
    category: "accuracy/mistranslation",
    severity: "minor",
    messages: {
      loop: "The translation repeats “{{words}}” in a loop: the sentence is garbled.",
      scrambled:
        "The words of this paragraph are out of order throughout (articles and prepositions with nothing to introduce), unlike its source: the translation is garbled.",
    },
    confidence: 0.9,
  },
  examples: {
    good: [
      {
        // Spanish "unos y otros", "unas y otras": determiners standing alone as pronouns before a conjunction.
        from: "en",
        to: "es",
        source: "Buyers and sellers complain, and each association blames the other.",
        target: "Unos y otros se quejan, y unas y otras asociaciones se culpan entre sí.",
      },
      {
        // Singular nouns ending in "-s" ("el país", "la crisis", "el virus", "del lunes") and "al abrirlas".
        from: "en",
        to: "es",
        source: "The country lived through the crisis; the virus arrived on Monday when they opened them.",
        target: "El país vivió la crisis; el virus llegó el día del lunes al abrirlas.",
      },
      {
        // "se los aisló": "los" is a clitic here; "unos sistemas", "sus hijos" agree.
        from: "en",
        to: "es",
        source: "They were isolated for several days. Some systems failed and his children left.",
        target: "Por consiguiente, se los aisló durante varios días. Unos sistemas fallaron y sus hijos se fueron.",
      },
      {
        // "a university", "an hour", "an MRI": the article fits the sound; "in and around" joins two prepositions.
        from: "es",
        to: "en",
        source: "Un médico de la universidad llegó en una hora con una resonancia y paseó por la ciudad y sus alrededores.",
        target: "A doctor from a university arrived in an hour with an MRI and walked in and around the city.",
      },
      {
        // "la de Madrid": a determiner before "de" is Spanish.
        from: "en",
        to: "es",
        source: "The proposal from Lima and the one from Madrid still stand.",
        target: "La propuesta de Lima y la de Madrid siguen en pie.",
      },
      {
        // "un de ses amis": a numeral, not an article, before "de".
        from: "en",
        to: "fr",
        source: "One of his friends came to Paris with the rest of the team.",
        target: "Un de ses amis est venu à Paris avec le reste de l'équipe.",
      },
      {
        // "A" and "E" are letters, not the preposition "a"; "cada una" and "a la una" end in a pronoun and a numeral;
        // "had had" is English.
        from: "en",
        to: "es",
        source: "Hepatitis A and E spread through water. There are vaccines for each one. They met at one.",
        target: "Las hepatitis A y E se contagian por el agua. Hay vacunas para cada una. Se reunieron a la una.",
      },
      {
        from: "es",
        to: "en",
        source: "El ministro ya había tenido dos reuniones antes del lunes.",
        target: "The minister had had two meetings before Monday.",
      },
      {
        from: "es",
        to: "en",
        source: "El público gritaba «sí, sí, sí, sí» al final del concierto.",
        target: 'The audience shouted "yes, yes, yes, yes" at the end of the concert.',
      },
      {
        from: "en",
        to: "es",
        source: "The minister said that the plan was very, very expensive.",
        target: "El ministro dijo que el plan era muy, muy caro.",
      },
    ],
    bad: [
      {
        // Spanish: a determiner before a conjunction ("la y", "los o"), its only out-of-order places.
        from: "en",
        to: "es",
        source: "The mayor and the councillors approved the budget of the city on Monday.",
        target: "<marker>Aprobaron el lunes alcalde la y presupuesto los o concejales de ciudad.</marker>",
      },
      {
        // Spanish: a singular determiner before a plural ("el médicos", "una casos").
        from: "en",
        to: "es",
        source: "Doctors fear serious cases in the hospitals.",
        target: "<marker>El médicos temen una casos graves en los hospitales.</marker>",
      },
      {
        // Spanish: "unos sistema", "sus rápidamente" (a plural determiner before no plural), "se de", "el fueron" (an
        // article before an auxiliary), "que" ending it.
        from: "en",
        to: "es",
        source: "Some systems failed quickly and his children left the country.",
        target: "<marker>Unos sistema fallaron y sus rápidamente hijo se de país el fueron que.</marker>",
      },
      {
        // "an" before a consonant, "in were" (a preposition before a verb), "the badly", "and" ending the sentence.
        from: "es",
        to: "en",
        source: "Las bacterias evolucionan si los antibióticos se usan mal en los hospitales.",
        target: "<marker>Bacteria used an evolve if antibiotics in were hospitals the badly and.</marker>",
      },
      {
        // "se de" (a clitic before a preposition) and "que" ending the sentence.
        from: "en",
        to: "es",
        source: "The bacteria evolve quickly if antibiotics are misused in the hospitals.",
        target: "<marker>Se de bacterias evolucionan los hospitales en rápidamente y si antibióticos mal se usan que.</marker>",
      },
      {
        // One break only ("the for"), but none of the nine anchors it shares with the source keeps its neighbour.
        from: "es",
        to: "en",
        source: "En 2006, el Banco Europeo de Inversiones prestó 300 millones a Hungría para 12 proyectos en Budapest y Debrecen.",
        target: "<marker>Debrecen 300 European Hungary projects in 2006 Budapest and Investment million lent the for 12 Bank.</marker>",
      },
      {
        // Shuffled words: a determiner before a conjunction ("the and") and before a subject pronoun ("a they").
        from: "es",
        to: "en",
        source: "El Gobierno aprobó ayer el plan y los sindicatos lo rechazaron.",
        target: "<marker>Plan the and approved unions yesterday government a they rejected it.</marker>",
      },
      {
        // French: "le et", "pour de" and "le" ending the sentence.
        from: "en",
        to: "fr",
        source: "The government approved the budget of the region for next year.",
        target: "<marker>Approuvé le et région budget pour de gouvernement la année prochaine le.</marker>",
      },
      {
        // Shuffled words: "of for", and "the" ending the sentence.
        from: "es",
        to: "en",
        source: "El Gobierno aprobó el presupuesto de la región para el año próximo.",
        target: "<marker>Approved the region of for budget government the year next the.</marker>",
      },
      {
        // "they they" (a word doubled) and "the on" (a determiner before a preposition).
        from: "es",
        to: "en",
        source: "Los funcionarios dijeron que se reunirían el lunes.",
        target: "<marker>Officials said they they would meet the on Monday.</marker>",
      },
      {
        // One break ("the and"), and the names and numbers it shares with its source keep almost none of their order.
        from: "es",
        to: "en",
        source: "Pedro Ruiz visitó Quito en 2019 con 300 soldados y 45 millones de euros.",
        target: "<marker>Million 300 Quito with euros visited 2019 soldiers Pedro Ruiz the and 45.</marker>",
      },
      {
        from: "es",
        to: "en",
        source: "El Gobierno aprobó el presupuesto de la región para el año próximo.",
        target: "The government approved the budget <marker>of the region of the region of the region</marker> for next year.",
      },
      {
        from: "en",
        to: "es",
        source: "Prices rose again in March.",
        target: "Los precios <marker>subieron subieron subieron subieron</marker> de nuevo en marzo.",
      },
    ],
  },
  check(ctx) {
    if (ctx.source.lang !== ctx.target.lang) scrambledParagraphs(ctx);
    for (const t of ctx.target.segments) {
      const loop = firstLoop(t.text);
      if (!loop) continue;
      const pair = ctx.pairs[ctx.pairOfTarget[t.index]];
      if (pair.source.some((s) => firstLoop(s.text))) continue;
      const words = t.text.slice(loop[0], loop[1]);
      ctx.report({ messageId: "loop", data: { words }, target: { start: t.start + loop[0], end: t.start + loop[1] } });
    }
  },
});
