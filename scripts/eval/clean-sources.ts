// Article pairs rebuilt from the corpus files (read in place, never copied): the clean professional corpora and,
// for precision sampling, the bio-mqm machine translations with their human annotations.
import { existsSync, readdirSync } from "node:fs";
import type { Lang } from "../../src/types";
import { buildArticle, buildSide, readJsonl, type BuiltSide, type NewstestArticle } from "./corpus";

/** One article pair as a CMS would send it, with how many sentence pairs it counts for. */
export interface CorpusDoc {
  id: string;
  from: Lang;
  to: Lang;
  source: BuiltSide;
  target: BuiltSide;
  /** Sentence pairs the doc counts for (corpus segment pairs; wmt24: the source paragraphs' sentences). */
  pairs: number;
  /** bio-mqm only: annotated target error spans (document offsets) and segments annotated on either side. */
  errors?: { start: number; end: number; severity: string; category: string }[];
}

/** A named set of article pairs; `tuned` corpora were used to tune the rules, the others only to measure. */
export interface Corpus {
  name: string;
  tuned: boolean;
  docs: CorpusDoc[];
}

interface MqmError {
  side: string;
  category: string;
  subcategory: string;
  severity: string;
  start: number | null;
  end: number | null;
}
interface MqmRow {
  doc: string;
  seg: string;
  system: string;
  source: string;
  target: string;
  errors: MqmError[];
}

/** Clean systems of bio-mqm: the human references. */
export const REFERENCE_SYSTEMS = new Set(["reference", "reference_r1"]);

/** Newstest articles in one direction (es->en uses the corpus as is; en->es swaps the sides). */
export function newstest(articles: NewstestArticle[], from: Lang): Corpus {
  const docs = articles.map((a): CorpusDoc => {
    const { es, en } = buildArticle(a);
    const [source, target] = from === "es" ? [es, en] : [en, es];
    return { id: a.id, from, to: from === "es" ? "en" : "es", source, target, pairs: es.segments.length };
  });
  return { name: `newstest ${from}->${from === "es" ? "en" : "es"}`, tuned: true, docs };
}

/** Sentence-ending marks followed by space: a rough count of a paragraph's sentences (at least 1). */
const SENTENCE_END = /[.!?…]["”»)]?\s+(?=[\p{Lu}¿¡"“«])/gu;
const sentences = (p: string) => 1 + (p.match(SENTENCE_END)?.length ?? 0);

/** WMT24 en->es: one paragraph per paragraph; pairs counted as the English paragraphs' sentences. */
export function wmt24(corpusDir: string): Corpus {
  const rows = readJsonl<{ id: string; paragraphs: { en: string; es: string }[] }>(`${corpusDir}wmt24-en-es.jsonl`);
  const docs = rows.map(
    (d): CorpusDoc => ({
      id: d.id,
      from: "en",
      to: "es",
      source: buildSide(d.paragraphs.map((p) => [p.en])),
      target: buildSide(d.paragraphs.map((p) => [p.es])),
      pairs: d.paragraphs.reduce((n, p) => n + sentences(p.en), 0),
    }),
  );
  return { name: "wmt24 en->es", tuned: true, docs };
}

/** TICO-19 en->es-419: one segment per paragraph (the corpus has no paragraph marks). */
export function tico19(corpusDir: string): Corpus {
  const rows = readJsonl<{ id: string; segments: { en: string; tgt: string }[] }>(`${corpusDir}tico19-en-es-419.dev.jsonl`);
  const docs = rows.map(
    (d): CorpusDoc => ({
      id: d.id,
      from: "en",
      to: "es",
      source: buildSide(d.segments.map((s) => [s.en])),
      target: buildSide(d.segments.map((s) => [s.tgt])),
      pairs: d.segments.length,
    }),
  );
  return { name: "tico19 en->es-419", tuned: false, docs };
}

/** bio-mqm documents (doc × system, segments in seg order, one per paragraph) whose system passes `keep`. */
export function bioMqm(
  corpusDir: string,
  from: Lang,
  keep: (system: string) => boolean,
  to: Lang = from === "es" ? "en" : "es",
): CorpusDoc[] {
  const groups = new Map<string, MqmRow[]>();
  for (const r of readJsonl<MqmRow>(`${corpusDir}bio-mqm-${from}-${to}.dev.jsonl`)) {
    if (!keep(r.system)) continue;
    const key = `${r.doc}/${r.system}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, g]) => {
      g.sort((a, b) => Number(a.seg) - Number(b.seg));
      const source = buildSide(g.map((r) => [r.source]));
      const target = buildSide(g.map((r) => [r.target]));
      const errors = g.flatMap((r, k) =>
        r.errors.flatMap((e) => {
          if (e.severity === "Neutral") return [];
          const side = e.side === "source" ? source : target;
          const at = side.segments[k][0];
          // Omissions are marked on the source; they are placed on the whole target segment.
          const [s, t] = e.side === "target" && e.start !== null && e.end !== null ? [at + e.start, at + e.end] : target.segments[k];
          return [{ start: s, end: t, severity: e.severity, category: `${e.category}/${e.subcategory}` }];
        }),
      );
      return { id, from, to, source, target, pairs: g.length, errors };
    });
}

/** One segment of newstest-multi: the same sentence in each of its languages. */
type MultiSegment = Partial<Record<string, string>>;

/**
 * CLEAN_HALF=tune|measure keeps only the newstest-multi articles of even (tune) or odd (measure) index in the file,
 * so flags are read on one half and the change is measured on the other; unset keeps every article.
 */
export function inHalf(index: number, half = process.env.CLEAN_HALF): boolean {
  if (half === "tune") return index % 2 === 0;
  if (half === "measure") return index % 2 === 1;
  return true;
}

/** newstest-multi (the same articles in en, es, fr, de, cs) in one direction: articles where both sides have every segment. */
export function newstestMulti(corpusDir: string, from: Lang, to: Lang): Corpus {
  const rows = readJsonl<{ id: string; paragraphs: MultiSegment[][] }>(`${corpusDir}newstest-multi.dev.jsonl`);
  const docs = rows
    .filter((_, k) => inHalf(k))
    .filter((a) => a.paragraphs.every((p) => p.every((s) => s[from]?.trim() && s[to]?.trim())))
    .map((a): CorpusDoc => {
      const side = (l: Lang) => buildSide(a.paragraphs.map((p) => p.map((s) => s[l] as string)));
      const source = side(from);
      return { id: a.id, from, to, source, target: side(to), pairs: source.segments.length };
    });
  const half = process.env.CLEAN_HALF ? ` ${process.env.CLEAN_HALF}` : "";
  return { name: `newstest-multi ${from}->${to}${half}`, tuned: false, docs };
}

/** TICO-19 en->`to` (a region tag in the file name, e.g. es-419), when the corpus has it. */
function tico19To(corpusDir: string, to: Lang): Corpus[] {
  const file = readdirSync(corpusDir).find((f) => f.startsWith(`tico19-en-${to}`) && f.endsWith(".dev.jsonl"));
  if (!file) return [];
  const rows = readJsonl<{ id: string; segments: { en: string; tgt: string }[] }>(`${corpusDir}${file}`);
  const docs = rows.map(
    (d): CorpusDoc => ({
      id: d.id,
      from: "en",
      to,
      source: buildSide(d.segments.map((s) => [s.en])),
      target: buildSide(d.segments.map((s) => [s.tgt])),
      pairs: d.segments.length,
    }),
  );
  const name = file.replace(/^tico19-(.*)\.dev\.jsonl$/, "tico19 $1");
  const misaligned = MISALIGNED[file] ?? [];
  const kept = docs.filter((d) => !misaligned.includes(d.id));
  if (kept.length === docs.length) return [{ name, tuned: false, docs }];
  // Both: the whole file (a broken document rightly draws flags) and the file without its broken documents.
  return [
    { name, tuned: false, docs },
    { name: `${name} aligned`, tuned: false, docs: kept },
  ];
}

/**
 * Documents of a corpus file whose rows do not translate each other: in TICO-19 en-fr, PubMed_8's French rows
 * do not translate the English rows beside them (its first twelve pairs, read one by one, share no content), found
 * by reading the rows behind 187 of the file's 232 flags. A fact about the corpus, not about any rule.
 */
const MISALIGNED: Record<string, string[]> = { "tico19-en-fr.dev.jsonl": ["PubMed_8"] };

/** The clean corpora of one direction (--pair): newstest-multi, TICO-19 from English, bio-mqm references. */
export function pairCorpora(corpusDir: string, from: Lang, to: Lang): Corpus[] {
  const out = [newstestMulti(corpusDir, from, to)];
  if (from === "en") out.push(...tico19To(corpusDir, to));
  if (existsSync(`${corpusDir}bio-mqm-${from}-${to}.dev.jsonl`)) {
    const docs = bioMqm(corpusDir, from, (s) => REFERENCE_SYSTEMS.has(s), to);
    out.push({ name: `bio-mqm ${from}->${to} refs`, tuned: false, docs });
  }
  return out;
}

/** Every clean corpus: tuned ones first, then the measure-only ones (TICO-19, bio-mqm references). */
export function cleanCorpora(articles: NewstestArticle[], corpusDir: string, measureOnly: boolean): Corpus[] {
  const out = [newstest(articles, "es"), newstest(articles, "en"), wmt24(corpusDir)];
  if (!measureOnly) return out;
  out.push(tico19(corpusDir));
  for (const from of ["es", "en"] as const) {
    const docs = bioMqm(corpusDir, from, (s) => REFERENCE_SYSTEMS.has(s));
    out.push({ name: `bio-mqm ${from}->${from === "es" ? "en" : "es"} refs`, tuned: false, docs });
  }
  return out;
}
