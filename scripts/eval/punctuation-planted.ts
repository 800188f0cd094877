// Eval "punctuation-planted": planted punctuation defects in copies of clean newstest articles (target en), and
// the false-alarm rate of the punctuation rules on the clean pairs (both directions). Reads the corpus in place.
// Set EVAL_SAMPLES=n to print n clean-pair issues per rule with their context, EVAL_MISSES=1 to print the misses.
import { check } from "../../src/checker";
import { fnv1a } from "../../src/report/id-hash";
import type { CheckRequest, Issue, Report, Severity } from "../../src/types";
import { guardedRules } from "./guard";
import { buildArticle, type NewstestArticle } from "./corpus";
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

/** One kind of planted defect. `fixable`: the fixed text must give back the clean original. */
interface Kind {
  name: string;
  fixable: boolean;
  plant(en: string, seed: string): Planted | undefined;
}

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
    plant(en, seed) {
      const sites = matches(en, MID_SPACE);
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
    plant(en, seed) {
      const pairs = [...closedPairs(en, "“", "”"), ...straightQuotePairs(en)];
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

/** [open, close] of straight double quotes paired by parity, in paragraphs with an even number of them. */
function straightQuotePairs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const para of text.split("\n\n")) {
    const at: number[] = [];
    for (let i = para.indexOf('"'); i >= 0; i = para.indexOf('"', i + 1)) at.push(from + i);
    if (at.length % 2 === 0) for (let k = 0; k < at.length; k += 2) out.push([at[k], at[k + 1]]);
    from += para.length + 2;
  }
  return out;
}

const hits = (i: Issue, ranges: [number, number][]) =>
  !!i.target && ranges.some(([s, e]) => i.target!.start < e && Math.max(i.target!.end, i.target!.start + 1) > s);

function runPlanted(articles: NewstestArticle[], from: "es" | "en", to: "es" | "en"): void {
  const stats = KINDS.map(() => ({ n: 0, flagged: 0, fixedOriginal: 0, cleanUntouched: 0, fixedOriginalUntouched: 0, fixedLikeClean: 0 }));
  for (const a of articles) {
    const sides = buildArticle(a);
    const src = sides[from];
    const tgt = sides[to];
    let cleanFixed: string | undefined;
    KINDS.forEach((kind, k) => {
      const planted = kind.plant(tgt.text, `${a.id}|${kind.name}`);
      if (!planted) return;
      const report = run({ source: { text: src.text, lang: from }, target: { text: planted.text, lang: to } });
      const st = stats[k];
      st.n++;
      if (report.issues.some((i) => planted.rules.includes(i.ruleId) && hits(i, planted.at))) st.flagged++;
      else if (SHOW_MISSES) {
        const [s, e] = planted.at[planted.at.length - 1];
        console.log(`  missed ${kind.name} ${a.id}: ${planted.text.slice(Math.max(0, s - 90), e + 40).replace(/\n/g, "⏎")}`);
      }
      if (!kind.fixable) return;
      cleanFixed ??= run({ source: { text: src.text, lang: from }, target: { text: tgt.text, lang: to } }).fixed;
      if (report.fixed === tgt.text) st.fixedOriginal++;
      if (cleanFixed === tgt.text) {
        st.cleanUntouched++;
        if (report.fixed === tgt.text) st.fixedOriginalUntouched++;
      }
      if (report.fixed === cleanFixed) st.fixedLikeClean++;
    });
  }
  const pct = (x: number, n: number) => (n ? `${((100 * x) / n).toFixed(1)}%` : "n/a");
  console.log(
    `${`planted defect (one per copy, ${from}->${to})`.padEnd(47)}   articles  flagged at place  fixed==original  (clean needs no fix: n)  fixed==fixed(clean)`,
  );
  KINDS.forEach((kind, k) => {
    const s = stats[k];
    const fixCols = kind.fixable
      ? `${pct(s.fixedOriginal, s.n).padStart(15)}  ${`${pct(s.fixedOriginalUntouched, s.cleanUntouched)} of ${s.cleanUntouched}`.padStart(22)}  ${pct(s.fixedLikeClean, s.n).padStart(19)}`
      : `${"-".padStart(15)}  ${"-".padStart(22)}  ${"-".padStart(19)}`;
    console.log(`${kind.name.padEnd(47)} ${String(s.n).padStart(9)}  ${pct(s.flagged, s.n).padStart(16)}  ${fixCols}`);
  });
}

function runClean(articles: NewstestArticle[]): void {
  const samplesWanted = Number(process.env.EVAL_SAMPLES ?? 0);
  for (const [from, to] of [
    ["es", "en"],
    ["en", "es"],
  ] as const) {
    let pairs = 0;
    const byRule = new Map<string, Record<Severity, number>>();
    const all: Record<Severity, number> = { minor: 0, major: 0, critical: 0 };
    const targetLanguage: Record<Severity, number> = { minor: 0, major: 0, critical: 0 };
    const samples = new Map<string, string[]>();
    for (const a of articles) {
      const sides = buildArticle(a);
      pairs += sides.es.segments.length;
      const report: Report = run({ source: { text: sides[from].text, lang: from }, target: { text: sides[to].text, lang: to } });
      for (const i of report.issues) {
        all[i.severity]++;
        if (TARGET_LANGUAGE_RULES.includes(i.ruleId)) targetLanguage[i.severity]++;
        if (!OWN_RULES.includes(i.ruleId)) continue;
        const row = byRule.get(i.ruleId) ?? { minor: 0, major: 0, critical: 0 };
        row[i.severity]++;
        byRule.set(i.ruleId, row);
        const list = samples.get(i.ruleId) ?? [];
        if (list.length < samplesWanted && i.target) {
          const t = sides[to].text;
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
    const per100 = (x: number) => ((100 * x) / pairs).toFixed(2);
    console.log(`\nclean newstest ${from}->${to}: ${pairs} sentence pairs, issues per 100 pairs`);
    console.log(`${"rule".padEnd(24)} ${SEVERITIES.map((s) => s.padStart(9)).join("")}`);
    const own: Record<Severity, number> = { minor: 0, major: 0, critical: 0 };
    for (const id of OWN_RULES) {
      const row = byRule.get(id) ?? { minor: 0, major: 0, critical: 0 };
      for (const s of SEVERITIES) own[s] += row[s];
      console.log(`${id.padEnd(24)} ${SEVERITIES.map((s) => per100(row[s]).padStart(9)).join("")}`);
    }
    console.log(`${"these rules".padEnd(24)} ${SEVERITIES.map((s) => per100(own[s]).padStart(9)).join("")}`);
    console.log(
      `${"target-language rules".padEnd(24)} ${SEVERITIES.map((s) => per100(targetLanguage[s]).padStart(9)).join("")}  (the ${TARGET_LANGUAGE_RULES.length} punctuation, typography and locale rules; budget minor <= 5, major <= 1)`,
    );
    console.log(`${"whole project".padEnd(24)} ${SEVERITIES.map((s) => per100(all[s]).padStart(9)).join("")}`);
    for (const [id, list] of samples) for (const s of list) console.log(`  ${id}: ${s}`);
  }
}

/** Planted punctuation defects (recall, fixes) and punctuation false alarms on clean pairs. */
const module: EvalModule = {
  name: "punctuation-planted",
  run(ctx: EvalContext) {
    console.log("fixed==original: the fixed planted article is the corpus text. The corpus itself has real slips (the the,");
    console.log("double spaces, ' ,') that every fix also corrects, so the next column restricts to articles whose clean");
    console.log("version needs no fix at all, and the last compares with the fixed clean article.");
    runPlanted(ctx.articles, "es", "en");
    console.log("\nthe same with a Spanish target (rules for es conventions):");
    runPlanted(ctx.articles, "en", "es");
    runClean(ctx.articles);
    if (crashed.size) console.log(`\n(rules that threw and were skipped on some articles: ${[...crashed.keys()].join(", ")})`);
  },
};

export default module;
