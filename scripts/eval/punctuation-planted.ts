// Eval "punctuation-planted": planted punctuation defects in copies of clean newstest articles (target en, then
// target es), and the false-alarm rate of the punctuation rules on the clean pairs (both directions). Reads the
// corpus in place. --pair xx-yy: that direction of newstest-multi only.
// Set EVAL_SAMPLES=n to print n clean-pair issues per rule with their context, EVAL_MISSES=1 to print the misses.
import { check } from "../../src/checker";
import type { Rule } from "../../src/check/rule";
import { fnv1a } from "../../src/report/id-hash";
import type { CheckRequest, Issue, Lang, Report, Severity } from "../../src/types";
import { guardedRules } from "./guard";
import { buildArticle, type BuiltSide } from "./corpus";
import { newstestMulti } from "./clean-sources";
import type { EvalContext, EvalModule } from "./types";

/** The rules this module measures on clean text. */
const OWN_RULES = ["sentence-start-case", "punctuation-spacing", "doubled-punctuation", "repeated-word"];
/** Every rule of the target-language issue (punctuation, typography, locale conventions): its false-alarm budget. */
const TARGET_LANGUAGE_RULES = [
  ...OWN_RULES,
  "unpaired-brackets",
  "unpaired-quotes",
  "inverted-marks",
  "quote-style",
  "terminal-punctuation",
  "dash-style",
  "number-format",
];
const SEVERITIES: Severity[] = ["minor", "major", "critical"];

/** A defect planted in the target: the modified text, where it lies and which rules may report it. */
interface Planted {
  text: string;
  /** [start, end) in the modified text that a correct report must overlap. */
  at: [number, number][];
  rules: string[];
}

/** One kind of planted defect in a text of language `to`. `fixable`: the fixed text must give back the clean original. */
export interface Kind {
  name: string;
  fixable: boolean;
  /** `source`: the source text, its paragraphs (split at blank lines) translated by the target's in order. */
  plant(en: string, seed: string, to: Lang, source?: string): Planted | undefined;
}

/** Article pairs of one direction: source and target sides of the same article. */
export interface PlantDoc {
  id: string;
  src: BuiltSide;
  tgt: BuiltSide;
}

/**
 * Typographic quotation pairs (opening, closing) a reader of each language sees as one quotation; straight
 * double quotes are paired by parity in every language. Other languages: English curly quotes.
 */
const QUOTE_PAIRS: Partial<Record<Lang, [string, string][]>> = {
  es: [
    ["“", "”"],
    ["«", "»"],
  ],
  fr: [
    ["«", "»"],
    ["“", "”"],
  ],
  de: [
    ["„", "“"],
    ["»", "«"],
  ],
};
/** Languages where a number followed by a full stop is an ordinal ("am 5. und 6. Mai"): no broken sentence there. */
const ORDINAL_PERIOD = new Set<Lang>(["de"]);

/** Every registered rule, guarded: one that throws is counted and reported, not fatal. */
const { rules: GUARDED, crashes: crashed } = guardedRules();
const run = (req: CheckRequest): Report => check(req, GUARDED);

/** EVAL_MISSES=1 prints the context of every planted defect that was not flagged. */
const SHOW_MISSES = process.env.EVAL_MISSES === "1";

const pick = (seed: string, n: number) => parseInt(fnv1a(seed), 16) % n;

/** Offsets of every match of `re` in `text` (global regex). */
function matches(text: string, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

/** A ", " between two words (not inside a number). */
const COMMA_SPACE = /(?<=\p{L}), (?=\p{L})/gu;
/** A space between a word (or number) and a lowercase word, inside a paragraph, not after a mark. */
const MID_SPACE = /(?<=[\p{L}\p{N}]) (?=\p{Ll}\p{L})/gu;
/** The same after a letter only. */
const MID_SPACE_AFTER_LETTER = /(?<=\p{L}) (?=\p{Ll}\p{L})/gu;
const COMMA_THEN_LOWER = /(?<=\p{L}), (?=\p{Ll}\p{L})/gu;

const KINDS: Kind[] = [
  {
    name: "space before comma",
    fixable: true,
    plant(en, seed) {
      const sites = matches(en, COMMA_SPACE);
      if (!sites.length) return undefined;
      const p = sites[pick(seed, sites.length)];
      return { text: `${en.slice(0, p)} ${en.slice(p)}`, at: [[p, p + 2]], rules: ["punctuation-spacing"] };
    },
  },
  {
    name: "doubled comma",
    fixable: true,
    plant(en, seed) {
      const sites = matches(en, COMMA_SPACE);
      if (!sites.length) return undefined;
      const p = sites[pick(seed, sites.length)];
      return { text: `${en.slice(0, p)},${en.slice(p)}`, at: [[p, p + 2]], rules: ["doubled-punctuation"] };
    },
  },
  {
    name: "broken sentence (space -> '. ')",
    fixable: true,
    plant(en, seed, to) {
      const sites = matches(en, ORDINAL_PERIOD.has(to) ? MID_SPACE_AFTER_LETTER : MID_SPACE);
      if (!sites.length) return undefined;
      const p = sites[pick(seed, sites.length)];
      return { text: `${en.slice(0, p)}.${en.slice(p)}`, at: [[p, p + 1]], rules: ["sentence-start-case"] };
    },
  },
  {
    name: "broken sentence (', ' -> '. ')",
    fixable: false,
    plant(en, seed) {
      const sites = matches(en, COMMA_THEN_LOWER);
      if (!sites.length) return undefined;
      const p = sites[pick(seed, sites.length)];
      return { text: `${en.slice(0, p)}.${en.slice(p + 1)}`, at: [[p, p + 1]], rules: ["sentence-start-case"] };
    },
  },
  {
    name: "removed closing parenthesis",
    fixable: false,
    plant(en, seed) {
      const pairs = closedPairs(en, "(", ")");
      if (!pairs.length) return undefined;
      const [open, close] = pairs[pick(seed, pairs.length)];
      return {
        text: en.slice(0, close) + en.slice(close + 1),
        at: [
          [open, open + 1],
          [close - 1, close + 1],
        ],
        rules: ["unpaired-brackets"],
      };
    },
  },
  {
    name: "removed closing quote",
    fixable: false,
    plant(en, seed, to, source) {
      const typographic = (QUOTE_PAIRS[to] ?? [["“", "”"]]).flatMap(([o, c]) => closedPairs(en, o, c));
      const pairs = [...typographic, ...straightQuotePairs(en)].filter(([, close]) => visibleLoss(en, close, source));
      if (!pairs.length) return undefined;
      const [open, close] = pairs[pick(seed, pairs.length)];
      return {
        text: en.slice(0, close) + en.slice(close + 1),
        at: [
          [open, open + 1],
          [close - 1, close + 1],
        ],
        rules: ["unpaired-quotes"],
      };
    },
  },
];

/** Typographic double quotation marks (curly, low, guillemets). */
const TYPOGRAPHIC_DOUBLE = /[“”„«»]/;
/** Every quotation mark a paragraph may hold (straight, curly, low, guillemets). */
const QUOTE_MARK = /["“”„«»]/;
/** Paragraph of `text` (split at blank lines) holding offset `at`, and that paragraph's offset. */
function paragraphAt(text: string, at: number): { index: number; start: number; para: string } {
  const before = text.slice(0, at).split("\n\n");
  const start = at - before[before.length - 1].length;
  const end = text.indexOf("\n\n", at);
  return { index: before.length - 1, start, para: text.slice(start, end < 0 ? text.length : end) };
}
const count = (s: string, re: RegExp) => s.split("").filter((c) => re.test(c)).length;

/**
 * Whether dropping the closing quote at `close` leaves a loss a reader sees. Not when the closer is the
 * paragraph's last quotation mark and the next paragraph opens with one: that is how news style continues a
 * quotation over paragraphs (no closer until the last). Not when the aligned source paragraph has an odd number
 * of straight or of typographic quotation marks: a target as unbalanced as its source mirrors it.
 */
function visibleLoss(text: string, close: number, source: string | undefined): boolean {
  const { index, start, para } = paragraphAt(text, close);
  const rest = para.slice(close - start + 1);
  const next = text.slice(start + para.length + 2).trimStart();
  if (start + para.length < text.length && !QUOTE_MARK.test(rest) && QUOTE_MARK.test(next[0] ?? "")) return false;
  const src = source?.split("\n\n")[index];
  return src === undefined || (count(src, /"/) % 2 === 0 && count(src, /[“”„«»]/) % 2 === 0);
}

/** [open, close] offsets of non-nested pairs of distinct opening/closing marks inside one paragraph. */
function closedPairs(text: string, open: string, close: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const para of text.split("\n\n")) {
    const stack: number[] = [];
    for (let i = 0; i < para.length; i++) {
      if (para[i] === open) stack.push(i);
      else if (para[i] === close && stack.length) {
        const o = stack.pop()!;
        if (!stack.length) out.push([from + o, from + i]);
      }
    }
    from += para.length + 2;
  }
  return out;
}

/**
 * [open, close] of straight double quotes paired by parity, in paragraphs with an even number of them and no
 * typographic double quotation mark: where the two are mixed (“…" or "…»), a straight quote may close a curly
 * one or open a guillemet one, and pairing straight quotes by parity would take an opener for a closer.
 */
function straightQuotePairs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const para of text.split("\n\n")) {
    const at: number[] = [];
    for (let i = para.indexOf('"'); i >= 0; i = para.indexOf('"', i + 1)) at.push(from + i);
    if (at.length % 2 === 0 && !TYPOGRAPHIC_DOUBLE.test(para)) for (let k = 0; k < at.length; k += 2) out.push([at[k], at[k + 1]]);
    from += para.length + 2;
  }
  return out;
}

const hits = (i: Issue, ranges: [number, number][]) =>
  !!i.target && ranges.some(([s, e]) => i.target!.start < e && Math.max(i.target!.end, i.target!.start + 1) > s);

/** The article pairs of one direction. */
export interface Direction {
  /** Corpus name for the printout. */
  corpus: string;
  from: Lang;
  to: Lang;
  docs: PlantDoc[];
}

/** Without --pair: newstest es->en and en->es; with it: that direction of newstest-multi. */
export function directions(ctx: EvalContext): Direction[] {
  if (ctx.pair) {
    const { from, to } = ctx.pair;
    const docs = newstestMulti(ctx.corpusDir, from, to).docs.map((d) => ({ id: d.id, src: d.source, tgt: d.target }));
    return [{ corpus: "newstest-multi", from, to, docs }];
  }
  const built = ctx.articles.map((a) => ({ id: a.id, sides: buildArticle(a) }));
  return (["es", "en"] as const).map((from) => {
    const to = from === "es" ? "en" : "es";
    return { corpus: "newstest", from, to, docs: built.map((b) => ({ id: b.id, src: b.sides[from], tgt: b.sides[to] })) };
  });
}

/** What one planted kind gave: copies, flagged at the place, and (fixable kinds, all rules) how the fix came out. */
export interface KindStats {
  n: number;
  flagged: number;
  fixedOriginal: number;
  cleanUntouched: number;
  fixedOriginalUntouched: number;
  fixedLikeClean: number;
}

export const PUNCTUATION_KINDS: readonly Kind[] = KINDS;

/**
 * Plants each kind once per article and checks the copy. `rulesOf` narrows the rules checked to a kind's own
 * (faster; no fix columns then); without it every rule runs, guarded, and the fix columns are filled.
 */
export function plantedStats(d: Direction, rulesOf?: (kind: Kind) => readonly Rule[]): KindStats[] {
  const stats = KINDS.map(() => ({ n: 0, flagged: 0, fixedOriginal: 0, cleanUntouched: 0, fixedOriginalUntouched: 0, fixedLikeClean: 0 }));
  const { from, to } = d;
  for (const { id, src, tgt } of d.docs) {
    let cleanFixed: string | undefined;
    KINDS.forEach((kind, k) => {
      const planted = kind.plant(tgt.text, `${id}|${kind.name}`, to, src.text);
      if (!planted) return;
      const req = { source: { text: src.text, lang: from }, target: { text: planted.text, lang: to } };
      const report = rulesOf ? check(req, rulesOf(kind)) : run(req);
      const st = stats[k];
      st.n++;
      if (report.issues.some((i) => planted.rules.includes(i.ruleId) && hits(i, planted.at))) st.flagged++;
      else if (SHOW_MISSES) {
        const [s, e] = planted.at[planted.at.length - 1];
        console.log(`  missed ${kind.name} ${id}: ${planted.text.slice(Math.max(0, s - 90), e + 40).replace(/\n/g, "⏎")}`);
      }
      if (!kind.fixable || rulesOf) return;
      cleanFixed ??= run({ source: { text: src.text, lang: from }, target: { text: tgt.text, lang: to } }).fixed;
      if (report.fixed === tgt.text) st.fixedOriginal++;
      if (cleanFixed === tgt.text) {
        st.cleanUntouched++;
        if (report.fixed === tgt.text) st.fixedOriginalUntouched++;
      }
      if (report.fixed === cleanFixed) st.fixedLikeClean++;
    });
  }
  return stats;
}

function runPlanted(d: Direction): void {
  const stats = plantedStats(d);
  const pct = (x: number, n: number) => (n ? `${((100 * x) / n).toFixed(1)}%` : "n/a");
  console.log(
    `${`planted defect (one per copy, ${d.from}->${d.to})`.padEnd(47)}   articles  flagged at place  fixed==original  (clean needs no fix: n)  fixed==fixed(clean)`,
  );
  KINDS.forEach((kind, k) => {
    const s = stats[k];
    const fixCols = kind.fixable
      ? `${pct(s.fixedOriginal, s.n).padStart(15)}  ${`${pct(s.fixedOriginalUntouched, s.cleanUntouched)} of ${s.cleanUntouched}`.padStart(22)}  ${pct(s.fixedLikeClean, s.n).padStart(19)}`
      : `${"-".padStart(15)}  ${"-".padStart(22)}  ${"-".padStart(19)}`;
    console.log(`${kind.name.padEnd(47)} ${String(s.n).padStart(9)}  ${pct(s.flagged, s.n).padStart(16)}  ${fixCols}`);
  });
}

type SeverityCounts = Record<Severity, number>;
const zero = (): SeverityCounts => ({ minor: 0, major: 0, critical: 0 });

function runClean(d: Direction): void {
  const samplesWanted = Number(process.env.EVAL_SAMPLES ?? 0);
  const { from, to } = d;
  let pairs = 0;
  const byRule = new Map<string, SeverityCounts>();
  const all = zero();
  const targetLanguage = zero();
  const samples = new Map<string, string[]>();
  for (const { src, tgt } of d.docs) {
    pairs += src.segments.length;
    const report: Report = run({ source: { text: src.text, lang: from }, target: { text: tgt.text, lang: to } });
    for (const i of report.issues) {
      all[i.severity]++;
      if (TARGET_LANGUAGE_RULES.includes(i.ruleId)) targetLanguage[i.severity]++;
      if (!OWN_RULES.includes(i.ruleId)) continue;
      const row = byRule.get(i.ruleId) ?? zero();
      row[i.severity]++;
      byRule.set(i.ruleId, row);
      const list = samples.get(i.ruleId) ?? [];
      if (list.length < samplesWanted && i.target) {
        const t = tgt.text;
        list.push(
          `${t.slice(Math.max(0, i.target.start - 40), i.target.start)}[[${i.target.text}]]${t.slice(i.target.end, i.target.end + 30)}`.replace(
            /\n/g,
            "⏎",
          ),
        );
      }
      samples.set(i.ruleId, list);
    }
  }
  printClean(d, pairs, byRule, targetLanguage, all);
  for (const [id, list] of samples) for (const s of list) console.log(`  ${id}: ${s}`);
}

function printClean(
  d: Direction,
  pairs: number,
  byRule: Map<string, SeverityCounts>,
  targetLanguage: SeverityCounts,
  all: SeverityCounts,
): void {
  const per100 = (x: number) => ((100 * x) / pairs).toFixed(2);
  console.log(`\nclean ${d.corpus} ${d.from}->${d.to}: ${pairs} sentence pairs, issues per 100 pairs`);
  console.log(`${"rule".padEnd(24)} ${SEVERITIES.map((s) => s.padStart(9)).join("")}`);
  const own = zero();
  for (const id of OWN_RULES) {
    const row = byRule.get(id) ?? zero();
    for (const s of SEVERITIES) own[s] += row[s];
    console.log(`${id.padEnd(24)} ${SEVERITIES.map((s) => per100(row[s]).padStart(9)).join("")}`);
  }
  console.log(`${"these rules".padEnd(24)} ${SEVERITIES.map((s) => per100(own[s]).padStart(9)).join("")}`);
  console.log(
    `${"target-language rules".padEnd(24)} ${SEVERITIES.map((s) => per100(targetLanguage[s]).padStart(9)).join("")}  (the ${TARGET_LANGUAGE_RULES.length} punctuation, typography and locale rules; budget minor <= 5, major <= 1)`,
  );
  console.log(`${"whole project".padEnd(24)} ${SEVERITIES.map((s) => per100(all[s]).padStart(9)).join("")}`);
}

/** Planted punctuation defects (recall, fixes) and punctuation false alarms on clean pairs. */
const module: EvalModule = {
  name: "punctuation-planted",
  run(ctx: EvalContext) {
    console.log("fixed==original: the fixed planted article is the corpus text. The corpus itself has real slips (the the,");
    console.log("double spaces, ' ,') that every fix also corrects, so the next column restricts to articles whose clean");
    console.log("version needs no fix at all, and the last compares with the fixed clean article.");
    const dirs = directions(ctx);
    dirs.forEach((d, k) => {
      if (k > 0) console.log(`\nthe same with target ${d.to} (rules for its conventions):`);
      runPlanted(d);
    });
    for (const d of dirs) runClean(d);
    if (crashed.size) console.log(`\n(rules that threw and were skipped on some articles: ${[...crashed.keys()].join(", ")})`);
  },
};

export default module;
