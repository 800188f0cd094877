// Planted pronoun-gender and number defects in copies of the clean newstest articles, plus false alarms of the
// pronoun-gender, number-mismatch and number-format rules on the clean pairs.
import { pairScope } from "../../src/lang/pair";
import { check } from "../../src/checker";
import { extractNumbers } from "../../src/rules/lib/number-mentions";
import type { KeyInfo } from "../../src/rules/pronoun-gender/types";
import { lookupKey, nameMentions } from "../../src/rules/pronoun-gender/names";
import { findEvidence } from "../../src/rules/pronoun-gender/evidence";
import { indexPeople } from "../../src/rules/pronoun-gender/people-index";
import { personNouns, pronounsIn } from "../../src/rules/pronoun-gender/pronouns";
import { otherTitle, titleAlternations } from "../../src/rules/pronoun-gender/swaps";
import type { Rule } from "../../src/check/rule";
import type { Severity } from "../../src/types";
import type { CorpusLang as Lang } from "./corpus";
import { RULES_BY_ID } from "../../src/rules";
import { buildArticle, type BuiltSide, type NewstestArticle } from "./corpus";
import type { EvalModule } from "./types";

/** The pair these newstest articles are in. */
const ES_EN = pairScope("es", "en");

const RULE_IDS = ["pronoun-gender", "number-mismatch", "number-format"];
const verbose = process.env.EVAL_VERBOSE === "1";

interface Direction {
  from: Lang;
  to: Lang;
}
const DIRECTIONS: Direction[] = [
  { from: "es", to: "en" },
  { from: "en", to: "es" },
];

function rules(): Rule[] {
  return RULE_IDS.map((id) => RULES_BY_ID.get(id)).filter((r): r is Rule => !!r);
}

function run(src: string, tgt: string, d: Direction, only: Rule[]) {
  return check({ source: { text: src, lang: d.from }, target: { text: tgt, lang: d.to } }, only);
}

/** Replaces [start, end) of a side's text and returns the new text. */
function splice(side: BuiltSide, start: number, end: number, text: string): string {
  return side.text.slice(0, start) + text + side.text.slice(end);
}

/** A planted copy: the new target and the span of the planted change in it. */
interface Plant {
  target: string;
  start: number;
  end: number;
  /** True when another person of the planted gender is in play nearby (the rule is meant to stay silent there). */
  ambiguous?: boolean;
}

/** Changes one digit of the first digit-written number of target segment k whose new value is not in the source segment. */
function plantNumber(side: BuiltSide, k: number, lang: Lang, sourceSeg: string, sourceLang: Lang): Plant | null {
  const [s, e] = side.segments[k];
  const scope = pairScope(sourceLang, lang);
  const sourceValues = new Set(extractNumbers(sourceSeg, sourceLang, scope).flatMap((m) => m.values));
  for (const m of extractNumbers(side.text, lang, scope, s, e)) {
    if (!m.digits || m.soft) continue;
    const raw = side.text.slice(m.numStart, m.numEnd);
    for (const pos of [0, raw.length - 1]) {
      const d = Number(raw[pos]);
      if (Number.isNaN(d)) continue;
      const nd = pos === 0 ? (d === 9 ? 8 : d + 1) : (d + 1) % 10;
      const changed = raw.slice(0, pos) + nd + raw.slice(pos + 1);
      const planted = extractNumbers(changed, lang, scope)[0];
      if (!planted || planted.values.some((v) => sourceValues.has(v))) continue;
      return { target: splice(side, m.numStart, m.numEnd, changed), start: m.numStart, end: m.numEnd };
    }
  }
  return null;
}

const FLIP_EN: Record<string, string> = {
  he: "she",
  him: "her",
  his: "her",
  himself: "herself",
  she: "he",
  herself: "himself",
  hers: "his",
};
const DET_SWAP: Record<string, string> = { el: "la", la: "el", del: "de la", al: "a la", un: "una", una: "un" };
const ES_ALT = titleAlternations("es");
const TITLE_BEFORE_NAME = new RegExp(`(?<![\\p{L}])(${ES_ALT.determiners})\\s+(${ES_ALT.titles})\\s+(?=\\p{Lu})`, "giu");

/** Source gender evidence of an article side, indexed by surname (the rule's own evidence finder). */
function sourceIndex(side: BuiltSide, lang: Lang, minStrength: number): Map<string, KeyInfo> {
  const segs = side.segments.map(([start, end]) => ({ start, end }));
  const index = indexPeople(findEvidence({ text: side.text, lang, pair: ES_EN, segments: segs }, lang === "en"));
  for (const [key, info] of index) if (info.evidence.strength < minStrength) index.delete(key);
  return index;
}

/**
 * es->en: flips the first he/his/him/she/her… of target segment k whose clear referent is a person the source genders:
 * exactly one name before it in the sentence, known from the source with the pronoun's gender, and no other person noun.
 */
function plantPronoun(side: BuiltSide, k: number, index: Map<string, KeyInfo>): Plant | null {
  const [s, e] = side.segments[k];
  for (const p of pronounsIn(side.text, "en", s, e)) {
    const names = nameMentions(side.text, s, p.start, ES_EN);
    if (names.length !== 1 || personNouns(side.text, "en", s, p.start).length > 0) return null;
    const info = index.get(lookupKey(names[0]));
    if (!info || info.gender !== p.gender) return null;
    const lower = p.word.toLowerCase();
    let flipped = FLIP_EN[lower];
    if (lower === "her")
      flipped =
        /^\s+\p{Ll}/u.test(side.text.slice(p.end, p.end + 3)) &&
        !/^\s+(?:to|and|that|in|on|at|as|for|from|with|by|the|a|an|was|is|would|will|had|has)\b/.test(side.text.slice(p.end, p.end + 8))
          ? "his"
          : "him";
    if (!flipped) return null;
    if (p.word[0] !== lower[0]) flipped = flipped[0].toUpperCase() + flipped.slice(1);
    const other = p.gender === "m" ? "f" : "m";
    const from = side.segments[Math.max(0, k - 2)][0];
    const ambiguous =
      nameMentions(side.text, from, p.start, ES_EN).some((n) => index.get(lookupKey(n))?.gender === other) ||
      personNouns(side.text, "en", from, p.start).some((n) => n.gender === other) ||
      pronounsIn(side.text, "en", from, p.start).some((q) => q.gender === other);
    return { target: splice(side, p.start, p.end, flipped), start: p.start, end: p.start + flipped.length, ambiguous };
  }
  return null;
}

/** en->es: flips "el ministro X" <-> "la ministra X" in target segment k for a person the English source genders. */
function plantTitle(side: BuiltSide, k: number, index: Map<string, KeyInfo>): Plant | null {
  const [s, e] = side.segments[k];
  const seg = side.text.slice(s, e);
  TITLE_BEFORE_NAME.lastIndex = 0;
  for (let m = TITLE_BEFORE_NAME.exec(seg); m; m = TITLE_BEFORE_NAME.exec(seg)) {
    const at = s + m.index + m[0].length;
    const mention = nameMentions(side.text, at, e, ES_EN)[0];
    if (!mention || mention.start !== at) continue;
    const info = index.get(lookupKey(mention));
    const det = m[1].toLowerCase();
    const detGender = det === "la" || det === "una" ? "f" : "m";
    if (!info || info.gender !== detGender) continue;
    const other = otherTitle("es", m[2]);
    if (!other || !DET_SWAP[det] || other === m[2].toLowerCase()) continue;
    let flipped = `${DET_SWAP[det]} ${other}`;
    if (m[1][0] !== det[0]) flipped = flipped[0].toUpperCase() + flipped.slice(1);
    const start = s + m.index;
    const end = start + m[1].length + 1 + m[2].length;
    return { target: splice(side, start, end, flipped), start, end: start + flipped.length };
  }
  return null;
}

function countClean(articles: NewstestArticle[]): void {
  const only = rules();
  let pairs = 0;
  const by = new Map<string, number>();
  const examples: string[] = [];
  for (const a of articles) {
    const art = buildArticle(a);
    pairs += art.es.segments.length;
    for (const d of DIRECTIONS) {
      const r = run(art[d.from].text, art[d.to].text, d, only);
      for (const i of r.issues) {
        const key = `${d.from}->${d.to} ${i.ruleId} ${i.severity}`;
        by.set(key, (by.get(key) ?? 0) + 1);
        if (verbose) examples.push(`${key} | ${i.message} | T: ${i.target?.text ?? ""} | S: ${i.source?.text ?? ""}`);
      }
    }
  }
  console.log(`clean pairs: ${pairs} (each checked in both directions)`);
  for (const d of DIRECTIONS) {
    for (const id of RULE_IDS) {
      for (const sev of ["minor", "major", "critical"] as Severity[]) {
        const n = by.get(`${d.from}->${d.to} ${id} ${sev}`) ?? 0;
        if (n) console.log(`  ${d.from}->${d.to} ${id.padEnd(16)} ${sev.padEnd(6)} ${n} = ${((100 * n) / pairs).toFixed(2)} per 100 pairs`);
      }
    }
    const major = [...by].filter(([k]) => k.startsWith(`${d.from}->${d.to}`) && !k.endsWith("minor")).reduce((s, [, n]) => s + n, 0);
    console.log(`  ${d.from}->${d.to} major+critical from these rules: ${((100 * major) / pairs).toFixed(2)} per 100 pairs`);
  }
  if (verbose) for (const x of examples) console.log("   ", x);
}

function measurePlants(articles: NewstestArticle[], kind: "number" | "pronoun"): void {
  const only = rules();
  const ruleId = kind === "number" ? "number-mismatch" : "pronoun-gender";
  for (const d of DIRECTIONS) {
    let candidates = 0;
    let hit = 0;
    let clear = 0;
    let clearHit = 0;
    const misses: string[] = [];
    for (const a of articles) {
      const art = buildArticle(a);
      const src = art[d.from];
      const tgt = art[d.to];
      const index = kind === "pronoun" ? sourceIndex(src, d.from, d.from === "en" ? 2 : 1) : new Map<string, KeyInfo>();
      for (let k = 0; k < tgt.segments.length; k++) {
        const [ss, se] = src.segments[k];
        const plant =
          kind === "number"
            ? plantNumber(tgt, k, d.to, src.text.slice(ss, se), d.from)
            : d.to === "en"
              ? plantPronoun(tgt, k, index)
              : plantTitle(tgt, k, index);
        if (!plant) continue;
        candidates++;
        const r = run(src.text, plant.target, d, only);
        const ok = r.issues.some((i) => i.ruleId === ruleId && i.target && i.target.start < plant.end && plant.start < i.target.end);
        if (ok) hit++;
        if (!plant.ambiguous) clear++;
        if (ok && !plant.ambiguous) clearHit++;
        if (!ok && verbose)
          misses.push(
            `${plant.ambiguous ? "(ambiguous) " : ""}${a.id}#${k}: ${plant.target.slice(tgt.segments[k][0], tgt.segments[k][1] + (plant.target.length - tgt.text.length))}`,
          );
      }
    }
    const share = candidates ? ((100 * hit) / candidates).toFixed(1) : "n/a";
    const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "n/a");
    const what =
      kind === "number"
        ? "number (one digit changed)"
        : d.to === "en"
          ? "pronoun (he/his/him <-> she/her)"
          : "title (el ministro <-> la ministra)";
    console.log(`planted ${what} ${d.from}->${d.to}: ${candidates} candidates, flagged at the right place ${hit} = ${share}%`);
    if (kind === "pronoun" && d.to === "en") {
      console.log(
        `  of which unambiguous (no person of the planted gender named, described or pronominalised in the sentence or the two before it): ${clear}, flagged ${clearHit} = ${pct(clearHit, clear)}%`,
      );
    }
    if (verbose) for (const m of misses.slice(0, 60)) console.log("   miss", m);
  }
}

/** The eval module. */
const module: EvalModule = {
  name: "accuracy-pronoun-number",
  run(ctx) {
    countClean(ctx.articles);
    measurePlants(ctx.articles, "number");
    measurePlants(ctx.articles, "pronoun");
  },
};
export default module;
